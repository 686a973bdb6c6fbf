// Saving a file made on the device (calendar, backup, CSV): nothing is uploaded anywhere.

/** Offers `content` to the person as a downloaded file named `name`. */
export function downloadFile(name: string, content: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  // The browser has started the download by the next tick; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
