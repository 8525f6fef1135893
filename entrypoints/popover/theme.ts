/** Which colours the popover uses: the reader's fixed choice, the system's, or the page's own. */
import type { Settings } from '@/utils/settings';

export type Theme = 'light' | 'dark';

export function resolveTheme(choice: Settings['theme']): Theme {
  if (choice === 'light' || choice === 'dark') return choice;
  if (choice === 'system') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return pageTheme();
}

/** Dark when the page's background is dark: the body's, else the root's; light when both are unset. */
function pageTheme(): Theme {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const rgba = getComputedStyle(element).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgba || rgba.length < 3 || rgba[3] === 0) continue; // transparent: look further out
    const [r, g, b] = rgba as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
