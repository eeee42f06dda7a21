import { NETWORK_ERROR, requestJson } from './lib/api';
import { formErrors } from './lib/form-errors';
import { randomKey } from './lib/random-key';
import { confirmationView } from './ticket-form/confirmation';
import { ticketPayload, validateTicketForm, type TicketFormValues } from './ticket-form/validate';

interface CreateAnswer {
  ticket: { number: string; requester: { email: string } };
  followUpUrl: string | null;
}

/**
 * The public « Créer un ticket de support » form (non-connected mode): checks before sending,
 * the server's per-field messages, one ticket per submission (idempotency key kept across
 * retries until the server has answered), then the confirmation screen.
 */
function start(): void {
  const form = document.getElementById('ticket-form') as HTMLFormElement | null;
  const summary = document.getElementById('error-summary');
  const result = document.getElementById('form-result');
  const status = document.getElementById('form-status');
  if (!form || !summary || !result || !status) return;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const submitLabel = submit.textContent ?? 'Envoyer';
  const baseTitle = document.title;
  const errors = formErrors(form, summary, baseTitle);
  // One key per ticket the visitor means to create: a retry after a lost answer cannot make a second one.
  let idempotencyKey = randomKey();
  let sending = false;

  const value = (name: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    return (el?.value ?? '').trim();
  };
  const values = (): TicketFormValues => ({
    name: value('name'),
    email: value('email'),
    organisation: value('organisation'),
    category: value('category'),
    subject: value('subject'),
    description: value('description'),
    website: value('website'),
  });

  const setSending = (on: boolean) => {
    sending = on;
    submit.disabled = on;
    form.setAttribute('aria-busy', String(on));
    submit.textContent = on ? 'Envoi en cours…' : submitLabel;
    status.textContent = on ? 'Envoi de votre demande en cours…' : '';
  };

  const showConfirmation = (answer: CreateAnswer) => {
    const followUpUrl = answer.followUpUrl && /^https?:\/\//.test(answer.followUpUrl) ? answer.followUpUrl : null;
    const view = confirmationView({ number: answer.ticket.number, email: answer.ticket.requester.email, followUpUrl }, () => {
      result.removeChild(view);
      for (const name of ['category', 'subject', 'description']) (form.elements.namedItem(name) as HTMLInputElement).value = '';
      form.hidden = false;
      document.title = baseTitle;
      (form.elements.namedItem('category') as HTMLElement).focus();
    });
    form.hidden = true;
    errors.clear();
    result.appendChild(view);
    document.title = `Demande ${answer.ticket.number} envoyée – ${baseTitle}`;
    view.querySelector<HTMLElement>('h2')?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const v = values();
    const invalid = validateTicketForm(v);
    if (Object.keys(invalid).length) return errors.show(invalid);
    setSending(true);
    void requestJson<CreateAnswer>('POST', '/api/tickets', { body: ticketPayload(v), headers: { 'idempotency-key': idempotencyKey } }).then((res) => {
      setSending(false);
      if (res.kind === 'ok') {
        idempotencyKey = randomKey();
        return showConfirmation(res.data);
      }
      if (res.kind === 'network') {
        return errors.show({}, `${NETWORK_ERROR} Si votre demande était partie, elle ne sera pas enregistrée deux fois.`);
      }
      if (res.code === 'TICKET_IDEMPOTENCY_CONFLICT') idempotencyKey = randomKey();
      const fields = res.code === 'INVALID_INPUT' ? res.fields : {};
      errors.show(fields, Object.keys(fields).length ? undefined : res.message);
    });
  });
}

start();
