/**
 * Public buyers named otherwise than the articles do (they say «mairie», «l'administration»): a
 * grouping of towns, social housing, a council, a care home, a ministry. Their words would draw
 * other topics (the Communauté Chorus Pro, trade unions, social security, advice, pensions, the
 * governance's ministries); rewritten for search only, as part of the spoken idioms
 * (lexicon-idioms.ts).
 */
export const BUYER_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «la communauté de communes» is a local authority buying like a town hall (the articles say
  // «mairie»), neither the «Communauté Chorus Pro» site nor the portal's governance.
  'communaute de communes': 'mairie', 'communaute de commune': 'mairie', 'comunaute de communes': 'mairie', 'comunaute de commune': 'mairie',
  'communautes de communes': 'mairies', 'communaute agglomeration': 'mairie', 'communaute urbaine': 'mairie',
  // «le syndicat des eaux», «un syndicat intercommunal» (elisions gone: «syndicat d'assainissement»): a grouping of towns
  // buying like one, not a trade union.
  ...Object.fromEntries(
    ['syndicat des eaux', 'syndicat eau', 'syndicat de eau', 'syndicat intercommunal', 'syndicat mixte', 'syndicat assainissement', 'syndicat eau potable', 'syndicat des eaux et assainissement', 'syndicat des eaux et de assainissement'].map((s) => [s, 'mairie']),
  ),
  // «si le syndicat a validé ma fact», «payée par le syndicat»: a syndicate that handles invoices buys.
  ...Object.fromEntries(['valide', 'validee', 'paye', 'payee', 'recu', 'recue', 'rejete', 'rejetee', 'accepte', 'acceptee', 'refuse', 'refusee', 'traite', 'traitee', 'regle', 'reglee'].map((done) => [`le syndicat a ${done}`, `la mairie a ${done}`])),
  'par le syndicat': 'par la mairie',
  // «la facture du bailleur social», «l'office HLM»: social housing is a public buyer like a town hall, no social
  // security or payroll.
  ...Object.fromEntries(
    ['bailleur social', 'office hlm', 'organisme hlm', 'office public de habitat', 'office public de l habitat'].map((s) => [s, 'mairie']),
  ),
  'bailleurs sociaux': 'mairies', 'offices hlm': 'mairies', 'organismes hlm': 'mairies',
  // «l'office de tourisme a reçu ma facture ?» (or «loffice», typed glued): a public buyer like a town hall, no software.
  ...Object.fromEntries(['office de tourisme', 'office du tourisme', 'loffice de tourisme', 'loffice du tourisme'].map((s) => [s, 'mairie'])),
  'offices de tourisme': 'mairies', 'offices du tourisme': 'mairies',
  // «payée par le centre communal d'action sociale» (or «daction», typed glued): the town's CCAS, no social security.
  ...Object.fromEntries(
    ['centre', 'centres'].flatMap((c) =>
      ['communal', 'intercommunal'].flatMap((k) => ['action sociale', 'd action sociale', 'daction sociale', 'action social', 'd action social', 'daction social'].map((a) => [`${c} ${k} ${a}`, k === 'communal' ? 'ccas' : 'cias'])),
    ),
  ),
  // «mise en paiement par le conseil départemental»: the council is the département buying, no advice («conseil»).
  'conseil departemental': 'departement', 'conseils departementaux': 'departements', 'conseil general': 'departement', 'conseil regional': 'region', 'conseils regionaux': 'regions',
  // «la maison de retraite a reçu ma facture ?»: a care home buying (an EHPAD), no pension.
  'maison de retraite': 'ehpad', 'maisons de retraite': 'ehpad',
  // «ma facture a été mise en paiement par le ministère»: the ministry that buys, like any public buyer (not the
  // ministries that sit at the governance).
  // «où je vois si ma facture pour l'école a été payée ?» (the elision gone): the school that buys, like a town hall, no
  // works on a school building.
  ...Object.fromEntries(
    ['facture', 'factures', 'fact', 'fac'].flatMap((f) =>
      ['ecole', 'l ecole', 'le college', 'college', 'le lycee', 'lycee', 'la creche', 'creche'].map((school) => [`${f} pour ${school}`, `${f} pour la mairie`]),
    ),
  ),
  // «payée par la maison d'arrêt» (or «darret», typed glued), «le centre pénitentiaire»: a prison buying its meals or
  // works, no stop («arrêt») nor a detention centre's own procedures.
  ...Object.fromEntries(['maison arret', 'maison darret', 'centre penitentiaire', 'centre de detention', 'etablissement penitentiaire', 'maison centrale'].map((s) => [s, 'prison'])),
  'centres penitentiaires': 'prisons', 'etablissements penitentiaires': 'prisons', 'maisons centrales': 'prisons',
  'maisons arret': 'prisons', 'maisons darret': 'prisons', 'centres de detention': 'prisons',
  // «la réhabilitation de l'hôtel de ville»: the town hall, no hotel night of a court expert's costs.
  'hotel de ville': 'mairie', 'hotels de ville': 'mairies', 'hotel de region': 'region', 'hotel du departement': 'departement',
  // «déposées pour le compte de la communauté urbaine»: on a named body's behalf, no account of the portal.
  'pour le compte de la': 'pour la', 'pour le compte du': 'pour le', 'pour le compte de l': 'pour l',
  'par le ministere': 'par l administration', 'au ministere': 'a l administration', 'pour le ministere': 'pour l administration',
});
