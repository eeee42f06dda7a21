import type { TrainingSession } from '../../protocol/training';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import { HttpError } from './api';
import type { ConsoleContext, View } from './context';
import { trainingForm } from './training-form';
import { quoted, sessionsSummary } from './training-format';
import { cardId, sessionPath, trainingItem, TRAININGS_API } from './training-item';

const REFUSED = 'Cette page est réservée aux superviseurs.';

/**
 * «Formations» (#/formations, supervisors only): the catalogue of accompaniment sessions
 * (webinars and trainings) users register for in the conversation, from `/api/agent/formations`:
 * the sessions, upcoming first (training-item.ts: edit, registrations, cancel after a
 * confirmation), and «Nouvelle session» (training-form.ts, the same form to edit). After a save or
 * a cancellation the list is read again and the focus goes to the session's heading.
 */
export function trainingsView(ctx: ConsoleContext): View {
  const heading = h('h1', { id: 'trainings-title', tabindex: -1 }, 'Formations');
  if (ctx.me.role !== 'supervisor') {
    return { el: h('div', { class: 'trainings page' }, heading, h('p', { class: 'refusal' }, REFUSED)), show: () => undefined };
  }

  const newButton = h('button', { type: 'button', id: 'trainings-new', class: 'primary' }, 'Nouvelle session');
  const status = h('p', { id: 'trainings-status', class: 'summary', role: 'status' });
  const list = h('ul', { id: 'trainings-list', class: 'training-list', 'aria-labelledby': 'trainings-list-title' });
  let sessions: TrainingSession[] = [];
  let seq = 0;

  const form = trainingForm({
    save: async (input, editing) => {
      if (editing) return (await ctx.api.put<{ session: TrainingSession }>(sessionPath(editing), input)).session;
      return (await ctx.api.post<{ session: TrainingSession }>(TRAININGS_API, input)).session;
    },
    onSaved: (session, created) =>
      void (async () => {
        form.close();
        await reload();
        focusSession(session.id);
        ctx.announcer.say(`Session ${quoted(session.title)} ${created ? 'créée' : 'enregistrée'}.`);
      })(),
    onCancel: (editing) => {
      form.close();
      const back = editing ? list.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(editing.id)}"]`) : null;
      (back ?? newButton).focus();
    },
  });

  function focusSession(id: string) {
    const target = sessions.some((s) => s.id === id) ? ctx.doc.getElementById(`${cardId({ id })}-title`) : null;
    (target ?? newButton).focus();
  }

  function render() {
    clear(list);
    for (const s of sessions) {
      list.appendChild(
        trainingItem(ctx, s, {
          onEdit: (session) => {
            form.open(session);
            form.el.scrollIntoView({ block: 'nearest' });
          },
          onCancelled: (session) =>
            void (async () => {
              if (form.editing()?.id === session.id) form.close();
              await reload();
              focusSession(session.id);
              ctx.announcer.say(`Session ${quoted(session.title)} annulée${fr(' : les personnes inscrites sont prévenues par e-mail.')}`);
            })(),
        }),
      );
    }
    status.textContent = fr(sessionsSummary(sessions));
  }

  async function reload(): Promise<void> {
    const mine = ++seq;
    if (sessions.length === 0) status.textContent = 'Chargement…';
    list.setAttribute('aria-busy', 'true');
    try {
      const next = await ctx.api.get<{ sessions: TrainingSession[] }>(TRAININGS_API);
      if (mine !== seq) return;
      sessions = next.sessions;
      render();
    } catch (err) {
      if (mine !== seq) return;
      status.textContent = err instanceof HttpError && err.status === 403 ? REFUSED : fr((err as Error).message);
    } finally {
      if (mine === seq) list.removeAttribute('aria-busy');
    }
  }

  newButton.addEventListener('click', () => {
    form.open(null);
    form.el.scrollIntoView({ block: 'nearest' });
  });

  const el = h(
    'div',
    { class: 'trainings page' },
    heading,
    h(
      'p',
      { class: 'intro' },
      fr('Les webinaires et formations que l’assistant propose aux usagers dans la conversation. Quand une session est annulée, les personnes inscrites sont prévenues par e-mail.'),
    ),
    h('div', { class: 'trainings-toolbar' }, newButton),
    form.el,
    h('section', { class: 'trainings-sessions', 'aria-labelledby': 'trainings-list-title' }, h('h2', { id: 'trainings-list-title' }, 'Sessions'), status, list),
  );
  return {
    el,
    show: () => void reload(),
    hide() {
      seq++;
    },
  };
}
