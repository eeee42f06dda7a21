import type { Article } from '../../knowledge';

/** A tiny synthetic base, so decision rules are tested independently of the real articles. */
export function article(id: string, title: string, questions: string[], body: string, tags: string[] = []): Article {
  return { id, title, questions, tags: tags.length ? tags : [id], links: [], related: [], body, file: `${id}.md` };
}

export const fixtureArticles: Article[] = [
  article(
    'brouillon',
    'Envoyer une facture restée en brouillon',
    ['facture en brouillon', 'ma facture est bloquée en brouillon', 'valider et envoyer une facture'],
    'Ouvrez « Factures émises » puis cliquez sur « Valider et envoyer ».',
  ),
  article(
    'frais',
    'Déclarer des frais de déplacement',
    ['frais de déplacement', 'frais kilométriques et hébergement', "frais d'affranchissement"],
    'Remplissez le bordereau des frais divers puis reportez le montant.',
  ),
  article(
    'mdp-portail',
    'Mot de passe du portail oublié',
    ['mot de passe oublié portail', 'réinitialiser le mot de passe du portail'],
    'Le support réinitialise le mot de passe du portail.',
  ),
  article(
    'mdp-application',
    "Mot de passe de l'application oublié",
    ["mot de passe oublié de l'application", "réinitialiser le mot de passe de l'application"],
    "Le support réinitialise le mot de passe de l'application.",
  ),
];
