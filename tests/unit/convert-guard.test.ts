import { describe, expect, it } from 'vitest';
import { createRewriteLog, MAX_REVERTS } from '@/utils/convert/guard';

const node = {};

describe('rewrite log', () => {
  it('recognises its own write and converts from the original on a new target', () => {
    const log = createRewriteLog<object>();
    expect(log.sourceOf(node, '發展')).toBe('發展');
    expect(log.accept(node, '發展', '發展', '发展')).toBe(true);
    expect(log.isOwnWrite(node, '发展')).toBe(true);
    expect(log.sourceOf(node, '发展')).toBe('發展'); // retarget: from the page's text, not ours
    expect(log.accept(node, '发展', '發展', '發展')).toBe(true);
    expect([...log.entries()]).toEqual([[node, { original: '發展', converted: '發展' }]]);
  });

  it('does not write or remember what conversion leaves unchanged', () => {
    const log = createRewriteLog<object>();
    expect(log.accept(node, 'abc', 'abc', 'abc')).toBe(false);
    expect([...log.entries()]).toEqual([]);
  });

  it('takes the page’s new text as the original when the page changes it', () => {
    const log = createRewriteLog<object>();
    log.accept(node, '發展', '發展', '发展');
    expect(log.isOwnWrite(node, '這裡')).toBe(false);
    expect(log.accept(node, '這裡', '這裡', '这里')).toBe(true);
    expect([...log.entries()][0]![1]).toEqual({ original: '這裡', converted: '这里' });
  });

  it('gives up on a string another script keeps putting back, after a bounded number of rewrites', () => {
    const log = createRewriteLog<object>();
    let writes = 0;
    let shown = '發展';
    // Two converters fighting: each of our writes is reverted at once.
    for (let round = 0; round < 100; round++) {
      const source = log.sourceOf(node, shown);
      if (source === null) break;
      if (log.accept(node, shown, source, '发展')) writes++;
      shown = '發展';
    }
    expect(writes).toBe(MAX_REVERTS + 1);
    expect(log.sourceOf(node, '發展')).toBeNull();
    expect([...log.entries()]).toEqual([]); // nothing of ours left to put back
  });

  it('keeps converting a string the page rewrites with new text', () => {
    const log = createRewriteLog<object>();
    for (let tick = 0; tick < 20; tick++) {
      const text = `第${tick}條`;
      expect(log.accept(node, text, text, `第${tick}条`)).toBe(true);
    }
  });
});
