/**
 * The icons: assets/icon.svg and assets/icon-off.svg (the toolbar button while Tifa is off for a
 * site) rendered with sharp to the PNG sizes browsers need at every build, so only the SVG sources
 * live in the repository. Declared as the manifest's icons and the toolbar button's default.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { defineWxtModule } from 'wxt/modules';
import { ACTION_SIZES, ICON_SIZES, iconPath, iconSet, iconSource, type IconState } from '../utils/icons';

/** Every icon file the build writes: all sizes of the icon, the toolbar sizes of the greyed one. */
const RENDERED: [IconState, number][] = [...ICON_SIZES.map((size) => ['on', size] as [IconState, number]), ...ACTION_SIZES.map((size) => ['off', size] as [IconState, number])];

export default defineWxtModule({
  name: 'tifa-icons',
  setup(wxt) {
    const outDir = path.join(wxt.config.wxtDir, 'icons');
    wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
      paths.push(...RENDERED.map(([state, size]) => iconPath(state, size)));
    });
    wxt.hooks.hook('build:publicAssets', async (_, files) => {
      for (const [state, size] of RENDERED) {
        const file = path.join(outDir, iconPath(state, size));
        mkdirSync(path.dirname(file), { recursive: true });
        // Rasterised at the target size (the SVG is 128 units): its edges stay on whole pixels.
        await sharp(path.join(wxt.config.root, iconSource(state)), { density: (72 * size) / 128 })
          .resize(size, size)
          .png()
          .toFile(file);
        files.push({ absoluteSrc: file, relativeDest: iconPath(state, size) });
      }
    });
    wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
      manifest.icons = iconSet('on', ICON_SIZES);
      manifest.action = { ...manifest.action, default_icon: iconSet('on', ACTION_SIZES) };
    });
  },
});
