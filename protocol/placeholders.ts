/**
 * Placeholders of canned responses, written `{{prenom}}`. Pure functions without Node imports:
 * the agent console imports this file to preview a response before sending it.
 */
import { fr } from './typography';

/** Every placeholder a canned response may use, with the description the console shows. */
export const PLACEHOLDERS = Object.freeze({
  prenom: fr("Prénom de l'usager"),
  nom: fr("Nom de famille de l'usager"),
  nom_complet: fr("Prénom et nom de l'usager"),
  organisation: fr("Structure de l'usager (entreprise, collectivité, établissement…)"),
  conseiller: fr("Votre nom, tel que l'usager le voit"),
  ticket: fr('Numéro du ticket ouvert pour la demande'),
} as const);

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

// Built per call: a global regex carries `lastIndex` state.
const tokens = () => /\{\{([^{}]*)\}\}/g;
const fold = (s: string) => s.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** `{{ Prénom }}` is read as `{{prenom}}`: case, accents and inner spaces are forgiven. */
function placeholderName(raw: string): PlaceholderName | null {
  const key = fold(raw);
  return Object.hasOwn(PLACEHOLDERS, key) ? (key as PlaceholderName) : null;
}

/** The `{{…}}` names of `body` that are not placeholders, as written, without duplicates. */
export function findUnknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const m of body.matchAll(tokens())) {
    if (!placeholderName(m[1]!)) unknown.add(m[1]!.trim());
  }
  return [...unknown];
}

/** The French message listing unknown placeholders and the available ones. */
export function unknownPlaceholdersMessage(unknown: readonly string[]): string {
  const list = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');
  const what = unknown.length > 1 ? 'variables inconnues' : 'variable inconnue';
  return fr(`${what} : ${list(unknown)}. Variables disponibles : ${list(Object.keys(PLACEHOLDERS))}.`);
}

const MISSING = '\uE000';
const squash = (s: string | null | undefined) => (s ?? '').replaceAll(MISSING, '').replace(/\s+/g, ' ').trim();

/**
 * Fills the placeholders of `body`. A missing value renders as nothing, and the spaces and
 * punctuation it leaves behind are tidied: `Bonjour {{prenom}},` → `Bonjour,`. Values are
 * inserted as plain text (never re-expanded); unknown `{{…}}` are left as written.
 */
export function renderCanned(body: string, values: PlaceholderValues): string {
  const text = body.replaceAll(MISSING, '').replace(tokens(), (whole, raw: string) => {
    const name = placeholderName(raw);
    return name ? squash(values[name]) || MISSING : whole;
  });
  return text.includes(MISSING) ? tidy(text) : text;
}

const SP = '[ \\t\\u00a0\\u202f]';
const re = (source: string) => new RegExp(source.replaceAll('§', MISSING), 'gu');

/** Removes the markers of missing values (§ below) and the gaps they leave. */
function tidy(text: string): string {
  return (
    text
      // "{{prenom}} {{nom}}" both missing: one gap.
      .replace(re(`§(?:${SP}*§)+`), MISSING)
      // "({{ticket}})", "« {{organisation}} »": the brackets go with the value.
      .replace(re(`${SP}*\\(${SP}*§${SP}*\\)`), MISSING)
      .replace(re(`${SP}*«${SP}*§${SP}*»`), MISSING)
      // "{{prenom}}, merci" at the start of a sentence: "Merci".
      .replace(re(`(^|\\n|[.!?…]${SP}+)${SP}*§${SP}*[,;]${SP}*(\\p{L})?`), (_m, lead: string, letter?: string) => lead + (letter?.toUpperCase() ?? ''))
      // "Merci, {{prenom}}.", "Merci, {{prenom}}, pour", "Référence : {{ticket}}.": the comma or colon before the gap goes.
      .replace(re(`[,:](?=${SP}*§${SP}*(?:[,.…;:!?)]|\\r?\\n|$))`), '')
      .replace(re(`(${SP}*)§(${SP}*)`), (m: string, before: string, after: string, offset: number, s: string) => {
        const prev = s[offset - 1] ?? '\n';
        const next = s[offset + m.length] ?? '\n';
        if (prev === '\n' || next === '\n' || next === '\r' || prev === '(' || prev === '«') return '';
        if (/[,.…)]/.test(next)) return '';
        // Keep the (no-break) space written before high punctuation: "Bonjour !".
        if (/[:;!?»]/.test(next)) return after || before;
        return before || after;
      })
  );
}

/**
 * Placeholder values from a chat's requester and the agent's name. A full name is split into
 * first and family name ("Marie Dupont"); family names written in capitals are recognised
 * wherever they stand ("DUPONT Marie", "Jean Pierre DUPONT").
 */
export function valuesFromRequester(
  requester: { name: string; organisation: string | null } | null,
  agentName: string,
): PlaceholderValues {
  const full = squash(requester?.name);
  const usable = full.length > 0 && !full.includes('@');
  const { first, last } = usable ? splitName(full) : { first: null, last: null };
  return {
    prenom: first,
    nom: last,
    nom_complet: usable ? full : null,
    organisation: squash(requester?.organisation) || null,
    conseiller: squash(agentName) || null,
  };
}

const isCaps = (w: string) => /\p{Lu}.*\p{Lu}/u.test(w) && w === w.toUpperCase();

function splitName(full: string): { first: string | null; last: string | null } {
  const words = full.split(' ');
  if (words.length === 1) return isCaps(full) ? { first: null, last: full } : { first: full, last: null };
  const caps = words.map(isCaps);
  const n = caps.filter(Boolean).length;
  if (n > 0 && n < words.length) {
    if (caps.slice(0, n).every(Boolean)) return { first: words.slice(n).join(' '), last: words.slice(0, n).join(' ') };
    if (caps.slice(-n).every(Boolean)) return { first: words.slice(0, -n).join(' '), last: words.slice(-n).join(' ') };
  }
  return { first: words[0]!, last: words.slice(1).join(' ') };
}
