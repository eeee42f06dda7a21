/**
 * The form's checks before sending, with the same limits as the server's schema
 * (ticketing/http/schemas.ts); the server checks again and its messages are shown the same way.
 */
export interface TicketFormValues {
  name: string;
  email: string;
  organisation: string;
  category: string;
  subject: string;
  description: string;
  /** Honeypot: empty for people. */
  website: string;
}

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
// Deliberately simple: the server has the last word; this catches typos such as a missing @ or domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateTicketForm(v: TicketFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name) errors.name = 'Nom : champ obligatoire.';
  else if (v.name.length > 120) errors.name = 'Nom : 120 caractères au maximum.';
  else if (CONTROL.test(v.name)) errors.name = 'Nom : caractères non autorisés.';

  if (!v.email) errors.email = 'Adresse électronique : champ obligatoire.';
  else if (v.email.length > 254 || !EMAIL.test(v.email)) errors.email = 'Adresse électronique : format invalide (exemple : nom@domaine.fr).';

  if (v.organisation.length > 200) errors.organisation = 'Organisation : 200 caractères au maximum.';

  if (v.category !== 'technique' && v.category !== 'metier') errors.category = 'Catégorie : choisissez le type de votre demande.';

  if (!v.subject) errors.subject = 'Objet : champ obligatoire.';
  else if (v.subject.length > 150) errors.subject = 'Objet : 150 caractères au maximum.';
  else if (CONTROL.test(v.subject)) errors.subject = 'Objet : caractères non autorisés.';

  if (!v.description) errors.description = 'Description : champ obligatoire.';
  else if (v.description.length < 10) errors.description = 'Description : 10 caractères au minimum.';
  else if (v.description.length > 5000) errors.description = 'Description : 5000 caractères au maximum.';
  return errors;
}

/** Values as the server wants them: trimmed, the optional organisation left out when empty. */
export function ticketPayload(v: TicketFormValues) {
  return {
    name: v.name,
    email: v.email,
    ...(v.organisation ? { organisation: v.organisation } : {}),
    category: v.category,
    subject: v.subject,
    description: v.description,
    ...(v.website ? { website: v.website } : {}),
  };
}
