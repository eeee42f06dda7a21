import type { TrainingRegistration, TrainingSession } from '../../protocol/training';
import { TRAINING_KIND_LABELS } from '../../protocol/training';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import type { ConsoleContext } from './context';
import { dateTimeLabel } from './format';
import { audienceText, durationText, isFull, isPast, isWebLink, quoted, REGISTRATION_STATUS_LABELS, seatsText, sessionWhen } from './training-format';

export const TRAININGS_API = '/api/agent/formations';
export const sessionPath = (s: Pick<TrainingSession, 'id'>) => `${TRAININGS_API}/${encodeURIComponent(s.id)}`;

/** The DOM id prefix of a session's card (`ts-<id>-title` is its heading). */
export const cardId = (s: Pick<TrainingSession, 'id'>) => `ts-${s.id}`;

/**
 * One session of «Formations»: kind, date and time in Paris, duration, audience, seats, link;
 * «Modifier», «Voir les inscriptions» (the table, read at each opening) and «Annuler la session»
 * after a confirmation in place (the server e-mails the registrants). A cancelled session keeps
 * its registrations and shows «Annulée».
 */
export function trainingItem(ctx: ConsoleContext, s: TrainingSession, deps: { onEdit(s: TrainingSession): void; onCancelled(s: TrainingSession): void }): HTMLLIElement {
  const base = cardId(s);
  const titleId = `${base}-title`;
  const named = (label: string) => [label, h('span', { class: 'visually-hidden' }, ` ${quoted(s.title)}`)];
  const edit = h('button', { type: 'button', class: 'secondary small', 'data-edit': s.id }, ...named('Modifier'));
  const showRegistrations = h('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false', 'aria-controls': `${base}-registrations` }, ...named('Voir les inscriptions'));
  const cancel = h('button', { type: 'button', class: 'secondary small' }, ...named('Annuler la session'));
  const cancelled = s.cancelledAt !== null;
  const buttons = h('div', { class: 'item-buttons' }, cancelled ? null : edit, showRegistrations, cancelled ? null : cancel);

  const registrations = h('div', { id: `${base}-registrations`, class: 'training-registrations', hidden: true });
  showRegistrations.addEventListener('click', () => {
    const open = showRegistrations.getAttribute('aria-expanded') !== 'true';
    showRegistrations.setAttribute('aria-expanded', String(open));
    registrations.hidden = !open;
    if (open) void loadRegistrations(ctx, s, registrations);
  });

  const confirm = cancelConfirmation(ctx, s, titleId, {
    ask: () => {
      buttons.hidden = true;
    },
    back: () => {
      buttons.hidden = false;
      cancel.focus();
    },
    done: () => deps.onCancelled(s),
  });
  cancel.addEventListener('click', () => confirm.open());
  edit.addEventListener('click', () => deps.onEdit(s));

  const start = h('time', { datetime: s.startsAt }, sessionWhen(s));
  const flags = [
    cancelled ? h('span', { class: 'tag tag-cancelled' }, 'Annulée') : null,
    !cancelled && isPast(s) ? h('span', { class: 'tag' }, 'Passée') : null,
  ];
  const linkLine = s.link
    ? h('p', {}, fr('Lien : '), isWebLink(s.link) ? h('a', { href: s.link.trim(), target: '_blank', rel: 'noopener noreferrer' }, s.link) : s.link)
    : null;

  return h(
    'li',
    { 'data-session': s.id },
    h(
      'article',
      { id: base, class: `training-card${cancelled ? ' training-cancelled' : ''}`, 'aria-labelledby': titleId },
      h('h3', { id: titleId, tabindex: -1 }, s.title),
      h('p', { class: 'training-when' }, h('span', { class: 'training-kind' }, TRAINING_KIND_LABELS[s.kind] ?? s.kind), ' · ', start, ' · ', durationText(s.durationMinutes), ...flags),
      h('p', {}, fr(`Public : ${audienceText(s.audience)}`)),
      h('p', { class: `training-seats${isFull(s) ? ' training-full' : ''}` }, seatsText(s)),
      s.description ? h('p', { class: 'msg-text' }, s.description) : null,
      linkLine,
      buttons,
      confirm.el,
      registrations,
    ),
  );
}

/** «Annuler la session «…» du … ?» with «Oui, annuler la session» and «Non, la garder». */
function cancelConfirmation(ctx: ConsoleContext, s: TrainingSession, titleId: string, deps: { ask(): void; back(): void; done(): void }) {
  const questionId = `${titleId}-confirm`;
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const yes = h('button', { type: 'button', class: 'danger small' }, 'Oui, annuler la session');
  const no = h('button', { type: 'button', class: 'secondary small' }, 'Non, la garder');
  const who =
    s.seatsTaken === 0 ? 'Personne n’y est inscrit pour l’instant.' : s.seatsTaken === 1 ? 'La personne inscrite sera prévenue par e-mail.' : `Les ${s.seatsTaken} personnes inscrites seront prévenues par e-mail.`;
  const el = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': questionId, hidden: true },
    h('p', { id: questionId }, `Annuler la session ${quoted(s.title)} du ${sessionWhen(s)}\u202f? ${who}`),
    error,
    h('div', { class: 'item-buttons' }, yes, no),
  );
  no.addEventListener('click', () => {
    el.hidden = true;
    error.textContent = '';
    deps.back();
  });
  yes.addEventListener('click', () => {
    yes.disabled = true;
    error.textContent = '';
    ctx.api
      .post<{ session: TrainingSession }>(`${sessionPath(s)}/annuler`)
      .then(() => deps.done())
      .catch((err: Error) => {
        error.textContent = fr(err.message);
        yes.disabled = false;
        yes.focus();
      });
  });
  return {
    el,
    open() {
      deps.ask();
      el.hidden = false;
      yes.focus();
    },
  };
}

/** The registrations' table, read again at each opening. */
async function loadRegistrations(ctx: ConsoleContext, s: TrainingSession, panel: HTMLElement): Promise<void> {
  clear(panel);
  panel.setAttribute('aria-busy', 'true');
  panel.append(h('p', { class: 'hint' }, 'Chargement des inscriptions…'));
  try {
    const { registrations } = await ctx.api.get<{ registrations: TrainingRegistration[] }>(`${sessionPath(s)}/inscriptions`);
    clear(panel);
    panel.append(registrations.length ? registrationsTable(s, registrations) : h('p', { class: 'training-empty' }, 'Aucune inscription.'));
    const n = registrations.length;
    ctx.announcer.say(`${n === 0 ? 'Aucune inscription' : `${n} ${n > 1 ? 'inscriptions' : 'inscription'}`} à ${quoted(s.title)}.`);
  } catch (err) {
    clear(panel);
    panel.append(h('p', { class: 'inline-error', role: 'alert' }, fr((err as Error).message)));
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

function registrationsTable(s: TrainingSession, rows: TrainingRegistration[]): HTMLElement {
  const th = (label: string) => h('th', { scope: 'col' }, label);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table training-registrations-table' },
      h('caption', {}, `Inscriptions à ${quoted(s.title)}`),
      h('thead', {}, h('tr', {}, th('Nom'), th('Adresse e-mail'), th('Identité'), th('Statut'), th('Inscription'))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-registration': r.id },
            h('th', { scope: 'row' }, r.name),
            h('td', {}, r.email),
            h('td', {}, r.verified ? 'Identité vérifiée' : 'Non vérifiée'),
            h('td', {}, REGISTRATION_STATUS_LABELS[r.status] ?? r.status),
            h('td', {}, h('time', { datetime: r.createdAt }, dateTimeLabel(r.createdAt))),
          ),
        ),
      ),
    ),
  );
}
