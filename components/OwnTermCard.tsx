/** A term from the reader's own glossary, as the popover shows it. Props only; text as text. */
import { t } from '@/utils/i18n';
import type { OwnTerm } from '@/utils/personal';

const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

export function OwnTermCard({ term }: { term: OwnTerm }) {
  return (
    <article class="card own" lang="en" data-entry={term.id}>
      <header>
        <h2 class="term" lang={LANG[term.script]}>
          {term.term}
        </h2>
      </header>
      {term.pinyin && (
        <dl class="readings">
          <dt>{t('pinyin')}</dt>
          <dd class="pinyin">{term.pinyin}</dd>
        </dl>
      )}
      {term.en && (
        <p class="english">
          <span class="en">{term.en}</span>
        </p>
      )}
      {term.meaning && <p class="meaning">{term.meaning}</p>}
      {term.note && (
        <p class="note-text">
          <span class="label">{t('note')}</span> {term.note}
        </p>
      )}
      {term.source && (
        <p class="sources">
          <a href={term.source} target="_blank" rel="noopener noreferrer">
            {term.source}
          </a>
        </p>
      )}
      <footer>
        <span class="category">{t('myTerm')}</span>
      </footer>
    </article>
  );
}
