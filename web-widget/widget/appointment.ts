import { formatParisDateTime } from '../../protocol/french-dates';
import { h } from '../shared/dom';
import { uid, type Actions } from './actions';
import { field, formAlert } from './form-fields';

export interface AppointmentOffer {
  id: string;
  slots: string[];
  durationMinutes: number;
  needsEmail: boolean;
}

/** « mercredi 2 décembre 2026 à 9h30 » (Paris time, written as everywhere else). */
export const parisTime = (iso: string): string => formatParisDateTime(new Date(iso));

/**
 * The agent's phone appointment proposal: a radio group of slots (Paris time), a French phone
 * number and, for a user who is not logged in, an e-mail for the confirmation.
 */
export function appointmentForm(offer: AppointmentOffer, actions: Actions): HTMLFormElement {
  const name = uid('slot');
  const slots = h(
    'fieldset',
    {},
    h('legend', {}, `Choisissez un créneau de ${offer.durationMinutes} minutes (heure de Paris)`),
    offer.slots.map((s, i) => h('label', { class: 'opt' }, h('input', { type: 'radio', name, value: s, required: true, checked: i === 0 }), parisTime(s))),
  );
  const phone = field('Numéro de téléphone', h('input', { type: 'tel', autocomplete: 'tel', required: true, inputmode: 'tel' }), 'Exemple\u00a0: 06 12 34 56 78');
  const email = offer.needsEmail ? field('Adresse e-mail', h('input', { type: 'email', autocomplete: 'email', required: true }), 'Pour recevoir la confirmation.') : null;
  const alert = formAlert();
  const send = h('button', { type: 'submit', class: 'btn' }, 'Confirmer le rendez-vous');
  const form = h('form', { class: 'card', novalidate: true, 'aria-label': 'Rendez-vous téléphonique' }, slots, phone.row, email?.row, alert, send);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const slot = (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';
    send.disabled = true;
    alert.textContent = '';
    phone.setError(null);
    email?.setError(null);
    const choice = { appointmentId: offer.id, slot, phone: phone.control.value.trim(), ...(email ? { email: email.control.value.trim() } : {}) };
    void actions.submit({ relaisAppointment: choice }, `Créneau choisi\u00a0: ${slot ? parisTime(slot) : '—'}`).then((ack) => {
      if (ack.ok) return;
      send.disabled = false;
      const message = ack.error.message;
      const target = /téléphone/i.test(message) ? phone : email && /e-mail/i.test(message) ? email : null;
      if (target) {
        target.setError(message);
        target.control.focus();
      } else alert.textContent = message;
    });
  });
  return form;
}
