/** The icon files the build renders from assets/*.svg, for the manifest and the toolbar button. */
export type IconState = 'on' | 'off';

/** Extension icon sizes: the toolbar (16, 32 at 2x), the extensions page (48), install and stores (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** The toolbar button's sizes, at 1x and 2x. */
export const ACTION_SIZES = [16, 32] as const;

/** assets/icon.svg for 'on', assets/icon-off.svg for 'off'. */
export const iconSource = (state: IconState) => `assets/${state === 'on' ? 'icon' : 'icon-off'}.svg`;
export const iconPath = (state: IconState, size: number) => `icon/${state === 'on' ? '' : 'off-'}${size}.png`;

/** { size: path } as manifests and action.setIcon take them. */
export const iconSet = (state: IconState, sizes: readonly number[]): Record<string, string> =>
  Object.fromEntries(sizes.map((size) => [String(size), iconPath(state, size)]));
