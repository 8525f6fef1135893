/**
 * The popover of a candidate formulation: a CandidateCard in a shadow root of its own, next to the
 * candidate's range. It answers to the same Popover interface as the terms' one, so the same
 * interaction code (hover, click, tap, keys) drives it. Its host has the terms' popover's name, so
 * the page reader skips it and either popover's clicks count as Tifa's own.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CandidateCard } from '@/components/CandidateCard';
import candidateCss from '@/components/candidate-card.css?inline';
import cardCss from '@/components/term-card.css?inline';
import type { Candidate } from '@/utils/candidates/detect';
import type { SentencePart } from '@/utils/candidates/sentences';
import { ADD_TERM, type AddTermRequest } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { TermHit } from './hit-store';
import { POPOVER_HOST, type Popover } from './popover';
import { pointAt } from './ranges';
import { resolveTheme } from './theme';

export interface CandidateDetails {
  candidate: Candidate;
  sentences: readonly (readonly SentencePart[])[];
}

export interface CandidatePopover extends Popover {
  /** Takes the popover off the page (the reading it belonged to ended). */
  remove(): void;
}

export function createCandidatePopover(
  ctx: ContentScriptContext,
  details: (hit: TermHit) => CandidateDetails | undefined,
  settings: () => Settings,
): CandidatePopover {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let current: TermHit | null = null;
  let pinned = false;
  let stopFollowing: (() => void) | null = null;
  let anchorRange: Range | null = null;
  let returnFocus: HTMLElement | null = null;

  const mount = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss + candidateCss,
      isolateEvents: true,
      onMount(container) {
        const root = document.createElement('div');
        root.className = 'popover';
        root.hidden = true;
        root.tabIndex = -1;
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

  const add = async (text: string): Promise<string | null> => {
    try {
      await browser.runtime.sendMessage({ type: ADD_TERM, term: text } satisfies AddTermRequest);
      return null;
    } catch (error) {
      // After Tifa is reloaded or updated this page's script can no longer reach it.
      return error instanceof Error ? error.message : String(error);
    }
  };

  const draw = (hit: TermHit, root: HTMLElement) => {
    const found = details(hit);
    if (!found) return;
    const prefs = settings();
    root.dataset.theme = resolveTheme(prefs.theme);
    root.style.fontSize = `${prefs.fontSize}px`;
    render(
      <CandidateCard
        key={`${hit.term.id}:${hit.range.startOffset}`}
        text={hit.text}
        kind={found.candidate.kind}
        script={hit.script}
        sentences={found.sentences}
        pinned={pinned}
        onClose={hide}
        onAdd={() => add(hit.text)}
      />,
      root,
    );
  };

  const hide = () => {
    const hadFocus = pinned && returnFocus;
    current = null;
    pinned = false;
    stopFollowing?.();
    stopFollowing = null;
    void ui?.then(({ mounted }) => {
      if (!mounted) return;
      mounted.hidden = true;
      render(null, mounted);
    });
    if (hadFocus) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };

  return {
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    holdsDraft: false,
    // A candidate's popover reads nothing ahead: its details are on the page already.
    prepare() {},
    async show(hit, options = {}) {
      current = hit;
      pinned = options.pinned ?? false;
      const created = await mount();
      const root = created.mounted;
      if (current !== hit || !root) return;
      draw(hit, root);
      root.hidden = false;
      // Candidate ranges are static (see ranges.ts): the popover follows a live copy while open.
      anchorRange ??= document.createRange();
      pointAt(anchorRange, hit.range);
      const range = anchorRange;
      const anchor = {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
        contextElement: hit.range.startContainer.parentElement ?? undefined,
      };
      stopFollowing?.();
      stopFollowing = autoUpdate(anchor, root, () => {
        void computePosition(anchor, root, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8, crossAxis: true })],
        }).then(({ x, y }) => {
          root.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
    },
    pin() {
      if (!current || pinned) return;
      pinned = true;
      this.refresh();
    },
    refresh() {
      void ui?.then(({ mounted }) => mounted && current && draw(current, mounted));
    },
    focus() {
      returnFocus ??= document.activeElement instanceof HTMLElement ? document.activeElement : null;
      void ui?.then(({ mounted }) => mounted?.focus({ preventScroll: true }));
    },
    hide,
    owns(target) {
      return target instanceof Element && target.localName === POPOVER_HOST;
    },
    remove() {
      hide();
      void ui?.then((created) => created.remove());
      ui = null;
    },
  };
}
