/**
 * Brings a stored or exported document of an older schema version up to PERSONAL_VERSION, one
 * step at a time. Each step lives in its own module (`v1-to-v2.ts` exporting a `Step`), is
 * registered in STEPS under the version it reads, and has a fixture of the version it reads in
 * tests/fixtures/personal/ (tests/unit/personal-migrations.test.ts runs every fixture through).
 *
 * Version 1 is the first schema, so there is no step yet.
 */
import { t } from '../../i18n';
import { PERSONAL_VERSION } from '../schema';

/** Upgrades a document of version n (STEPS[n]) to version n + 1. */
export type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

export const STEPS: Readonly<Record<number, Step>> = {};

export type Migrated = { ok: true; doc: Record<string, unknown> } | { ok: false; error: string; future?: boolean };

export function migrate(raw: unknown, steps: Readonly<Record<number, Step>> = STEPS, current = PERSONAL_VERSION): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: t('errMustBeObject') };
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: ${t('errVersionInvalid', current, JSON.stringify(version) ?? t('errNothing'))}` };
  }
  if (version > current) {
    return {
      ok: false,
      future: true,
      error: `version: ${t('errVersionNewer', version, current)}`,
    };
  }
  for (let from = version; from < current; from++) {
    const step = steps[from];
    if (!step) return { ok: false, error: `version: ${t('errNoUpgrade', from)}` };
    doc = { ...step(doc), version: from + 1 };
  }
  return { ok: true, doc };
}
