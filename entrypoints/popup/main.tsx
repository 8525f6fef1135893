import { render } from 'preact';
import { App } from './App';
import '@/components/tokens.css';
import '@/components/ui.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
