/**
 * A minimal RFC 5545 reader for tests, written independently of the builder: it unfolds, splits
 * each content line into name, parameters and value, and unescapes TEXT values.
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Physical lines must end with CRLF; a line starting with one space or tab continues the previous. */
export function unfoldIcs(ics: string): string[] {
  if (!ics.endsWith('\r\n')) throw new Error('ics: must end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) throw new Error('ics: bare CR or LF');
  return ics.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
}

const LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/s;
const PARAM = /;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g;

export function parseIcs(ics: string): IcsProperty[] {
  return unfoldIcs(ics).map((line) => {
    const m = LINE.exec(line);
    if (!m) throw new Error(`ics: not a content line: ${JSON.stringify(line)}`);
    const params: Record<string, string> = {};
    for (const [, key, value] of m[2]!.matchAll(PARAM)) params[key!] = value!.replace(/^"(.*)"$/, '$1');
    return { name: m[1]!, params, value: m[3]! };
  });
}

export function unescapeIcsText(value: string): string {
  if (/[;,]/.test(value.replace(/\\[\\;,nN]/g, ''))) throw new Error('ics: unescaped ; or , in TEXT');
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The properties of the first component `name` (e.g. VEVENT), nested components left out. */
export function component(props: IcsProperty[], name: string): IcsProperty[] {
  const start = props.findIndex((p) => p.name === 'BEGIN' && p.value === name);
  if (start < 0) throw new Error(`ics: no ${name}`);
  const out: IcsProperty[] = [];
  let depth = 0;
  for (const p of props.slice(start + 1)) {
    if (p.name === 'END' && depth === 0) {
      if (p.value !== name) throw new Error(`ics: ${name} closed by END:${p.value}`);
      return out;
    }
    if (p.name === 'BEGIN') depth++;
    else if (p.name === 'END') depth--;
    else if (depth === 0) out.push(p);
  }
  throw new Error(`ics: ${name} not closed`);
}

/** The single value of property `name` in `props`. */
export function prop(props: IcsProperty[], name: string): IcsProperty {
  const found = props.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`ics: ${found.length} ${name} properties`);
  return found[0]!;
}
