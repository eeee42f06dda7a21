import { PUBLIC_AGENT_QUALIFIERS } from './shared-phrases';

/**
 * English → French glossary of the portal's domain, for foreign suppliers who write in English
 * (or mix both). It maps normalised English words and phrases to the French words the articles
 * use, so an English question meets the same index; general English words are left alone and
 * count as unknown words, as any word the base does not know. Words that are also French words
 * ("date", "service", "client", "document", "public") need no entry.
 */
export const EN_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «what did we miss?»: what went wrong in what was just said, no topic of its own (like «qu'est-ce que j'ai raté ?»).
  'did we miss': 'donc', 'did i miss': 'donc', 'have we missed': 'donc', 'have i missed': 'donc', 'did we do wrong': 'donc', 'did i do wrong': 'donc',
  // «agent» alone is a support agent (EN_WORDS); «en tant qu'agent», «agent public» is a civil servant.
  'tant agent': 'agentpublic', 'tant qu agent': 'agentpublic', 'public agent': 'agentpublic', 'civil servant': 'agentpublic', 'civil servants': 'agentpublic',
  ...Object.fromEntries(PUBLIC_AGENT_QUALIFIERS.flatMap((q) => [`agent ${q}`, `agents ${q}`]).map((phrase) => [phrase, 'agentpublic'])),
  // «an accounting firm»: the writer's firm, as the French say it.
  'accounting firm': 'cabinet comptable', 'accounting firms': 'cabinets comptables', 'accountancy firm': 'cabinet comptable', 'accountancy firms': 'cabinets comptables',
  // Keying invoices one at a time is the manual entry EDI replaces.
  // «a machine-to-machine option»: invoices sent by a flow between systems, no machine of the trade.
  'machine to machine': 'automatiquement', 'system to system': 'automatiquement', 'head office': 'siege', 'set up': 'mettre en place',
  'one by one': 'une par une', 'one at a time': 'une par une', 'by hand': 'saisie manuelle', 'keying in': 'saisie manuelle', 'key in': 'saisie manuelle', 'typing in': 'saisie manuelle', 'enter manually': 'saisie manuelle', 'entering manually': 'saisie manuelle',
  'manual upload': 'saisie manuelle', 'manual uploads': 'saisie manuelle', 'manual entry': 'saisie manuelle', 'upload manually': 'saisir manuellement', 'uploading manually': 'saisie manuelle', 'manually upload': 'saisir manuellement',
  // «I filled in the invoice»: keyed in on the portal; «it's still sitting on my screen»: it stayed there.
  'filled in': 'saisi', 'filled out': 'saisi', 'fill in': 'saisir', 'fill out': 'saisir', 'filling in': 'saisie', 'filling out': 'saisie',
  'still sitting': 'reste', 'sitting there': 'reste la', 'just sitting': 'reste',
  // «comment je follow up mon ticket ?»: following it (the particle would stand between the verb and what is followed).
  'follow up': 'suivi', 'follow up on': 'suivre', 'following up': 'suivre', 'followed up': 'suivi',
  // «you saved my day»: thanks, no invoice saved as a draft.
  'saved my day': 'merci', 'saved my life': 'merci', 'saved the day': 'merci', 'you saved me': 'merci', 'saved my bacon': 'merci',
  // «what is an approved platform?»: the reform's «plateforme agréée» (a PDP), no invoice approved.
  'approved platform': 'plateforme agreee', 'approved platforms': 'plateformes agreees', 'accredited platform': 'plateforme agreee', 'accredited platforms': 'plateformes agreees',
  'certified platform': 'plateforme agreee', 'certified platforms': 'plateformes agreees', 'approved e invoicing platform': 'plateforme agreee',
  'write to': 'ecrire a', 'writing to': 'ecrire a', 'write them': 'leur ecrire', 'write you': 'vous ecrire',
  // «when I log in it's still marked as draft»: what the user sees on the portal, no login problem.
  'when i log in': 'quand je regarde', 'when we log in': 'quand on regarde', 'when i logged in': 'quand j ai regarde', 'once logged in': 'sur le portail',
  // «on est un big account»: a large company (a key customer), no login account.
  'big account': 'grand groupe', 'key account': 'grand groupe', 'large account': 'grand groupe',
  'marked as': 'marquee', 'flagged as': 'marquee', 'shown as': 'marquee', 'showing as': 'marquee', 'shows as': 'marquee', 'show as': 'marquee', 'appears as': 'marquee',
  'log in': 'connecter', 'log into': 'connecter', 'sign into': 'connecter', 'sign in': 'connecter', 'logged in': 'connecte', 'log on': 'connecter', 'logging in': 'connexion',
  // Connecting a system to the portal is its «raccordement» (EDI), not logging in; an EDI intermediary is an «opérateur».
  'connect directly': 'raccorder directement', 'connect our': 'raccorder notre', 'connect my': 'raccorder mon', 'connect to chorus': 'raccorder a chorus',
  // «do we need an operator for that?»: the provider who sends invoices, no support agent.
  'need an operator': 'need an operateur de dematerialisation', 'use an operator': 'use an operateur de dematerialisation', 'through an operator': 'via un operateur de dematerialisation', 'via an operator': 'via un operateur de dematerialisation',
  'service provider': 'operateur de dematerialisation', 'service providers': 'operateurs de dematerialisation',
  'starting when': 'a partir de quand', 'start when': 'commence quand', 'from when': 'a partir de quand', 'when does it start': 'ca commence quand', 'when will it start': 'ca commence quand',
  'credit note': 'un avoir', 'credit notes': 'des avoirs', 'public works': 'travaux publics', 'construction works': 'travaux', 'building works': 'travaux',
  'court expert': 'expert judiciaire', 'court interpreter': 'interprete judiciaire', 'legal costs': 'frais de justice',
  'court fees': 'frais de justice', 'court costs': 'frais de justice', 'travel expenses': 'frais de deplacement',
  'travel costs': 'frais de deplacement', 'postage costs': 'frais d affranchissement', 'postage fees': 'frais d affranchissement',
  'project manager': 'maitre d oeuvre', 'project managers': 'maitres d oeuvre', 'sign up': 'inscrire', 'signing up': 'inscription', 'sign me up': 'm inscrire', 'prime contractor': 'titulaire', 'main contractor': 'titulaire',
  'contracting authority': 'maitre d ouvrage', 'project owner': 'maitre d ouvrage', 'monthly statement': 'decompte mensuel',
  'progress statement': 'decompte', 'payment application': 'demande de paiement', 'payment request': 'demande de paiement', 'payment requests': 'demandes de paiement', 'interim payment': 'acompte', 'public holidays': 'jours feries', 'public holiday': 'jour ferie', 'bank holidays': 'jours feries', 'bank holiday': 'jour ferie', 'thumbs down': 'pouce rouge', 'thumb down': 'pouce rouge', 'red thumb': 'pouce rouge', 'retention money': 'retenue de garantie', 'retention': 'retenue de garantie',
  // «does Chorus Pro support SAML?», «is Safari supported?»: the verb (handling a feature), no support desk.
  'does chorus pro support': 'chorus pro gere', 'does chorus support': 'chorus gere', 'does the portal support': 'le portail gere', 'does it support': 'gere', 'do you support': 'vous gerez',
  'is supported': 'est gere', 'are supported': 'sont geres', 'not supported': 'pas gere', 'supported by': 'gere par',
  'help desk': 'support', 'helpdesk': 'support', 'support team': 'support', 'customer service': 'support',
  // «what support options can I point them to?»: the ways to reach the support.
  'support options': 'moyens de contacter le support', 'support channels': 'moyens de contacter le support', 'help options': 'moyens de contacter le support',
  'real person': 'conseiller', 'human being': 'conseiller', 'live agent': 'conseiller', 'live chat': 'chat en ligne',
  'support ticket': 'ticket', 'sent back': 'rejete', 'e invoicing': 'facturation electronique', 'e invoice': 'facture electronique',
  'electronic invoicing': 'facturation electronique', 'electronic invoice': 'facture electronique', 'private companies': 'entreprises privees',
  'private sector': 'entreprises privees', 'private customers': 'clients prives', 'business customers': 'entreprises',
  'reset link': 'lien de reinitialisation', 'reset email': 'email de reinitialisation', 'user id': 'identifiant',
  'user name': 'identifiant', 'mailing list': 'lettre d information', 'user committee': 'comite', 'steering committee': 'instance de pilotage',
  'sits in': 'membre de', 'sits on': 'membre de', 'sit in': 'membre de', 'sit on': 'membre de',
  // «est-ce que ça counts as travaux ?»: which kind it is.
  'counts as': 'compte comme', 'count as': 'compte comme', 'counted as': 'compte comme',
  // «where it is (in their process)», «where it stands»: where an invoice stands.
  'where it is': 'ou elle en est', 'where it stands': 'ou elle en est', 'where they are': 'ou elles en sont', 'approval process': 'traitement',
  'where each invoice stands': 'ou en est chaque facture', 'where every invoice stands': 'ou en est chaque facture', 'where the invoice stands': 'ou en est la facture',
  'where my invoice stands': 'ou en est ma facture', 'where our invoice stands': 'ou en est notre facture', 'where the invoices stand': 'ou en sont les factures',
  'where my invoices stand': 'ou en sont mes factures', 'where our invoices stand': 'ou en sont nos factures',
  // «how can she get back in?»: log in again.
  'get back in': 'se reconnecter', 'getting back in': 'se reconnecter', 'got back in': 'reconnecte', 'log back in': 'se reconnecter', 'sign back in': 'se reconnecter',
  // «what happened to an invoice we submitted»: what became of it, where it stands.
  'what happened to': 'ou en est', 'what happened with': 'ou en est', 'what s happened to': 'ou en est', 'what has happened to': 'ou en est', 'what became of': 'ou en est',
  'where it s at': 'ou elle en est', 'where its at': 'ou elle en est', 'where they re at': 'ou elles en sont', 'where things stand': 'ou elle en est',
  // «whether the prefecture actually got my invoice»: received it.
  // «how can I be sure the customer got it?»: received it.
  ...Object.fromEntries(
    Object.entries({ customer: 'le client', client: 'le client', buyer: 'le client', hospital: 'l hopital', school: 'l ecole', ministry: 'le ministere', they: 'ils', he: 'il', she: 'elle' }).flatMap(([who, qui]) => [
      [`${who} got it`, `${qui} l a recue`],
      [`${who} actually got it`, `${qui} l a bien recue`],
      [`${who} has got it`, `${qui} l a recue`],
    ]),
  ),
  'be sure': 'savoir', 'make sure': 'verifier',
  // «I have a deadline to process it»: the time to handle a statement.
  'process it': 'la traiter', 'process them': 'les traiter',
  'got my invoice': 'a recu ma facture', 'got our invoice': 'a recu notre facture', 'got the invoice': 'a recu la facture',
  'got my invoices': 'a recu mes factures', 'got our invoices': 'a recu nos factures', 'got the invoices': 'a recu les factures',
  'new features': 'evolutions', 'feature request': 'demande d evolution', 'change request': 'demande d evolution',
  'dont work': 'marche pas', 'doesn t work': 'marche pas', 'not working': 'marche pas', 'draft mode': 'mode brouillon',
  // Booking a webinar or a session is registering for it; new users are the beginners the training is for.
  'book a': 'inscrire a', 'book an': 'inscrire a', 'book un': 'inscrire a un', 'book une': 'inscrire a une', 'book me': 'm inscrire',
  'new users': 'debutants', 'new user': 'debutant',
  // Onboarding onto EDI is connecting to it, no training.
  'edi onboarding': 'raccordement edi', 'onboarding edi': 'raccordement edi',
  // …onboarding a person («onboarder notre nouvelle trésorière») is training them.
  ...Object.fromEntries(['notre', 'nos', 'mon', 'ma', 'mes', 'un', 'une', 'des', 'nouveaux', 'nouvelles', 'nouveau', 'nouvelle'].flatMap((w) => [[`onboarder ${w}`, `former ${w}`], [`onboarding ${w}`, `formation ${w}`]])),
  'onboarding pour': 'formation pour', 'onboarding des': 'formation des',
  'call me back': 'me rappeler', 'call us back': 'nous rappeler', 'call back': 'rappeler', 'ring me back': 'me rappeler',
  'join one': 'm inscrire a une', 'attend one': 'm inscrire a une', 'join a session': 'm inscrire a une session', 'join a webinar': 'm inscrire a un webinaire',
  'purchase order': 'bon de commande', 'bank details': 'coordonnees bancaires', 'tax number': 'numero fiscal',
});

export const EN_WORDS: Readonly<Record<string, string>> = Object.freeze({
  germany: 'allemagne', italy: 'italie', spain: 'espagne', belgium: 'belgique', switzerland: 'suisse',
  italian: 'italien', german: 'allemand', spanish: 'espagnol', belgian: 'belge', swiss: 'suisse', british: 'britannique', canadian: 'canadien',
  beginner: 'debutant', beginners: 'debutants', newbie: 'debutant', newbies: 'debutants', newcomer: 'debutant', newcomers: 'debutants',
  register: 'inscrire', registration: 'inscription', enrol: 'inscrire', enroll: 'inscrire', enrolment: 'inscription', enrollment: 'inscription',
  invoice: 'facture', invoices: 'factures', invoiced: 'facture', invoicing: 'facturation', bill: 'facture', bills: 'factures', billing: 'facturation',
  feature: 'fonctionnalite', features: 'fonctionnalites', ministries: 'ministeres',
  draft: 'brouillon', drafts: 'brouillons', saved: 'enregistree', save: 'enregistrer', stuck: 'bloquee', pending: 'en attente',
  supplier: 'fournisseur', suppliers: 'fournisseurs', vendor: 'fournisseur', vendors: 'fournisseurs',
  send: 'envoyer', sent: 'envoye', sending: 'envoi', push: 'envoyer', pushed: 'envoye', pusher: 'envoyer', submit: 'envoyer', submitted: 'envoye', submitting: 'envoi', upload: 'deposer',
  uploaded: 'depose', uploading: 'depot', deposit: 'depot', deposited: 'depose', filed: 'depose', post: 'deposer',
  validate: 'valider', validated: 'validee', confirm: 'confirmer', confirmation: 'confirmation', button: 'bouton', screen: 'ecran',
  received: 'recue', receive: 'recevoir', arrived: 'recue', arrive: 'arriver', nothing: 'rien', customer: 'client', customers: 'clients', buyer: 'client',
  password: 'mot de passe', passwords: 'mots de passe', forgot: 'oublie', forgotten: 'oublie', lost: 'perdu', reset: 'reinitialiser', resetting: 'reinitialiser', resetted: 'reinitialise',
  login: 'connexion', logon: 'connexion', credentials: 'identifiants', credential: 'identifiant', dashboard: 'tableau de bord', signin: 'connexion', username: 'identifiant', locked: 'bloque', blocked: 'bloque', account: 'compte', accounts: 'comptes',
  track: 'suivre', tracking: 'suivi', follow: 'suivre', status: 'statut', statuses: 'statuts', rejected: 'rejetee', rejection: 'rejet',
  paid: 'payee', pay: 'payer', payment: 'paiement', payments: 'paiements', unpaid: 'impayee', overdue: 'retard', late: 'retard',
  webinar: 'webinaire', webinars: 'webinaires', training: 'formation', trainings: 'formations', course: 'formation', courses: 'formations',
  tutorial: 'tutoriel', tutorials: 'tutoriels', guide: 'guide', guides: 'guides', learn: 'apprendre', session: 'session', sessions: 'sessions',
  newsletter: 'lettre d information', newsletters: 'lettres d information', subscribe: 'abonner', subscription: 'abonnement',
  article: 'article', articles: 'articles', idea: 'idee', ideas: 'idees', suggest: 'proposer', propose: 'proposer', pitch: 'proposer', pitched: 'propose', pitching: 'proposer', topic: 'sujet',
  support: 'support', help: 'aide', contact: 'contacter', reach: 'joindre', phone: 'telephone', call: 'appeler', hours: 'horaires',
  opening: 'ouverture', agent: 'conseiller', agents: 'conseillers', human: 'conseiller', humans: 'conseillers', person: 'personne',
  someone: 'quelqu un', somebody: 'quelqu un', advisor: 'conseiller', adviser: 'conseiller', representative: 'conseiller', operator: 'conseiller',
  talk: 'parler', speak: 'parler', chat: 'chat', ticket: 'ticket', tickets: 'tickets', request: 'demande', form: 'formulaire',
  // Bidding for a contract is the tender, before any invoice.
  bid: 'candidature', bids: 'candidatures', bidding: 'candidature', tender: 'appel d offres', tenders: 'appels d offres',
  works: 'travaux', construction: 'travaux', contractor: 'titulaire', subcontractor: 'sous traitant', subcontractors: 'sous traitants',
  architect: 'maitre d oeuvre', architects: 'maitres d oeuvre', statement: 'decompte', monthly: 'mensuel', amount: 'montant', wrong: 'faux',
  refuse: 'refuser', reject: 'rejeter', supporting: 'justificatives', judicial: 'judiciaire', expert: 'expert',
  interpreter: 'interprete', translator: 'traducteur', expenses: 'frais', costs: 'frais', fees: 'frais', travel: 'deplacement',
  mileage: 'kilometriques', postage: 'affranchissement', stamps: 'timbres', train: 'train', hotel: 'hotel',
  governance: 'gouvernance', roadmap: 'evolutions', changes: 'evolutions', improvements: 'evolutions', evolution: 'evolution',
  decided: 'decidees', decide: 'decider', prioritised: 'priorisees', prioritized: 'priorisees', members: 'membres', committee: 'comite',
  scope: 'concerne', freelance: 'independant', freelancer: 'independant', freelances: 'independants', freelancers: 'independants',
  mandatory: 'obligatoire', compulsory: 'obligatoire', mandate: 'obligation', reform: 'reforme', private: 'privees', companies: 'entreprises',
  company: 'entreprise', businesses: 'entreprises', reporting: 'reporting', edi: 'edi', erp: 'erp', bulk: 'masse', volume: 'volume',
  // «connect» alone is logging in; «connect directly / our ERP» (phrases, read first) is connecting a system.
  connect: 'connecter',
  tool: 'logiciel', tools: 'logiciels', software: 'logiciel',
  plug: 'brancher', plugged: 'branche', plugging: 'brancher', hook: 'brancher', hooked: 'branche',
  // «notre head office veut setup un flow EDI»: franglais of a firm's processes.
  setup: 'mettre en place', flow: 'flux', flows: 'flux', headquarters: 'siege',
  // «track my parcel», «the delivery of the goods I shipped»: goods on their way, no invoice.
  parcel: 'colis', parcels: 'colis', package: 'colis', packages: 'colis', shipment: 'expedition', shipments: 'expeditions', shipped: 'expedie', shipping: 'expedition', delivery: 'livraison', deliveries: 'livraisons', goods: 'marchandises',
  automatically: 'automatiquement', automatic: 'automatique', provider: 'operateur', providers: 'operateurs', platform: 'plateforme',
  portal: 'portail', website: 'portail', websites: 'portails', hospital: 'hopital', hospitals: 'hopitaux', city: 'mairie', council: 'mairie', municipality: 'mairie',
  town: 'mairie', school: 'ecole', university: 'universite', ministry: 'ministere', government: 'administration', body: 'organisme',
  email: 'email', mail: 'email', emails: 'email', inbox: 'boite', missing: 'manquant', error: 'erreur',
  link: 'lien', links: 'liens', spreadsheet: 'tableur', spreadsheets: 'tableurs', user: 'utilisateur', users: 'utilisateurs',
  // Joining a session is registering for it; a users' club, taking part.
  join: 'participer', joining: 'participer',
  check: 'verifier', checked: 'verifie', verify: 'verifier', approved: 'validee', processed: 'traitee', handled: 'traitee',
  entity: 'organisme', entities: 'organismes', agency: 'organisme', authority: 'organisme', bot: 'robot', chatbot: 'robot',
  weekend: 'week end', weekends: 'week end', saturday: 'samedi', sunday: 'dimanche',
  pick: 'choisir', choose: 'choisir', select: 'choisir', finish: 'finaliser', complete: 'finaliser',
  // «merci, c'est très clear maintenant»: understood.
  clear: 'clair',
  difference: 'difference', between: 'entre', which: 'quelle', application: 'application', supplies: 'fournitures', services: 'services',
});
