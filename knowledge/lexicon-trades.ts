/**
 * Words for who writes and what their firm does whose stem a portal topic would catch, rewritten
 * for search only and spread into the idioms (lexicon-idioms.ts): a partner of the firm, cleaning
 * and the upkeep of equipment, a sports club or a training firm as the writer's structure (and the
 * trainings it sells), an officer of that structure whose login it is, the company's auditors.
 */
export const TRADE_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «et celle de son associé ?»: whose invoice it is, a partner of the firm (the stem «assoc» is an association's, and a
  // company's statutes list «associés»); only after «de»: what is given «à mon associé» may be the matter.
  ...Object.fromEntries(
    ['mon', 'ma', 'son', 'sa', 'notre', 'leur', 'votre'].flatMap((det) => ['associe', 'associee'].map((w) => [`de ${det} ${w}`, `de ${det} collegue`])),
  ),
  ...Object.fromEntries(['mes', 'ses', 'nos', 'leurs', 'vos'].flatMap((det) => ['associes', 'associees'].map((w) => [`de ${det} ${w}`, `de ${det} collegues`]))),
  // «le mot de passe de l'ancien trésorier ?», «celui de notre secrétaire»: whose it is, an officer of the writer's
  // structure, a colleague (the stems «tresor» and «secretair» are the Treasury's and a ticket's secretariat).
  ...Object.fromEntries(
    ['tresorier', 'tresoriere', 'secretaire', 'gerant', 'gerante', 'directeur', 'directrice'].flatMap((role) => [
      ...['mon', 'ma', 'son', 'sa', 'notre', 'leur', 'votre'].flatMap((det) => ['', 'ancien ', 'ancienne ', 'nouveau ', 'nouvelle ', 'ex '].map((was) => [`de ${det} ${was}${role}`, `de ${det} collegue`])),
      ...['ancien', 'ancienne', 'ex', 'l ancien', 'l ancienne', 'l ex', 'du nouveau', 'de la nouvelle'].map((was) => [`de ${was} ${role}`, 'de mon collegue']),
    ]),
  ),
  // «on fait le ménage des bureaux»: cleaning (whose stem «menag» is read as a manager's); «la maintenance des ascenseurs»: upkeep, no portal maintenance.
  'le menage': 'le nettoyage', 'du menage': 'du nettoyage', 'de menage': 'de nettoyage', 'au menage': 'au nettoyage', 'les menages': 'le nettoyage',
  ...Object.fromEntries(['ascenseur', 'ascenseurs', 'informatique', 'industrielle', 'incendie', 'biomedicale', 'ssi', 'chauffage', 'chaudieres', 'climatisation', 'eclairage', 'installations', 'batiments', 'extincteurs', 'alarmes'].flatMap((x) => ['', 'des ', 'de ', 'du ', 'de la '].map((d) => [`maintenance ${d}${x}`, `entretien ${d}${x}`]))),
  // «notre cabinet de géomètres-experts»: surveyors, a trade of their own, no court expert.
  'geometre expert': 'geometre', 'geometres experts': 'geometres', 'geometre experts': 'geometres', 'geometres expert': 'geometres',
  // «ma facture de taille des haies»: pruning is upkeep of green spaces, no size (the attachments' limit).
  ...Object.fromEntries(['haies', 'haie', 'arbres', 'arbustes', 'vignes', 'rosiers', 'massifs', 'platanes', 'tilleuls', 'fruitiers'].flatMap((x) => ['des ', 'de ', 'd ', 'du ', ''].flatMap((d) => ['taille', 'tailles'].map((t) => [`${t} ${d}${x}`, `elagage ${d}${x}`])))),
  // «trésorier d'un club de foot»: a sports club is an association, not the portal's users' club (governance).
  ...Object.fromEntries(
    ['foot', 'football', 'rugby', 'tennis', 'basket', 'handball', 'hand', 'judo', 'sport', 'sports', 'natation', 'cyclisme', 'velo', 'boxe', 'danse', 'theatre', 'randonnee', 'petanque', 'echecs', 'athletisme', 'gym', 'gymnastique'].flatMap((sport) =>
      ['club de', 'club'].map((club) => [`${club} ${sport}`, 'association']),
    ),
  ),
  // «nous sommes un organisme de formation»: the writer's kind of structure, no training asked (a training «pour les organismes» keeps its word).
  'club sportif': 'association', 'clubs sportifs': 'associations', 'club omnisports': 'association', 'organisme de formation': 'organisme', 'organismes de formation': 'organismes',
  'training center': 'organisme', 'training centre': 'organisme', 'convention de formation': 'convention', 'conventions de formation': 'conventions',
  'attestation de formation': 'attestation', 'attestations de formation': 'attestations',
  // «on facture des sessions de formation à une université», «ma facture de formation»: the training is what the writer sells,
  // no webinar of the portal (a training asked for stays: «vous proposez des formations ?»).
  ...Object.fromEntries(
    ['facture', 'facturons', 'facturer', 'factures', 'facturent', 'facturez', 'vend', 'vendons', 'vendre', 'vendent'].flatMap((sell) =>
      ['des', 'nos', 'mes', 'les', 'ses', 'leurs', 'une', 'un', 'la', 'le', 'cette', 'ces'].flatMap((det) =>
        ['session', 'sessions', 'formation', 'formations', 'module', 'modules', 'stage', 'stages'].flatMap((what) => [`${what} de formation`, what].map((x) => [`${sell} ${det} ${x}`, `${sell} ${det} prestations`])),
      ),
    ),
  ),
  ...Object.fromEntries(['facture', 'factures', 'fact', 'facturation'].flatMap((f) => ['formation', 'formations', 'session', 'sessions', 'stage', 'stages'].map((x) => [`${f} de ${x}`, `${f} de prestation`]))),
  // «la secrétaire de l'accueil de loisirs», «l'accueil périscolaire», «une fédération de centres sociaux»: a leisure or
  // community centre the writer runs, a structure like a club (above), no home page («Accueil portail de support») nor
  // social security.
  ...Object.fromEntries(
    ['accueil', 'accueils'].flatMap((a) =>
      ['de loisirs', 'de loisir', 'periscolaire', 'periscolaires', 'collectif de mineurs', 'collectifs de mineurs', 'extrascolaire'].map((k) => [`${a} ${k}`, a.endsWith('s') ? 'associations' : 'association']),
    ),
  ),
  'centre social': 'association', 'centres sociaux': 'associations', 'centre socioculturel': 'association', 'centres socioculturels': 'associations',
  // «nos 4000 factures mensuelles», «une facturation mensuelle»: how often the firm bills, no monthly statement of works (décompte mensuel).
  ...Object.fromEntries(
    ['facture', 'factures', 'facturation', 'facturations'].flatMap((f) =>
      ['mensuelle', 'mensuelles', 'trimestrielle', 'trimestrielles', 'annuelle', 'annuelles'].map((often) => [`${f} ${often}`, `${f} ${often.startsWith('mensuel') ? 'par mois' : often.startsWith('tri') ? 'par trimestre' : 'par an'}`]),
    ),
  ),
  // «nos commissaires aux comptes» audit the company's accounts, no login.
  'commissaire aux comptes': 'auditeur', 'commissaires aux comptes': 'auditeurs',
});
