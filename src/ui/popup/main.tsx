import { render } from 'preact';
import '../shared/theme.css';
import './popup.css';
import { Popup } from './Popup';

const root = document.getElementById('root');
if (root) render(<Popup />, root);
