import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/utils/engine/matcher';
import { bundledSuppressed, isSuppressed, ownTermsAsMatchTerms } from '@/utils/personal/match';
import { EMPTY_PERSONAL, type OwnTerm } from '@/utils/personal/schema';
import { createSearch, tonelessPinyin } from '@/utils/personal/search';
import { foldTable } from './helpers';

const own = (id: string, term: string, extra: Partial<OwnTerm> = {}): OwnTerm => ({
  id, term, script: 'hant', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1, ...extra,
});

describe('own terms for the matcher', () => {
  const fold = foldTable();
  const personal = {
    ...EMPTY_PERSONAL,
    ownTerms: [own('own-aaaa1', '低空經濟', { aliases: ['低空 经济产业'] }), own('own-bbbb1', '卡脖子技術', { replaces: 'chokehold-technologies' })],
    hidden: [{ entryId: 'one-china-principle', updatedAt: 1 }],
  };

  it('matches an own term in both scripts, and its aliases', () => {
    const terms = ownTermsAsMatchTerms(personal, fold);
    expect(terms[0]).toEqual({ id: 'own-aaaa1', own: true, keys: [expect.any(String), expect.any(String)] });
    const matcher = createMatcher(fold, terms.map((t) => ({ forms: t.keys })));
    const text = '发展低空经济，壯大低空經濟，低空經濟產業';
    expect(matcher.findAll(text).map((m) => text.slice(m.start, m.end))).toEqual(['低空经济', '低空經濟', '低空經濟產業']);
  });

  it('says which bundled entries are hidden or replaced', () => {
    const suppression = bundledSuppressed(personal);
    expect(isSuppressed(suppression, 'one-china-principle')).toBe(true);
    expect(suppression.replacedBy.get('chokehold-technologies')?.id).toBe('own-bbbb1');
    expect(isSuppressed(suppression, 'new-quality-productive-forces')).toBe(false);
  });
});

describe('search', () => {
  const fold = foldTable();
  const item = { chinese: ['新质生产力'], pinyin: 'xīn zhì shēng chǎn lì', other: ['new quality productive forces', 'See Qiushi'] };

  it('finds by either script, pinyin without tones or spaces, and English', () => {
    expect(tonelessPinyin('lǜ sè Nǚ')).toBe('lusenu');
    for (const query of ['新質', '新质生产', 'xinzhi', 'xin zhi sheng', 'xīn zhì', 'PRODUCTIVE', 'qiushi', '']) {
      expect(createSearch(fold, query)(item), query).toBe(true);
    }
    for (const query of ['高質量', 'gaozhi', 'unrelated']) expect(createSearch(fold, query)(item), query).toBe(false);
  });
});
