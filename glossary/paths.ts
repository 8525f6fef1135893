/** Where the glossary's files sit in the built extension; shared by the build and the scripts that read them. */
export const ENTRIES_ASSET = 'glossary/entries.json';
/** The match data: read by the content script only on a page worth reading, so other pages never load it. */
export const MATCH_ASSET = 'glossary/match.json';
