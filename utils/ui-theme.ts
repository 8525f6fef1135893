/**
 * The theme of Tifa's own pages (popup, options): the reader's fixed choice, else the system's.
 * "Follow the page" means the system here: these pages have no page behind them. tokens.css
 * turns data-theme into a color-scheme, which picks every light-dark() colour.
 */
import { useEffect } from 'preact/hooks';
import type { Settings } from './settings';

export function useThemeOf(choice: Settings['theme']): void {
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
  }, [choice]);
}
