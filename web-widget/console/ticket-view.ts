import { canTransition } from '../../protocol/ticket-status';
import { TICKET_STATUSES, type Ticket, type TicketEvent, type TicketStatus } from '../../protocol/ticket';
import { append, clear, h } from '../shared/dom';
import { actionForm, field } from './action-form';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel, FROM_LABELS, TICKET_CATEGORY_LABELS, TICKET_STATUS_LABELS } from './format';
import { articleTag } from './message-item';
import { fileSizeLabel } from '../../protocol/file-size';

const CHANNELS: Record<string, string> = { formulaire: 'Formulaire public', widget: 'Assistant (widget)', agent: 'Créé par un conseiller' };

function eventItem(e: TicketEvent, filesPath: string): HTMLLIElement {
  const data = (e.data ?? {}) as { from?: string; to?: string; assigneeName?: string | null; attachmentId?: number; filename?: string; size?: number };
  const what: Record<string, string> = {
    created: 'a créé le ticket',
    reply: e.author.kind === 'agent' ? 'a répondu (envoyé par e-mail)' : e.data?.via === 'email' ? 'a répondu par e-mail' : 'a répondu',
    note: 'note interne — invisible pour l’usager',
    status: `statut : ${TICKET_STATUS_LABELS[data.from ?? ''] ?? data.from} → ${TICKET_STATUS_LABELS[data.to ?? ''] ?? data.to}`,
    assigned: data.assigneeName ? `attribué à ${data.assigneeName}` : 'attribution retirée',
    attachment: e.visibility === 'internal' ? 'a joint un fichier (interne — invisible pour l’usager)' : 'a joint un fichier',
  };
  // Served as a download with the checked type (never shown inline): the session cookie is enough to read it.
  const file = data.attachmentId && data.filename
    ? h('p', { class: 'msg-text' }, h('a', { href: `${filesPath}/${data.attachmentId}`, download: data.filename }, data.filename), ` (${fileSizeLabel(data.size ?? 0)})`)
    : null;
  return h(
    'li',
    { class: `event event-${e.type} event-${e.visibility}` },
    h('p', { class: 'msg-meta' }, h('span', { class: 'msg-author' }, e.author.name), ` ${what[e.type] ?? e.type} · `, h('time', { datetime: e.createdAt }, dateTimeLabel(e.createdAt))),
    e.body ? h('p', { class: 'msg-text' }, e.body) : null,
    file,
  );
}

/** One ticket: its details, attached transcript and history; reply (e-mailed), internal note, status, take it. */
export function ticketView(ctx: ConsoleContext): View {
  const heading = h('h1', { id: 'ticket-title', tabindex: -1 }, 'Ticket');
  const content = h('div', { class: 'ticket-content' });
  const error = h('p', { class: 'inline-error', role: 'alert' });
  let number = '';
  const path = () => `/api/agent/tickets/${encodeURIComponent(number)}`;

  async function load(focusHeading: boolean) {
    error.textContent = '';
    try {
      const { ticket, events } = await ctx.api.get<{ ticket: Ticket; events: TicketEvent[] }>(path());
      render(ticket, events);
    } catch (err) {
      clear(content);
      heading.textContent = `Ticket ${number}`;
      error.textContent = (err as Error).message;
    }
    if (focusHeading) heading.focus();
  }

  const after = (message: string) => async () => {
    await load(false);
    ctx.announcer.say(message);
  };

  function render(t: Ticket, events: TicketEvent[]) {
    heading.textContent = `Ticket ${t.number} — ${t.subject}`;
    const reply = h('textarea', { id: 'tv-reply', rows: 5, maxlength: 5000 });
    const replyStatus = h('select', { id: 'tv-reply-status' }, h('option', { value: '' }, 'Inchangé'), (['en_attente_utilisateur', 'resolu'] as TicketStatus[]).filter((s) => canTransition(t.status, s)).map((s) => h('option', { value: s }, TICKET_STATUS_LABELS[s])));
    const note = h('textarea', { id: 'tv-note', rows: 3, maxlength: 5000 });
    const fileInput = h('input', { id: 'tv-file', type: 'file', accept: '.pdf,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/png,image/jpeg,image/gif,image/webp' });
    const fileVisibility = h('select', { id: 'tv-file-visibility' }, h('option', { value: 'public' }, 'L’usager (prévenu par e-mail)'), h('option', { value: 'internal' }, 'Les conseillers seulement (interne)'));
    const nextStatuses = TICKET_STATUSES.filter((s) => canTransition(t.status, s));
    const status = h('select', { id: 'tv-status' }, nextStatuses.map((s) => h('option', { value: s }, TICKET_STATUS_LABELS[s])));
    const assignedToMe = t.assigneeId === ctx.me.id;

    clear(content);
    append(content, [
      h(
        'dl',
        { class: 'ticket-details' },
        h('dt', {}, 'Statut'), h('dd', {}, h('span', { class: `ticket-status status-${t.status}` }, TICKET_STATUS_LABELS[t.status])),
        h('dt', {}, 'Catégorie'), h('dd', {}, TICKET_CATEGORY_LABELS[t.category]),
        h('dt', {}, 'Demandeur'), h('dd', {}, t.requester.name && t.requester.name !== t.requester.email ? `${t.requester.name} — ${t.requester.email}` : t.requester.email, t.requester.organisation ? ` (${t.requester.organisation})` : '', t.requester.verified ? h('span', { class: 'tag tag-ok' }, 'Identité vérifiée') : null),
        h('dt', {}, 'Origine'), h('dd', {}, CHANNELS[t.channel] ?? t.channel),
        h('dt', {}, 'Créé le'), h('dd', {}, dateTimeLabel(t.createdAt)),
        h('dt', {}, 'Attribution'), h('dd', {}, assignedToMe ? 'Vous' : t.assigneeId ? 'Un autre conseiller' : 'Personne'),
      ),
      h('section', { class: 'ticket-description', 'aria-labelledby': 'tv-desc' }, h('h2', { id: 'tv-desc' }, 'Description'), h('p', { class: 'msg-text' }, t.description)),
      t.transcript?.length
        ? h(
            'section',
            { class: 'bot-transcript', 'aria-labelledby': 'tv-transcript' },
            h('h2', { id: 'tv-transcript' }, 'Conversation jointe'),
            h('ol', { class: 'lines' }, t.transcript.map((l) => h('li', { class: `line line-${l.from}` }, h('p', { class: 'msg-meta' }, h('span', { class: 'msg-author' }, FROM_LABELS[l.from] ?? l.from), articleTag(l.article), ' ', dateTimeLabel(l.at)), h('p', { class: 'msg-text' }, l.text)))),
          )
        : null,
      h('section', { class: 'ticket-history', 'aria-labelledby': 'tv-history' }, h('h2', { id: 'tv-history' }, 'Historique'), h('ol', { class: 'events' }, events.map((e) => eventItem(e, `${path()}/attachments`)))),
      h(
        'div',
        { class: 'ticket-forms' },
        t.status === 'clos'
          ? h('p', { class: 'hint' }, 'Ce ticket est clos : il ne peut plus recevoir de réponse.')
          : actionForm({
              id: 'tv-reply-form',
              title: 'Répondre à l’usager',
              submitLabel: 'Envoyer la réponse',
              fields: [field('Réponse (envoyée par e-mail à l’usager)', reply), field('Statut après la réponse', replyStatus)],
              onSubmit: async () => {
                if (!reply.value.trim()) throw new Error('Écrivez la réponse avant de l’envoyer.');
                await ctx.api.post(`${path()}/replies`, { message: reply.value, ...(replyStatus.value ? { status: replyStatus.value } : {}) });
                await after('Réponse envoyée à l’usager.')();
              },
            }).el,
        t.status === 'clos'
          ? null
          : actionForm({
              id: 'tv-file-form',
              title: 'Joindre un fichier',
              submitLabel: 'Joindre le fichier',
              fields: [field('Fichier (PDF, PNG, JPEG, GIF ou WebP, 10 Mo au maximum)', fileInput), field('Pour qui', fileVisibility)],
              onSubmit: async () => {
                const file = fileInput.files?.[0];
                if (!file) throw new Error('Choisissez un fichier.');
                await ctx.api.upload(`${path()}/attachments?visibility=${fileVisibility.value}`, file, file.name);
                await after(fileVisibility.value === 'public' ? `Fichier ${file.name} joint ; l’usager est prévenu par e-mail.` : `Fichier ${file.name} joint en interne.`)();
              },
            }).el,
        actionForm({
          id: 'tv-note-form',
          title: 'Note interne',
          submitLabel: 'Ajouter la note',
          fields: [field('Note interne — invisible pour l’usager', note)],
          onSubmit: async () => {
            if (!note.value.trim()) throw new Error('Écrivez la note avant de l’ajouter.');
            await ctx.api.post(`${path()}/notes`, { message: note.value });
            await after('Note interne ajoutée.')();
          },
        }).el,
        nextStatuses.length
          ? actionForm({
              id: 'tv-status-form',
              title: 'Changer le statut',
              submitLabel: 'Changer le statut',
              fields: [field('Nouveau statut', status)],
              onSubmit: async () => {
                await ctx.api.post(`${path()}/status`, { status: status.value });
                await after(`Statut changé : ${TICKET_STATUS_LABELS[status.value]}.`)();
              },
            }).el
          : null,
        assignedToMe
          ? null
          : actionForm({
              id: 'tv-assign-form',
              title: 'Attribution',
              submitLabel: 'Me l’attribuer',
              fields: [],
              onSubmit: async () => {
                await ctx.api.post(`${path()}/assign`, { agentId: ctx.me.id });
                await after('Ticket attribué à vous.')();
              },
            }).el,
      ),
    ]);
  }

  const el = h('div', { class: 'ticket-view page' }, h('p', { class: 'back' }, h('a', { href: '#/tickets' }, '← Tous les tickets')), heading, error, content);
  return {
    el,
    show(param) {
      number = param ?? '';
      heading.textContent = `Ticket ${number}`;
      clear(content);
      void load(true);
    },
  };
}
