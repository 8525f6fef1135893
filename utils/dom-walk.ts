/**
 * Helpers for the two page walkers (the reader's, entrypoints/reader/page-text.ts, and the
 * converter's, utils/convert/plan.ts).
 *
 * Editable regions are never read into or rewritten (a caret would jump, typing could be lost).
 * They are found by attribute rather than `isContentEditable`: Blink answers that getter
 * by walking up every ancestor (IsEditableOrEditingHost in editing_utilities.cc), so asking it of
 * each element in a walk costs the depth of the tree per element. Walkers skip an editing host
 * with everything inside it, which covers what inherits editability from it.
 */

/** An element that starts an editable region: contenteditable (other than "false"), or any element in designMode. */
export function isEditingHost(element: Element): boolean {
  return isMadeEditable(element) || element.ownerDocument.designMode === 'on';
}

/** An element its contenteditable attribute (other than "false") makes editable. */
export function isMadeEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The same test as a selector, for a walk that finds all such elements up front (utils/convert/plan.ts). */
export const MADE_EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** Moves the walker past the current node's subtree (to skip it whole). */
export function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
