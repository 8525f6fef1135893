import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, STEPS, type Step } from '@/utils/personal/migrations';
import { PERSONAL_VERSION, validatePersonal } from '@/utils/personal/schema';

const FIXTURES = path.resolve(__dirname, '../fixtures/personal');
const fixture = (version: number) => JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8')) as unknown;

describe('personal glossary migrations', () => {
  it('has one fixture per schema version, and a step for every version before the current one', () => {
    const versions = readdirSync(FIXTURES).map((f) => Number(/^v(\d+)\.json$/.exec(f)?.[1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PERSONAL_VERSION }, (_, i) => i + 1));
    for (let v = 1; v < PERSONAL_VERSION; v++) expect(STEPS[v], `step from v${v}`).toBeTypeOf('function');
  });

  it.each(Array.from({ length: PERSONAL_VERSION }, (_, i) => i + 1))('brings the v%i fixture to a valid current document', (version) => {
    const migrated = migrate(fixture(version));
    expect(migrated.ok).toBe(true);
    const valid = validatePersonal(migrated.ok && migrated.doc);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    if (valid.ok) expect(valid.glossary.ownTerms.length + valid.glossary.notes.length).toBeGreaterThan(0);
  });

  it('runs the steps in order from the document’s version', () => {
    const seen: number[] = [];
    const step = (n: number): Step => (doc) => {
      seen.push(n);
      return { ...doc, [`from${n}`]: true };
    };
    const result = migrate({ version: 2, a: 1 }, { 1: step(1), 2: step(2), 3: step(3) }, 4);
    expect(seen).toEqual([2, 3]);
    expect(result).toEqual({ ok: true, doc: { version: 4, a: 1, from2: true, from3: true } });
  });

  it('refuses a future version, saying so, and anything without a version', () => {
    const future = migrate({ version: PERSONAL_VERSION + 1 });
    expect(future).toMatchObject({ ok: false, future: true });
    expect(!future.ok && future.error).toMatch(/newer Tifa/);
    expect(migrate({ notes: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/^version:/) });
    expect(migrate({ version: '1' })).toMatchObject({ ok: false });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false });
    expect(migrate([])).toMatchObject({ ok: false });
    expect(migrate(null)).toMatchObject({ ok: false });
    expect(migrate({ version: 1 }, {}, 2)).toMatchObject({ ok: false, error: 'version: no upgrade from version 1' });
  });
});
