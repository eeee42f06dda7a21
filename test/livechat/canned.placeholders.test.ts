import fs from 'node:fs';
import {
  findUnknownPlaceholders,
  PLACEHOLDERS,
  renderCanned,
  unknownPlaceholdersMessage,
  valuesFromRequester,
} from '../../livechat/canned';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('canned placeholders', () => {
  it('describes every placeholder in French', () => {
    expect(Object.keys(PLACEHOLDERS)).toEqual(['prenom', 'nom', 'nom_complet', 'organisation', 'conseiller', 'ticket']);
    expect(PLACEHOLDERS.prenom).toBe('Prénom de l’usager');
  });

  it('finds unknown placeholders once each, forgiving case, accents and inner spaces', () => {
    expect(findUnknownPlaceholders('Bonjour {{ Prénom }} {{NOM}}, {{nom_complet}} {{ticket}}')).toEqual([]);
    expect(findUnknownPlaceholders('{{numero_facture}} {{siret}} {{numero_facture}} {{ }} {prenom}')).toEqual(['numero_facture', 'siret', '']);
    expect(unknownPlaceholdersMessage(['siret'])).toBe(
      `variable inconnue${NBSP}: {{siret}}. Variables disponibles${NBSP}: {{prenom}}, {{nom}}, {{nom_complet}}, {{organisation}}, {{conseiller}}, {{ticket}}.`,
    );
    expect(unknownPlaceholdersMessage(['a', 'b'])).toMatch(/^variables inconnues\u00a0: \{\{a\}\}, \{\{b\}\}\./);
  });

  it('fills placeholders as plain text, never re-expanding a value', () => {
    const body = 'Bonjour {{prenom}} {{nom}} ({{organisation}}), je suis {{conseiller}}. Ticket {{ticket}}.';
    expect(renderCanned(body, { prenom: 'Marie', nom: 'Dupont', organisation: 'Mairie de Lyon', conseiller: 'Zoé', ticket: 'RL-2026-000042' })).toBe(
      'Bonjour Marie Dupont (Mairie de Lyon), je suis Zoé. Ticket RL-2026-000042.',
    );
    expect(renderCanned('Bonjour {{prenom}}', { prenom: '{{nom}} <b>x</b>', nom: 'Y' })).toBe('Bonjour {{nom}} <b>x</b>');
    expect(renderCanned('{{inconnu}} reste', {})).toBe('{{inconnu}} reste');
    expect(renderCanned('Bonjour {{prenom}}', { prenom: '  Marie\n  Anne ' })).toBe('Bonjour Marie Anne');
  });

  it.each([
    ['Bonjour {{prenom}},', 'Bonjour,'],
    [`Bonjour {{prenom}}${NNBSP}!`, `Bonjour${NNBSP}!`],
    ['Bonjour {{prenom}} {{nom}}, je suis là.', 'Bonjour, je suis là.'],
    ['Merci, {{prenom}}. Au revoir', 'Merci. Au revoir'],
    ['Merci, {{prenom}}, pour votre patience.', 'Merci, pour votre patience.'],
    ['{{prenom}}, votre facture est rejetée.', 'Votre facture est rejetée.'],
    ['Bien reçu. {{prenom}}, voici la marche à suivre.', 'Bien reçu. Voici la marche à suivre.'],
    ['Votre ticket ({{ticket}}) est ouvert.', 'Votre ticket est ouvert.'],
    ['Chez « {{organisation}} » tout va bien', 'Chez tout va bien'],
    ['Bonjour {{prenom}}\nMerci {{nom}}\n{{conseiller}}', 'Bonjour\nMerci\n'],
    [`Référence${NBSP}: {{ticket}}.`, 'Référence.'],
    [`Votre conseiller${NBSP}: {{conseiller}}\nMerci`, 'Votre conseiller\nMerci'],
  ])('tidies after a missing value: %j', (body, expected) => {
    expect(renderCanned(body, { prenom: null, nom: '', organisation: '   ' })).toBe(expected);
  });

  it('splits a requester name into first and family name', () => {
    expect(valuesFromRequester({ name: ' Marie  Dupont ', organisation: 'Mairie' }, 'Zoé Martin')).toEqual({
      prenom: 'Marie',
      nom: 'Dupont',
      nom_complet: 'Marie Dupont',
      organisation: 'Mairie',
      conseiller: 'Zoé Martin',
    });
    const split = (name: string) => {
      const v = valuesFromRequester({ name, organisation: null }, 'Zoé');
      return [v.prenom, v.nom];
    };
    expect(split('DUPONT Marie')).toEqual(['Marie', 'DUPONT']);
    expect(split('Jean Pierre DUPONT')).toEqual(['Jean Pierre', 'DUPONT']);
    expect(split('Jean-Pierre de La Fontaine')).toEqual(['Jean-Pierre', 'de La Fontaine']);
    expect(split('Marie')).toEqual(['Marie', null]);
    expect(split('DUPONT')).toEqual([null, 'DUPONT']);
    expect(valuesFromRequester(null, 'Zoé')).toEqual({ prenom: null, nom: null, nom_complet: null, organisation: null, conseiller: 'Zoé' });
    expect(valuesFromRequester({ name: 'anonyme@example.fr', organisation: null }, 'Zoé').prenom).toBeNull();
  });

  it('renders a greeting from a requester end to end', () => {
    const values = { ...valuesFromRequester({ name: '', organisation: null }, 'Zoé'), ticket: null };
    expect(renderCanned('Bonjour {{prenom}}, je suis {{conseiller}}.', values)).toBe('Bonjour, je suis Zoé.');
  });

  it('imports nothing from Node (the console bundles it)', () => {
    for (const file of ['placeholders.ts', 'typography.ts']) {
      const src = fs.readFileSync(`${__dirname}/../../protocol/${file}`, 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.every((i) => i!.startsWith('./'))).toBe(true);
    }
  });
});
