/**
 * Compiles the glossary whenever WXT generates types (`wxt prepare`, run on npm install, and at the
 * start of every build and dev session), so the extension always ships the YAML as it is. A bad
 * entry throws and fails the build with its file, entry and field. The match data and the entries' shards
 * are added to the build as extension files that content scripts may read.
 */
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { GENERATED_DIR, writeGlossary } from '../glossary/build';
import { readFileSync } from 'node:fs';
import { entriesAsset, ENTRIES_DIR_ASSET, MATCH_ASSET } from '../glossary/paths';

export default defineWxtModule({
  name: 'tifa-glossary',
  setup(wxt) {
    wxt.hooks.hook('prepare:types', () => {
      writeGlossary();
      wxt.logger.info('Glossary compiled');
    });
    wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
      paths.push(MATCH_ASSET);
    });
    wxt.hooks.hook('build:publicAssets', (_, files) => {
      const { count } = JSON.parse(readFileSync(path.join(GENERATED_DIR, 'shards.json'), 'utf8')) as { count: number };
      files.push(
        { absoluteSrc: path.join(GENERATED_DIR, 'match.bin'), relativeDest: MATCH_ASSET },
        ...Array.from({ length: count }, (_, shard) => ({
          absoluteSrc: path.join(GENERATED_DIR, 'entries', `${shard}.json`),
          relativeDest: entriesAsset(shard),
        })),
      );
    });
    wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
      // Readable by content scripts only through a per-session URL in Chrome, so pages cannot probe
      // for it to fingerprint readers who have Tifa installed.
      const resource = { resources: [`${ENTRIES_DIR_ASSET}/*.json`, MATCH_ASSET], matches: ['http://*/*', 'https://*/*'] };
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        wxt.config.browser === 'firefox' ? resource : { ...resource, use_dynamic_url: true },
      ] as typeof manifest.web_accessible_resources;
    });
  },
});
