/**
 * Background: a thin list of setups, each feature in its own module. Kept free of state, since an
 * MV3 service worker stops when idle; everything it needs comes with each event.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { startSyncMirror } from '@/utils/personal/sync';
import { setupAddToGlossary } from './add-to-glossary';
import { setupConvertSelection } from './convert-selection';
import { setupFrames } from './frames';
import { setupPageScript } from './page-script';
import { setupScriptInjection } from './script-injection';
import { setupTermSteps } from './term-steps';
import { setupToolbar } from './toolbar';

export default defineBackground(() => {
  setupTermSteps();
  setupAddToGlossary();
  setupPageScript();
  setupScriptInjection();
  setupConvertSelection();
  setupToolbar();
  setupFrames();
  startSyncMirror();
});
