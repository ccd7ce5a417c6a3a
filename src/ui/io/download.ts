/**
 * Saving files from the page: a Blob handed to the browser's download through a temporary link.
 * File names are made safe from the scenario's name.
 */

/** Starts a download of `data` named `fileName`. */
export function downloadBlob(data: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(data);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type }), fileName, doc);
}

/** A file-name stem from a display name: "Main street branch" → "main-street-branch". */
export function fileStem(name: string, fallback = 'office'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? fallback : stem;
}
