/**
 * What both popovers (a term's, a candidate's) share: a shadow root of Tifa's own, added to the
 * page on first use (page CSS cannot reach it, ours cannot leak out), and a position next to the
 * hit's range that Floating UI keeps inside the viewport while the page scrolls or resizes.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import tokensCss from '@/components/tokens.css?inline';
import type { TermHit } from '../reader/hit-store';
import { POPOVER_HOST } from '../reader/popover';
import { pointAt } from '../reader/ranges';

export interface ShellParts {
  /** The popover itself, hidden until shown. */
  root: HTMLElement;
  /** A polite live region for announcements. */
  live: HTMLElement;
}

type Ui = ShadowRootContentScriptUi<ShellParts>;

export interface Shell {
  /** The shadow root, made on the first call. */
  mount(): Promise<Ui>;
  /** The shadow root if it was made, else null: nothing to hide or redraw. */
  made(): Promise<Ui> | null;
  /** Shows `root` next to `hit` and keeps it there until `close`. */
  place(hit: TermHit, root: HTMLElement): void;
  /** Moves keyboard focus into the popover, remembering where it was. */
  focus(): void;
  /** Hides the popover and empties it; gives focus back where `focus` took it from when asked. */
  close(giveFocusBack: boolean): void;
  /** Takes it off the page; the next `mount` makes it again. */
  remove(): void;
}

/** The shadow root with the design tokens and `css`, made on first use. */
export function createShell(ctx: ContentScriptContext, css: string): Shell {
  let ui: Promise<Ui> | null = null;
  let stopFollowing: (() => void) | null = null;
  let anchorRange: Range | null = null;
  let returnFocus: HTMLElement | null = null;
  const mount = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: tokensCss + css,
      // Keys typed in the popover (a note) stay out of the page's own shortcuts.
      isolateEvents: true,
      onMount(container) {
        const root = document.createElement('div');
        root.className = 'popover';
        root.hidden = true;
        root.tabIndex = -1;
        const live = document.createElement('div');
        live.className = 'visually-hidden';
        live.setAttribute('aria-live', 'polite');
        container.append(root, live);
        return { root, live };
      },
      onRemove(parts) {
        if (parts) render(null, parts.root);
      },
    }).then((created) => {
      created.mount();
      return created;
    }));
  const close = (giveFocusBack: boolean) => {
    stopFollowing?.();
    stopFollowing = null;
    void ui?.then(({ mounted }) => {
      if (!mounted) return;
      mounted.root.hidden = true;
      render(null, mounted.root);
    });
    if (giveFocusBack) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  return {
    mount,
    made: () => ui,
    place(hit, root) {
      root.hidden = false;
      stopFollowing?.();
      stopFollowing = followHit(hit, root, (anchorRange ??= document.createRange()));
    },
    focus() {
      returnFocus ??= document.activeElement instanceof HTMLElement ? document.activeElement : null;
      void ui?.then(({ mounted }) => mounted?.root.focus({ preventScroll: true }));
    },
    close,
    remove() {
      close(false);
      void ui?.then((created) => created.remove());
      ui = null;
    },
  };
}

/**
 * Places `root` next to `hit` and keeps it there; returns the function that stops following.
 * Hit ranges are static (see ranges.ts): the popover follows `live`, a live copy set to the hit.
 */
function followHit(hit: TermHit, root: HTMLElement, live: Range): () => void {
  pointAt(live, hit.range);
  const anchor = {
    getBoundingClientRect: () => live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement: hit.range.startContainer.parentElement ?? undefined,
  };
  return autoUpdate(anchor, root, () => {
    void computePosition(anchor, root, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        // Below the term, else above it, else wherever more of it fits; then kept inside the
        // viewport on both axes and never taller or wider than it (it scrolls itself), so
        // nothing is cut off in a narrow or zoomed window.
        flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'], fallbackStrategy: 'bestFit' }),
        size({
          padding: 8,
          // Caps on the card's own (term-card.css), which keeps its reading width.
          apply({ availableWidth, availableHeight, elements }) {
            const style = elements.floating.style;
            style.setProperty('--available-width', `${Math.max(0, availableWidth)}px`);
            style.setProperty('--available-height', `${Math.max(120, availableHeight)}px`);
          },
        }),
        shift({ padding: 8, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      root.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  });
}
