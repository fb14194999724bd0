/** Hands bytes or text to the browser as a file download. */
export function downloadFile(content: Uint8Array | string, fileName: string, mimeType: string): void {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
