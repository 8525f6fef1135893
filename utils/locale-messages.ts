/**
 * A message of the extension's catalogs (public/_locales/<locale>/messages.json) with its
 * placeholders filled the way browsers fill them, for code that runs where there is no extension
 * API: the text tools in Node, and the unit tests' fake browser. Pure.
 */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function messageFrom(catalog: Catalog, key: string, substitutions: readonly (string | number)[]): string {
  const entry = catalog[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  });
}
