/** A file's size as people read it: «120 Ko», «2,5 Mo» (French units, a non-breaking space). */
export const fileSizeLabel = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u00a0Ko` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')}\u00a0Mo`;
