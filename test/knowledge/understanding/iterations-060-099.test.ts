import { facetAsked, unansweredFacet } from '../../../knowledge/facets';
import { topicAfter } from '../../../knowledge/follow-up';
import { readMessage, type MessageReading } from '../../../knowledge/message';
import { normalizeSurface } from '../../../knowledge/normalize';
import { oneOfSeveral, questionsWithin } from '../../../knowledge/several-questions';
import { type AskResult } from '../../../knowledge/types';
import { knowledge, offered, askedIn, conversation, offeredIn, answered } from './asking';

describe('iteration 60: an alternative asked after a complaint, a clarified follow-up keeps its topic, whether «it» was processed, autocorrect slips', () => {
  it('reads «j’ai quoi comme autre solution ?» as pointing back to what was said before', () => {
    expect(knowledge.analyse('j’ai quoi comme autre solution ?').message.terms).toEqual([]);
    expect(conversation('ClaudIA ne répond pas à ma question.', 'et à part elle, j’ai quoi comme autre solution ?')).toBe('contacter-le-support');
  });

  it('keeps the topic of a follow-up that was clarified for the message after it', () => {
    const first = 'comment déposer une situation de travaux pour un marché public ?';
    const clarified = knowledge.ask('et pour une livraison de fournitures au même client ?', { lastQuestion: first });
    expect(clarified.kind).toBe('clarify');
    expect(clarified.topic).toBe(`${first}\net pour une livraison de fournitures au même client ?`);
    expect(conversation(first, 'et pour une livraison de fournitures au même client ?', 'et du coup je passe par où ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads «comment je sais s’il a été traité ?» as asking about what the sentence before names', () => {
    const reading = readMessage('Dix jours que j’attends une réponse à mon ticket. Comment je sais s’il a été traité ?');
    expect(reading.clauses.every((c) => c.question)).toBe(true);
    expect(offered('Dix jours que j’attends une réponse à mon ticket !!! Comment je sais s’il a été traité ?')).toContain('ticket-support');
  });

  it('reads a phone’s autocorrect slips of the portal’s words: «en brouillard», «chorizo pro»', () => {
    expect(answered('ma facture est en brouillard depuis hier, comment je la fais partir')).toBe('facture-brouillon');
    expect(knowledge.analyse('le site chorizo pro').message.terms).toContain('chorus');
  });
});

describe('iteration 61: received by the buyer, holding a document back, suing a buyer, «voi»', () => {
  it('reads «reçue par le client» as where an invoice stands, and «voi» as «vois»', () => {
    expect(knowledge.analyse('ma facture a été reçue par la mairie ?').message.terms).toContain('cptsuivi');
    expect(answered('c ou ke je voi si ma fact a bien ete recu par la mairie')).toBe('suivre-une-facture');
  });

  it('reads putting a document on hold as suspending it, not an invoice waiting for payment', () => {
    expect(knowledge.analyse('je peux le mettre en attente ?').message.terms).toEqual(['cptsuspens']);
    expect(knowledge.analyse('ma facture est en attente de paiement').message.terms).not.toContain('cptsuspens');
    expect(conversation('le projet de décompte mensuel du titulaire, côté maîtrise d’œuvre', 'il manque des pièces, je peux le mettre en attente plutôt que le rejeter ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('knows suing a public buyer that does not pay as a topic the base does not answer', () => {
    const suing = 'on en a marre, on attaque l’hôpital en justice pour nos factures impayées, c’est quel tribunal ?';
    expect(knowledge.analyse(suing).outside).toBe(true);
    expect(answered(suing)).toBe('fallback');
  });
});

describe('iteration 62: a formal request to the support, «…, rien.», a rate with its adjective', () => {
  it('reads «une demande officielle au support» as a ticket asked for', () => {
    expect(answered('trois relances sans réponse claire sur notre flux EDI : je veux déposer une demande officielle au support')).toBe('intent:ticket');
  });

  it('reads a bare «rien» after what was checked as a failure, and the follow-up keeps its topic', () => {
    expect(readMessage('j’ai regardé dans les courriers indésirables, rien.').failure).toBe(true);
    expect(readMessage('rien à signaler').failure).toBe(false);
    expect(conversation('le mail de réinitialisation du mot de passe n’arrive pas', 'j’ai regardé dans les indésirables, rien. je fais comment ?')).toBe('mot-de-passe-oublie');
  });

  it('asks for a price when a rate is named with its adjective («le barème kilométrique applicable»)', () => {
    expect(facetAsked(readMessage('je voudrais connaître le barème kilométrique applicable aux interprètes').clauses)).toBe('price');
  });
});

describe('iteration 63: plain follow-ups read with the answer’s title, «correctement», «… aussi ?», partial payments, the weather, buyers abroad', () => {
  it('reads a follow-up in the base’s own words with the previous answer’s title, not one with a word the base never saw', () => {
    expect(conversation('comment je suis ma facture sur le portail ?', 'et cette info, je la vois où ?')).toBe('suivre-une-facture');
    expect(conversation('où voir le statut de ma facture ?', 'et je la trouve dans quel écran cette information ?')).toBe('suivre-une-facture');
    expect(conversation('ma facture est restée en brouillon', 'et si je préfère plutôt la supprimer ?')).toBe('fallback');
  });

  it('reads «correctement» as done well, not as correcting an invoice', () => {
    expect(knowledge.analyse('elle ne me répond pas correctement').message.terms).not.toContain('correct');
    expect(conversation('à quoi sert ClaudIA ?', 'et si elle ne me répond pas correctement ?')).toBe('contacter-le-support');
  });

  it('reads «ok mais concrètement…» and «…, on est concernés aussi ?» as follow-ups', () => {
    expect(readMessage('ok mais concrètement, je vais où ?').followUp).toBe(true);
    expect(readMessage('nous sommes une association, on est concernés aussi ?').followUp).toBe(true);
    expect(readMessage('je voudrais aussi savoir comment suivre ma facture').followUp).toBe(false);
    expect(conversation('ma facture pour le collège est toujours en brouillon, ils ne l’ont pas', 'ok mais concrètement je clique où ?')).toBe('facture-brouillon');
    expect(conversation('c’est quoi la facturation électronique entre entreprises ?', 'on est une TPE de 5 salariés, on est concernés aussi ?')).toBe('facturation-electronique-b2b');
  });

  it('knows a partial payment and the weather as topics the base does not answer, even after an answer', () => {
    expect(knowledge.analyse('mais juste une partie, c’est normal ?').message.terms).toContain('partiel');
    expect(conversation('le département m’a enfin réglé ma facture', 'mais juste une partie, c’est normal ?')).toBe('fallback');
    expect(conversation('comment s’inscrire aux webinaires ?', 'et il fera quel temps demain à Lyon ?')).toBe('fallback');
  });

  it('asks a delay when a reimbursement is asked «sous combien de temps»', () => {
    expect(facetAsked(readMessage('et ils me remboursent sous combien de temps ?').clauses)).toBe('delay');
  });

  it('reads buyers abroad as their country, but not the language an interpreter translates', () => {
    expect(knowledge.analyse('nos clients espagnols').message.terms).toContain(knowledge.analyse('en Espagne').message.terms[0]);
    expect(knowledge.analyse('je suis traducteur en allemand').message.terms).not.toContain(knowledge.analyse('en Allemagne').message.terms[0]);
    expect(conversation('We send our invoices to Chorus Pro through an EDI operator.', 'could that operator also send to our German customers too?')).toBe('fallback');
  });

  it('keeps «voirie» and «organiser» from the stems of «voir» and of the boundaries’ «organismes»', () => {
    expect(knowledge.analyse('des travaux de voirie').message.terms).toContain('voirie');
    expect(conversation('comment envoyer une facture restée en brouillon ?', 'et pour des travaux de voirie pour la commune, c’est le même écran ?')).toBe('factures-emises-ou-travaux');
    expect(answered('est-ce que vous organisez des webinaires ?')).toBe('accompagnement-webinaires');
  });

  it('reads «savoir si elle est prise en compte» as where an invoice stands', () => {
    expect(knowledge.analyse('je voudrais savoir si ma facture est bien prise en compte').message.terms).toContain('cptsuivi');
  });
});

describe('iteration 64: a request after what the user knows, the VAT, wrong addressing data, «précision :», the screen’s words, other administrations’ numbers, credit notes, «sur ce point»', () => {
  it('keeps a request made after a how-to the user already knows', () => {
    expect(readMessage('Je sais qu’on peut écrire au support sans être connecté, donc ouvrez-moi un ticket tout de suite s’il vous plaît.').request).toBe('ticket');
    expect(readMessage('je veux ouvrir un ticket, comment on fait sans être connecté ?').request).toBeNull();
  });

  it('asks the VAT of a topic as a facet no article answers, unless another how-to is asked beside it', () => {
    expect(facetAsked(readMessage('et la TVA sur mes frais de mission, je la déclare ou pas ?').clauses)).toBe('tax');
    expect(answered('la TVA s’applique-t-elle à mes frais de déplacement d’interprète judiciaire ?')).toBe('fallback');
    const vatThenHow = 'Je me demande aussi quelle mention de TVA mettre, mais d’abord : comment je récupère mon mot de passe Chorus Pro ?';
    const vatHow = 'et la TVA sur ces frais, je la calcule comment ?';
    expect(unansweredFacet(vatThenHow, readMessage(vatThenHow), ['mot-de-passe-oublie'], false, () => false)).toBeNull();
    expect(unansweredFacet(vatHow, readMessage(vatHow), ['frais-de-justice-frais-divers'], false, () => false)).toBe('tax');
  });

  it('reads wrong «coordonnées» of the MOA as the décompte’s addressing data, not bank details', () => {
    expect(knowledge.analyse('les coordonnées de la MOE sont erronées').message.terms).toEqual(expect.arrayContaining(['adressag', 'incorrect']));
    expect(conversation('je dois refuser le projet de décompte mensuel du titulaire ?', 'et si les coordonnées de la MOE sont erronées ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('reads «précision : …» as a detail added to the previous question', () => {
    expect(readMessage('précision : on est sous-traitant du lot plomberie').followUp).toBe(true);
  });

  it('reads a follow-up made of the screen’s words with the previous answer, «elle s’affiche où ?» included', () => {
    expect(conversation('ma facture est toujours en brouillon, le service ne l’a pas', 'c’est dans quel menu ?')).toBe('facture-brouillon');
    expect(conversation('comment je suis ma facture déposée lundi ?', 'elle s’affiche où exactement ?')).toBe('suivre-une-facture');
  });

  it('knows another administration’s phone number, and a credit note in English, as topics the base does not answer', () => {
    expect(conversation('comment contacter le support Chorus Pro ?', 'et le numéro de téléphone de la trésorerie de ma commune ?')).toBe('fallback');
    expect(knowledge.analyse('can I send a credit note?').message.terms).toContain('avoircredit');
  });

  it('reads «pourriez-vous m’éclairer sur ce point ?» as asking what the sentence before says', () => {
    const reading = readMessage('Je m’interroge sur l’autoliquidation de la TVA de mes factures. Pourriez-vous m’éclairer sur ce point ?');
    expect(reading.clauses[0]?.question).toBe(true);
  });
});

describe('iteration 65: «par quel moyen» asks how', () => {
  it('reads «par quel moyen» as «comment», no topic of its own', () => {
    expect(knowledge.analyse('par quel moyen consulter l’état de traitement de ma facture ?').message.terms).not.toContain('moyen');
    expect(answered('par quels moyens puis-je suivre ma facture ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 66: a county council as the buyer, ClaudIA as it sounds, SMS «vasy fai le», «je peux même pas écrire au support ?», an English provider and start date, a cheaper operator, «à quelle étape elle se trouve»', () => {
  it('reads «reçue par le conseil départemental» as where an invoice stands', () => {
    expect(knowledge.analyse('ma facture a-t-elle été reçue par le conseil régional ?').message.terms).toContain('cptsuivi');
  });

  it('reads ClaudIA written as it sounds', () => {
    expect(knowledge.analyse('klodia elle sert a quoi').message.terms).toContain(knowledge.analyse('ClaudIA').message.terms[0]);
  });

  it('reads «vasy fai le pr moi» as doing what the previous message named, «ça fai 2 mois» as a duration', () => {
    expect(readMessage('vasy fai le pr moi stp').doIt).toBe(true);
    expect(conversation('cmt on ouvre 1 ticket', 'vasy fai le pr moi stp')).toBe('intent:ticket');
    expect(readMessage('ca fai 2 mois que j attends').doIt).toBe(false);
  });

  it('reads «je peux même pas écrire au support ?» as a question, not a request', () => {
    expect(readMessage('jpeu meme pa ecrire au support du coup ?').asksHow).toBe(true);
    expect(readMessage('je ne peux même pas vous écrire, ouvrez-moi un ticket !').request).toBe('ticket');
  });

  it('reads an English «service provider» as an EDI operator, «connect directly» as connecting a system, «starting when» as when it starts', () => {
    expect(conversation('How do we send invoices to Chorus Pro by EDI?', 'must we use a service provider, or can we connect directly?')).toBe('envoi-edi');
    expect(conversation('Is e-invoicing becoming mandatory between private companies?', 'starting when?')).toBe('facturation-electronique-b2b');
  });

  it('asks a price when a cheaper provider is asked for', () => {
    expect(facetAsked(readMessage('vous connaissez un opérateur EDI moins cher ?').clauses)).toBe('price');
    expect(facetAsked(readMessage('which EDI operator is the cheapest?').clauses)).toBe('price');
  });

  it('reads «à quelle étape elle se trouve» as where it stands', () => {
    expect(knowledge.analyse('je voudrais savoir à quelle étape elle se trouve').message.terms).toContain('cptouenest');
  });
});

describe('iteration 67: an invoice that «est bien partie», «où es le formulaire», «ouvre-m’en un», «c’est la deuxième ?»', () => {
  it('reads an invoice that «est (bien) partie» as sent, one that never left as still in draft', () => {
    expect(knowledge.analyse('les factures sont déjà parties').message.terms).toContain('envoi');
    expect(knowledge.analyse('les factures sont déjà parties').message.terms).not.toContain('part');
    expect(answered('ma facture est bien partie, comment je vois si elle est payée ?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('ma facture n est jamais partie').message.terms).toContain('part');
  });

  it('reads «où es le formulaire» written without its «t» as asking where, not for a ticket', () => {
    expect(readMessage('je veux faire un ticket mais ou es le formulaire ?').request).toBeNull();
    expect(readMessage('je veux faire un ticket mais ou es le formulaire ?').asksHow).toBe(true);
  });

  it('takes «ouvre-m’en un» as asking for what the previous message named', () => {
    expect(readMessage('bon, ouvre-m’en un').request).toBe('ticket');
    expect(conversation('un ticket ça sert à quoi ?', 'mon dépôt de facture échoue', 'ok fais-m’en un alors')).toBe('intent:ticket');
    expect(readMessage('comment en créer un ?').request).toBeNull();
  });

  it('reads «c’est la deuxième ?» as choosing between the options named before, no unknown word', () => {
    expect(knowledge.analyse('donc c est la troisième').message.terms).toEqual([]);
    expect(conversation('je saisis mon chantier dans Factures émises ou dans Factures de travaux ?', 'c’est un marché de travaux publics', 'alors c’est la deuxième ?')).toBe('factures-emises-ou-travaux');
  });
});

describe('iteration 68: «d’accord, mais où exactement ?», «ce sera… ?», SMS «cb de» and «cc», indirect questions, invoices taken in charge or never received, «par internet», «normal», ClaudIA’s place, «lui parler tout de suite», «plug», equipment maintenance, durations and rates', () => {
  it('reads «d’accord, mais où exactement ?» and «ce sera publié quand ?» with the previous answer', () => {
    expect(conversation('comment je récupère mon mot de passe ?', 'd’accord, mais où exactement ?')).toBe('mot-de-passe-oublie');
    expect(readMessage('ce serait publié quand ?').anaphora).toBe(true);
    expect(conversation('je veux suggérer un sujet pour la lettre d’information', 'ce serait publié quand ?')).toBe('lettre-information');
  });

  it('reads SMS «cb de» as «combien de» and «cc» as a greeting', () => {
    expect(answered('cc')).toBe('intent:greeting');
    expect(conversation('jsui moe, le decompte mensuel du titulaire cmt je le traite', 'g cb de jours pr le valider')).toBe('moe-projet-decompte-mensuel');
  });

  it('reads «je ne sais pas lequel prendre» as a question, «je ne sais pas quoi lui répondre» as none', () => {
    expect(readMessage('on a deux espaces pour déposer et je ne sais pas lequel prendre').clauses.some((c) => c.question)).toBe(true);
    expect(readMessage('le client me relance et je ne sais pas quoi lui répondre').clauses.some((c) => c.question)).toBe(false);
  });

  it('reads invoices «bien prises en charge», «toujours en cours de transmission» as tracked, one a buyer never received as not received', () => {
    expect(knowledge.analyse('je voudrais savoir si le CHU les a bien prises en charge').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('pourquoi elle est encore en cours de transmission').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('que veut dire en cours de transmission').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('la commune prétend qu’elle n’a jamais reçu la facture').message.terms).toContain('cptnonrecue');
    expect(offered('la commune prétend qu’elle n’a jamais reçu la facture que j’ai faite')).toEqual(expect.arrayContaining(['facture-brouillon']));
    expect(knowledge.analyse('je n’ai pas reçu le mail de réinitialisation').message.terms).not.toContain('cptnonrecue');
  });

  it('reads «par internet» as online (no late-payment interest), «c’est normal ?» as no topic', () => {
    expect(knowledge.analyse('on doit tout faire par internet maintenant ?').message.terms).not.toContain('interet');
    expect(knowledge.analyse('c’est normal ?').message.terms).toEqual([]);
    expect(conversation('ma facture est validée mais pas payée, je la suis où ?', 'c’est normal ?')).toBe('suivre-une-facture');
  });

  it('asks where ClaudIA is, not where an invoice stands, when she is named', () => {
    expect(knowledge.analyse('le robot ClaudIA, il est où ?').message.terms).not.toContain('cptouenest');
    expect(answered('le robot ClaudIA, il est où ?')).toBe('contacter-le-support');
  });

  it('takes «je voudrais lui parler tout de suite» as asking for the person named before, not «lui parler de ma facture»', () => {
    expect(readMessage('la personne du chat est là ? je voudrais lui parler tout de suite').request).toBe('agent');
    expect(readMessage('je voudrais lui parler de ma facture').request).toBeNull();
  });

  it('reads an English «plug» as connecting a system', () => {
    expect(knowledge.analyse('can we plug our ERP into Chorus Pro?').message.terms).toEqual(knowledge.analyse('brancher notre ERP sur Chorus Pro').message.terms);
  });

  it('reads the maintenance of equipment as a service bought, the portal’s maintenance as it was', () => {
    expect(knowledge.analyse('la maintenance d’ascenseurs pour un collège').message.terms).toContain('entretien');
    expect(knowledge.analyse('le portail est en maintenance ?').message.terms).not.toContain('entretien');
    expect(conversation('factures émises ou factures de travaux pour du nettoyage de locaux ?', 'et pour la maintenance d’ascenseurs ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads «ça prend combien de temps» as a duration, «c’est normal ce délai ?» as a delay, «combien on me rembourse par kilomètre» as a rate', () => {
    expect(knowledge.analyse('ça prend combien de temps ?').message.terms).toEqual([]);
    expect(conversation('j’ai envoyé une demande au support ce matin', 'ça prend combien de temps pour qu’on me réponde ?')).toBe('ticket-support');
    expect(facetAsked(readMessage('elle est à l’état mise en paiement depuis un mois, c’est normal ce délai ?').clauses)).toBe('delay');
    expect(facetAsked(readMessage('combien on me rembourse par km ?').clauses)).toBe('price');
  });

  it('reads «c gratuit ? jminscris ou» as asking where to sign up too', () => {
    expect(conversation('y a des webinaires pour les débutants ?', 'c gratuit ? jminscris ou')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 69: an invoice that does not leave, in everyday words; the password as «le code»; opened, received; changes of the site; «appuyer»; «connect directly»; «se débloquer»', () => {
  it('reads an invoice that «ne part pas», «reste chez moi», «never got sent» as not sent, the draft article’s case', () => {
    for (const q of ['elle part jamais ma facture', 'la facture reste bloquée chez moi', 'it was never sent, it is stuck on our side'])
      expect(knowledge.analyse(q).message.terms).toContain('cptpasenvoyee');
    expect(knowledge.analyse('ma facture est partie hier').message.terms).not.toContain('cptpasenvoyee');
    expect(answered('j’ai tout rempli mais ma facture part pas, je clique où ?')).toBe('facture-brouillon');
  });

  it('reads «le code que j’ai perdu» as the password, not an error code', () => {
    expect(knowledge.analyse('c’est mon code que j’ai oublié').message.terms).toEqual(knowledge.analyse('c’est mon mot de passe que j’ai oublié').message.terms);
    expect(knowledge.analyse('j’ai perdu le code erreur').message.terms).not.toContain(knowledge.analyse('mot de passe').message.terms[0]);
  });

  it('reads whether the buyer opened it, or whether it «a été reçue», as where an invoice stands', () => {
    expect(knowledge.analyse('comment savoir si la mairie l’a ouverte').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('je vois où qu’elle a été reçue').message.terms).toContain('cptsuivi');
  });

  it('reads the changes of the site as its evolutions', () => {
    expect(knowledge.analyse('qui décide des changements du portail').message.terms).toContain('cptevolution');
  });

  it('reads «appuyer» as clicking, «connect directly» as connecting a system, «se débloquer» as what was blocked', () => {
    expect(knowledge.analyse('appuyer').message.terms).toEqual(knowledge.analyse('cliquer').message.terms);
    expect(knowledge.analyse('can we connect directly').message.terms).toEqual(expect.arrayContaining(knowledge.analyse('raccorder directement').message.terms));
    expect(knowledge.analyse('le compte est bloqué').message.terms).toContain('bloqu');
    expect(knowledge.analyse('il se débloque quand').message.terms).toContain('bloqu');
  });
});

describe('iteration 70: lessons in everyday words, whether the buyer received it, «ne pas l’avoir», real people to reach, changes «sur le portail», two glued pronouns', () => {
  it('reads «une séance à distance», «des cours pour nous» as a training, not «en cours de transmission» nor a cooking class', () => {
    expect(knowledge.analyse('une séance d’initiation à distance').message.terms).toContain('cptformation');
    expect(knowledge.analyse('vous avez des cours pour les débutants').message.terms).toContain('cptformation');
    expect(knowledge.analyse('elle est en cours de transmission').message.terms).not.toContain('cptformation');
    expect(answered('cours de cuisine pour débutants')).toBe('fallback');
  });

  it('reads «savoir si la cantine a reçu ma facture» as where it stands, «il dit ne pas l’avoir» as not received', () => {
    expect(knowledge.analyse('je veux savoir si la crèche a reçu ma facture').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('le client dit ne pas l’avoir reçue').message.terms).toContain('cptnonrecue');
  });

  it('reads «des vrais gens» as people of the support', () => {
    expect(readMessage('il y a des vrais gens chez vous ? comment on les joint ?').names).toBe('agent');
    expect(answered('il y a des vrais gens chez vous ? comment on les contacte ?')).toBe('contacter-le-support');
  });

  it('reads changes «sur le portail» as its evolutions', () => {
    expect(knowledge.analyse('qui décide des changements sur le portail').message.terms).toContain('cptevolution');
  });

  it('repairs two glued pronouns («jlannule») when the rest is known', () => {
    expect(knowledge.analyse('cmt jlannule').message.terms).toEqual(knowledge.analyse('comment annule').message.terms);
  });
});

describe('iteration 71: «Un humain.» alone, «je veux un ticket», «je vous prie d’ouvrir», English «never got it», «améliorer le site», «tool»', () => {
  it('takes a clause that is only the person («Un humain.», «un vrai conseiller !») as asking for one, even beside a topic', () => {
    expect(readMessage('Un conseiller. Pas une machine. Mon mot de passe ne marche plus.').request).toBe('agent');
    expect(readMessage('un humain svp').request).toBe('agent');
    expect(readMessage('c’est quoi un conseiller ?').request).toBeNull();
  });

  it('takes «je veux un ticket pour…» and «je vous prie d’ouvrir une demande d’assistance» as asking for a ticket', () => {
    expect(readMessage('je veux un ticket pour mon problème de frais de justice').request).toBe('ticket');
    expect(readMessage('Je vous prie d’ouvrir une demande d’assistance à ce sujet.').request).toBe('ticket');
    expect(readMessage('je veux savoir comment marche un ticket').request).toBeNull();
  });

  it('reads an English «they never got it», «it still shows up on my side» as not received, not sent', () => {
    expect(knowledge.analyse('the school says they never got it').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('it still shows up on my side').message.terms).toContain('cptpasenvoyee');
  });

  it('reads «améliorer le site» as its evolutions and an English «tool» as software', () => {
    expect(knowledge.analyse('une idée pour améliorer le portail').message.terms).toContain('cptevolution');
    expect(knowledge.analyse('from our tool').message.terms).toEqual(knowledge.analyse('depuis notre logiciel').message.terms);
  });
});

describe('iteration 72: thanks for what worked', () => {
  it('takes «c’est bon, j’ai pu me reconnecter, merci !» after an answer as a thanks, not the question again', () => {
    expect(conversation('je n’arrive plus à me connecter', 'c’est bon j’ai réussi à me reconnecter, merci beaucoup')).toBe('intent:thanks');
    expect(conversation('je n’arrive plus à me connecter', 'j’ai pu me reconnecter mais je ne vois plus mes factures')).not.toBe('intent:thanks');
  });
});

describe('iteration 73: «donc…» and «je peux le…» point back, amounts are no story, «je saurai», a delay that is not a payment’s, «qu’est-ce que j’ai raté ?», a letter that follows up, public agents, which operator, «balancer», «notre système», English «filled in», «never arrived»', () => {
  it('reads «donc…» and «je peux pas le refuser» as pointing back to the previous answer', () => {
    expect(readMessage('donc je peux pas le rejeter ?')).toMatchObject({ followUp: true, anaphora: true });
    expect(conversation('Je suis maître d’œuvre, l’entreprise a mis un montant faux dans son projet de décompte', 'donc je ne peux pas le refuser même s’il exagère ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('does not count amounts as words of a story: «elle réclame 12 000 alors que j’estime 9 000, je la rejette ?» still points back', () => {
    expect(readMessage('elle réclame 12 000 alors que j’estime 9 000, je la rejette ?').anaphora).toBe(true);
  });

  it('takes «je saurai», «deviner» as no topic of their own', () => {
    expect(conversation('Comment savoir si ma facture est arrivée chez le client ?', 'et je saurai quand elle est payée ou je dois deviner ?')).toBe('suivre-une-facture');
  });

  it('reads «c’est normal ce délai ?» as a payment’s delay only when the message speaks of the payment', () => {
    expect(facetAsked(readMessage('c’est normal ce délai ?').clauses)).toBeNull();
    expect(facetAsked(readMessage('en mise en paiement depuis 40 jours, c’est normal ce délai ?').clauses)).toBe('delay');
    expect(conversation('j’ai envoyé une demande au support il y a trois jours', 'pas de réponse', 'c’est normal ce délai ?')).toBe('ticket-support');
  });

  it('reads «qu’est-ce que j’ai raté ?» as asking about the sentence before', () => {
    expect(readMessage('La facture est toujours là chez moi, pas terminée. Qu’est-ce que j’ai raté ?').clauses.every((c) => c.question)).toBe(true);
    expect(readMessage('La facture est toujours là chez moi. Comment faire ?').clauses[0]!.question).toBe(false);
  });

  it('reads «pour faire suite à mon précédent message» as a follow-up, and «les agents des collectivités» as no support agent', () => {
    expect(readMessage('Madame, pour faire suite à mon précédent message, ces formations sont-elles ouvertes aux agents des collectivités ?')).toMatchObject({ followUp: true, names: null });
    expect(knowledge.analyse('ces formations sont ouvertes aux agents des collectivités ?').message.terms).not.toContain('conseiller');
    expect(readMessage('je veux parler à un agent').names).toBe('agent');
  });

  it('reads «quel opérateur vous me conseillez ?» as a provider, not a person of the support', () => {
    expect(knowledge.analyse('quel opérateur vous me conseillez ?').message.terms).not.toContain('conseiller');
    expect(knowledge.analyse('je veux parler à un opérateur').message.terms).toContain('conseiller');
    expect(conversation('comment passer à l’EDI ?', 'quel opérateur vous me conseillez ?')).toBe('fallback');
  });

  it('reads «les balancer depuis notre système» as sending from the user’s software; «votre système» is the portal', () => {
    const terms = knowledge.analyse('on peut les balancer depuis notre système').message.terms;
    expect(terms).toEqual(expect.arrayContaining(['envoi', 'cptflux']));
    expect(knowledge.analyse('où en est ma facture dans votre système').message.terms).not.toContain('cptflux');
  });

  it('reads English «filled in», «never arrived», «supplier» in the base’s words', () => {
    expect(knowledge.analyse('I filled in the invoice').message.terms).toEqual(knowledge.analyse('j’ai saisi la facture').message.terms);
    expect(knowledge.analyse('the town hall says it never arrived').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('our supplier').message.terms).toEqual(knowledge.analyse('notre fournisseur').message.terms);
  });
});

describe('iteration 74: «ça passe forcément par un opérateur ?», «I want to file a support request right now», «je want», accepted or refused, «ça bloque tout», «la demande du mois», means of payment', () => {
  it('reads «ça passe forcément par un opérateur ?» after the EDI article as the provider, no request for a person', () => {
    expect(readMessage('ça passe forcément par un opérateur ?').request).toBeNull();
    expect(knowledge.analyse('ça passe forcément par un opérateur ?').message.terms).not.toContain('conseiller');
    expect(conversation('Comment envoyer nos factures en EDI ?', 'ça passe forcément par un opérateur ?')).toBe('envoi-edi');
    expect(readMessage('passez-moi un opérateur').request).toBe('agent');
  });

  it('takes «I want to file a support request right now» and a franglais «je want ouvrir un ticket» as asking for a ticket', () => {
    expect(readMessage('I want to file a support request right now.').request).toBe('ticket');
    expect(readMessage('je want ouvrir un ticket now').request).toBe('ticket');
    expect(readMessage('how do I file a support request?').request).toBeNull();
  });

  it('reads «savoir si elles sont acceptées ou refusées» as where the invoices stand, no password refused', () => {
    expect(knowledge.analyse('je voudrais savoir si elles sont acceptées ou refusées').message.terms).toEqual(['cptsuivi']);
    expect(conversation('j’ai déposé deux factures pour le lycée', 'je voudrais savoir si elles sont acceptées ou refusées')).toBe('suivre-une-facture');
  });

  it('reads «ça bloque tout» as holding things up, not a locked account', () => {
    expect(knowledge.analyse('s’il refuse, ça bloque tout ?').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('mon compte est bloqué').message.terms).toContain('cptconnexion');
  });

  it('reads a contractor’s «demande du mois» as its monthly statement, not «ma demande du mois dernier»', () => {
    expect(knowledge.analyse('l’entreprise m’a envoyé sa demande du mois').message.terms).toContain('cptdecompte');
    expect(knowledge.analyse('ma demande du mois dernier').message.terms).not.toContain('cptdecompte');
  });

  it.each([
    ['can the hospital pay by credit card?', 'fallback'],
    ['paiement en espèces possible ?', 'fallback'],
    ['la mairie peut me payer par chèque ?', 'fallback'],
    ['ma facture est-elle payée ?', 'suivre-une-facture'],
  ])('answers how an invoice is paid (cheque, card, cash) with no article, whether it is paid with tracking: %s', (q, expected) => {
    expect(answered(q)).toBe(expected);
  });
});

describe('iteration 75: «mercii», changing the login address, «non je parlais de…», «c’est grave ?», «il en va de même pour…», «néanmoins», «toutefois»', () => {
  it('reads a doubled final vowel («mercii», «ouii») as the word, and keeps English «too»', () => {
    expect(normalizeSurface('mercii beaucoup')).toBe('merci beaucoup');
    expect(answered('mercii beaucoups pour l’aide')).toBe('intent:thanks');
    expect(normalizeSurface('me too')).toBe('me too');
  });

  it('reads changing the «adresse de connexion» as the account’s e-mail, while one no longer recognised is logging in', () => {
    expect(knowledge.analyse('remplacer l’adresse de connexion de notre ancienne gestionnaire').message.terms).toContain('cptadressemail');
    expect(knowledge.analyse('mon adresse de connexion n’est plus reconnue').message.terms).not.toContain('cptadressemail');
  });

  it('reads a correction («non je parlais d’un marché de fournitures») as a follow-up of the previous question', () => {
    expect(readMessage('non je parlais d’un marché de fournitures, pas de travaux').followUp).toBe(true);
    expect(conversation('quelle application pour facturer un lycée ?', 'non je parlais d’un marché de fournitures, pas de travaux')).toBe('factures-emises-ou-travaux');
  });

  it('takes «c’est grave ?» as a reaction to the previous answer', () => {
    expect(conversation('ma facture est restée en brouillon depuis deux semaines', 'c’est grave ?')).toBe('facture-brouillon');
  });

  it('reads a letter’s «il en va de même pour…» as a follow-up, and «néanmoins», «toutefois», «demeure» as no topic', () => {
    expect(readMessage('Pourriez-vous me confirmer qu’il en va de même pour notre nouveau lot ?').followUp).toBe(true);
    expect(knowledge.analyse('un refus demeure néanmoins possible, toutefois').message.terms).toEqual(knowledge.analyse('un refus possible').message.terms);
  });
});

describe('iteration 76: «do we need an operator?», a person to look at the case then a ticket, «webinair», an invoice «bloquée» somewhere', () => {
  it('reads an English «do we need an operator for that?» after the EDI article as the provider, no person', () => {
    expect(conversation('how do we send invoices to Chorus Pro via EDI?', 'do we need an operator for that?')).toBe('envoi-edi');
    expect(answered('I want to talk to an operator')).toBe('intent:agent');
  });

  it('takes «je voudrais qu’un opérateur regarde le dossier : ouvrez-moi un ticket» as asking for the ticket', () => {
    expect(readMessage('Je voudrais qu’un opérateur regarde le dossier : ouvrez-moi un ticket au support, avec ces éléments.').request).toBe('ticket');
    expect(readMessage('Je voudrais qu’un conseiller regarde mon dossier avec moi.').request).toBe('agent');
    expect(readMessage('je veux parler à un conseiller, sinon ouvrez un ticket').request).toBe('agent');
  });

  it('reads «webinair» as a webinar', () => {
    expect(knowledge.analyse('ya des webinair ?').message.terms).toEqual(knowledge.analyse('ya des webinaires ?').message.terms);
  });

  it('reads an invoice «bloquée» at a buyer as where it stands, while one stuck as a draft stays the draft', () => {
    expect(knowledge.analyse('facture bloquée hopital').message.terms).toContain('cptsuivi');
    expect(offered('facture bloquée hopital')).toContain('suivre-une-facture');
    expect(knowledge.analyse('facture bloquée en mode brouillon').message.terms).not.toContain('cptsuivi');
  });
});

describe('iteration 77: «le client qui dit qu’il a rien reçu», «jamais arrivée chez le client»', () => {
  it('reads a buyer who says it received nothing, a few words later, and an invoice never arrived at the buyer, as not received', () => {
    expect(knowledge.analyse('c’est le client qui dit qu’il a rien reçu').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('la facture n’est jamais arrivée chez le client').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('le colis n’est jamais arrivé').message.terms).not.toContain('cptnonrecue');
    expect(conversation('mot de passe oublié', 'jarrive pa a envoyer ma facture', 'ah non pardon c pa le mdp, c le client qui dit quil a rien recu')).toBe('facture-brouillon');
  });
});

describe('iteration 78: franglais «open un ticket pour moi», «des cours quelque part ?»', () => {
  it('takes a franglais «open un ticket pour moi» as asking for one, and «le process pour open un ticket» as asking how', () => {
    expect(readMessage('Ok forget it, open un ticket pour moi, mon upload plante depuis ce matin').request).toBe('ticket');
    expect(readMessage('c’est quoi le process pour open un ticket en mode non connecté ?').request).toBeNull();
  });

  it('reads «des cours quelque part ?» as a training', () => {
    expect(knowledge.analyse('il y a des cours quelque part ?').message.terms).toContain('cptformation');
    expect(knowledge.analyse('elle est en cours de traitement').message.terms).not.toContain('cptformation');
  });
});

describe('iteration 79: who writes in apposition, «jdepose», «les siens», a request the last article named, court fees of a citizen, income tax', () => {
  it('reads a letter’s apposition naming who writes as scene, the clause after it as the question', () => {
    const letter = readMessage('Madame, Monsieur, notre entreprise, prestataire de nettoyage auprès de plusieurs collèges, souhaiterait connaître la façon de suivre ses factures déposées.');
    expect(letter.clauses.find((c) => c.text.startsWith('prestataire'))?.question).toBe(false);
    expect(letter.clauses.find((c) => c.text.startsWith('souhaiterait'))?.question).toBe(true);
    expect(readMessage('Notre société souhaiterait connaître le taux de TVA applicable.').clauses[0]?.question).toBe(true);
  });

  it('cuts a «je» glued to a verb («jdepose», «jtransmet») but leaves file names alone', () => {
    expect(readMessage('ouvre moi un ticket stp, ça plante qd jtransmet ma facture').request).toBe('ticket');
    expect(knowledge.analyse('qd jdepose ma facture').message.terms).toEqual(knowledge.analyse('quand je depose ma facture').message.terms);
    expect(knowledge.analyse('mon fichier jpeg').message.terms).toContain('jpeg');
  });

  it('reads «les siens, c’est pareil ?» as pointing back, with no word of its own', () => {
    expect(conversation('je suis interprète judiciaire', 'je déclare mes frais de déplacement en frais divers', 'et pour les siennes, c’est pareil ?')).toBe('frais-de-justice-frais-divers');
  });

  it('takes «faites-le pour moi» after the ticket article as the ticket it names, unless the message names its own request', () => {
    expect(conversation('comment on ouvre un ticket au support ?', 'il est long ce formulaire', 'bon, faites-le pour moi')).toBe('intent:ticket');
    expect(answered('faites-le pour moi', { lastQuestion: 'il est long ce formulaire', lastArticle: 'ticket-support' })).toBe('intent:ticket');
    expect(answered('bon, je laisse une demande écrite au support, ouvrez-la', { lastQuestion: 'le chat ouvre à quelle heure ?', lastArticle: 'contacter-le-support' })).toBe('intent:ticket');
  });

  it('falls back on court fees a judgment puts on a citizen and on income tax, next to the court-fees article', () => {
    expect(answered('condamné aux dépens par le tribunal, je suis le justiciable : comment je règle ces frais de justice ?')).toBe('fallback');
    expect(answered('les sommes de mes mémoires de frais de justice, je les déclare en BNC sur ma déclaration de revenus ?')).toBe('fallback');
    expect(answered('comment déclarer mes frais de déplacement d’expert judiciaire ?')).toBe('frais-de-justice-frais-divers');
  });
});

describe('iteration 80: another country’s rules, «mrappeler», «enregistrez-moi», «y a pas moyen d’avoir quelqu’un», two questions on two articles', () => {
  it('falls back on another country’s e-invoicing rules, which no article gives, and still answers the reform for a foreign supplier', () => {
    expect(facetAsked(readMessage('et les seuils de l’e-reporting en Italie, ils sont à combien ?').clauses)).toBe('abroad');
    expect(answered('les règles du e-reporting en Espagne, c’est quoi ?')).toBe('fallback');
    expect(answered('what is the e-invoicing mandate in Germany?')).toBe('fallback');
    expect(facetAsked(readMessage('fournisseur installé en Italie, comment je dépose ma facture pour un hôpital français ?').clauses)).toBeNull();
    expect(answered('la facturation électronique entre entreprises, c’est obligatoire pour nous ?')).toBe('facturation-electronique-b2b');
  });

  it('cuts a «me» glued to an infinitive («mrappeler») and leaves chat abbreviations alone', () => {
    expect(readMessage('dis a un conseiller de mrappeler stp').clauses[0]?.text).toContain('de me rappeler');
    expect(readMessage('dis a un conseiller de mrappeler stp c urgent pr ma fact').request).toBe('agent');
    expect(knowledge.analyse('jai perdu mon mdp').message.terms).toEqual(knowledge.analyse('j’ai perdu mon mot de passe').message.terms);
  });

  it('takes «enregistrez-moi une réclamation» and «y a pas moyen d’avoir quelqu’un ?!» as requests, «il y a moyen d’avoir quelqu’un en direct ?» as asking how', () => {
    expect(readMessage('enregistrez-moi une réclamation au support, je veux une trace écrite').request).toBe('ticket');
    expect(readMessage('y a pas moyen d’avoir quelqu’un qui me rappelle ?!').request).toBe('agent');
    expect(readMessage('et si elle ne sait pas, il y a moyen d’avoir quelqu’un en direct ?').request).toBeNull();
  });

  it('reads «a-t-on le droit…» as a question', () => {
    expect(readMessage('D’abord, a-t-on le droit de refuser le décompte').clauses.some((c) => c.question)).toBe(true);
    expect(readMessage('Ensuite, va-t-il falloir tout ressaisir').clauses.some((c) => c.question)).toBe(true);
  });
});

describe('several questions on several articles (iteration 80)', () => {
  type Read = { outside: boolean; pDomain: number; message: { terms: string[] } };
  const sure = (articleId: string): AskResult => ({ kind: 'answer', articleId, intent: null, score: 0.9, language: 'fr', candidates: [{ articleId, score: 1 }] });
  const read = (answers: Record<string, AskResult | null>) => ({
    analyse: (reading: MessageReading): Read => ({ outside: false, pDomain: 0.9, message: { terms: reading.clauses.map((c) => c.text).join(' ').split(' ') } }),
    decide: (_a: Read, text: string): AskResult =>
      Object.entries(answers).find(([word]) => text.includes(word))?.[1] ?? { kind: 'fallback', articleId: null, intent: null, score: 0.1, language: 'fr', candidates: [] },
  });

  it('offers both articles when each of two questions draws its own, and answers the one when they agree', () => {
    const text = 'Comment le maître d’œuvre refuse-t-il un décompte ? Et existe-t-il des webinaires pour débuter ?';
    const two = oneOfSeveral(text, read({ décompte: sure('moe-projet-decompte-mensuel'), webinaires: sure('accompagnement-webinaires') }));
    expect(two?.kind).toBe('clarify');
    expect(two?.candidates.map((c) => c.articleId)).toEqual(['moe-projet-decompte-mensuel', 'accompagnement-webinaires']);
    const same = oneOfSeveral(text, read({ décompte: sure('moe-projet-decompte-mensuel'), webinaires: sure('moe-projet-decompte-mensuel') }));
    expect(same?.kind).toBe('answer');
  });
});

describe('iteration 81: «rentre sur le portail», how the form works, «passez-m’en un», «file une request», «cheers», two questions announced', () => {
  it('reads «je rentre sur le portail» as logging in and «ce n’est pas le même endroit ?» as no rejection', () => {
    expect(knowledge.analyse('comment je rentre sur le portail ?').message.terms).toContain('cptconnexion');
    expect(readMessage('donc ce n’est pas le même endroit ?').clauses[0]?.negated).toBe(false);
    expect(readMessage('ce n’est pas le ticket que je veux').clauses[0]?.negated).toBe(true);
  });

  it('asks how the form works or what differs, rather than for a ticket, and still takes a ticket asked for', () => {
    expect(readMessage('Je ne veux pas de chat, je préfère écrire au support : comment fonctionne le formulaire ?').request).toBeNull();
    expect(readMessage('Pourriez-vous m’exposer la différence entre une demande d’assistance déposée en mode connecté et en mode non connecté ?').request).toBeNull();
    expect(readMessage('je préfère écrire au support, ouvrez-moi un ticket').request).toBe('ticket');
    expect(readMessage('franchement je préfère qu’on file une request au support for me').request).toBe('ticket');
  });

  it('takes «passez-m’en un» after a question on the agents as asking for one, and «cheers» as thanks', () => {
    expect(conversation('le chat avec un conseiller, c’est ouvert quand ?', 'ok passez-m’en un svp')).toBe('intent:agent');
    expect(answered('cheers!')).toBe('intent:thanks');
  });

  it('cuts a second question inside a sentence only when the user announced several', () => {
    expect(readMessage('et au passage c’est quoi le taux').clauses[0]?.question).toBe(true);
    expect(questionsWithin('Deux choses : comment s’inscrire à un webinaire, et est-ce que mes cotisations passent par Chorus ?')).toHaveLength(2);
    expect(questionsWithin('Nous avons 3 000 factures par mois, et est-ce que Chorus le fait automatiquement ?')).toEqual([]);
    expect(answered('Deux questions : comment on s’inscrit à un webinaire Chorus Pro, et est-ce que l’URSSAF accepte le paiement des cotisations par Chorus ?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 82: another body’s newsletter, training or court fees', () => {
  it('falls back on the newsletter, training or fees of another body, and still answers Chorus Pro’s, and a buyer of that name', () => {
    expect(facetAsked(readMessage('comment s’inscrire à une formation du CNFPT ?').clauses)).toBe('elsewhere');
    expect(answered('je voudrais m’inscrire à une session de formation du CNFPT sur les marchés publics')).toBe('fallback');
    expect(answered('et pour une formation au CNFPT ?')).toBe('fallback');
    expect(answered('comment proposer un sujet pour la lettre d’information de la chambre de commerce ?')).toBe('fallback');
    expect(answered('comment s’inscrire à un webinaire Chorus Pro ?')).toBe('accompagnement-webinaires');
    expect(facetAsked(readMessage('ma facture à l’UGAP, je la suis comment ?').clauses)).toBeNull();
  });
});

describe('iteration 83: another site’s password or mailbox, an office’s opening hours, other software’s training, «ne me passez pas…», the subject kept past a miss', () => {
  it('falls back on another site’s or a mailbox’s password, and still answers the portal’s own', () => {
    expect(facetAsked(readMessage('j’ai perdu le mot de passe de mon espace particulier sur impots.gouv, vous pouvez le réinitialiser ?').clauses)).toBe('account');
    expect(answered('Mon adresse Hotmail a été piratée et je n’ai plus son mot de passe : comment je récupère ma messagerie ?')).toBe('fallback');
    expect(answered('Ce n’est pas Chorus : c’est sur le site de l’URSSAF que mon mot de passe est refusé, comment le réinitialiser ?')).toBe('fallback');
    expect(conversation('j’ai oublié mon mot de passe Chorus Pro', 'et celui de ma messagerie Outlook, vous pouvez le changer ?')).toBe('fallback');
    expect(answered('j’ai oublié mon mot de passe Chorus, et le lien de réinitialisation n’arrive pas sur ma boîte Gmail')).toBe('mot-de-passe-oublie');
  });

  it('falls back on an office’s opening hours and on training in other software, and still answers the support’s hours', () => {
    expect(answered('la préfecture est-elle ouverte le samedi matin ?')).toBe('fallback');
    expect(answered('vous connaissez les horaires d’ouverture du centre des impôts ?')).toBe('fallback');
    expect(answered('quels sont les horaires du support Chorus Pro ?')).toBe('contacter-le-support');
    expect(conversation('comment s’inscrire à un webinaire Chorus Pro ?', 'et vous proposez des cours de bureautique pour mes employés ?')).toBe('fallback');
  });

  it('reads «ne me passez pas de conseiller» and «don’t put me through» as no request, and «enregistrer ma requête» as a ticket', () => {
    expect(readMessage('Ne me passez pas de conseiller, dites-moi seulement comment créer un ticket').request).toBeNull();
    expect(answered('Don’t put me through to anyone, how do I open a ticket?')).toBe('ticket-support');
    expect(readMessage('Je vous prie de bien vouloir enregistrer ma requête.').request).toBe('ticket');
    // «se passe» and «en ligne» are words of «passer un conseiller», «avoir quelqu'un en ligne»: a follow-up naming nobody asks for no one.
    expect(conversation('comment s’inscrire à une formation Chorus Pro ?', 'et ça se passe en ligne ?')).not.toBe('intent:agent');
  });

  it('reads «nothing» as a French stop word and «lu» as «lire»', () => {
    expect(knowledge.analyse('the buyer says nothing arrived').message.terms).not.toContain('nothing');
    expect(knowledge.analyse('la lettre, elle est lue par qui ?').message.terms).toContain('lir');
  });

  it('keeps the conversation’s subject past a message it did not answer', () => {
    const first = 'comment je m’inscris à une formation Chorus ?';
    const miss = knowledge.ask('c’est gratuit ?', { lastQuestion: first, lastArticle: 'accompagnement-webinaires' });
    expect(miss.kind).toBe('fallback');
    expect(miss.topic).toBe(topicAfter(first, 'c’est gratuit ?'));
    expect(knowledge.ask('c’est gratuit ?').topic).toBeUndefined();
    const next = askedIn(first, 'c’est gratuit ?', 'et il y en a une pour les sous-traitants ?');
    expect(next.topic?.startsWith(first)).toBe(true);
  });
});

describe('iteration 84: «qu’est-ce que j’ai raté ?», a payment’s delay, «a pris en charge ma facture», «non transmise», the reform in other words, «réglé le problème», «il est où, le bouton ?»', () => {
  it('reads «qu’est-ce que j’ai raté ?», «on a loupé quoi ?» as pointing back to what was just said', () => {
    expect(conversation('le lycée dit qu’il n’a jamais reçu ma facture', 'on a loupé quoi ?')).toBe('facture-brouillon');
    expect(conversation('le lycée dit qu’il n’a jamais reçu ma facture', 'qu’est-ce que j’ai raté ?')).toBe('facture-brouillon');
  });

  it('asks a payment’s delay in «combien de jours pour me régler ?»', () => {
    expect(facetAsked(readMessage('ils ont combien de jours pour me régler ?').clauses)).toBe('delay');
  });

  it('reads tracking in «a bien réceptionné ma facture», a draft in «non transmise» and «enregistrée sans être envoyée»', () => {
    expect(knowledge.analyse('est-ce que l’hôpital a bien réceptionné ma facture ?').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('facture non transmise au lycée').message.terms).toContain('cptpasenvoyee');
    expect(knowledge.analyse('facture enregistrée sans être envoyée').message.terms).toContain('cptpasenvoyee');
  });

  it('reads the reform in «d’autres sociétés» and «qu’est-ce qui va changer», and no payment in «réglé le problème»', () => {
    expect(knowledge.analyse('je facture surtout à d’autres sociétés, qu’est-ce qui va changer ?').message.terms).toContain('cptprive');
    expect(knowledge.analyse('vous n’avez toujours pas réglé le problème des rejets').message.terms).not.toContain('cptpaiement');
    expect(knowledge.analyse('ma facture est réglée ?').message.terms).toContain('cptpaiement');
  });

  it('reads «il est où, le bouton ?» as one clause about the button', () => {
    expect(readMessage('il est où exactement, le lien ?').clauses).toHaveLength(1);
    expect(conversation('ma facture est en brouillon, comment je l’envoie ?', 'il est où, le bouton ?')).toBe('facture-brouillon');
  });
});

describe('iteration 85: corrections and refusals within a message, payment tracking in a relative clause, «comment marche…», «conseiyé», a question that names nothing', () => {
  it('sets aside what the user takes back: «… non pardon, je me suis trompé, je voulais dire …», «Un webinaire ? Non merci, …»', () => {
    const corrected = readMessage('comment on envoie une facture en EDI… oups je me suis trompé, je voulais dire comment suivre ma facture');
    expect(corrected.clauses[0]?.negated).toBe(true);
    expect(answered('comment on envoie une facture en EDI… oups je me suis trompé, je voulais dire comment suivre ma facture')).toBe('suivre-une-facture');
    expect(answered('Un webinaire ? Non merci, je veux juste savoir comment envoyer mes factures en EDI, c’est si compliqué ?')).toBe('envoi-edi');
    // A bare «Non ??» after a statement asks for agreement, it takes nothing back.
    expect(readMessage('je refuse le décompte et basta ! Non ??').clauses.some((c) => c.negated)).toBe(false);
  });

  it('reads tracking and payment in «voir si la facture que j’ai déposée a été payée»', () => {
    const terms = knowledge.analyse('je voudrais voir si la facture que j’ai déposée au collège a été payée').message.terms;
    expect(terms).toEqual(expect.arrayContaining(['cptsuivi', 'cptpaiement']));
  });

  it('reads «comment marche ClaudIA ?» as how it works, and «passé moi 1 conseiyé» as asking for one', () => {
    expect(knowledge.analyse('comment marche ClaudIA ?').message.terms).not.toContain('march');
    expect(readMessage('passé moi 1 conseiyé svp').request).toBe('agent');
  });

  it('reads the facet in the sentence before a question that names nothing («Pourriez-vous m’éclairer ?»)', () => {
    expect(facetAsked(readMessage('Je m’interroge sur l’autoliquidation de la TVA pour un sous-traitant. Pourriez-vous m’éclairer ?').clauses)).toBe('tax');
  });
});

describe('iteration 86: the user’s own equipment, «how long until they pay», «je fais quoi maintenant ?», «what did we miss?»', () => {
  it('falls back on the user’s own equipment down, and still answers a login after a change of computer', () => {
    expect(facetAsked(readMessage('mon imprimante plante sans arrêt, vous pouvez m’aider ?').clauses)).toBe('device');
    expect(answered('mon imprimante plante sans arrêt, vous pouvez m’aider ?')).toBe('fallback');
    expect(answered('ma box internet est en panne depuis hier, c’est chez vous ?')).toBe('fallback');
    expect(answered('j’ai changé d’ordinateur et je ne peux plus me connecter à Chorus')).toBe('mot-de-passe-oublie');
  });

  it('asks a payment’s delay in «how long until they pay it?»', () => {
    expect(facetAsked(readMessage('and how long until they pay it?').clauses)).toBe('delay');
  });

  it('reads «je fais quoi maintenant ?» as a question, not an urgent request', () => {
    expect(readMessage('j’ai envoyé un ticket il y a deux semaines toujours pas de réponse je fais quoi maintenant ?').request).toBeNull();
    expect(readMessage('ouvrez un ticket maintenant').request).toBe('ticket');
  });

  it('reads «what did we miss?» as naming no topic', () => {
    expect(knowledge.analyse('what did we miss?').message.terms).not.toContain('miss');
  });
});

describe('iteration 87: «invoice is stuck», «voir lui-même si sa facture a été mise à disposition», one’s own job', () => {
  it('reads an English «invoice is stuck» as no blocked account, and «voir si sa facture a été mise à disposition» as tracking', () => {
    expect(knowledge.analyse('the invoice is stuck en brouillon').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('le fournisseur peut-il voir lui-même si sa facture a été mise à disposition ?').message.terms).toContain('cptsuivi');
  });

  it('falls back on one’s own job (part time, pay, leave asked for), not on a leave in the story', () => {
    expect(facetAsked(readMessage('comment faire ma demande de temps partiel ?').clauses)).toBe('elsewhere');
    expect(facetAsked(readMessage('ma cheffe part en congé maternité et j’aimerais être autonome, existe-t-il des webinaires Chorus Pro ?').clauses)).toBeNull();
  });
});

describe('iteration 88: months and «autrement» tell no topic, «ce qu’ils en ont fait», «still pending», a relative «which», the user’s own software set up', () => {
  it('reads month names and «autrement» as story words, so that a short follow-up keeps its topic', () => {
    expect(knowledge.analyse('et celle de janvier, pareil ?').message.terms).not.toContain('janvi');
    expect(knowledge.analyse('j’aurais dû faire autrement ?').message.terms).toEqual([]);
    expect(conversation('Comment je vois si l’hôpital a traité ma facture de décembre ?', 'et celle de janvier, pareil ?')).toBe('suivre-une-facture');
    expect(conversation('je suis sous-traitant sur un marché de travaux', 'j’ai déposé ma demande de paiement dans Factures émises', 'j’aurais dû faire autrement ?')).toBe(
      'factures-emises-ou-travaux',
    );
  });

  it('reads «ce qu’ils en ont fait» and an invoice «still pending» as tracking, not a draft waiting to be sent', () => {
    expect(knowledge.analyse('comment je vois ce qu’ils en ont fait ?').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('comment voir lesquelles sont encore en attente ?').message.terms).toContain('cptsuivi');
    expect(answered('How do I see which ones are still pending?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('ma facture est en attente d’envoi').message.terms).not.toContain('cptsuivi');
  });

  it('reads an English relative «which» as no question', () => {
    const r = readMessage('She left me a post-it with a password, which still works, thankfully. How do I see which ones were paid?');
    expect(r.clauses.filter((c) => c.question).map((c) => c.text)).toEqual(['how do i see which ones were paid']);
  });

  it('falls back on how the user’s own software is set up, and still answers sending from it by EDI', () => {
    expect(facetAsked(readMessage('Notre ERP SAP peut générer du Factur-X ? Quelle config on doit mettre ?').clauses)).toBe('software');
    expect(answered('Notre ERP SAP peut générer du Factur-X ? Quelle config on doit mettre ?')).toBe('fallback');
    expect(answered('Can Chorus Pro connect with QuickBooks so my invoices sync automatically?')).toBe('fallback');
    expect(answered('Can we send our invoices to Chorus Pro via EDI straight from our SAP system?')).toBe('envoi-edi');
    expect(facetAsked(readMessage('On fait du full EDI avec notre provider, c’est compatible avec Chorus ?').clauses)).toBeNull();
  });
});

describe('iteration 89: the building trades and co-contractors, bidding, «a+», a legal form’s «statut», «je ne suis pas le mandataire», «open one for me», «imposable»', () => {
  it('reads the building trades, co-contractors and what they redo as works', () => {
    expect(knowledge.analyse('je suis couvreur, je refais le toit de l’école').message.terms).toContain('cpttravaux');
    expect(knowledge.analyse('je suis cotraitant dans le groupement').message.terms).toContain('cpttravaux');
    expect(conversation('Je suis carreleur, je refais les sols de la salle des fêtes pour la commune.', 'je mets la facture où alors ?')).toBe('factures-emises-ou-travaux');
    expect(answered('je suis plombier, je travaille pour des entreprises privées : la facture électronique va-t-elle devenir obligatoire pour moi ?')).toBe(
      'facturation-electronique-b2b',
    );
  });

  it('reads bidding for a contract as the tender, which no article answers', () => {
    expect(answered('Do we need French ten-year liability insurance (décennale) to bid for public works in France?')).toBe('fallback');
  });

  it('reads «a+» as «à plus»', () => {
    expect(normalizeSurface('ok a+')).toBe('ok a plus');
    expect(answered('ok a+')).toBe('intent:goodbye');
  });

  it('reads a company’s legal form as no invoice status', () => {
    expect(knowledge.analyse('le meilleur statut pour facturer l’État, micro ou EURL').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('quel statut juridique choisir').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('quel est le statut de ma facture ?').message.terms).toContain('cptsuivi');
  });

  it('reads «je ne suis pas le mandataire» as negated, «open one for me» as the request offered, «imposable» as the tax', () => {
    expect(readMessage('Je ne suis pas le mandataire, je suis cotraitant').clauses[0]!.negated).toBe(true);
    expect(conversation('How do I send a ticket to Chorus Pro support?', 'ok, then just open one for me please')).toBe('intent:ticket');
    expect(facetAsked(readMessage('et ça, c’est imposable ?').clauses)).toBe('tax');
  });
});

describe('iteration 90: asking for a ticket «oui ou non», a formal notice, a tax on income, a court’s calendar, a message that takes back the previous one', () => {
  it('reads «vous allez me créer un ticket oui ou non ?» inside a complaint as the request', () => {
    expect(answered('Encore un rejet !!! Vous allez me créer un ticket oui ou non ? Je suis à deux doigts d’arrêter de bosser avec le public')).toBe('intent:ticket');
  });

  it('reads «mettre en demeure» as the formal notice and «ma facture n’est pas bloquée» as negated', () => {
    expect(knowledge.analyse('comment je la mets en demeure ?').message.terms).toContain('miseendemeure');
    expect(readMessage('Ma facture n’est pas bloquée dans Chorus, elle est validée').clauses[0]!.negated).toBe(true);
    expect(
      answered('Ma facture n’est pas bloquée dans Chorus, elle est validée depuis deux mois, c’est la commune qui ne paie pas. Comment je la mets en demeure officiellement ?'),
    ).toBe('fallback');
  });

  it('asks the tax in «imposées sur le revenu», another body’s offer in «le calendrier des audiences du tribunal de commerce», and training in accounting', () => {
    expect(facetAsked(readMessage('comment les indemnités kilométriques d’expert sont imposées sur le revenu ?').clauses)).toBe('tax');
    expect(facetAsked(readMessage('où trouver le calendrier des audiences du tribunal de commerce ?').clauses)).toBe('elsewhere');
    expect(facetAsked(readMessage('vous faites des formations en comptabilité générale ?').clauses)).toBe('elsewhere');
  });

  it('reads a message that opens by taking back the previous one on its own', () => {
    expect(readMessage('Non attendez, je me suis trompé : elle est bien partie').retracts).toBe(true);
    expect(readMessage('je me suis trompé de montant, je peux faire un avoir ?').retracts).toBe(false);
    expect(
      offeredIn(
        'Ma facture est en brouillon, comment l’envoyer ?',
        'Non attendez, je me suis trompé : elle est bien partie, c’est juste que je ne vois pas si le client l’a reçue.',
      ),
    ).toContain('suivre-une-facture');
  });
});

describe('iteration 91: another country’s rules «là-bas» or by adjective, a module of one’s ERP, clicks and logins spelt as heard, «what does that mean in practice?», «ce que recouvre cette notion»', () => {
  it('asks another country’s rules by its adjective next to them, or «là-bas» after naming it', () => {
    expect(facetAsked(readMessage('Pourriez-vous me confirmer le calendrier de l’obligation belge de facturation électronique ?').clauses)).toBe('abroad');
    expect(answered('Pas la France : nos clients publics sont en Espagne. Comment fonctionne l’obligation de facture électronique là-bas ?')).toBe('fallback');
    expect(answered('Does the B2B e-invoicing mandate and e-reporting apply to a Belgian company selling to French businesses?')).toBe('facturation-electronique-b2b');
  });

  it('falls back on a module of the user’s own ERP', () => {
    expect(conversation('Comment fonctionne l’envoi EDI vers Chorus Pro ?', 'et notre ERP Sylob sait produire ces fichiers ? il faut quel module ?')).toBe('fallback');
  });

  it('reads «jclik», «conecter» as clicking and logging in', () => {
    expect(knowledge.analyse('et apré jclik ou').message.terms).not.toContain('clik');
    expect(knowledge.analyse('faut etre conecter pour lui parler ?').message.terms).not.toContain('conect');
  });

  it('reads «in practice» and «ce que recouvre cette notion» as words of no topic, so the follow-up keeps its own', () => {
    expect(
      conversation('Can we send our invoices to Chorus Pro through EDI?', 'We already use an e-invoicing service provider', 'what does that mean in practice?'),
    ).toBe('envoi-edi');
    expect(
      conversation('Madame, Monsieur, notre expert-comptable évoque une obligation de e-reporting à venir.', 'Puis-je vous demander ce que recouvre précisément cette notion ?'),
    ).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 92: back to the first question, «il y en a un pour…», the steps of a procedure, an invoice that stays blocked, a request cut into sentences, the courts’ list of experts', () => {
  it('reads «revenons à ma première question» after the conversation’s first question, not the last one', () => {
    expect(
      conversation('comment on s’inscrit à un webinaire ?', 'et le support, il répond le samedi ?', 'je reviens à mon premier point : il y en a un sur les décomptes de la maîtrise d’œuvre ?'),
    ).toBe('accompagnement-webinaires');
    const back = offeredIn('ma facture est en brouillon et le CHU ne l’a pas reçue', 'au passage, l’IPM c’est quoi ?', 'merci', 'et pour mon problème de départ, je fais comment ?');
    expect(back).toContain('facture-brouillon');
    expect(back).not.toContain('gouvernance-ipm');
    // Nothing before the last question: the words name nothing and change nothing.
    expect(readMessage('revenons à ma première question').clauses.length).toBeGreaterThan(0);
  });

  it('reads «il y en a un pour…» as one of the things just answered, narrowed', () => {
    expect(conversation('y a-t-il des webinaires Chorus Pro ?', 'il y en a un pour les experts judiciaires ?')).toBe('accompagnement-webinaires');
    expect(conversation('y a-t-il des webinaires Chorus Pro ?')).toBe('accompagnement-webinaires');
  });

  it('reads «quelles sont les étapes (à suivre) pour…» as a procedure, not an invoice’s stage', () => {
    expect(answered('quelles sont les étapes à suivre pour transmettre nos factures par EDI ?')).toBe('envoi-edi');
    expect(offered('c’est quoi les etape pour envoyer en edi')).toContain('envoi-edi');
    expect(offered('à quelle étape en est ma facture ?')).toContain('suivre-une-facture');
  });

  it('reads an invoice that stays blocked as the invoice, not a blocked account', () => {
    expect(knowledge.analyse('ma facture reste bloquée en brouillon depuis lundi').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('elle est peut-être bloquée chez le client ?').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('mon compte est bloqué').message.terms).toContain('cptconnexion');
  });

  it('reads a request for a person cut into sentences, «fai moi un ticket», a ticket asked to be opened in the passive', () => {
    expect(answered('Pas le robot. Un conseiller. Tout de suite.')).toBe('intent:agent');
    expect(answered('facture bloquée en brouillon depuis 3 jours, fai moi un ticket')).toBe('intent:ticket');
    expect(answered('Madame, Monsieur, je souhaite qu’une demande d’assistance soit ouverte au sujet de mon mémoire de frais. Cordialement.')).toBe('intent:ticket');
  });

  it('reads «je veux un ticket mais je ne suis pas connecté, c’est possible ?» as a question on tickets', () => {
    expect(answered('je voudrais ouvrir un ticket mais je ne suis pas connectée, c’est possible ?')).toBe('ticket-support');
    expect(answered('ouvrez-moi un ticket, je ne suis pas connecté et ça m’énerve')).toBe('intent:ticket');
  });

  it('falls back on being listed as a court expert, finding an expert, a tariff by the hour, an operator’s price per flow', () => {
    expect(answered('Bonjour, je voudrais connaître la procédure d’inscription sur la liste des experts judiciaires de la cour d’appel.')).toBe('fallback');
    expect(answered('Interprète inscrite sur la liste des experts de la cour d’appel, comment déclarer mes frais de déplacement ?')).toBe('frais-de-justice-frais-divers');
    expect(conversation('je suis greffière, comment les interprètes déclarent leurs frais ?', 'et pour trouver un interprète disponible ?')).toBe('fallback');
    expect(facetAsked(readMessage('je voudrais connaître le tarif horaire réglementaire d’un traducteur').clauses)).toBe('price');
    expect(conversation('Nous passons par un opérateur de dématérialisation pour l’EDI.', 'il nous facture combien par flux en général ?')).toBe('fallback');
  });

  it('reads the login e-mail, the user’s own software that fails, English «where it’s at», «get back in», «support options»', () => {
    expect(answered('j’ai oublié l’adresse mail avec laquelle je me connecte à Chorus')).toBe('mot-de-passe-oublie');
    expect(facetAsked(readMessage('notre logiciel de facturation n’exporte plus les factures, vous savez pourquoi ?').clauses)).toBe('device');
    expect(answered('can I see whether the hospital got my invoice and where it’s at?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('my colleague is locked out, how can she get back in?').message.terms).not.toContain('back');
    expect(answered('what support options do we have?')).toBe('contacter-le-support');
  });
});

describe('iteration 93: words of first-time users, «suivre un webinaire», «quelque chose» left unnamed, «pour le premier», the assistant’s icon, one’s own ERP that fails', () => {
  it('reads «l’ont regardée», «a ouvert ma facture», «la pa recu» as tracking and reception', () => {
    expect(conversation('j’ai déposé ma facture pour le collège lundi', 'comment je sais s’ils l’ont regardée ?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('je veux savoir si le lycée a ouvert ma facture').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('mon client la pa recu').message.terms).toContain('cptnonrecue');
  });

  it('reads «quelle partie du portail», «quelle application je prends» as the choice of application', () => {
    expect(answered('On fait de la maçonnerie pour un marché de travaux publics : dans quelle partie du portail je mets mes demandes de paiement ?')).toBe('factures-emises-ou-travaux');
    expect(answered('ce n’est pas des travaux, c’est une livraison de fournitures : quelle application je prends ?')).toBe('factures-emises-ou-travaux');
    // «c'est quelle rubrique ?» alone names nothing.
    expect(answered('c’est quelle rubrique ?')).toBe('fallback');
  });

  it('reads «suivre un webinaire» as attending it, «suivre ma facture» as tracking', () => {
    expect(answered('je voudrais suivre une formation sur Chorus Pro')).toBe('accompagnement-webinaires');
    expect(answered('je voudrais suivre ma facture')).toBe('suivre-une-facture');
  });

  it('keeps the topic of «et nous, on peut proposer quelque chose ?» and narrows with «en particulier»', () => {
    expect(conversation('Qui décide des évolutions de Chorus Pro ?', 'et nous, artisans, on peut proposer quelque chose ?')).toBe('gouvernance-ipm');
    expect(conversation('c’est quoi la lettre d’information Chorus Pro ?', 'et moi, je peux proposer quelque chose ?')).toBe('lettre-information');
    expect(conversation('Vous proposez des webinaires ?', 'et pour la maîtrise d’œuvre en particulier ?')).toBe('accompagnement-webinaires');
  });

  it('reads «pour le premier,» and «la toute première chose que je vous ai demandée» after the first question', () => {
    expect(conversation('Comment envoyer un ticket au support ?', 'Et le chat, il est ouvert le samedi ?', 'Et pour le premier, je clique où ?')).toBe('ticket-support');
    expect(
      conversation('mot de passe refusé, je ne peux plus me connecter', 'sinon vous faites des webinaires ?', 'et pour la toute première chose que je vous ai demandée, je fais comment ?'),
    ).toBe('mot-de-passe-oublie');
  });

  it('reads «j’arrive à quelqu’un», «ça compte», «tout seul», «débloquer» without a topic of their own', () => {
    expect(conversation('la réponse de ClaudIA ne correspond pas du tout à ma demande.', 'comment j’arrive à quelqu’un du coup ?')).toBe('contacter-le-support');
    expect(
      conversation('je suis experte, j’ai fait 300 km pour une expertise', 'et j’ai posté mon rapport en recommandé, ça m’a coûté des timbres', 'ça compte aussi ?'),
    ).toBe('frais-de-justice-frais-divers');
    expect(conversation('trop d’essais, mon compte est bloqué et je ne peux plus me connecter', 'il se débloque tout seul au bout de combien de temps ?')).toBe('mot-de-passe-oublie');
  });

  it('finds the assistant behind «la petite icône en bas à droite»', () => {
    expect(offered('c’est quoi le petit bonhomme en bas à droite de l’écran ?')).toContain('contacter-le-support');
  });

  it('falls back on one’s own ERP that fails, a colleague’s account to delete, being paid for an article, an «avoir» in English', () => {
    expect(answered('Notre ERP génère des factures en double, une idée de pourquoi ?')).toBe('fallback');
    expect(conversation('J’ai oublié mon mot de passe', 'et ma collègue qui est partie, je peux supprimer son compte ?')).toBe('fallback');
    expect(conversation('Je voudrais proposer une idée d’article pour la lettre.', 'et si c’est publié, je suis rémunérée ?')).toBe('fallback');
    expect(answered('How can I issue an avoir on an invoice already paid?')).toBe('fallback');
  });

  it('reads «raise a ticket on my behalf» as a request', () => {
    expect(answered('Kindly raise a ticket on my behalf, the upload page stays blank since this morning.')).toBe('intent:ticket');
  });
});

describe('iteration 94: the context picks among the message’s own candidates, a dictated «chorale pro», «je suis sur le chantier», a payment’s delay asked as «c’est normal ?» or «ils ont le droit ?», «mise en paiement» as a status', () => {
  it('lets the previous message pick among the articles a hesitating follow-up offers, unless the follow-up reports a step done', () => {
    expect(conversation('Je suis sous-traitant sur un marché de travaux pour une commune', 'où je dépose ma demande de paiement alors ?')).toBe('factures-emises-ou-travaux');
    expect(conversation('Je suis sous-traitant en plomberie sur un chantier public', 'where do I upload my payment request then?')).toBe('factures-emises-ou-travaux');
    expect(offeredIn('Ma facture est en brouillon, le collège ne l’a pas reçue', 'ok j’ai cliqué, et après je la vois où pour savoir si elle est bien arrivée ?')).toContain(
      'suivre-une-facture',
    );
  });

  it('reads a dictated «chorale pro» as the portal and «je suis sur le chantier» as where the user writes from', () => {
    expect(answered('chorale pro me dit mot de passe invalide je suis sur le chantier aidez moi')).toBe('mot-de-passe-oublie');
  });

  it('falls back on a payment’s delay asked as «c’est normal ?», «ils ont le droit ?» or «quand va-t-il virer ?»', () => {
    expect(answered('la commune a toujours pas payé ma facture ça fait 3 mois c’est normal ?')).toBe('fallback');
    expect(conversation('Comment suivre ma facture envoyée au lycée ?', 'elle est mise en paiement depuis 50 jours, ils ont le droit ?')).toBe('fallback');
    expect(answered('Elle est mise en paiement côté mairie, je veux savoir quand le comptable public va enfin virer l’argent.')).toBe('fallback');
  });

  it('reads «voir si ma facture a été mise en paiement» as tracking and «I have a deadline to process it» as the décompte’s', () => {
    expect(knowledge.analyse('je voudrais voir si ma facture a été mise en paiement par la mairie').message.terms).toContain('cptsuivi');
    expect(conversation('Je suis architecte, l’entreprise vient de me transmettre son projet de décompte mensuel', 'I have to process it within some days, right?')).toBe(
      'moe-projet-decompte-mensuel',
    );
  });

  it('leaves «dans l’attente de votre retour» and «par le biais de» out of the question', () => {
    expect(readMessage('Dans l’attente de votre retour, bien cordialement').clauses[0]?.closing).toBe(true);
    expect(knowledge.analyse('je dépose mes factures par le biais de Chorus Pro').message.terms).not.toContain('bi');
  });
});

describe('iteration 95: «ça marche aussi pour…», «on démarre comment ?», a conditional agent, a telephone appointment, «écrivez au support pour moi», deleting a draft', () => {
  it('reads «ça marche aussi pour une boîte de notre taille ?» and «on démarre comment ?» without a public contract nor a topic of their own', () => {
    expect(answered('et l’envoi par EDI, ça marche aussi pour une petite boîte comme la nôtre ?')).toBe('envoi-edi');
    expect(answered('et pour l’EDI, comment on démarre ?')).toBe('envoi-edi');
  });

  it('reads «on peut avoir un conseiller après si elle ne sait pas ?» as a question on the support, not a request now', () => {
    expect(answered('claudia ca sert a quoi et est ce quon peut avoir un conseiller apres si elle sait pas repondre')).toBe('contacter-le-support');
    expect(answered('je veux un conseiller, claudia ne sait pas répondre')).toBe('intent:agent');
  });

  it('reads a telephone appointment with an adviser, «écrivez au support pour moi» and «ouvrir dès à présent une demande auprès de vos équipes de support» as requests', () => {
    expect(answered('Madame, Monsieur, je sollicite un rendez-vous téléphonique avec un de vos conseillers, l’assistante ne pouvant traiter ma situation. Cordialement.')).toBe(
      'intent:agent',
    );
    expect(conversation('Je n’arrive plus à me connecter.', 'Le mail de réinitialisation ne vient jamais.', 'écrivez au support pour moi svp')).toBe('intent:ticket');
    expect(answered('Je vous saurais gré d’ouvrir dès à présent une demande auprès de vos équipes de support, nos flux EDI ne sont plus intégrés.')).toBe('intent:ticket');
  });

  it('falls back on deleting a draft, but answers sending one', () => {
    expect(answered('comment on supprime une facture en brouillon saisie deux fois ?')).toBe('fallback');
    expect(facetAsked(readMessage('how do I delete a draft invoice?').clauses)).toBe('delete');
    expect(answered('je ne veux pas la supprimer, je veux envoyer ma facture restée en brouillon')).toBe('facture-brouillon');
  });
});

describe('iteration 96: «l avoir» as a verb, «payé une fortune», «trompé de code», «il y en a en ligne ?», «ça s’applique aussi aux…», «en mode non connecté ?», the website, goodbyes in other languages', () => {
  it('reads «l avoir» after «je pensais», «sans» as the verb, and as a credit note elsewhere', () => {
    expect(answered('je pensais l avoir transmise au lycée mais elle est toujours en brouillon')).toBe('facture-brouillon');
    expect(answered('comment je fais l avoir pour la mairie ?')).toBe('fallback');
  });

  it('reads what something cost («on a payé super cher…») as no invoice paid', () => {
    expect(answered('on a payé super cher notre passage en EDI et je ne comprends toujours pas comment nos factures partent vers Chorus')).toBe('envoi-edi');
  });

  it('reads «je me suis trompé de code» as the password, not a service code', () => {
    expect(conversation('je ne peux plus entrer sur Chorus Pro', 'je me suis trompée de code plusieurs fois, je fais comment ?')).toBe('mot-de-passe-oublie');
    expect(answered('je me suis trompé de code service sur ma facture, je fais comment ?')).not.toBe('mot-de-passe-oublie');
  });

  it('reads «il y en a en ligne ?» after the training as the training, and a person named «en ligne» as a request', () => {
    expect(conversation('je débute, je voudrais apprendre à utiliser Chorus Pro', 'y en a en ligne ?')).toBe('accompagnement-webinaires');
    expect(answered('je veux quelqu’un en ligne maintenant')).toBe('intent:agent');
  });

  it('keeps the topic of «ça s’applique aussi aux entreprises du bâtiment ?» though the case draws another article', () => {
    expect(conversation('la facturation électronique obligatoire entre entreprises, ça démarre quand ?', 'ça s’applique aussi aux entreprises du bâtiment ?')).toBe('facturation-electronique-b2b');
  });

  it('reads a ticket asked about «en mode non connecté ?» as the ticket article, a ticket asked for as a request', () => {
    expect(answered('Can we open a ticket en mode non connecté ? We have no login yet')).toBe('ticket-support');
    expect(answered('ouvrez-moi un ticket, je suis en mode non connecté')).toBe('intent:ticket');
  });

  it('reads «the website» as the portal', () => {
    expect(conversation('I am an Italian supplier', 'we invoice a French school every month', 'do we have to type them on the website or can we use EDI?')).toBe('envoi-edi');
  });

  it('takes goodbyes in the languages foreign suppliers and regional users write', () => {
    expect(answered('agur')).toBe('intent:goodbye');
    expect(answered('arrivederci')).toBe('intent:goodbye');
  });
});

describe('iteration 97: «tant pis», an EDI operator, «des cours», «ça me concerne aussi, avec…», a volume of invoices, a mode of sending, a provider to recommend, «la débloquer»', () => {
  it('reads «bon tant pis. Sinon…» as a reaction, and the question after it on its own', () => {
    expect(conversation('comment faire un avoir sur Chorus ?', 'vous ne savez pas ?', 'bon tant pis. Sinon, vous avez une formation pour mon associé ?')).toBe(
      'accompagnement-webinaires',
    );
  });

  it('reads «passer par un opérateur en EDI» as the EDI article, not a person asked for', () => {
    expect(answered('On ne veut plus tout saisir, on voudrait passer par un opérateur en EDI.')).toBe('envoi-edi');
  });

  it('reads «des cours quelque part ?» as training, not a court', () => {
    expect(conversation('Je viens d’arriver à la compta d’un collège et je ne connais rien au portail.', 'vous avez des cours quelque part ?')).toBe('accompagnement-webinaires');
  });

  it('keeps the previous topic for «ça me concerne aussi, avec nos commerçants ?» though «commerçants» is a boundary’s word', () => {
    expect(conversation('Il paraît que les factures entre entreprises vont devenir électroniques.', 'ça nous concerne aussi, avec nos commerçants ?')).toBe(
      'facturation-electronique-b2b',
    );
  });

  it('reads a volume of invoices as the case EDI is for, and a mode of sending asked after it', () => {
    expect(answered('we are a big account with 20k invoices per year, is EDI possible?')).toBe('envoi-edi');
    expect(conversation('nous avons 8 000 factures par mois pour des hôpitaux', 'quel mode de dépôt vous nous conseillez ?')).toBe('envoi-edi');
  });

  it('falls back on which provider to pick or what it costs, which no article says', () => {
    expect(conversation('comment envoyer nos factures en EDI ?', 'c’est quoi le meilleur opérateur ?')).toBe('fallback');
    expect(answered('Les opérateurs de dématérialisation, c’est quoi leurs tarifs pour 2000 factures par mois ?')).toBe('fallback');
    expect(facetAsked(readMessage('quel logiciel de facturation vous me recommandez ?').clauses)).toBe('recommend');
  });

  it('lets «et comment je peux la débloquer ?» take the draft named before, though four articles hold «débloquer»', () => {
    expect(conversation('le lycée n’a jamais reçu ma facture', 'sur mon écran elle est en brouillon', 'et comment je peux la débloquer ?')).toBe('facture-brouillon');
  });
});

describe('iteration 98: «pick», «finish», a ticket «without being connected», webinars in English, a foreign platform, a supplier who did not finish sending, the buyer’s received invoices', () => {
  it('reads «which one do I pick?» as choosing the application, and a ticket asked about «without being connected» as the ticket article', () => {
    expect(conversation('We are a Portuguese company renovating a French hospital.', 'I saw Factures émises and Factures de travaux.', 'which one do I pick?')).toBe(
      'factures-emises-ou-travaux',
    );
    expect(answered('My password no longer works. Can I open a ticket without being connected?')).toBe('ticket-support');
  });

  it('answers webinars given in English, and falls back on English lessons', () => {
    expect(answered('Are there training sessions in English?')).toBe('accompagnement-webinaires');
    expect(answered('vous avez des cours d’anglais pour mes employés ?')).toBe('fallback');
  });

  it('reads another country’s public platform (FACe, the SDI) as abroad', () => {
    expect(facetAsked(readMessage('can we link FACe and Chorus Pro?').clauses)).toBe('abroad');
    expect(facetAsked(readMessage('on doit faire face à un rejet, comment on le suit ?').clauses)).toBeNull();
  });

  it('reads «il n’est pas allé au bout de l’envoi» as a draft', () => {
    expect(
      answered('Je suis à la trésorerie d’un hôpital. Un fournisseur dit avoir déposé sa facture il y a dix jours mais nous ne voyons rien. Je pense qu’il n’est pas allé au bout de l’envoi. Que doit-il faire ?'),
    ).toBe('facture-brouillon');
  });

  it('falls back on the buyer’s work on received invoices, but tracks a supplier’s invoice received by the buyer', () => {
    expect(answered('rejeter une facture reçue')).toBe('fallback');
    expect(answered('est-ce que ma facture a bien été reçue par la mairie ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 99: requests for a person made without asking outright, a follow-up’s question is no goodbye, thanks and goodbyes in regional languages, another site that locked its account, «auprès de laquelle», «ce sigle»', () => {
  it('reads a threat to give up unless someone helps, anyone alive, someone to look at the case and the superior as requests for a person', () => {
    expect(answered('Si personne ne peut me répondre ce matin, j’arrête tout.')).toBe('intent:agent');
    expect(answered('Is anyone alive over there?')).toBe('intent:agent');
    expect(answered('quelqu’un de chez vous peut regarder ma facture ?')).toBe('intent:agent');
    expect(answered('passez-moi votre supérieur')).toBe('intent:agent');
    // Asking who else to write to is the support's article, not a request.
    expect(answered('il y a quelqu’un d’autre à qui écrire ?')).not.toBe('intent:agent');
  });

  it('reads «il y en a un bientôt ?» after the training as the training, no goodbye', () => {
    expect(conversation('vous faites des formations pour les nouveaux utilisateurs ?', 'il y en a un bientôt ?')).toBe('accompagnement-webinaires');
    expect(answered('à bientôt')).toBe('intent:goodbye');
  });

  it('takes thanks and goodbyes in the regional languages the greetings already took', () => {
    expect(answered('mèsi')).toBe('intent:thanks');
    expect(answered('à tantôt')).toBe('intent:goodbye');
  });

  it('reads another site that locked its own account as that site’s, and one’s own Chorus Pro login beside another body as the portal’s', () => {
    expect(facetAsked(readMessage('le site impots.gouv a encore bloqué mon espace, comment je récupère l’accès ?').clauses)).toBe('account');
    expect(facetAsked(readMessage('je me connecte à Chorus Pro pour Pôle emploi, comment je réinitialise mon mot de passe ?').clauses)).toBeNull();
  });

  it('reads «l’instance auprès de laquelle déposer une réclamation» as a question, not a ticket asked for', () => {
    expect(answered('Pouvez-vous m’indiquer l’instance auprès de laquelle déposer une réclamation contre un hôpital qui paie en retard ?')).toBe('fallback');
  });

  it('reads «c’est quoi cet acronyme ?» as the word just said', () => {
    expect(conversation('on nous parle de l’IPM en réunion', 'c’est quoi cet acronyme ?')).toBe('gouvernance-ipm');
  });
});
