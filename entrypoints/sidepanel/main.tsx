import { render } from 'preact';
import cardCss from '@/components/term-card.css?inline';
import { App } from './App';
import '@/components/tokens.css';
import './sidepanel.css';

// The cards' own style sheet, as the popover's shadow root has it; sidepanel.css lays the cards out
// as a page, its rules scoped under .companion so they win wherever this one lands.
const style = document.createElement('style');
style.textContent = cardCss;
document.head.append(style);
render(<App />, document.getElementById('app')!);
