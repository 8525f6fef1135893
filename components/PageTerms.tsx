/**
 * "Terms on this page": the jargon found, grouped by category, both in order of first appearance,
 * with counts. Choosing one scrolls the page to it and opens its popover. Props only.
 */
import type { Category, GlossaryEntry } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import type { PageStatus } from '@/utils/messages';
import { categoryLabel } from './SettingsForm';

export interface PageTermsProps {
  found: PageStatus['found'];
  entries: ReadonlyMap<string, GlossaryEntry>;
  onReveal(id: string): void;
}

const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

export function PageTerms({ found, entries, onReveal }: PageTermsProps) {
  const groups = new Map<Category, { entry: GlossaryEntry; item: PageStatus['found'][number] }[]>();
  for (const item of found) {
    const entry = entries.get(item.id);
    if (!entry) continue;
    const group = groups.get(entry.category) ?? [];
    group.push({ entry, item });
    groups.set(entry.category, group);
  }
  if (groups.size === 0) return null;
  const shown = [...groups.values()].reduce((sum, rows) => sum + rows.length, 0);
  return (
    <section class="page-terms" aria-labelledby="page-terms-heading">
      <div class="terms-head">
        <h2 id="page-terms-heading">{t('termsOnPage')}</h2>
        <span class="count" aria-label={t('distinctTerms', shown)}>
          {shown}
        </span>
      </div>
      {[...groups].map(([category, rows]) => (
        <div class="group" key={category}>
          <h3>
            {categoryLabel(category)} <span class="count">{rows.reduce((sum, r) => sum + r.item.count, 0)}</span>
          </h3>
          <ul>
            {rows.map(({ entry, item }) => (
              <li key={entry.id}>
                <button type="button" class="term-row" data-entry={entry.id} onClick={() => onReveal(entry.id)}>
                  <span class="zh" lang={LANG[item.script]}>
                    {entry[item.script]}
                  </span>
                  <span class="en">{entry.en}</span>
                  <span class="count">×{item.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
