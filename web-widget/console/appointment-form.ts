import { formatParisDateTime } from '../../protocol/french-dates';
import type { AppointmentView } from '../../protocol/agent-events';
import { clear, h } from '../shared/dom';
import { actionForm, field } from './action-form';
import { call, type AgentSocket } from './socket';

const DURATIONS = [15, 30, 45, 60];
const MAX_SLOTS = 3;

/**
 * Phone appointment proposal: the server suggests the next slots that fit the opening hours for
 * the chosen duration; the agent ticks one to three of them. The widget then shows them to the user.
 */
export function appointmentForm(deps: { id: string; socket: AgentSocket; chatId: string; needsEmail: boolean; onProposed(a: AppointmentView): void }) {
  const duration = h('select', { id: `${deps.id}-duration` }, DURATIONS.map((d) => h('option', { value: d }, `${d} minutes`)));
  const legend = h('legend', {}, `Créneaux proposés (1 à ${MAX_SLOTS})`);
  const choices = h('div', { class: 'slot-choices' });
  const fieldset = h('fieldset', { class: 'slots' }, legend, choices);

  const load = async () => {
    clear(choices);
    choices.appendChild(h('p', { class: 'hint' }, 'Recherche des prochains créneaux…'));
    const { slots } = await call(deps.socket, 'appointment:slots', { durationMinutes: Number(duration.value), count: 9 });
    clear(choices);
    if (slots.length === 0) choices.appendChild(h('p', { class: 'hint' }, 'Aucun créneau disponible dans les 60 prochains jours.'));
    slots.forEach((slot, i) => {
      const id = `${deps.id}-slot-${i}`;
      const box = h('input', { id, type: 'checkbox', name: 'slot', value: slot });
      box.addEventListener('change', limit);
      choices.appendChild(h('div', { class: 'check' }, box, h('label', { for: id }, formatParisDateTime(new Date(slot)))));
    });
  };
  const boxes = () => [...choices.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  // More than three cannot be ticked: the others are disabled once three are.
  function limit() {
    const full = boxes().filter((b) => b.checked).length >= MAX_SLOTS;
    for (const b of boxes()) b.disabled = full && !b.checked;
  }
  duration.addEventListener('change', () => void load().catch((err: Error) => (form.error.textContent = err.message)));

  const form = actionForm({
    id: deps.id,
    title: 'Proposer un rendez-vous téléphonique',
    submitLabel: 'Proposer ces créneaux',
    fields: [
      field('Durée', duration),
      fieldset,
      deps.needsEmail ? h('p', { class: 'hint' }, 'L’usager n’est pas connecté : il indiquera son adresse e-mail en choisissant un créneau.') : null,
    ],
    onSubmit: async () => {
      const slots = boxes().filter((b) => b.checked).map((b) => b.value);
      if (slots.length === 0) throw new Error('Cochez au moins un créneau.');
      const appointment = await call(deps.socket, 'appointment:propose', { chatId: deps.chatId, slots, durationMinutes: Number(duration.value) });
      deps.onProposed(appointment);
    },
  });
  return {
    el: form.el,
    open: () => void load().then(() => (boxes()[0] ?? duration).focus(), (err: Error) => (form.error.textContent = err.message)),
  };
}

/** One line about the chat's latest appointment, for the chat header. */
export function appointmentSummary(a: AppointmentView): string {
  if (a.status === 'booked' && a.chosenSlot) {
    const contact = [a.phone ? `tél. ${a.phone}` : null, a.email].filter(Boolean).join(', ');
    return `Rendez-vous confirmé : ${formatParisDateTime(new Date(a.chosenSlot))} (${a.durationMinutes} min)${contact ? ` — ${contact}` : ''}.`;
  }
  if (a.status === 'proposed') return `Rendez-vous proposé (${a.slots.length} créneau${a.slots.length > 1 ? 'x' : ''}) : en attente du choix de l’usager.`;
  return 'Proposition de rendez-vous annulée.';
}
