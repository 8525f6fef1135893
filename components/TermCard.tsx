/**
 * One glossary entry as the popover shows it, in the page's script and the reader's explanation
 * language. Props only: the popover decides which entry, and what the buttons do. All text is
 * rendered as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { explanationIn, type GlossaryEntry, type Script } from '@/utils/engine/glossary';
import { t, type MessageKey } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { NoteEditor, type NoteEditorProps } from './NoteEditor';
import { TermTrend } from './TermTrend';

export interface TermCardProps {
  entry: GlossaryEntry;
  script: Script;
  /** The term as the page writes it, when it differs from the headword (an alias or variant). */
  asWritten?: string;
  language: Settings['language'];
  showPinyin: boolean;
  showJyutping: boolean;
  /** Related entries that exist, with their headword in the page's script. */
  related: { id: string; term: string }[];
  onRelated(id: string): void;
  /** Present when a related term was opened from another: goes back to it. */
  onBack?: () => void;
  onCopy(term: string): void;
  /** The reader's note and how to save it; absent where notes cannot be kept. */
  note?: NoteEditorProps;
}

const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

/** Drawn, not a font glyph: pages and systems lack fonts with the copy symbols. */
function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5">
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1" />
    </svg>
  );
}
const CATEGORY_KEY = (category: string) => `category_${category.replace('-', '_')}` as MessageKey;

export function TermCard(props: TermCardProps) {
  const { entry, script, asWritten, language, related } = props;
  const term = entry[script];
  const [more, setMore] = useState(false);
  const [copied, setCopied] = useState(false);
  const { meaning, explanation, lang: textLang } = explanationIn(entry, language);
  const headingId = `tifa-term-${entry.id}`;

  return (
    <article class="card" lang="en" aria-labelledby={headingId} data-entry={entry.id}>
      <header>
        {props.onBack && (
          <button type="button" class="icon back" onClick={props.onBack} aria-label={t('back')} title={t('back')}>
            ←
          </button>
        )}
        <h2 class="term" id={headingId} lang={LANG[script]}>
          {term}
        </h2>
        {asWritten && asWritten.replace(/\s/g, '') !== term && (
          <span class="as-written" lang={LANG[script]}>
            {asWritten}
          </span>
        )}
        <button
          type="button"
          class="icon copy"
          onClick={() => {
            props.onCopy(term);
            setCopied(true);
          }}
          aria-label={t('copyTerm')}
          title={copied ? t('copied') : t('copyTerm')}
        >
          {copied ? '✓' : <CopyIcon />}
        </button>
      </header>
      {(props.showPinyin || props.showJyutping) && (
        <dl class="readings">
          {props.showPinyin && (
            <>
              <dt>{t('pinyin')}</dt>
              <dd class="pinyin" lang="zh-Latn-pinyin">
                {entry.pinyin}
              </dd>
            </>
          )}
          {props.showJyutping && (
            <>
              <dt>{t('jyutping')}</dt>
              <dd class="jyutping" lang="yue-Latn-jyutping">
                {entry.jyutping}
              </dd>
            </>
          )}
        </dl>
      )}
      <p class="english">
        <span class="en">{entry.en}</span>{' '}
        <span class={`status status-${entry.status}`}>{t(`status_${entry.status}`)}</span>
      </p>
      <p class="meaning" lang={textLang}>
        {meaning}
      </p>
      {more ? (
        <div class="more-text">
          <p class="explanation" lang={textLang}>
            {explanation}
          </p>
          {entry.members && (
            <p class="members">
              <span class="label">{t('members')}</span>{' '}
              <span lang={LANG[script]}>{entry.members.map((m) => m[script]).join('；')}</span>
            </p>
          )}
          {entry.example && (
            <p class="example">
              <span class="label">{t('example')}</span> <span lang={LANG[script]}>{entry.example.zh[script]}</span>
              {entry.example.en && <span class="example-en"> {entry.example.en}</span>}
            </p>
          )}
          <div class="sources">
            <span class="label">{t('sources')}</span>
            <ul>
              {entry.sources.map((source) => (
                <li key={source.title}>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <button type="button" class="more" onClick={() => setMore(true)} aria-expanded="false">
          {t('more')}
        </button>
      )}
      {props.note && <NoteEditor {...props.note} />}
      {entry.trend && <TermTrend trend={entry.trend} />}
      {entry.firstUse && (
        <p class="first-use">
          <span class="label">{t('firstUsed')}</span> {entry.firstUse.date} · {entry.firstUse.occasion}
        </p>
      )}
      {related.length > 0 && (
        <p class="related">
          <span class="label">{t('related')}</span>{' '}
          {related.map((r, i) => (
            <>
              {i > 0 && ' · '}
              <button type="button" class="link" lang={LANG[script]} onClick={() => props.onRelated(r.id)}>
                {r.term}
              </button>
            </>
          ))}
        </p>
      )}
      <footer>
        <span class="category">{t(CATEGORY_KEY(entry.category))}</span>
      </footer>
    </article>
  );
}
