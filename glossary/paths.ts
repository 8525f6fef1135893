/** Where the glossary entries file sits in the built extension; shared by the build and the content script. */
export const ENTRIES_ASSET = 'glossary/entries.json';
