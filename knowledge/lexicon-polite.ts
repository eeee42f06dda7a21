/**
 * Polite and conditional ways of asking («ça vous dérangerait de…», «auriez-vous l'amabilité
 * de…», «would you mind…»), on normalised words (no accents; the «l'», «m'» and «qu'» elisions
 * are gone). Each is rewritten to the plain «pourriez vous» / «could you» the request patterns
 * read, for the message reader and for search alike: the courtesy asks, it names no topic.
 */
const FR_COURTESY = [
  'ca vous derangerait', 'cela vous derangerait', 'cela vous derangerait il', 'ca vous ennuierait', 'cela vous ennuierait',
  'est ce que ca vous derangerait', 'est ce que cela vous derangerait', 'ca ne vous derangerait pas', 'cela ne vous derangerait pas',
  'auriez vous amabilite', 'auriez vous la gentillesse', 'auriez vous obligeance', 'auriez vous la bonte',
  'seriez vous assez aimable pour', 'seriez vous assez gentil pour', 'seriez vous assez gentille pour',
  'vous serait il possible',
];
const EN_COURTESY = ['would you mind', 'would you be so kind as to', 'would you be kind enough to', 'would you kindly', 'could you kindly', 'could you possibly', 'would you be able to'];

export const POLITE_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(
    FR_COURTESY.flatMap((p) => (p.endsWith(' pour') ? [[p, 'pourriez vous']] : [[`${p} de`, 'pourriez vous'], [`${p} d`, 'pourriez vous']])),
  ),
  ...Object.fromEntries(EN_COURTESY.map((p) => [p, 'could you'])),
});
