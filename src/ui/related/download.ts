/** Hands text to the browser as a file download, from an extension page (popup or options). */
export function downloadText(content: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the address can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
