import type { Clause } from './clauses';
import { AGENT_TARGET, TICKET_TARGET } from './requests';

/**
 * A clause that takes up the thing named before by a pronoun: an action on it («est-ce que je peux
 * le rejeter pour…», «puis-je la modifier»), its failure («il marche pas», «elle est
 * refusée»), or which of its kind («je ne parle pas du taux normal, mais lequel
 * appliquer…»).
 */
const RESUMES =
  /^(?:(?:est ce que|est ce qu)\s+)?(?:(?:je|j|on|nous)\s+(?:peux|peut|pourrais|pourrait|pouvons|pourrions|dois|doit|devrais|devrait)|puis je|peut on|pourrait on|dois je|doit on)\s+(?:quand meme\s+|tout de meme\s+|plutot\s+|alors\s+)?(?:le|la|les|l)\s+\w+(?:er|ir|re)\b|^(?:il|elle|ils|elles)\s+(?:(?:ne|n)\s+)?(?:marche|fonctionne|passe)(?:nt)?\s+(?:pas|plus)\b|^(?:il|elle|ils|elles)\s+(?:est|sont|a ete|ont ete)\s+(?:toujours\s+|quand meme\s+)?(?:refuse|rejete|bloque|invalide|errone)e?s?\b|^(?:(?:mais|et|alors)\s+)?(?:lequel|laquelle|lesquels|lesquelles)\s+\w+/;

/**
 * «je ne veux pas refuser le décompte pour un écart, mais est-ce que je peux le rejeter pour une
 * erreur d'adressage ?», «j'ai pas oublié mon mot de passe mais il marche pas»: the clause after a
 * negated one takes its thing up again, so the negation denied a verb, not the thing; the thing is
 * what the message is about. A person or a ticket refused stays refused.
 */
export function liftResumedNegation(clauses: Clause[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const before = clauses[i - 1]!;
    const c = clauses[i]!;
    if (before.negated && !c.negated && RESUMES.test(c.text) && !AGENT_TARGET.test(before.text) && !TICKET_TARGET.test(before.text)) before.negated = false;
  }
}
