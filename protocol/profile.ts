/**
 * Who a portal user is, as the portal's identity token may say it (`profile` claim): answers and
 * the adviser's view are suited to it (issue 15, part 4). Articles name their audience with the same words.
 */
export const PORTAL_PROFILES = ['fournisseur', 'entite-publique', 'prestataire-justice', 'maitrise-oeuvre'] as const;
export type PortalProfile = (typeof PORTAL_PROFILES)[number];

export const PROFILE_LABELS: Readonly<Record<PortalProfile, string>> = Object.freeze({
  fournisseur: 'Fournisseur',
  'entite-publique': 'Entité publique',
  'prestataire-justice': 'Prestataire de la justice (frais de justice)',
  'maitrise-oeuvre': 'Maîtrise d’œuvre',
});

export const isPortalProfile = (v: unknown): v is PortalProfile => typeof v === 'string' && (PORTAL_PROFILES as readonly string[]).includes(v);
