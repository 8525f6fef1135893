import { render } from 'preact';
import { t } from '@/utils/i18n';
import { App } from './App';
import '@/components/tokens.css';
import '@/components/ui.css';
import './options.css';

// The HTML title cannot use chrome.i18n: it is set here, in the browser's language.
document.title = `Tifa · ${t('optMyGlossary')}`;

render(<App />, document.getElementById('app')!);
