import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyImport, mergeReplicas, previewImport, restoreBackup, sameGlossary } from '@/utils/personal/merge';
import { validateInSteps } from '@/utils/personal/schema';
import { EMPTY_PERSONAL, type OwnTerm, type PersonalGlossary } from '@/utils/personal/schema';
import { itemBytes, planSync, pullFromSync, pushToSync, readSyncItems, SYNC_QUOTA } from '@/utils/personal/sync';

const term = (id: string, text: string, updatedAt: number, extra: Partial<OwnTerm> = {}): OwnTerm => ({
  id,
  term: text,
  script: 'hans',
  aliases: [],
  pinyin: '',
  en: '',
  meaning: '',
  note: '',
  createdAt: 1,
  updatedAt,
  ...extra,
});
const glossary = (parts: Partial<PersonalGlossary>): PersonalGlossary => ({ ...EMPTY_PERSONAL, ...parts });

describe('import preview and apply', () => {
  const mine = glossary({
    ownTerms: [term('own-aaaa1', '東大', 10, { en: 'mine' }), term('own-bbbb1', '西大', 50, { en: 'edited here' }), term('own-cccc1', '南大', 10)],
    notes: [{ entryId: 'stranglehold', text: 'same', updatedAt: 10 }],
  });
  const theirs = glossary({
    ownTerms: [
      term('own-aaaa1', '東大', 20, { en: 'theirs' }), // newer there: a change
      term('own-bbbb1', '西大', 20, { en: 'older there' }), // edited here since: a conflict
      term('own-zzzz1', '南大', 30, { en: 'same term, other id' }),
      term('own-dddd1', '北大', 5),
    ],
    notes: [{ entryId: 'stranglehold', text: 'same', updatedAt: 99 }],
  });

  it('sorts records into new, changed, conflicting and unchanged', () => {
    const rows = previewImport(mine, theirs);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.status]))).toEqual({
      'term:own-aaaa1': 'changed',
      'term:own-bbbb1': 'conflict',
      'term:own-zzzz1': 'changed',
      'term:own-dddd1': 'new',
      'note:stranglehold': 'same',
    });
  });

  it('takes changes, keeps mine on conflicts unless told, and never removes', () => {
    const rows = previewImport(mine, theirs);
    const kept = applyImport(mine, rows, new Map());
    expect(kept.ownTerms.map((t) => [t.id, t.en])).toEqual([
      ['own-aaaa1', 'theirs'],
      ['own-bbbb1', 'edited here'],
      ['own-cccc1', 'same term, other id'], // their version, under the id this browser knows
      ['own-dddd1', ''],
    ]);
    // The file's times are kept: they decide later conflicts and sync.
    expect(kept.ownTerms.find((t) => t.id === 'own-aaaa1')!.updatedAt).toBe(20);
    expect(kept.ownTerms.find((t) => t.id === 'own-dddd1')!.updatedAt).toBe(5);
    const taken = applyImport(mine, rows, new Map([['term:own-bbbb1', 'theirs'], ['term:own-aaaa1', 'mine']]));
    expect(taken.ownTerms.map((t) => t.en).slice(0, 2)).toEqual(['mine', 'older there']);
    // Their older copy, chosen over mine, is dated just after mine so the choice wins in sync.
    expect(taken.ownTerms.find((t) => t.id === 'own-bbbb1')!.updatedAt).toBe(51);
    expect(taken.notes).toEqual(mine.notes);
  });
});

describe('undoing an import', () => {
  const before = glossary({ ownTerms: [term('own-aaaa1', '東大', 10, { en: 'mine' })], deleted: [{ key: 'term:own-gone1', at: 3 }] });
  const after = glossary({ ownTerms: [term('own-aaaa1', '東大', 20, { en: 'theirs' }), term('own-bbbb1', '西大', 20)], deleted: [{ key: 'term:own-gone1', at: 3 }] });

  it('gives back exactly the glossary before it while sync is off', () => {
    expect(restoreBackup(before, after, null, 99)).toBe(before);
  });

  it('keeps sync from bringing the import back once it reached sync storage', () => {
    const restored = restoreBackup(before, after, after, 99);
    expect(restored.ownTerms).toEqual([term('own-aaaa1', '東大', 99, { en: 'mine' })]);
    expect(restored.deleted).toEqual([{ key: 'term:own-bbbb1', at: 99 }, { key: 'term:own-gone1', at: 3 }]);
    // Merged with sync's copy, the undo stands.
    const merged = mergeReplicas(restored, after);
    expect(merged.ownTerms.map((t) => t.en)).toEqual(['mine']);
    // What sync never held needs nothing.
    expect(restoreBackup(before, after, before, 99)).toBe(before);
  });
});

describe('checking a glossary record by record', () => {
  it('reports its progress after each record, then the result', () => {
    const steps = validateInSteps(glossary({ ownTerms: [term('own-aaaa1', '東大', 1), term('own-bbbb1', '西大', 1)], notes: [{ entryId: 'stranglehold', text: 'n', updatedAt: 1 }] }));
    const progress: unknown[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.push(step.value);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(step.value.ok).toBe(true);
  });
});

describe('sync merge', () => {
  it('keeps the later edit of each record, and lets a removal win over older edits', () => {
    const a = glossary({ ownTerms: [term('own-aaaa1', '東大', 10, { en: 'a' }), term('own-bbbb1', '西大', 10)] });
    const b = glossary({ ownTerms: [term('own-aaaa1', '東大', 20, { en: 'b' })], deleted: [{ key: 'term:own-bbbb1', at: 15 }] });
    const merged = mergeReplicas(a, b);
    expect(merged.ownTerms.map((t) => t.en)).toEqual(['b']);
    expect(merged.deleted).toEqual([{ key: 'term:own-bbbb1', at: 15 }]);
    expect(sameGlossary(mergeReplicas(b, a), merged)).toBe(true);
    // Re-added after the removal: it stays.
    const readded = mergeReplicas(merged, glossary({ ownTerms: [term('own-bbbb1', '西大', 30)] }));
    expect(readded.ownTerms.map((t) => t.id)).toEqual(['own-aaaa1', 'own-bbbb1']);
  });

  it('keeps one of the same term added in two browsers under different ids', () => {
    const merged = mergeReplicas(glossary({ ownTerms: [term('own-aaaa1', '東大', 10)] }), glossary({ ownTerms: [term('own-bbbb1', '東大', 20)] }));
    expect(merged.ownTerms.map((t) => t.id)).toEqual(['own-bbbb1']);
  });
});

describe('sync planning (Chrome’s quotas)', () => {
  const many = (count: number, noteLength: number) =>
    glossary({ ownTerms: Array.from({ length: count }, (_, i) => term(`own-t${String(i).padStart(4, '0')}`, `詞語${i}`, 1000 + i, { note: '注'.repeat(noteLength) })) });

  it('packs records into items of 8 KB at most and 100 KB in all, newest first, naming what is left out', () => {
    const plan = planSync(many(60, 1500)); // ~4.6 KB each: one per item, about 21 fit
    const sizes = Object.entries(plan.items).map(([key, value]) => itemBytes(key, value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_QUOTA.itemBytes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
    expect(plan.leftOut.length).toBeGreaterThan(30);
    expect(plan.leftOut.every((l) => l.reason === 'full')).toBe(true);
    expect(plan.leftOut.map((l) => l.label)).toContain('詞語0'); // the oldest
    expect(plan.leftOut.map((l) => l.label)).not.toContain('詞語59');
    expect(plan.synced + plan.leftOut.length).toBe(60);
  });

  it('leaves out a record too large for any item, and syncs the rest', () => {
    const big = term('own-big01', '大詞', 5, { note: '注'.repeat(2000), meaning: '義'.repeat(1000) });
    const plan = planSync(glossary({ ownTerms: [big, term('own-small', '小詞', 6)] }));
    expect(plan.leftOut).toEqual([{ key: 'term:own-big01', label: '大詞', reason: 'too-large' }]);
    expect(readSyncItems(plan.items).ownTerms.map((t) => t.term)).toEqual(['小詞']);
  });

  it('reads back exactly what it planned', () => {
    const source = glossary({
      ...many(40, 20),
      notes: [{ entryId: 'stranglehold', text: 'n', updatedAt: 3 }],
      hidden: [{ entryId: 'one-china-principle', updatedAt: 4 }],
      deleted: [{ key: 'note:x-y', at: 9 }],
    });
    expect(sameGlossary(readSyncItems(planSync(source).items), source)).toBe(true);
  });
});

describe('sync storage writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes only changed items and removes the ones no longer used', async () => {
    const big = glossary({ ownTerms: Array.from({ length: 30 }, (_, i) => term(`own-t${String(i).padStart(4, '0')}`, `詞語${i}`, 1000 + i, { note: '注'.repeat(1000) })) });
    await pushToSync(big);
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(keys.length).toBeGreaterThan(5);
    expect(sameGlossary(await pullFromSync(), big)).toBe(true);

    const small = glossary({ ownTerms: big.ownTerms.slice(0, 1) });
    const status = await pushToSync(small);
    expect(status).toMatchObject({ synced: 1, leftOut: [] });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['tifa.p.0', 'tifa.p.meta']);
    expect(sameGlossary(await pullFromSync(), small)).toBe(true);
  });
});
