import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PageGlossaryExport } from '@/components/PageGlossaryExport';
import type { GlossaryEntry } from '@/utils/engine/glossary';

const entry = (id: string, hant: string) =>
  ({ id, hans: hant, hant, pinyin: 'p', en: id, meaning: `${id} means`, zhMeaning: { hans: '', hant: '' }, zhExplanation: { hans: '', hant: '' } }) as unknown as GlossaryEntry;
const entries = new Map([entry('a', '甲'), entry('b', '乙')].map((e) => [e.id, e]));
const found = [
  { id: 'b', count: 2, script: 'hant' as const },
  { id: 'own-abcd', count: 1, script: 'hant' as const },
  { id: 'a', count: 1, script: 'hant' as const },
];
const settle = () => new Promise((resolve) => setTimeout(resolve));

function mount(onCopy: (text: string) => Promise<void>, onDownload = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<PageGlossaryExport found={found} entries={entries} title="Page" notes={new Map([['a', 'my note']])} onCopy={onCopy} onDownload={onDownload} />, root);
  return root;
}
const click = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!.click();

describe('PageGlossaryExport', () => {
  it('copies the bundled terms in order of first appearance, notes only when asked, and says so', async () => {
    const copied: string[] = [];
    const root = mount(async (text) => void copied.push(text));
    click(root, 'button[name="copy-glossary"]');
    await settle();
    expect(copied[0]).toBe(
      '## Glossary: Page\n\n- **乙** *p* — b (×2). b means\n- **甲** *p* — a. a means\n\n' +
        '*2 terms explained by Tifa (提法); renderings marked official follow official English usage.*\n',
    );
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied: 2 terms.');

    click(root, 'input[name="glossary-notes"]');
    click(root, 'input[name="glossary-format"][value="text"]');
    await settle();
    click(root, 'button[name="copy-glossary"]');
    await settle();
    expect(copied[1]).toContain('- 甲 (p) — a. a means\n  Note: my note\n');
  });

  it('downloads as a file named for its format, and reports a copy the browser refused', async () => {
    const onDownload = vi.fn();
    const root = mount(() => Promise.reject(new Error('Document is not focused.')), onDownload);
    click(root, 'button[name="download-glossary"]');
    expect(onDownload).toHaveBeenCalledWith('tifa-glossary.md', expect.stringMatching(/^## Glossary: Page\n/), 'text/markdown;charset=utf-8');
    click(root, 'button[name="copy-glossary"]');
    await settle();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Could not copy: Document is not focused.');
  });
});
