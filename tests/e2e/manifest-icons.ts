/** What a built extension's manifest says about its icons, checked against the files it ships. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

/** Every problem with the icons of the build in `dir`: none for icons 16/32/48/128 and toolbar icons 16/32 that exist. */
export function iconProblems(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const problems: string[] = [];
  const check = (what: string, icons: Record<string, string> | undefined, sizes: string[]) => {
    if (JSON.stringify(Object.keys(icons ?? {}).sort()) !== JSON.stringify([...sizes].sort())) problems.push(`${what}: sizes ${Object.keys(icons ?? {})}`);
    for (const file of Object.values(icons ?? {})) if (!existsSync(path.join(dir, file))) problems.push(`${what}: ${file} missing`);
  };
  check('icons', manifest.icons, ['16', '32', '48', '128']);
  check('action.default_icon', manifest.action?.default_icon, ['16', '32']);
  for (const size of ['16', '32']) if (!existsSync(path.join(dir, `icon/off-${size}.png`))) problems.push(`icon/off-${size}.png missing`);
  return problems;
}
