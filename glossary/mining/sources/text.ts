/** Markdown and HTML down to the words a reader sees. Pure. */

/** Drops YAML front matter, images, URLs and tags; keeps a link's words. */
export function plainText(markup: string): string {
  return markup
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A field of YAML front matter written as `key: "value"`. */
export function frontMatterField(markdown: string, key: string): string | undefined {
  return new RegExp(`^${key}: "([^"]*)"`, 'm').exec(markdown)?.[1];
}
