import { render } from 'preact';
import cardCss from '@/components/term-card.css?inline';
import { App } from './App';
import './sidepanel.css';

// The cards' own style sheet, as the popover's shadow root has it; sidepanel.css lays it out as a page.
const style = document.createElement('style');
style.textContent = cardCss;
document.head.prepend(style);
render(<App />, document.getElementById('app')!);
