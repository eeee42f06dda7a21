import type { ChatDetails } from '../../protocol/agent-events';
import { clear, h } from '../shared/dom';
import { actionForm, field } from './action-form';
import { STATUS_LABELS } from './format';
import { call, type AgentSocket } from './socket';

/** The chat toolbar's forms other than the appointment: internal note, transfer, hand back, close. */
interface FormDeps {
  id: string;
  socket: AgentSocket;
  chatId: string;
}

export function noteForm(deps: FormDeps & { announce(text: string): void }) {
  const text = h('textarea', { id: `${deps.id}-text`, rows: 3, maxlength: 4000 });
  const form = actionForm({
    id: deps.id,
    title: 'Note interne',
    submitLabel: 'Ajouter la note',
    fields: [field('Note interne — invisible pour l’usager', text)],
    onSubmit: async () => {
      if (!text.value.trim()) throw new Error('Écrivez la note avant de l’ajouter.');
      await call(deps.socket, 'chat:note', { chatId: deps.chatId, text: text.value.trim() });
      text.value = '';
      deps.announce('Note interne ajoutée.');
    },
  });
  return { el: form.el, open: () => text.focus() };
}

export function transferForm(deps: FormDeps & { meId: number; onDone(): void }) {
  const select = h('select', { id: `${deps.id}-agent` });
  const none = h('p', { class: 'hint', tabindex: '-1', role: 'status' });
  const form = actionForm({
    id: deps.id,
    title: 'Transférer à un autre conseiller',
    submitLabel: 'Transférer la conversation',
    fields: [field('Transférer à', select), none],
    onSubmit: async () => {
      if (!select.value) throw new Error('Aucun conseiller disponible pour un transfert.');
      await call(deps.socket, 'chat:transfer', { chatId: deps.chatId, toAgentId: Number(select.value) });
      deps.onDone();
    },
  });
  // Nobody to transfer to: the list and the button are disabled, and the hint says why.
  const usable = (yes: boolean) => {
    select.disabled = !yes;
    form.submit.disabled = !yes;
  };
  const open = async () => {
    clear(select);
    usable(false);
    none.textContent = 'Chargement des conseillers…';
    try {
      const agents = (await call(deps.socket, 'agents:list', {})).filter(
        (a) => a.id !== deps.meId && a.online && (a.status === 'available' || a.status === 'busy'),
      );
      for (const a of agents) select.appendChild(h('option', { value: a.id }, `${a.name} — ${STATUS_LABELS[a.status]}, ${a.load}/${a.capacity} conversation(s)`));
      none.textContent = agents.length ? '' : 'Aucun autre conseiller n’est connecté et disponible.';
      usable(agents.length > 0);
      (agents.length ? select : none).focus();
    } catch (err) {
      none.textContent = (err as Error).message;
    }
  };
  return { el: form.el, open: () => void open() };
}

export function handBackForm(deps: FormDeps) {
  const form = actionForm({
    id: deps.id,
    title: 'Rendre la conversation à l’assistant',
    submitLabel: 'Rendre à l’assistant',
    fields: [h('p', {}, 'L’usager retrouvera l’assistant virtuel ; la conversation sera close de votre côté.')],
    onSubmit: async () => {
      await call(deps.socket, 'chat:handBack', { chatId: deps.chatId });
    },
  });
  return { el: form.el, open: () => form.submit.focus() };
}

export function closeForm(deps: FormDeps & { chat: () => ChatDetails }) {
  const withTicket = h('input', { id: `${deps.id}-ticket`, type: 'checkbox' });
  const category = h('select', { id: `${deps.id}-category` }, h('option', { value: 'technique' }, 'Technique'), h('option', { value: 'metier' }, 'Métier'));
  const subject = h('input', { id: `${deps.id}-subject`, type: 'text', maxlength: 200 });
  const ticketFields = h('div', { class: 'ticket-fields', hidden: true }, field('Catégorie du ticket', category), field('Objet du ticket', subject));
  withTicket.addEventListener('change', () => {
    ticketFields.hidden = !withTicket.checked;
    if (withTicket.checked && !subject.value) subject.value = defaultSubject(deps.chat());
  });
  const form = actionForm({
    id: deps.id,
    title: 'Clore la conversation',
    submitLabel: 'Clore la conversation',
    danger: true,
    fields: [
      h('div', { class: 'check' }, withTicket, h('label', { for: withTicket.id }, 'Créer un ticket pour l’usager avec la conversation')),
      ticketFields,
    ],
    onSubmit: async () => {
      const ticket = withTicket.checked ? { category: category.value as 'technique' | 'metier', subject: subject.value.trim() } : undefined;
      if (ticket && !ticket.subject) throw new Error('Indiquez l’objet du ticket.');
      await call(deps.socket, 'chat:close', { chatId: deps.chatId, ...(ticket ? { ticket } : {}) });
    },
  });
  return { el: form.el, open: () => withTicket.focus() };
}

function defaultSubject(chat: ChatDetails): string {
  const question = chat.transcript.find((l) => l.from === 'user')?.text ?? 'Demande en conversation avec un conseiller';
  return question.replace(/\s+/g, ' ').slice(0, 120);
}
