/**
 * After a request for a ticket or a person is read (message.ts): whether the message asks the way
 * to it instead of asking for it now. Normalised clause text.
 */
import type { Clause } from './clauses';
import { asksForPersonNow, type Request } from './requests';

/** A sentence that asks how something is done (or when: «…avec un agent : c'est possible à quelles heures ?», «c'est ouvert quels jours ?»). */
const HOW_TO_QUESTION =
  /^(?:(?:et|alors|donc|mais|ok)\s+)*(?:comment (?:on|je|faire|fait|proceder|dois|puis|peut|ca marche|ca se passe|cela fonctionne|ca fonctionne|fonctionne(?:nt)?|marche(?:nt)?)|(?:c est|est ce|serait ce|est il) possible (?:et|ou|si oui) comment\b|how (?:do|can|should|does it work)|(?:c est |vous etes |le chat est |il est |est ce )?ouverts? (?:(?:a|de|jusqu a) quelles? heures?|quels? jours?)|quels? jours? (?:c est|vous etes|est ce|le chat est) ouverts?|a quelles? heures? (?:c est|vous etes|est ce|le chat est) ouverts?|(?:c est |est ce |ce serait )?possible (?:a|de|jusqu a) quelles? heures?|a quelles? heures? (?:c est|est ce|ce serait) possible|quels? (?:sont )?(?:les |vos )?horaires|what are (?:your|the) (?:opening |support |chat )?hours|when are you open|a qui (?:faut il|dois je|je dois|on doit|doit on|puis je|je peux)|sous quelle forme)\b|\bsans (?:pouvoir (?:me |m |se |s |nous )?|etre |me |m )?(?:conn?ect|identifi|authentifi|avoir de compte|compte|logg?ed|log|sign)\w*|\b(?:if|when|while) (?:i m|i am|we re|we are|i can t|i cannot|we can t) (?:completely |totally |still )?(?:unable to |not able to |not )?(?:log|logged|sign|signed|connect)|\bwithout (?:being )?(?:logged|signed|logging|signing|connected|connecting)|\bwithout (?:an? |any |my )?(?:account|login)\b|\bsi (?:elle|il|claudia|le robot|le bot|l assistante?|ca|cela) (?:ne |n )?(?:sait|saura|peut|pourra|repond|marche|suffit|arrive|comprend)\w* (?:pas|plus|rien)\b|\bif (?:she|it|the bot|claudia) (?:can t|cannot|doesn t|does not|won t)\b|^(?:(?:et|alors|donc|mais|ok)\s+)*quel(?:le)?s? (?:est |sont )?(?:la |les )?(?:procedures?|demarches?|marche a suivre|etapes?)\b|^(?:(?:pourriez|pouvez|pourrais|peux) (?:vous |tu )?)?(?:(?:simplement|juste|rapidement) )?(?:m |me |nous )?(?:expliquer|indiquer|dire|preciser) (?:comment|de quelles? (?:facons?|manieres?)|par quels? moyens?|quels? (?:sont )?(?:les |vos )?(?:moyens|horaires|canaux)|la procedure|la demarche|la marche a suivre|les etapes)\b/;

/** «je préfère remplir le formulaire : il est où ?», «…, où le trouver ?»: where the thing just wished for is, asked. */
const WHERE_IS_IT = /^(?:(?:et|mais|alors|donc|ok)\s+)?(?:(?:il|elle|c|ca)\s+(?:est|se trouve)\s+ou|ou\s+(?:est|se trouve)\s+(?:il|elle)|ou\s+(?:(?:je|on)\s+)?(?:le|la|l)\s+(?:trouve|trouver))$/;
/** «je veux écrire au support mais je trouve pas où on clique pour le formulaire»: where to click, asked without a question mark. */
const CANT_FIND_WHERE = /\b(?:je|j|on)\s+(?:ne\s+|n\s+)?(?:trouve|vois)\s+(?:pas|plus|toujours pas)\s+(?:ou|comment)\b/;
/** …after a wish to do it oneself («je veux écrire…»), not an order («ouvrez-moi un ticket, je trouve pas où on le fait»). */
const WISHES = /\b(?:veux|voudrais|voulais|aimerais|souhaite|souhaiterais|want|wanted|would like)\b/;

/**
 * «… je veux envoyer une demande au support. Comment on fait ?», «je veux écrire au support mais je
 * trouve pas où on clique»: how it is done ('how'); «je préfère remplir le formulaire de demande :
 * il est où ?»: where a ticket's form is ('where', which also asks how). `from` is the request's clause.
 */
export function wayAsked(clauses: readonly Clause[], from: number, request: Request | null): 'how' | 'where' | null {
  if (clauses.slice(from).some((c) => (c.question && HOW_TO_QUESTION.test(c.text) && !asksForPersonNow(c.text)) || (CANT_FIND_WHERE.test(c.text) && WISHES.test(clauses[from]?.text ?? '')))) return 'how';
  if (request === 'ticket' && clauses.slice(from + 1).some((c) => c.question && !c.negated && WHERE_IS_IT.test(c.text))) return 'where';
  return null;
}
