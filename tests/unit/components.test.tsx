import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupPanel } from '@/components/PopupPanel';
import { TermCard } from '@/components/TermCard';
import type { GlossaryEntry } from '@/utils/glossary';

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
  related: [],
  sources: [{ title: 'Government Work Report 2024' }],
};

const mount = (vnode: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TermCard', () => {
  it('shows the entry in the page script, with readings, English, status and first use', () => {
    const card = mount(<TermCard entry={entry} script="hant" related={['高質量發展']} />);
    expect(card.querySelector('.term')?.textContent).toBe('新質生產力');
    expect(card.querySelector('.term')?.getAttribute('lang')).toBe('zh-Hant');
    expect(card.querySelector('.pinyin')?.textContent).toBe('xīn zhì shēng chǎn lì');
    expect(card.querySelector('.jyutping')?.textContent).toBe('san1 zat1 sang1 caan2 lik6');
    expect(card.querySelector('.en')?.textContent).toBe('new quality productive forces');
    expect(card.querySelector('.status')?.textContent).toBe('official');
    expect(card.querySelector('.first-use')?.textContent).toContain('2023-09');
    expect(card.querySelector('.related')?.textContent).toContain('高質量發展');
    expect(mount(<TermCard entry={entry} script="hans" related={[]} />).querySelector('.term')?.textContent).toBe('新质生产力');
  });

  it('shows how the page wrote the term when that differs from the headword', () => {
    const card = mount(<TermCard entry={entry} script="hant" asWritten="新質生产力" related={[]} />);
    expect(card.querySelector('.as-written')?.textContent).toBe('新質生产力');
    expect(mount(<TermCard entry={entry} script="hant" asWritten="新質生產力" related={[]} />).querySelector('.as-written')).toBeNull();
  });

  it('shows the longer explanation behind "More"', async () => {
    const card = mount(<TermCard entry={entry} script="hant" related={[]} />);
    expect(card.querySelector('.explanation')).toBeNull();
    card.querySelector<HTMLButtonElement>('.more')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(card.querySelector('.explanation')?.textContent).toBe('First raised in Heilongjiang in September 2023.');
    expect(card.querySelector('.more')).toBeNull();
  });

  it('renders glossary text as text, never as HTML', () => {
    const card = mount(<TermCard entry={entry} script="hant" related={[]} />);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.meaning')?.textContent).toContain('<img src=x onerror=');
  });
});

describe('PopupPanel', () => {
  const page = { host: 'news.example', active: true, chinese: true, terms: 12, distinct: 8 };
  const panel = (props: Partial<Parameters<typeof PopupPanel>[0]>) =>
    mount(
      <PopupPanel enabled page={page} siteEnabled onToggleEnabled={() => {}} onToggleSite={() => {}} {...props} />,
    );

  it('summarises the page', () => {
    expect(panel({}).querySelector('.status')?.textContent).toBe('12 terms marked (8 distinct) on this page.');
    expect(panel({ page: null }).querySelector('.status')?.textContent).toBe('Tifa cannot run on this page.');
    expect(panel({ page: { ...page, chinese: false } }).querySelector('.status')?.textContent).toBe('No Chinese text on this page.');
    expect(panel({ enabled: false, page: { ...page, active: false } }).querySelector('.status')?.textContent).toBe('Tifa is off.');
  });

  it('reports toggles and disables the site switch when Tifa is off', () => {
    const onToggleEnabled = vi.fn();
    const onToggleSite = vi.fn();
    const root = panel({ onToggleEnabled, onToggleSite });
    const [all, site] = root.querySelectorAll('input');
    all!.click();
    site!.click();
    expect(onToggleEnabled).toHaveBeenCalledWith(false);
    expect(onToggleSite).toHaveBeenCalledWith(false);
    expect(panel({ enabled: false }).querySelector<HTMLInputElement>('input[name=site]')?.disabled).toBe(true);
    expect(root.querySelector('label:nth-of-type(2)')?.textContent).toContain('news.example');
  });
});
