import { formatParisShortDateTime } from '../../protocol/french-dates';
import { shorten, textTable } from './text-table';
import type { FeedbackRow, UnansweredRow } from './types';

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
// French formatting puts no-break spaces before « % » and inside dates; plain ones keep the
// output easy to grep and to paste anywhere.
const plainSpaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

export function feedbackText(rows: readonly FeedbackRow[]): string {
  if (rows.length === 0) return 'Aucun avis sur cette période.';
  return textTable(
    [{ header: 'Article' }, { header: 'J’aime', align: 'right' }, { header: 'Je n’aime pas', align: 'right' }, { header: 'Taux', align: 'right' }, { header: 'Commentaires' }],
    rows.map((r) => [
      r.articleId ?? '(sans article)',
      String(r.likes),
      String(r.dislikes),
      plainSpaces(percent.format(r.dislikeRate)),
      // The count, then the latest comment: enough to decide which article to open first.
      r.comments.length ? `${r.comments.length} · « ${shorten(r.comments[0]!.comment, 60)} »` : '',
    ]),
  );
}

export function unansweredText(rows: readonly UnansweredRow[], timeZone: string): string {
  if (rows.length === 0) return 'Aucune question sans réponse sur cette période.';
  return textTable(
    [{ header: 'Question' }, { header: 'Occurrences', align: 'right' }, { header: 'Dernière fois' }],
    rows.map((r) => [shorten(r.example, 70), String(r.count), formatParisShortDateTime(r.lastSeen, timeZone)]),
  );
}
