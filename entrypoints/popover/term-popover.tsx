/**
 * The term's popover: TermPopover in Tifa's shadow root, next to the term (shell.ts), with the
 * reader's note drafts kept across closing.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermPopover } from '@/components/TermPopover';
import cardCss from '@/components/term-card.css?inline';
import { t } from '@/utils/i18n';
import { ownTermById, setNote } from '@/utils/personal';
import type { TermHit } from '../reader/hit-store';
import type { Popover, PopoverSources } from '../reader/popover';
import { createShell, type ShellParts } from './shell';
import { resolveTheme } from './theme';

export function createPopover(ctx: ContentScriptContext, sources: PopoverSources): Popover {
  const { entries: store, settings, personal } = sources;
  let current: TermHit | null = null;
  let pinned = false;
  // Notes typed and not saved, by entry id, kept for the page's life: closing loses no words.
  const drafts = new Map<string, string>();
  let editing: string | null = null; // the entry whose note is being written in the open popover

  const shell = createShell(ctx, cardCss);

  const copy = async (text: string, root: HTMLElement) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // The async clipboard needs a secure page (not http:); the old copy command works on
      // Tifa's own text field, inside its shadow root, without touching the page.
      const field = document.createElement('textarea');
      field.value = text;
      root.append(field);
      field.select();
      document.execCommand('copy');
      field.remove();
    }
  };

  const hide = () => {
    shell.close(pinned);
    current = null;
    editing = null;
    pinned = false;
  };

  const draw = (hit: TermHit, mounted: ShellParts, entries: Parameters<typeof TermPopover>[0]['entries']) => {
    const prefs = settings();
    const { root } = mounted;
    root.dataset.theme = resolveTheme(prefs.theme);
    root.style.fontSize = `${prefs.fontSize}px`;
    render(
      <TermPopover
        key={`${hit.term.id}:${hit.range.startOffset}`}
        entries={entries}
        id={hit.term.id}
        script={hit.script}
        asWritten={hit.text}
        settings={prefs}
        pinned={pinned}
        onClose={hide}
        onCopy={(text) => void copy(text, root)}
        onOpen={(id) => void store.around(id).then(() => popover.refresh())}
        personal={personal()}
        drafts={drafts}
        onDraft={(entryId, text) => {
          if (text === null) drafts.delete(entryId);
          else drafts.set(entryId, text);
          editing = text === null ? null : entryId;
          if (text !== null && !pinned) popover.pin(); // typing pins it: the pointer may leave
        }}
        onSaveNote={(entryId, text) =>
          setNote(entryId, text).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          )
        }
      />,
      root,
    );
  };

  /** The entries a popover on `hit` shows: an own term's include the bundled one it replaces. */
  const entriesFor = (hit: TermHit) => store.around(hit.term.id, ownTermById(personal(), hit.term.id)?.replaces);

  const popover: Popover = {
    prepare(hit) {
      void shell.mount();
      void entriesFor(hit).catch(() => {}); // a failed read is tried again by show()
    },
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    get holdsDraft() {
      return editing !== null;
    },
    async show(hit, options = {}) {
      current = hit;
      editing = null;
      // A term whose note was left half-written opens on its draft, pinned.
      pinned = (options.pinned ?? false) || drafts.has(hit.term.id);
      const [created, entries] = await Promise.all([shell.mount(), entriesFor(hit)]);
      if (current !== hit || !created.mounted) return; // the reader moved on while it loaded
      const { root, live } = created.mounted;
      draw(hit, created.mounted, entries);
      shell.place(hit, root);
      if (options.announce) {
        const entry = entries.get(hit.term.id);
        live.textContent = entry ? t('announceTerm', entry[hit.script], entry.en) : '';
      }
    },
    pin() {
      if (!current || pinned) return;
      pinned = true;
      this.refresh();
    },
    refresh() {
      void shell.made()?.then(async ({ mounted }) => {
        if (mounted && current) draw(current, mounted, await entriesFor(current));
      });
    },
    focus: shell.focus,
    hide,
    remove() {
      hide();
      shell.remove();
    },
  };
  return popover;
}
