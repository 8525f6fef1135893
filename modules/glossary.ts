/**
 * Compiles the glossary before WXT type-generates (`wxt prepare`, run on npm install) and before
 * every build or dev rebuild, so the extension always ships the YAML as it is. A bad entry throws
 * and fails the build with its file, entry and field.
 */
import { defineWxtModule } from 'wxt/modules';
import { writeGlossary } from '../glossary/build';

export default defineWxtModule({
  name: 'tifa-glossary',
  setup(wxt) {
    const compile = () => {
      writeGlossary();
      wxt.logger.info('Glossary compiled');
    };
    wxt.hooks.hook('prepare:types', compile);
  },
});
