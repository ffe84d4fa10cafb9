import { render } from 'preact';
import '../shared/theme.css';
import './welcome.css';
import { Welcome } from './Welcome';

const root = document.getElementById('root');
if (root) render(<Welcome />, root);
