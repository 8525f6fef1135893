import { describe, expect, it } from 'vitest';
import { createTermIndex, loadMatchData, type OwnIndexTerm } from '@/utils/engine/glossary';
import { buildTrie, MAX_KEY_LENGTH, mergeTries, packTrie, unpackTrie, type Trie } from '@/utils/engine/trie';
import { bundledGlossary } from './helpers';

/** Every key of a trie with its entry, by walking it: what the arrays mean. */
function keysOf(trie: Trie): Map<string, number> {
  const keys = new Map<string, number>();
  const visit = (node: number, path: string) => {
    if (trie.entryOf[node] !== -1) keys.set(path, trie.entryOf[node]!);
    for (let child = trie.firstChild[node]!; child < trie.firstChild[node + 1]!; child++) {
      visit(child, path + String.fromCharCode(trie.labels[child]!));
    }
  };
  visit(0, '');
  return keys;
}

describe('trie', () => {
  it('holds each key once, with the first term that lists it, children sorted by unit', () => {
    const trie = buildTrie([['卡脖子', '卡脖'], ['小院高墙', '卡脖子'], ['']]);
    expect(keysOf(trie)).toEqual(
      new Map([
        ['卡脖', 0],
        ['卡脖子', 0],
        ['小院高墙', 1],
      ]),
    );
    const rootUnits = Array.from(trie.labels.subarray(trie.firstChild[0], trie.firstChild[1]));
    expect(rootUnits).toEqual([...rootUnits].sort((a, b) => a - b));
  });

  it('leaves out keys longer than the matcher follows', () => {
    expect(keysOf(buildTrie([['长'.repeat(MAX_KEY_LENGTH + 1), '长'.repeat(MAX_KEY_LENGTH)]])).size).toBe(1);
  });

  it('survives packing into strings and JSON', () => {
    const trie = buildTrie([['新质生产力', '新发展理念'], ['发展理念'], ['\ud842\udfb7野家']]);
    const packed = JSON.parse(JSON.stringify(packTrie(trie)));
    expect(unpackTrie(packed)).toEqual(trie);
    expect(() => unpackTrie({ ...packed, labels: packed.labels.slice(1) })).toThrow(/lengths/);
  });

  it('refuses to pack more terms than one unit can number', () => {
    const key = (i: number) => String.fromCharCode(0x4e00 + (i >> 8), 0x4e00 + (i & 0xff));
    const many = buildTrie(Array.from({ length: 0xffff }, (_, i) => [key(i)]));
    expect(() => packTrie(many)).toThrow(/too large/);
  });

  it('merges two tries: the first keeps a shared key, the second moves up by the offset', () => {
    const own = buildTrie([['卡脖子'], ['芯片']]);
    const bundled = buildTrie([['卡脖子技术', '卡脖子'], ['新质生产力'], ['芯片法案']]);
    const merged = mergeTries(own, bundled, 2);
    expect(keysOf(merged)).toEqual(
      new Map([
        ['卡脖子', 0],
        ['卡脖子技术', 2],
        ['芯片', 1],
        ['芯片法案', 4],
        ['新质生产力', 3],
      ]),
    );
    expect(mergeTries(own, bundled, 2)).toEqual(buildTrie([['卡脖子'], ['芯片'], ['卡脖子技术', '卡脖子'], ['新质生产力'], ['芯片法案']]));
  });
});

describe('term index', () => {
  const loaded = loadMatchData(bundledGlossary().match);
  const idsIn = (index: ReturnType<typeof createTermIndex>, text: string) =>
    index.matcher.findAll(text).map((m) => index.terms[m.entry]!.id);

  it("puts the reader's own terms first and leaves out the bundled ones it is told to", () => {
    const own: OwnIndexTerm = { id: 'own-1', own: true, keys: ['卡脖子'] };
    const longer: OwnIndexTerm = { id: 'own-2', own: true, keys: ['新质生产力发展'] };
    const index = createTermIndex(loaded, { prepend: [own, longer], omit: (id) => id === 'carbon-peaking-and-neutrality' });
    expect(idsIn(index, '甩掉卡脖子')).toEqual(['own-1']); // a bundled form, now the reader's
    expect(idsIn(index, '新質生產力發展')).toEqual(['own-2']); // longer than the bundled term
    expect(idsIn(index, '新質生產力')).toEqual(['new-quality-productive-forces']);
    expect(idsIn(index, '實現雙碳目標')).not.toContain('carbon-peaking-and-neutrality');
    // The loaded match data is the page's one copy: leaving an entry out of one index keeps it in the next.
    expect(idsIn(createTermIndex(loaded), '實現雙碳目標')).toContain('carbon-peaking-and-neutrality');
  });
});
