/**
 * The popovers' UI: a term's popover and a candidate's, with Preact, Floating UI and the cards.
 * Injected by the background into a frame only when its reader first opens a popover (see
 * `entrypoints/reader/popover.ts`): most pages read are never hovered, and this is about half of
 * what the reader would evaluate otherwise.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePopoverUi } from '../reader/popover';
import { createCandidatePopover } from './candidate-popover';
import { createPopover } from './term-popover';

export default defineUnlistedScript(() => providePopoverUi({ createPopover, createCandidatePopover }));
