/**
 * What a reader sees for one term: the glossary entry in the script of the page. Props only; the
 * content script decides where it is shown. All text is rendered as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, type GlossaryEntry, type Script } from '@/utils/glossary';

export interface TermCardProps {
  entry: GlossaryEntry;
  script: Script;
  /** The term as the page writes it, when it differs from the headword (an alias or variant). */
  asWritten?: string;
  /** Headwords of the related entries, in the same script. */
  related: string[];
}

const STATUS_LABEL = {
  official: 'official',
  common: 'common rendering',
  literal: 'literal rendering',
} as const;

const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

export function TermCard({ entry, script, asWritten, related }: TermCardProps) {
  const term = entry[script];
  const [more, setMore] = useState(false);
  return (
    <article class="card" lang="en" data-entry={entry.id}>
      <header>
        <h2 class="term" lang={LANG[script]}>
          {term}
        </h2>
        {asWritten && asWritten !== term && (
          <span class="as-written" lang={LANG[script]}>
            {asWritten}
          </span>
        )}
      </header>
      <dl class="readings">
        <dt>Pinyin</dt>
        <dd class="pinyin">{entry.pinyin}</dd>
        <dt>Jyutping</dt>
        <dd class="jyutping">{entry.jyutping}</dd>
      </dl>
      <p class="english">
        <span class="en">{entry.en}</span> <span class={`status status-${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
      </p>
      <p class="meaning">{entry.meaning}</p>
      {more ? (
        <p class="explanation">{entry.explanation}</p>
      ) : (
        <button type="button" class="more" onClick={() => setMore(true)}>
          More
        </button>
      )}
      {entry.firstUse && (
        <p class="first-use">
          <span class="label">First used</span> {entry.firstUse.date} · {entry.firstUse.occasion}
        </p>
      )}
      {related.length > 0 && (
        <p class="related">
          <span class="label">Related</span>{' '}
          <span lang={LANG[script]}>{related.join(' · ')}</span>
        </p>
      )}
      <footer>
        <span class="category">{CATEGORIES[entry.category]}</span>
        <span class="source">Source: {entry.sources[0]?.title}</span>
      </footer>
    </article>
  );
}
