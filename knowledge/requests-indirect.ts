/**
 * Requests for a person made without asking outright (requests.ts reads the outright ones): a
 * threat to give up unless someone helps («si personne ne peut m'aider aujourd'hui, je laisse
 * tomber»), asking whether anyone alive is there («y a-t-il quelqu'un de vivant ?», «y a
 * quelqu'un d'autre ?» after the assistant failed), a person asked to look at the case («un vrai
 * humain peut regarder mon dossier ?», «can a real person check this?»), and the superior asked
 * for («passez-moi votre chef», «le responsable de votre service»). Normalised clause text.
 */

/** Someone, as a person (not «quelqu'un» of a story: the patterns below say what they must do or be). */
const SOMEONE = '(?:quelqu un|quelquun|qqn|personne|un (?:vraie? |veritable )?(?:humain|conseiller|agent|etre humain)|une (?:vraie )?personne|someone|somebody|anyone|a (?:real |live |actual )?(?:person|human|agent))';

/** «si personne ne peut m'aider…», «if nobody can look at my case today…», «si un human peut pas jeter un œil…». */
const UNLESS_SOMEONE_HELPS = `\\b(?:si|if)\\s+(?:personne|aucun\\s+(?:humain|conseiller|agent)|nobody|no one|(?:un|a)\\s+(?:vraie?\\s+)?(?:humain|human|conseiller|agent|person)|quelqu un)\\s+(?:ne\\s+|n\\s+)?(?:peut|veut|pourra|can|will|can t|cannot|won t|doesn t)\\s+(?:pas\\s+)?(?:m\\s+|me\\s+|nous\\s+)?(?:aider|repondre|regarder|jeter|examiner|verifier|help|look|check|answer)\\b`;

/**
 * «y a-t-il quelqu'un de vivant ?», «y a quelqu'un d'autre ?», «is there a real person?», «is anyone alive there?»
 * («il y a quelqu'un d'autre à qui demander ?» asks who, an article's question).
 */
const ANYONE_ALIVE = `\\b(?:y a(?: t il)?|il y a|y aurait il|is there|are there)\\s+(?:(?:encore|vraiment|au moins|seulement)\\s+)?${SOMEONE}\\s+(?:de vivant|de vivante|(?:d )?autre|de reel|de vrai|en chair et en os|alive|else|real)\\b(?!\\s+(?:a qui|auquel|a laquelle|pour|que|qu|qui|to ask|to contact|to write|on (?:peut|pourrait|doit|devrait)|je (?:peux|pourrais|dois|devrais)|nous (?:pouvons|pourrions|devons))\\b)|\\b(?:is|are)\\s+(?:anyone|anybody|someone)\\s+(?:alive|real|there)\\b|\\b${SOMEONE}\\s+de vivant\\b`;

/** «un vrai humain peut regarder mon dossier ?», «can a real person check this?». */
const SOMEONE_LOOKS = `\\b${SOMEONE}\\s+(?:(?:de chez vous|from your team|du support)\\s+)?(?:peut|pourrait|pourra|pouvait|peut il|can|could)\\s+(?:(?:me|m|nous)\\s+)?(?:regarder|examiner|verifier|jeter un oeil|voir|look|check|review|see|take a look)\\b|\\b(?:can|could)\\s+${SOMEONE}\\s+(?:please\\s+)?(?:look|check|review|see|take a look|help)\\b`;

/**
 * «il y a enfin quelqu'un de chez vous qui peut me répondre ?», «y aurait-il quelqu'un chez vous…»,
 * «ya un humain ki peu me repondre ?»: someone who can answer this user (not «à quelles heures il y a
 * quelqu'un pour répondre», how the support works).
 */
const SOMEONE_WHO_CAN = `\\b(?:y a(?: t il)?|il y a|y aurait(?: il)?|il y aurait|is there)\\s+(?:(?:enfin|encore|vraiment|au moins|seulement)\\s+)?${SOMEONE}\\s+(?:(?:de chez vous|chez vous|du support|dans votre service)\\b(?!\\s+(?:a qui|auquel|a laquelle|pour|que)\\b)|(?:qui|ki)\\s+(?:peut|peux|pourrait|pourrai|puisse|pourra)\\s+(?:me|m|nous)\\s+(?:repondre|aider|guider|rappeler|parler|expliquer)\\b|who\\s+(?:can|could)\\s+(?:help|answer)\\s+me\\b)`;

const INDIRECT_AGENT = new RegExp(`${UNLESS_SOMEONE_HELPS}|${SOMEONE_WHO_CAN}|${ANYONE_ALIVE}|${SOMEONE_LOOKS}`);
/** Every pattern above names a person with one of these: most clauses are ruled out by this cheap test. */
const NAMES_SOMEONE = /quelqu|qqn|personne|humain|human|conseill|agent|someone|somebody|anyone|anybody|nobody|no one|person/;

/** Where a clause asks for a person without asking outright, or -1. */
export function indirectAgentAt(clause: string): number {
  return NAMES_SOMEONE.test(clause) ? (INDIRECT_AGENT.exec(clause)?.index ?? -1) : -1;
}

/** The superior asked for: «votre chef», «votre responsable», «le responsable de votre service», «your manager». */
export const SUPERIOR = 'superviseu(?:r|se)s?|supervisors?|(?<=\\b(?:votre|vos|your)\\s)(?:chef|superieure?|responsable|manager|supervisor|hierarchie)s?|(?<=\\b(?:le|un|au|du)\\s)responsable\\s+(?:de\\s+votre|du)\\s+(?:service|support)';
