/** A term from the reader's own glossary, as the popover shows it. Props only; text as text. */
import type { GlossaryEntry, Script } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import type { OwnTerm } from '@/utils/personal';
import { ownTermView } from '@/utils/personal/own-view';

const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

export interface OwnTermCardProps {
  term: OwnTerm;
  /** The script of the passage it was met in, and the term as written there. */
  script: Script;
  asWritten?: string;
  /** The bundled entry it takes the place of, if any: shown for the fields left empty. */
  bundled?: GlossaryEntry;
  language: 'en' | Script;
}

export function OwnTermCard({ term, script, asWritten, bundled, language }: OwnTermCardProps) {
  const view = ownTermView(term, { script, asWritten }, bundled, language);
  return (
    <article class="card own" lang="en" data-entry={term.id}>
      <header>
        <h2 class="term" lang={LANG[view.script]}>
          {view.heading}
        </h2>
      </header>
      {view.pinyin && (
        <dl class="readings">
          <dt>{t('pinyin')}</dt>
          <dd class="pinyin">{view.pinyin}</dd>
        </dl>
      )}
      {view.en && (
        <p class="english">
          <span class="en">{view.en}</span>
        </p>
      )}
      {view.meaning && (
        <p class="meaning" lang={view.meaningLang}>
          {view.meaning}
        </p>
      )}
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
