import type { TicketFormDescriptor, TicketFormErrors, TicketFormField } from '../../protocol/widget-events';
import { h } from '../shared/dom';
import type { Actions } from './actions';
import { field, formAlert, type Field } from './form-fields';

export interface TicketFormView {
  el: HTMLFormElement;
  showErrors(errors: TicketFormErrors['errors']): void;
  close(): void;
}

/**
 * The in-widget ticket form the bot's ticket start describes: e-mail (unless logged in: name and
 * e-mail shown, read-only, from the verified identity), category, subject, description pre-filled
 * with the question. Validated by the bot; its field errors come back and are shown here.
 */
export function ticketForm(d: TicketFormDescriptor, actions: Actions): TicketFormView {
  const input = (attrs: Record<string, string | number | boolean>) => h('input', attrs);
  const fields: Partial<Record<TicketFormField, Field>> = {};
  const rows: HTMLElement[] = [];
  if (d.needsEmail) {
    fields.email = field('Adresse e-mail', input({ type: 'email', autocomplete: 'email', required: true }), 'Le numéro du ticket et la réponse vous y seront envoyés.');
  } else {
    rows.push(field('Nom', input({ value: d.name ?? '', readonly: true })).row, field('Adresse e-mail', input({ value: d.email ?? '', readonly: true }), 'Reprise de votre compte du portail.').row);
  }
  const select = h('select', { required: true }, h('option', { value: '' }, 'Choisissez…'), d.categories.map((c) => h('option', { value: c.value }, c.label)));
  fields.category = field('Catégorie', select, 'Technique\u00a0: connexion, anomalie. Métier\u00a0: facturation, procédure.');
  fields.subject = field('Objet', input({ maxlength: d.maxSubject, required: true }));
  const description = h('textarea', { rows: 4, maxlength: d.maxDescription, required: true });
  description.value = d.description;
  fields.description = field('Description', description);
  const alert = formAlert();
  const send = h('button', { type: 'submit', class: 'btn' }, 'Créer le ticket');
  const cancel = h('button', { type: 'button', class: 'btn2' }, 'Annuler');
  const el = h(
    'form',
    { class: 'card', novalidate: true, 'aria-label': 'Créer un ticket' },
    rows,
    Object.values(fields).map((f) => f.row),
    alert,
    h('div', { class: 'row' }, send, cancel),
  );

  const value = (k: TicketFormField) => fields[k]?.control.value ?? '';
  el.addEventListener('submit', (e) => {
    e.preventDefault();
    view.showErrors({});
    send.disabled = true;
    alert.textContent = '';
    const form = { ...(d.needsEmail ? { email: value('email') } : {}), category: value('category'), subject: value('subject'), description: value('description') };
    void actions.submit({ relaisTicketForm: form }, form.subject ? `Demande de ticket\u00a0: ${form.subject}` : 'Demande de ticket').then((ack) => {
      // Accepted: the bot answers with the ticket number or the fields to correct.
      if (!ack.ok) {
        send.disabled = false;
        alert.textContent = ack.error.message;
      }
    });
  });
  cancel.addEventListener('click', () => void actions.say('Annuler'));

  const view: TicketFormView = {
    el,
    showErrors(errors) {
      send.disabled = false;
      let first: HTMLElement | null = null;
      for (const [k, f] of Object.entries(fields) as [TicketFormField, Field][]) {
        f.setError(errors[k] ?? null);
        if (errors[k] && !first) first = f.control;
      }
      first?.focus();
    },
    close() {
      el.remove();
    },
  };
  return view;
}
