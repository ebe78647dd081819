/** Saves files the app produced (CSV and XLSX exports) through the browser's own download, no dialog code of ours. */
function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM so Excel on Windows opens UTF-8 CSV with accents intact (main's CSV may carry one already).
  download(fileName, new Blob([text.startsWith('\ufeff') ? '' : '\ufeff', text], { type }));
}

export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  download(fileName, new Blob([new Uint8Array(bytes)], { type }));
}
