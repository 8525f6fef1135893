/** Saves text as a file through the browser's own download of a blob URL (no downloads permission). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** "2024-11-05", for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
