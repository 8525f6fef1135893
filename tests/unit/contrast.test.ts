/**
 * WCAG contrast of the colours axe-core cannot check: the marks on the page (::highlight()
 * paints, entrypoints/content/highlight.css) against light and dark page backgrounds, and every
 * pair of design tokens (components/tokens.css) in both themes, the popover's dark theme included.
 * The colours are read from the CSS files themselves, so a change there is checked here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(path.join(__dirname, '../..', file), 'utf8');

/** `top` (which may be translucent) painted over the opaque `bottom`, as the browser does in sRGB. */
function over(top: Color, bottom: Color): Color {
  const [a, b] = [top.to('srgb'), bottom.to('srgb')];
  return new Color('srgb', a.coords.map((c, i) => (c ?? 0) * a.alpha + (b.coords[i] ?? 0) * (1 - a.alpha)) as [number, number, number]);
}
const ratio = (a: Color, b: Color) => Math.round(a.contrast(b, 'WCAG21') * 100) / 100;

describe('the marks on the page', () => {
  const css = read('entrypoints/content/highlight.css');
  const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map(([, name, body]) => ({
    name: name!,
    fill: new Color(/background-color:\s*([^;]+);/.exec(body!)![1]!),
    line: /text-decoration:[^;]*?(rgb\([^)]*\))/.exec(body!)?.[1],
  }));
  /** Common page colours: text on paper, off-white, and two dark themes. */
  const PAGES = [
    { bg: '#ffffff', text: '#222222' },
    { bg: '#f4f1ea', text: '#333333' },
    { bg: '#121212', text: '#e8e8e8' },
    { bg: '#1f2937', text: '#e5e7eb' },
  ];

  it('finds the three marks in highlight.css', () => {
    expect(rules.map((r) => r.name)).toEqual(['tifa-term', 'tifa-term-marker', 'tifa-term-active']);
  });

  for (const page of PAGES) {
    it(`keeps marked text readable (4.5:1) and the underline visible (3:1) on ${page.bg}`, () => {
      const bg = new Color(page.bg);
      for (const rule of rules) {
        const under = over(rule.fill, bg);
        expect(ratio(new Color(page.text), under), `${rule.name}: text`).toBeGreaterThanOrEqual(4.5);
        // The underline is what sets a mark apart from the unmarked text around it, on the page's background.
        if (rule.line) expect(ratio(new Color(rule.line), bg), `${rule.name}: underline`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('the design tokens', () => {
  const css = read('components/tokens.css');
  /** A token's colour in a theme: light-dark(light, dark) resolved, or the colour itself. */
  const token = (name: string, theme: 0 | 1): Color => {
    const value = new RegExp(`--tifa-${name}:\\s*([^;]+);`).exec(css)![1]!;
    const pair = /^light-dark\(\s*(#[0-9a-f]+|rgb\([^)]*\))\s*,\s*(#[0-9a-f]+|rgb\([^)]*\))\s*\)$/i.exec(value);
    return new Color(pair ? pair[theme + 1]! : value);
  };
  const TEXT = ['fg', 'muted', 'accent', 'danger'];
  const BACKGROUNDS = ['bg', 'surface', 'sunken', 'accent-soft', 'badge'];

  for (const [theme, name] of [[0, 'light'], [1, 'dark']] as const) {
    it(`gives text 4.5:1 on every background, and controls 3:1, in the ${name} theme`, () => {
      const low: string[] = [];
      const check = (fg: string, bg: string, min: number) => {
        const value = ratio(token(fg, theme), token(bg, theme));
        if (value < min) low.push(`${fg} on ${bg}: ${value}`);
      };
      for (const fg of TEXT) for (const bg of BACKGROUNDS) check(fg, bg, 4.5);
      check('on-accent', 'accent', 4.5);
      for (const bg of ['bg', 'surface', 'sunken']) check('control', bg, 3);
      expect(low).toEqual([]);
    });
  }
});
