/**
 * The popover of a candidate formulation (a phrase shaped like one that no glossary has): what kind
 * of formulation it looks like, the sentences of the page that use it, and a way to add it to the
 * reader's glossary. Props only; every text rendered as text.
 */
import { useState } from 'preact/hooks';
import type { CandidateKind } from '@/utils/candidates/detect';
import type { SentencePart } from '@/utils/candidates/sentences';
import type { Script } from '@/utils/engine/glossary';
import { t, type MessageKey } from '@/utils/i18n';

const KIND: Record<CandidateKind, MessageKey> = {
  numbered: 'candidateNumbered',
  paired: 'candidatePaired',
  series: 'candidateSeries',
  quoted: 'candidateQuoted',
};

export interface CandidateCardProps {
  /** The candidate as the page writes it. */
  text: string;
  kind: CandidateKind;
  script: Script;
  sentences: readonly (readonly SentencePart[])[];
  pinned: boolean;
  onClose(): void;
  /** Opens the add form prefilled; resolves to null, or to why it could not. */
  onAdd(): Promise<string | null>;
}

export function CandidateCard(props: CandidateCardProps) {
  const [error, setError] = useState<string | null>(null);
  const lang = props.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return (
    <div class="frame" role="dialog" aria-modal="false" aria-label={t('candidateLabel', props.text)}>
      {props.pinned && (
        <button type="button" class="icon close" onClick={props.onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      )}
      <section class="card candidate">
        <header>
          <h2 class="term" lang={lang}>
            {props.text}
          </h2>
        </header>
        <p class="meaning candidate-kind">{t(KIND[props.kind])}</p>
        <p class="candidate-unknown">{t('candidateUnknown')}</p>
        {props.sentences.length > 0 && (
          <>
            <p class="label">{t('candidateSentences')}</p>
            <ul class="candidate-sentences" lang={lang}>
              {props.sentences.map((parts, i) => (
                <li key={i}>{parts.map((part, j) => (part.term ? <mark key={j}>{part.text}</mark> : part.text))}</li>
              ))}
            </ul>
          </>
        )}
        <button type="button" class="button primary candidate-add" onClick={() => void props.onAdd().then(setError)}>
          {t('candidateAdd')}
        </button>
        {error !== null && (
          <p class="note-error" role="alert">
            {t('candidateAddFailed', error)}
          </p>
        )}
      </section>
    </div>
  );
}
