import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { createCannedStore } from './store';
import { fr } from '../../protocol/typography';

/** The set a team starts with; supervisors edit or delete them like any other. */
export const DEFAULT_CANNED: readonly { title: string; body: string }[] = Object.freeze(
  [
    {
      title: 'Accueil',
      body:
        "Bonjour {{prenom}}, je suis {{conseiller}}, de l'assistance du portail de facturation électronique. " +
        "J'ai bien pris connaissance de votre échange avec l'assistant virtuel et je prends le relais. Comment puis-je vous aider ?",
    },
    {
      title: 'Demander le numéro de facture',
      body:
        "Pour retrouver la facture concernée, pourriez-vous m'indiquer son numéro, tel qu'il figure sur le portail, " +
        "ainsi que le SIRET de la structure qui l'a émise ? Je vérifie ensuite son statut.",
    },
    {
      title: "Ouverture d'un ticket",
      body:
        "Votre demande nécessite une analyse plus approfondie par nos équipes. J'ouvre donc un ticket à votre nom ({{ticket}}) : " +
        'vous allez recevoir un courriel de confirmation avec sa référence, et la réponse vous parviendra de la même façon.',
    },
    {
      title: 'Proposer un rendez-vous téléphonique',
      body:
        'Pour examiner votre situation en détail, je vous propose un rendez-vous téléphonique avec un conseiller. ' +
        'Je vous envoie les créneaux disponibles : choisissez celui qui vous convient, vous recevrez une confirmation par courriel.',
    },
    {
      title: "Rediriger vers « Factures de travaux »",
      body:
        'Votre facture relève d\'un marché de travaux publics soumis au CCAG travaux : elle doit être déposée dans l\'espace ' +
        '« Factures de travaux », et non dans « Factures émises », réservé aux factures de fournitures et de services. ' +
        'Chaque acteur du marché (titulaire, sous-traitant, maîtrise d\'œuvre, maîtrise d\'ouvrage) y dépose les pièces dont il est responsable.',
    },
    {
      title: 'Clôture',
      body:
        "Merci pour votre échange, {{prenom}}. Si vous avez d'autres questions, l'assistant du portail reste disponible " +
        'à tout moment, et nos conseillers du lundi au vendredi. Je vous souhaite une bonne journée !',
    },
  ].map((d) => Object.freeze({ title: fr(d.title), body: fr(d.body) })),
);

/**
 * Gives `team` the default set the first time it is asked, when the team has no response yet.
 * Once done (or skipped because the team already had responses) it is never done again for that
 * team, even if its supervisors delete everything. Safe under concurrency; resolves to the
 * number of responses inserted.
 */
export async function ensureDefaults(deps: { db: Db; clock: Clock }, team: string): Promise<number> {
  const { db, clock } = deps;
  return db.transaction(async (tx) => {
    // Concurrent callers wait on this row's lock; the losers insert nothing.
    const first = await tx.execute(
      'INSERT INTO livechat_canned_seeded (team, seeded_at) VALUES ($1, $2) ON CONFLICT (team) DO NOTHING',
      [team, clock.now().getTime()],
    );
    if (first === 0) return 0;
    const [row] = await tx.query<{ n: number }>('SELECT COUNT(*) AS n FROM livechat_canned WHERE team = $1', [team]);
    if (Number(row?.n ?? 0) > 0) return 0;
    const store = createCannedStore({ db: tx, clock });
    for (const d of DEFAULT_CANNED) await store.create({ team, ...d, by: null });
    return DEFAULT_CANNED.length;
  });
}
