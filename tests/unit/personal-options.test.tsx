import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundledGlossary } from '@/components/options/BundledGlossary';
import { ImportExport } from '@/components/options/ImportExport';
import { MyGlossary } from '@/components/options/MyGlossary';
import { OwnTermForm } from '@/components/options/OwnTermForm';
import { glossaryRows } from '@/components/options/rows';
import { SyncPanel } from '@/components/options/SyncPanel';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { previewImport } from '@/utils/personal/merge';
import { EMPTY_PERSONAL, type PersonalGlossary } from '@/utils/personal/schema';
import { addFormHash, readAddPrefill } from '@/utils/personal/prefill';
import { bundledForms } from '@/utils/personal/bundled';
import { foldTable } from './helpers';

const XSS = '<img src=x onerror="window.__pwned=1">';
const entry = { id: 'new-quality-productive-forces', category: 'economy', hans: '新质生产力', hant: '新質生產力', aliases: [], pinyin: 'xīn zhì shēng chǎn lì', en: 'new quality productive forces', meaning: 'M', zhMeaning: { hans: '创新', hant: '創新' }, zhExplanation: { hans: '', hant: '' } } as unknown as GlossaryEntry;
const personal: PersonalGlossary = {
  ...EMPTY_PERSONAL,
  notes: [{ entryId: entry.id, text: `note ${XSS}`, updatedAt: 2 }],
  ownTerms: [{ id: 'own-aaaa1', term: `東大${XSS}`, script: 'hant', aliases: [], pinyin: 'dōng dà', en: XSS, meaning: XSS, note: '', createdAt: 1, updatedAt: 1 }],
};

const bundled = { byId: new Map([[entry.id, entry]]), forms: bundledForms([entry], foldTable()), fold: foldTable() };
const many = (count: number): PersonalGlossary => ({
  ...EMPTY_PERSONAL,
  ownTerms: Array.from({ length: count }, (_, i) => ({ id: `own-many${i}`, term: `詞${i}`, script: 'hant' as const, aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: i, updatedAt: i })),
});

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  document.body.innerHTML = '';
});

const noop = async () => null;

describe('options page sections', () => {
  it('shows notes and own terms as text, never as markup', () => {
    const root = mount(
      <MyGlossary rows={glossaryRows(personal, new Map([[entry.id, entry]]))} bundled={bundled} onUnhide={() => {}} prefill={null} onAdd={noop} onUpdateTerm={noop} onSaveNote={noop} onDelete={() => {}} undoable={XSS} onUndo={() => {}} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(`東大${XSS}`);
    expect(root.textContent).toContain(`note ${XSS}`);
    expect(root.textContent).toContain(`Removed ${XSS}.`);
    expect([...root.querySelectorAll('td.term')].map((td) => td.textContent)).toEqual([`新质生产力 / 新質生產力`, `東大${XSS}`]); // newest first
  });

  it('filters the table by the search box, pinyin without tones included', () => {
    const root = mount(
      <MyGlossary rows={glossaryRows(personal, new Map([[entry.id, entry]]))} bundled={bundled} onUnhide={() => {}} prefill={null} onAdd={noop} onUpdateTerm={noop} onSaveNote={noop} onDelete={() => {}} undoable={null} onUndo={() => {}} />,
    );
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    act(() => {
      search.value = 'dongda';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...root.querySelectorAll('td.term')].map((td) => td.textContent)).toEqual([`東大${XSS}`]);
  });

  it('opens the add form prefilled, and shows the page it came from as a plain link', () => {
    const prefill = readAddPrefill(addFormHash({ term: ' 低空經濟 ', source: 'https://news.example/a?b=1' }));
    expect(prefill).toEqual({ term: '低空經濟', source: 'https://news.example/a?b=1' });
    expect(readAddPrefill(addFormHash({ term: 'x', source: 'javascript:alert(1)' }))).toEqual({ term: 'x' });
    const root = mount(<MyGlossary rows={[]} bundled={bundled} onUnhide={() => {}} prefill={prefill} onAdd={noop} onUpdateTerm={noop} onSaveNote={noop} onDelete={() => {}} undoable={null} onUndo={() => {}} />);
    expect(root.querySelector<HTMLInputElement>('input[name=term]')!.value).toBe('低空經濟');
    expect(root.querySelector('.source a')!.getAttribute('href')).toBe('https://news.example/a?b=1');
  });

  it('lists hidden bundled terms with a way to unhide them, found by search like the others', () => {
    const onUnhide = vi.fn();
    const hidden: PersonalGlossary = { ...EMPTY_PERSONAL, hidden: [{ entryId: entry.id, updatedAt: 3 }] };
    const root = mount(
      <MyGlossary rows={glossaryRows(hidden, new Map([[entry.id, entry]]))} bundled={bundled} onUnhide={onUnhide} prefill={null} onAdd={noop} onUpdateTerm={noop} onSaveNote={noop} onDelete={() => {}} undoable={null} onUndo={() => {}} />,
    );
    const row = root.querySelector('tr[data-key="hidden:new-quality-productive-forces"]')!;
    expect(row.querySelector('td')!.textContent).toBe('Hidden');
    expect(row.querySelector('td.term')!.textContent).toBe('新质生产力 / 新質生產力');
    act(() => [...row.querySelectorAll('button')].find((b) => b.textContent === 'Unhide')!.click());
    expect(onUnhide).toHaveBeenCalledWith('new-quality-productive-forces');
  });

  it('draws a page of rows at a time, and more on demand', () => {
    const root = mount(
      <MyGlossary rows={glossaryRows(many(450), new Map())} bundled={bundled} onUnhide={() => {}} prefill={null} onAdd={noop} onUpdateTerm={noop} onSaveNote={noop} onDelete={() => {}} undoable={null} onUndo={() => {}} />,
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(200);
    const more = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '))!;
    act(() => more().click());
    expect(root.querySelectorAll('tbody tr')).toHaveLength(400);
    expect(more().textContent).toBe('Show 50 more');
  });

  it('warns as a bundled form is typed, offers a note instead, and refuses an unknown replaced entry', async () => {
    const onNoteInstead = vi.fn();
    const onSubmit = vi.fn(noop);
    const root = mount(<OwnTermForm initial={{ term: '' }} submitLabel="Add" bundled={bundled} onSubmit={onSubmit} onNoteInstead={onNoteInstead} />);
    const type = (name: string, value: string) =>
      act(() => {
        const input = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type('term', '新質生產');
    expect(root.querySelector('.warning')).toBeNull();
    type('term', '新質生產力');
    expect(root.querySelector('.warning')!.textContent).toContain('新质生产力 (new quality productive forces)');
    act(() => root.querySelector<HTMLButtonElement>('.warning button')!.click());
    expect(onNoteInstead).toHaveBeenCalledWith(entry, '');

    type('replaces', 'no-such-id');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('.error')!.textContent).toBe('Tifa’s glossary has no entry “no-such-id”: choose one from the list.');
    expect(onSubmit).not.toHaveBeenCalled();
    type('replaces', '');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    // A bundled form takes that entry's place: recorded, so its explanation fills the empty fields.
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ term: '新質生產力', replaces: entry.id }));
  });

  it('shows an import’s progress, and lists the first rows of a large preview with a count of the rest', () => {
    const rows = previewImport(EMPTY_PERSONAL, many(250));
    const root = mount(
      <ImportExport onExport={() => {}} onFile={() => {}} error={null} preview={{ fileName: 'x.json', rows }} labelOf={(r) => r.key} onConfirm={() => {}} onCancel={() => {}} backupSavedAt={null} onUndoImport={() => {}} message={null} progress={{ label: 'Reading', done: 3, total: 9 }} />,
    );
    expect(root.querySelector('progress')!.getAttribute('max')).toBe('9');
    expect(root.querySelectorAll('.preview-list li')).toHaveLength(201);
    expect(root.querySelector('.preview-list li.more')!.textContent).toBe('…and 50 more');
  });

  it('previews an import with markup in it as text, with a choice for conflicts', () => {
    const mine: PersonalGlossary = { ...personal, ownTerms: [{ ...personal.ownTerms[0]!, updatedAt: 50, en: 'mine' }] };
    const rows = previewImport(mine, { ...personal, notes: [{ ...personal.notes[0]!, text: 'changed', updatedAt: 9 }] });
    const onConfirm = vi.fn();
    const root = mount(
      <ImportExport onExport={() => {}} onFile={() => {}} error={XSS} preview={{ fileName: 'x.json', rows }} labelOf={(r) => r.key + XSS} onConfirm={onConfirm} onCancel={() => {}} backupSavedAt={null} onUndoImport={() => {}} message={null} progress={null} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.error')!.textContent).toBe(`Nothing was imported. ${XSS}`);
    expect(root.textContent).toContain('0 new, 1 changed, 1 in conflict, 0 unchanged');
    const takeTheirs = root.querySelectorAll<HTMLInputElement>('[data-status=conflict] input[type=radio]')[1]!;
    act(() => takeTheirs.click());
    act(() => root.querySelector<HTMLButtonElement>('button.primary')!.click());
    expect([...(onConfirm.mock.calls[0]![0] as Map<string, string>)]).toEqual([['term:own-aaaa1', 'theirs']]);
  });

  it('names what could not sync, and offers the damaged data for export', () => {
    const root = mount(
      <SyncPanel
        enabled
        onToggle={() => {}}
        status={{ at: 0, synced: 3, leftOut: [{ key: 'term:own-aaaa1', label: XSS, reason: 'too-large' }] }}
        labelOf={(item) => item.label}
        damaged={{ detectedAt: 0, problems: [XSS], raw: {} }}
        onExportDamaged={() => {}}
        onDiscardDamaged={() => {}}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.left-out')!.textContent).toBe(`${XSS}: too large for one sync item (8 KB)`);
    expect(root.textContent).toContain('Export the damaged data');
  });

  it('browses the bundled glossary as a searchable reference, a row opening to its meaning and the reader’s note', () => {
    const props = { entries: [entry], fold: foldTable(), hidden: new Set([entry.id]), onSaveNote: noop, onSetHidden: () => {} };
    const root = mount(<BundledGlossary {...props} notes={new Map([[entry.id, XSS]])} language="en" />);
    expect(root.querySelector('.en')!.textContent).toBe(entry.en);
    expect(root.querySelector('.meaning')).toBeNull(); // closed until chosen
    act(() => root.querySelector<HTMLButtonElement>(`[data-entry="${entry.id}"] .entry-toggle`)!.click());
    expect(root.querySelector('.meaning')!.textContent).toBe(entry.meaning);
    expect(root.querySelector<HTMLTextAreaElement>('.detail textarea')!.value).toBe(XSS);
    expect(root.querySelector<HTMLInputElement>('.detail input[name=hidden]')!.checked).toBe(true);
    const hant = mount(<BundledGlossary {...props} notes={new Map()} language="hant" />);
    act(() => hant.querySelector<HTMLButtonElement>('.entry-toggle')!.click());
    expect(hant.querySelector('.meaning')!.textContent).toBe(entry.zhMeaning.hant);
    const search = root.querySelector<HTMLInputElement>('input[name=bundled-search]')!;
    search.value = 'no such term anywhere';
    act(() => void search.dispatchEvent(new Event('input')));
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('select')!.textContent).toContain('Economy & finance (1)');
  });
});
