/**
 * French typography for the module's texts, so the sources stay readable with plain spaces:
 * a no-break space before « : » and inside guillemets, a narrow no-break space before ; ! ?,
 * and the typographic apostrophe. Pure (the browser console may import it).
 */
export function fr(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}
