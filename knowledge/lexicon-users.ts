/**
 * Someone else given access to the writer's account («ma secrétaire doit accéder à notre compte»,
 * «elle peut avoir son propre accès ?»): a user of the account, its management (a boundary), not
 * the writer's own login; rewritten for search only and spread into the idioms (lexicon-idioms.ts).
 */
const PEOPLE = ['comptable', 'expert comptable', 'collegue', 'associe', 'associee', 'secretaire', 'stagiaire', 'assistant', 'assistante', 'salarie', 'salariee', 'employe', 'employee', 'alternant', 'alternante'];

export const USER_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «ma secrétaire doit accéder à notre compte», whoever the colleague and however it is asked.
  ...Object.fromEntries(
    PEOPLE.flatMap((person) =>
      ['veut', 'doit', 'voudrait', 'aimerait', 'souhaite', 'devrait', 'va'].flatMap((verb) =>
        ['', 'pouvoir ', 'aussi ', 'aussi pouvoir '].flatMap((can) =>
          ['acceder a mon', 'acceder a notre', 'acceder au', 'acceder a ce', 'aceder a mon', 'aceder a notre', 'aceder au', 'avoir acces a mon', 'avoir acces a notre', 'avoir acces au'].map((access) => [`${person} ${verb} ${can}${access} compte`, `${person} utilisateur secondaire du compte`]),
        ),
      ),
    ),
  ),
  // «et pour créer un accès à ma collègue qui arrive lundi ?»: an access made for someone else is a user of the account.
  ...Object.fromEntries(
    ['creer', 'ouvrir', 'donner', 'ajouter', 'faire'].flatMap((make) =>
      ['un acces', 'des acces', 'un compte', 'un identifiant'].flatMap((access) =>
        ['a', 'pour'].flatMap((to) => ['ma', 'mon', 'notre', 'nos', 'mes', 'une', 'un', 'la', 'le'].flatMap((whose) => PEOPLE.map((person) => [`${make} ${access} ${to} ${whose} ${person}`, `${make} un utilisateur secondaire`]))),
      ),
    ),
  ),
  // «elle peut avoir son propre accès, avec son identifiant ?»: an access of one's own given to someone else is a user of
  // the account («il a oublié son propre identifiant» stays a login).
  ...Object.fromEntries(
    ['avoir', 'obtenir', 'creer', 'ouvrir', 'donner', 'disposer de'].flatMap((get) =>
      ['son propre', 'sa propre', 'leur propre', 'leurs propres'].flatMap((own) => ['acces', 'identifiant', 'identifiants', 'login', 'connexion'].map((what) => [`${get} ${own} ${what}`, `${get} un utilisateur secondaire`])),
    ),
  ),
});
