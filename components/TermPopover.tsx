/**
 * The popover's content: a TermCard, with related terms opening in place and a way back, and a
 * close button once the popover is pinned. Keyed by the caller on the term it was opened for, so
 * its history starts fresh for each term.
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry, Script } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import { noteFor, ownTermById, type PersonalGlossary } from '@/utils/personal';
import type { Settings } from '@/utils/settings';
import { OwnTermCard } from './OwnTermCard';
import { TermCard } from './TermCard';

export interface TermPopoverProps {
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** The entry the popover was opened for. */
  id: string;
  script: Script;
  asWritten?: string;
  settings: Pick<Settings, 'language' | 'pinyin' | 'jyutping'>;
  pinned: boolean;
  onClose(): void;
  onCopy(term: string): void;
  /** A related entry was opened in place: the entries it links to may not have been read yet. */
  onOpen?(id: string): void;
  /** The reader's notes and own terms. */
  personal: PersonalGlossary;
  /** Saves a note on a bundled entry; resolves to null, or to why it could not be saved. */
  onSaveNote(entryId: string, text: string): Promise<string | null>;
  /** Notes being written and not yet saved, by entry id. */
  drafts: ReadonlyMap<string, string>;
  /** A note's draft changed; null when its edit ended. */
  onDraft(entryId: string, text: string | null): void;
}

export function TermPopover(props: TermPopoverProps) {
  const [trail, setTrail] = useState<string[]>([props.id]);
  const own = ownTermById(props.personal, props.id);
  const entry = own ? undefined : props.entries.get(trail[trail.length - 1]!);
  if (!own && !entry) return null;
  return (
    <div class="frame" role="dialog" aria-modal="false" aria-label={t('popoverLabel', own ? (props.asWritten ?? own.term) : entry![props.script])}>
      {props.pinned && (
        <button type="button" class="icon close" onClick={props.onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      )}
      {own ? (
        <OwnTermCard
          term={own}
          script={props.script}
          asWritten={props.asWritten}
          bundled={own.replaces ? props.entries.get(own.replaces) : undefined}
          language={props.settings.language}
        />
      ) : (
        <TermCard
          key={entry!.id}
          entry={entry!}
          script={props.script}
          asWritten={trail.length === 1 ? props.asWritten : undefined}
          language={props.settings.language}
          showPinyin={props.settings.pinyin}
          showJyutping={props.settings.jyutping}
          related={entry!.related.flatMap((id) => {
            const other = props.entries.get(id);
            return other ? [{ id, term: other[props.script] }] : [];
          })}
          onRelated={(id) => {
            setTrail([...trail, id]);
            props.onOpen?.(id);
          }}
          onBack={trail.length > 1 ? () => setTrail(trail.slice(0, -1)) : undefined}
          onCopy={props.onCopy}
          note={{
            note: noteFor(props.personal, entry!.id)?.text ?? '',
            onSave: (text) => props.onSaveNote(entry!.id, text),
            draft: props.drafts.get(entry!.id),
            onDraft: (text) => props.onDraft(entry!.id, text),
          }}
        />
      )}
    </div>
  );
}
