/**
 * The portal's key words in the other languages foreign suppliers mix into French or English
 * («mi contraseña no marche pas», «meine Rechnung»): Spanish, Italian, German, Portuguese → the
 * French words the articles use. Only the domain's nouns and a few verbs; everything else in those
 * languages stays an unknown word, as in any message. Accents are folded before lookup.
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = Object.freeze({
  // Spanish
  contrasena: 'mot de passe', factura: 'facture', facturas: 'factures', cuenta: 'compte', pago: 'paiement', pagos: 'paiements',
  estado: 'etat', funciona: 'fonctionne', olvide: 'oublie', olvidado: 'oublie', olvidada: 'oublie', ayuda: 'aide', soporte: 'support', borrador: 'brouillon',
  // Italian
  fattura: 'facture', fatture: 'factures', pagamento: 'paiement', pagamenti: 'paiements', dimenticato: 'oublie', dimenticata: 'oublie',
  stato: 'etat', funziona: 'fonctionne', aiuto: 'aide', bozza: 'brouillon', assistenza: 'assistance',
  // German
  passwort: 'mot de passe', kennwort: 'mot de passe', rechnung: 'facture', rechnungen: 'factures', zahlung: 'paiement',
  funktioniert: 'fonctionne', vergessen: 'oublie', hilfe: 'aide', konto: 'compte', entwurf: 'brouillon',
  // Portuguese
  senha: 'mot de passe', fatura: 'facture', faturas: 'factures', esqueci: 'oublie', ajuda: 'aide', rascunho: 'brouillon',
  // French-based creoles of the Antilles, Guiana and Réunion («mwen vlé...», «kijan...»): their
  // function words, which French lacks, a few verbs, and the portal's words as creole spells them.
  mwen: 'je', vle: 'veux', osi: 'aussi', zot: 'vous', kijan: 'comment', kouman: 'comment', poukisa: 'pourquoi', kimoun: 'qui',
  kosa: 'quoi', bizwen: 'besoin', konnet: 'connaitre', mesi: 'merci', orevwa: 'au revoir', anpil: 'beaucoup', nouvo: 'nouveau',
  fakti: 'facture', faktir: 'facture', konekte: 'connecte', konnekte: 'connecte', konekse: 'connecter', konnekse: 'connecter',
});

/** Creole phrases whose words read as something else alone («savé» folds to the English «save»). */
export const FOREIGN_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  'vle save': 'veux savoir', 'pa save': 'sais pas', 'ka save': 'sais', 'vle konnet': 'veux connaitre',
});

/**
 * A request for a person in a neighbour's language, mixed into French («ich möchte jetzt mit einem
 * Berater sprechen, c'est pour une facture», «quiero hablar con alguien», «vorrei parlare con un
 * operatore»): read by the message reader as the French request (clauses.ts), not by search.
 */
export const FOREIGN_REQUEST_WORDS: Readonly<Record<string, string>> = Object.freeze({
  // German
  mochte: 'voudrais', sprechen: 'parler', reden: 'parler', berater: 'conseiller', beraterin: 'conseillere', mitarbeiter: 'conseiller', mitarbeiterin: 'conseillere',
  jemandem: 'quelqu un', jemanden: 'quelqu un', menschen: 'humain', sofort: 'immediatement', jetzt: 'maintenant', bitte: 'svp',
  // Spanish
  quiero: 'veux', quisiera: 'voudrais', hablar: 'parler', alguien: 'quelqu un', asesor: 'conseiller', asesora: 'conseillere', humano: 'humain', ahora: 'maintenant',
  // Italian
  vorrei: 'voudrais', voglio: 'veux', parlare: 'parler', qualcuno: 'quelqu un', operatore: 'conseiller', operatrice: 'conseillere', consulente: 'conseiller', subito: 'immediatement',
  // Portuguese
  quero: 'veux', gostaria: 'voudrais', falar: 'parler', alguem: 'quelqu un', atendente: 'conseiller',
});

/** Their phrases: «ich will» (not the English «will»), «por favor», «per favore». */
export const FOREIGN_REQUEST_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  'ich will': 'je veux', 'ich brauche': 'j ai besoin de', 'por favor': 'svp', 'per favore': 'svp', 'per piacere': 'svp',
});
