import { render } from 'preact';
import '../shared/theme.css';
import './options.css';
import { Options } from './Options';

const root = document.getElementById('root');
if (root) render(<Options />, root);
