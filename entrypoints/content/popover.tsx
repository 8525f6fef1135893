/**
 * The popover: a Preact TermCard inside Tifa's shadow root (page CSS cannot reach it, ours cannot
 * leak out), positioned next to the term's range with Floating UI, which flips and shifts it
 * inside the viewport and follows scrolling. The host element is added on first use only.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TermCard } from '@/components/TermCard';
import cardCss from '@/components/term-card.css?inline';
import type { EntryStore } from './entry-store';
import type { TermHit } from './hit-store';

export const POPOVER_HOST = 'tifa-popover';

export interface Popover {
  show(hit: TermHit): Promise<void>;
  hide(): void;
  /** True when the event target is Tifa's own UI. */
  owns(target: EventTarget | null): boolean;
}

export function createPopover(ctx: ContentScriptContext, store: EntryStore): Popover {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let stopFollowing: (() => void) | null = null;
  /** The hit asked for last: a slow entry load must not show a term the pointer has left. */
  let wanted: TermHit | null = null;

  const mount = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount(container) {
        const root = document.createElement('div');
        root.className = 'popover';
        root.hidden = true;
        container.append(root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    }).then((created) => {
      created.mount();
      return created;
    }));

  const hide = () => {
    wanted = null;
    stopFollowing?.();
    stopFollowing = null;
    void ui?.then((created) => {
      if (created.mounted) created.mounted.hidden = true;
    });
  };

  return {
    async show(hit) {
      wanted = hit;
      const [created, entries] = await Promise.all([mount(), store.all()]);
      const entry = entries.get(hit.term.id);
      if (wanted !== hit || !entry) return;
      const root = created.mounted!;
      const related = entry.related.flatMap((id) => {
        const other = entries.get(id);
        return other ? [other[hit.script]] : [];
      });
      render(<TermCard entry={entry} script={hit.script} asWritten={hit.text} related={related} />, root);
      root.hidden = false;
      const anchor = {
        getBoundingClientRect: () => hit.range.getBoundingClientRect(),
        getClientRects: () => hit.range.getClientRects(),
        contextElement: hit.range.startContainer.parentElement ?? undefined,
      };
      stopFollowing?.();
      stopFollowing = autoUpdate(anchor, root, () => {
        void computePosition(anchor, root, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          root.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
    },
    hide,
    owns(target) {
      return target instanceof Element && target.localName === POPOVER_HOST;
    },
  };
}
