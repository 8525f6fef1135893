import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageScriptControl } from '@/components/PageScriptControl';
import { PageTerms } from '@/components/PageTerms';
import { PopupPanel } from '@/components/PopupPanel';
import { SettingsForm } from '@/components/SettingsForm';
import { TermCard, type TermCardProps } from '@/components/TermCard';
import { TermPopover } from '@/components/TermPopover';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { EMPTY_PERSONAL, type PersonalGlossary } from '@/utils/personal';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const entry: GlossaryEntry = {
  id: 'new-quality-productive-forces',
  category: 'economy',
  hans: '新质生产力',
  hant: '新質生產力',
  aliases: [],
  pinyin: 'xīn zhì shēng chǎn lì',
  jyutping: 'san1 zat1 sang1 caan2 lik6',
  en: 'new quality productive forces',
  status: 'official',
  meaning: 'Growth driven by innovation <img src=x onerror="window.pwned=1">',
  explanation: 'First raised in Heilongjiang in September 2023.',
  zhMeaning: { hans: '创新主导的先进生产力。', hant: '創新主導的先進生產力。' },
  zhExplanation: { hans: '2023年9月提出。', hant: '2023年9月提出。' },
  firstUse: { date: '2023-09', occasion: 'Inspection tour of Heilongjiang' },
  related: ['high-quality-development', 'missing-entry'],
  sources: [{ title: 'Government Work Report 2024', url: 'https://www.gov.cn/' }, { title: 'Qiushi 2024' }],
};
const related: GlossaryEntry = {
  ...entry,
  id: 'high-quality-development',
  hans: '高质量发展',
  hant: '高質量發展',
  en: 'high-quality development',
  related: ['new-quality-productive-forces'],
};
const entries = new Map([entry, related].map((e) => [e.id, e]));

const mount = (vnode: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
};
const settle = () => new Promise((resolve) => setTimeout(resolve));
const card = (props: Partial<TermCardProps> = {}) =>
  mount(
    <TermCard
      entry={entry}
      script="hant"
      language="en"
      showPinyin
      showJyutping
      related={[{ id: related.id, term: '高質量發展' }]}
      onRelated={() => {}}
      onCopy={() => {}}
      {...props}
    />,
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TermCard', () => {
  it('shows the entry in the page script, with readings, English, status and first use', () => {
    const root = card();
    expect(root.querySelector('.term')?.textContent).toBe('新質生產力');
    expect(root.querySelector('.term')?.getAttribute('lang')).toBe('zh-Hant');
    expect(root.querySelector('.pinyin')?.textContent).toBe('xīn zhì shēng chǎn lì');
    expect(root.querySelector('.jyutping')?.textContent).toBe('san1 zat1 sang1 caan2 lik6');
    expect(root.querySelector('.en')?.textContent).toBe('new quality productive forces');
    expect(root.querySelector('.status')?.textContent).toBe('official');
    expect(root.querySelector('.first-use')?.textContent).toBe('First used 2023-09 · Inspection tour of Heilongjiang');
    expect(card({ script: 'hans' }).querySelector('.term')?.textContent).toBe('新质生产力');
  });

  it('hides the readings the reader turned off', () => {
    const root = card({ showPinyin: false });
    expect(root.querySelector('.pinyin')).toBeNull();
    expect(root.querySelector('.jyutping')).not.toBeNull();
    expect(card({ showPinyin: false, showJyutping: false }).querySelector('.readings')).toBeNull();
  });

  it('explains in the reader\'s language', () => {
    expect(card({ language: 'hans' }).querySelector('.meaning')?.textContent).toBe('创新主导的先进生产力。');
    expect(card({ language: 'hant' }).querySelector('.meaning')?.getAttribute('lang')).toBe('zh-Hant');
  });

  it('shows the longer explanation, sources and links behind "More"', async () => {
    const root = card();
    expect(root.querySelector('.explanation')).toBeNull();
    root.querySelector<HTMLButtonElement>('.more')!.click();
    await settle();
    expect(root.querySelector('.explanation')?.textContent).toBe('First raised in Heilongjiang in September 2023.');
    const links = [...root.querySelectorAll('.sources a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('rel')])).toEqual([['Government Work Report 2024', 'noopener noreferrer']]);
    expect(root.querySelectorAll('.sources li')).toHaveLength(2);
  });

  it('shows how the page wrote the term when that differs from the headword', () => {
    expect(card({ asWritten: '新質生产力' }).querySelector('.as-written')?.textContent).toBe('新質生产力');
    expect(card({ asWritten: '新質\n生產力' }).querySelector('.as-written')).toBeNull();
  });

  it('copies the term', async () => {
    const onCopy = vi.fn();
    const root = card({ onCopy });
    root.querySelector<HTMLButtonElement>('.copy')!.click();
    await settle();
    expect(onCopy).toHaveBeenCalledWith('新質生產力');
    expect(root.querySelector('.copy')?.getAttribute('title')).toBe('Copied');
  });

  it('renders glossary text as text, never as HTML', () => {
    const root = card();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.meaning')?.textContent).toContain('<img src=x onerror=');
  });
});

describe('TermPopover', () => {
  const popover = (
    pinned = false,
    onClose = () => {},
    personal: PersonalGlossary = EMPTY_PERSONAL,
    onSaveNote: (id: string, text: string) => Promise<string | null> = async () => null,
    id = entry.id,
  ) =>
    mount(
      <TermPopover
        entries={entries}
        id={id}
        script="hant"
        settings={DEFAULT_SETTINGS}
        pinned={pinned}
        onClose={onClose}
        onCopy={() => {}}
        personal={personal}
        onSaveNote={onSaveNote}
        drafts={new Map()}
        onDraft={() => {}}
      />,
    );

  it('is a labelled dialog listing only related entries that exist', () => {
    const root = popover();
    expect(root.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('Tifa: 新質生產力');
    expect([...root.querySelectorAll('.related button')].map((b) => b.textContent)).toEqual(['高質量發展']);
    expect(root.querySelector('.close')).toBeNull();
  });

  it('opens a related term in place and goes back', async () => {
    const root = popover();
    root.querySelector<HTMLButtonElement>('.related button')!.click();
    await settle();
    expect(root.querySelector('.term')?.textContent).toBe('高質量發展');
    root.querySelector<HTMLButtonElement>('.back')!.click();
    await settle();
    expect(root.querySelector('.term')?.textContent).toBe('新質生產力');
    expect(root.querySelector('.back')).toBeNull();
  });

  it('shows the reader\'s note as text and saves an edited one, keeping the draft when saving fails', async () => {
    const withNote = { ...EMPTY_PERSONAL, notes: [{ entryId: entry.id, text: 'See Qiushi <b>2024/11</b>', updatedAt: 1 }] };
    const onSaveNote = vi.fn().mockResolvedValueOnce('storage is full').mockResolvedValueOnce(null);
    const root = popover(false, () => {}, withNote, onSaveNote);
    expect(root.querySelector('.note-text')?.textContent).toBe('My note See Qiushi <b>2024/11</b>');
    expect(root.querySelector('.note-text b')).toBeNull();
    root.querySelector<HTMLButtonElement>('.note-edit')!.click();
    await settle();
    const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
    field.value = 'New note';
    field.dispatchEvent(new Event('input'));
    await settle();
    root.querySelector<HTMLButtonElement>('.note-actions .primary')!.click();
    await settle();
    expect(onSaveNote).toHaveBeenLastCalledWith(entry.id, 'New note');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The note could not be saved: storage is full');
    expect(root.querySelector('textarea')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('.note-actions .primary')!.click();
    await settle();
    expect(root.querySelector('textarea')).toBeNull();
  });

  it('shows the reader\'s own term', () => {
    const own = {
      id: 'own-abcd1', term: '港車北上', script: 'hant' as const, aliases: [], pinyin: 'gǎng chē běi shàng', en: 'Northbound Travel',
      meaning: 'HK cars <i>driving</i> into Guangdong', note: '', createdAt: 1, updatedAt: 1,
    };
    const root = popover(false, () => {}, { ...EMPTY_PERSONAL, ownTerms: [own] }, async () => null, own.id);
    expect(root.querySelector('.term')?.textContent).toBe('港車北上');
    expect(root.querySelector('.meaning')?.textContent).toBe('HK cars <i>driving</i> into Guangdong');
    expect(root.querySelector('footer')?.textContent).toBe('My glossary');
  });

  it('has a close button once pinned', () => {
    const onClose = vi.fn();
    popover(true, onClose).querySelector<HTMLButtonElement>('.close')!.click();
    expect(onClose).toHaveBeenCalled();
  });
});

describe('popup', () => {
  const page = { host: 'news.example', active: true, converting: false, chinese: true, terms: 12, distinct: 2, found: [] };
  const panel = (props: Partial<Parameters<typeof PopupPanel>[0]>) =>
    mount(
      <PopupPanel
        settings={DEFAULT_SETTINGS}
        page={page}
        onChange={() => {}}
        onToggleSite={() => {}}
        onOpenOptions={() => {}}
        {...props}
      />,
    );

  it('summarises the page', () => {
    expect(panel({}).querySelector('.status')?.textContent).toBe('12 terms marked (2 distinct) on this page.');
    expect(panel({ page: null }).querySelector('.status')?.textContent).toBe('Tifa cannot run on this page.');
    expect(panel({ page: { ...page, chinese: false } }).querySelector('.status')?.textContent).toBe('No Chinese text on this page.');
    const off = { ...DEFAULT_SETTINGS, enabled: false };
    expect(panel({ settings: off, page: { ...page, active: false } }).querySelector('.status')?.textContent).toBe('Tifa is off.');
  });

  it('waits for the page before saying anything of it, and says when the page is being converted', () => {
    const waiting = panel({ page: undefined, pageScript: <p class="page-script" /> });
    expect(waiting.querySelector('.status')?.textContent).toBe('Asking the page…');
    // No choice acts on a state not yet known: every control sits in a disabled fieldset.
    expect(waiting.querySelector('.page-script')?.closest('fieldset')?.disabled).toBe(true);
    expect(waiting.querySelector('input[name=enabled]')?.closest('fieldset')?.disabled).toBe(true);
    expect((waiting.querySelector('input[name=site]') as HTMLInputElement).disabled).toBe(true);
    const converting = panel({ page: { ...page, converting: true, chinese: false, terms: 0 } });
    expect(converting.querySelector('.status')?.textContent).toBe('Converting the page; its terms are read again when it is done.');
  });

  it('shows no page script as chosen until the page says which it shows', () => {
    const control = (current: Parameters<typeof PageScriptControl>[0]['current']) =>
      mount(<PageScriptControl current={current} variant="hk" host="news.example" always={false} onShow={() => {}} onVariant={() => {}} onAlways={() => {}} />);
    const radios = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[name=page-script]')];
    const waiting = control(undefined);
    expect(radios(waiting).filter((r) => r.checked)).toEqual([]);
    expect(waiting.querySelector('fieldset')?.disabled).toBe(true);
    expect(radios(control('cn')).find((r) => r.checked)?.value).toBe('hans');
    expect(control('cn').querySelector('fieldset')?.disabled).toBe(false);
  });

  it('keeps the settings behind the gear, in place of the terms', () => {
    const root = panel({ children: <p class="terms" /> });
    const gear = root.querySelector<HTMLButtonElement>('.gear')!;
    expect(gear.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('select[name=language]')).toBeNull();
    act(() => gear.click());
    expect(gear.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('select[name=language]')).not.toBeNull();
    expect(root.querySelector('.terms')).toBeNull();
  });

  it('reports switches and disables the site switch when Tifa is off', () => {
    const onChange = vi.fn();
    const onToggleSite = vi.fn();
    const root = panel({ onChange, onToggleSite });
    root.querySelector<HTMLInputElement>('input[name=enabled]')!.click();
    root.querySelector<HTMLInputElement>('input[name=site]')!.click();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
    expect(onToggleSite).toHaveBeenCalledWith(false);
    expect(root.textContent).toContain('On news.example');
    const off = panel({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
    expect(off.querySelector<HTMLInputElement>('input[name=site]')?.disabled).toBe(true);
  });

  it('lists the terms on the page by category, in order of first appearance, and reveals one', () => {
    const onReveal = vi.fn();
    const root = mount(
      <PageTerms
        found={[
          { id: related.id, count: 3, script: 'hant' },
          { id: 'unknown', count: 1, script: 'hant' },
          { id: entry.id, count: 35, script: 'hant' },
        ]}
        entries={entries}
        onReveal={onReveal}
      />,
    );
    expect(root.querySelector('h3')?.textContent).toBe('Economy & finance 38');
    expect([...root.querySelectorAll('.term-row .zh')].map((e) => e.textContent)).toEqual(['高質量發展', '新質生產力']);
    root.querySelector<HTMLButtonElement>(`[data-entry="${entry.id}"]`)!.click();
    expect(onReveal).toHaveBeenCalledWith(entry.id);
  });
});

describe('SettingsForm', () => {
  it('changes one setting at a time and lists categories only when asked', () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const language = root.querySelector<HTMLSelectElement>('select[name=language]')!;
    language.value = 'hant';
    language.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, language: 'hant' });
    root.querySelector<HTMLInputElement>('input[name=jyutping]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, jyutping: false });
    expect(root.querySelector('.categories')).toBeNull();
    const full = mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} withCategories />);
    full.querySelector<HTMLInputElement>('input[name=category-idioms]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hiddenCategories: ['idioms'] });
  });
});
