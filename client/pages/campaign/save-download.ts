// Hands a file the server generated to the browser's own download, under the name the server suggested.

/** Firefox starts the download after the click returns; revoking at once would leave it nothing to save. */
const REVOKE_AFTER_MS = 10_000;

export function saveDownload({ blob, filename }: { blob: Blob; filename: string }): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  // Some browsers ignore a click on an anchor that is not in the document.
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
