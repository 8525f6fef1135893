/**
 * The popover of a candidate formulation: a CandidateCard in a shadow root of its own, next to the
 * candidate's range. It answers to the same Popover interface as the terms' one, so the same
 * interaction code (hover, click, tap, keys) drives it. Its host has the terms' popover's name, so
 * the page reader skips it and either popover's clicks count as Tifa's own (`ownsTarget`).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CandidateCard } from '@/components/CandidateCard';
import candidateCss from '@/components/candidate-card.css?inline';
import cardCss from '@/components/term-card.css?inline';
import { ADD_TERM, type AddTermRequest } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { TermHit } from '../reader/hit-store';
import type { CandidateDetails, Popover } from '../reader/popover';
import { createShell } from './shell';
import { resolveTheme } from './theme';

export function createCandidatePopover(
  ctx: ContentScriptContext,
  details: (hit: TermHit) => CandidateDetails | undefined,
  settings: () => Settings,
): Popover {
  const shell = createShell(ctx, cardCss + candidateCss);
  let current: TermHit | null = null;
  let pinned = false;

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
    shell.close(pinned);
    current = null;
    pinned = false;
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
      const root = (await shell.mount()).mounted?.root;
      if (current !== hit || !root) return;
      draw(hit, root);
      shell.place(hit, root);
    },
    pin() {
      if (!current || pinned) return;
      pinned = true;
      this.refresh();
    },
    refresh() {
      void shell.made()?.then(({ mounted }) => mounted && current && draw(current, mounted.root));
    },
    focus: shell.focus,
    hide,
    remove() {
      hide();
      shell.remove();
    },
  };
}
