import { clear, h } from '../shared/dom';
import { NETWORK_ERROR, requestJson, type ApiResult } from './lib/api';
import { formErrors } from './lib/form-errors';
import { sendingWith } from './lib/sending';
import { detailsView, historyView, replyNote, type TicketView } from './follow-up/history';
import { forgetFollowUpToken, takeFollowUpToken } from './follow-up/token';

/**
 * The follow-up page `/suivi/<number>#jeton=<token>` reached from the e-mails: status, subject,
 * dates and public history of the ticket, and a form to add a reply.
 */
/** What the server takes (ATTACHMENT_MAX_MB, 10 by default); checked here only to answer at once. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

function start(): void {
  const els = {
    heading: document.getElementById('page-title'),
    problem: document.getElementById('follow-up-problem'),
    ticket: document.getElementById('ticket'),
    details: document.getElementById('ticket-details'),
    history: document.getElementById('ticket-history-container'),
    status: document.getElementById('follow-up-status'),
    note: document.getElementById('reply-note'),
    form: document.getElementById('reply-form') as HTMLFormElement | null,
    summary: document.getElementById('reply-errors'),
    replied: document.getElementById('reply-status'),
    fileForm: document.getElementById('file-form') as HTMLFormElement | null,
    fileSummary: document.getElementById('file-errors'),
    fileStatus: document.getElementById('file-status'),
  };
  const { heading, problem, ticket, details, history, status, note, form, summary, replied, fileForm, fileSummary, fileStatus } = els;
  if (!heading || !problem || !ticket || !details || !history || !status || !note || !form || !summary || !replied || !fileForm || !fileSummary || !fileStatus) return;

  const number = decodeURIComponent(location.pathname.replace(/^\/suivi\//, '').replace(/\/+$/, ''));
  const token = takeFollowUpToken(number);
  const baseTitle = document.title;
  const errors = formErrors(form, summary, baseTitle);
  const message = form.elements.namedItem('message') as HTMLTextAreaElement;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;

  const showProblem = (title: string, ...lines: (string | Node)[]) => {
    ticket.hidden = true;
    clear(problem);
    const h2 = h('h2', { tabindex: '-1' }, title);
    problem.append(h2, ...lines.map((l) => (typeof l === 'string' ? h('p', {}, l) : l)));
    problem.hidden = false;
    status.textContent = '';
    document.title = `${title} – ${baseTitle}`;
    h2.focus();
  };
  const newTicketLink = () => h('p', {}, h('a', { href: '/creer-un-ticket' }, 'Créer une nouvelle demande'));

  const render = (t: TicketView) => {
    clear(heading);
    heading.append('Suivi de votre demande ', h('span', { class: 'nowrap' }, t.number));
    document.title = `Demande ${t.number} – ${baseTitle}`;
    clear(details);
    details.appendChild(detailsView(t));
    clear(history);
    history.appendChild(historyView(t, (id, filename) => void download(id, filename)));
    const text = replyNote(t.status);
    note.textContent = text ?? '';
    note.hidden = !text;
    form.hidden = t.status === 'clos';
    // A closed ticket takes no more files either.
    const filePart = document.getElementById('file-part');
    if (filePart) filePart.hidden = t.status === 'clos';
    problem.hidden = true;
    ticket.hidden = false;
  };

  const failed = (res: Exclude<ApiResult<unknown>, { kind: 'ok' }>) => {
    if (res.kind === 'network') {
      return showProblem('Connexion impossible', NETWORK_ERROR, h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => void load() }, 'Réessayer')));
    }
    if (res.status === 404) {
      forgetFollowUpToken(number);
      return showProblem(
        'Lien de suivi invalide',
        res.message,
        'Le lien a peut-être été copié en partie\u00a0: ouvrez-le directement depuis l’e-mail reçu. Chaque e-mail du support contient un lien valable.',
        newTicketLink(),
      );
    }
    return showProblem('Demande indisponible', res.message);
  };

  const load = async (): Promise<boolean> => {
    status.textContent = 'Chargement de votre demande…';
    const res = await requestJson<{ ticket: TicketView }>('GET', `/api/tickets/${encodeURIComponent(number)}`, { headers: { 'x-ticket-token': token ?? '' } });
    if (res.kind !== 'ok') {
      failed(res);
      return false;
    }
    render(res.data.ticket);
    status.textContent = '';
    return true;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const text = message.value.trim();
    if (!text) return errors.show({ message: 'Message : champ obligatoire.' });
    if (text.length > 5000) return errors.show({ message: 'Message : 5000 caractères au maximum.' });
    errors.clear();
    replied.textContent = '';
    sendingWith(submit, () =>
      requestJson('POST', `/api/tickets/${encodeURIComponent(number)}/replies`, { body: { message: text }, headers: { 'x-ticket-token': token ?? '' } }).then(async (res) => {
        if (res.kind === 'ok') {
          message.value = '';
          if (await load()) replied.textContent = 'Votre réponse a été ajoutée à la demande. Le support en est informé.';
          return;
        }
        if (res.kind === 'error' && res.code === 'TICKET_CLOSED') {
          await load();
          return errors.show({}, res.message);
        }
        if (res.kind === 'error' && res.status === 404) return failed(res);
        errors.show(res.kind === 'error' ? res.fields : {}, res.kind === 'network' ? NETWORK_ERROR : Object.keys(res.fields).length ? undefined : res.message);
      }),
    );
  });

  // A joined file: downloaded with the token in a header (never in a link that could be shared or logged).
  const download = async (id: number, filename: string) => {
    status.textContent = `Téléchargement de ${filename}…`;
    try {
      const res = await fetch(`/api/tickets/${encodeURIComponent(number)}/attachments/${id}`, { headers: { 'x-ticket-token': token ?? '' }, cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const link = h('a', { href: url, download: filename, hidden: true });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = '';
    } catch {
      status.textContent = `Le fichier ${filename} n’a pas pu être téléchargé. Réessayez dans un instant.`;
    }
  };

  const fileErrors = formErrors(fileForm, fileSummary, baseTitle);
  const fileInput = fileForm.elements.namedItem('file') as HTMLInputElement;
  const fileSubmit = fileForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  fileForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fileSubmit.disabled) return;
    const file = fileInput.files?.[0];
    if (!file) return fileErrors.show({ file: 'Fichier : choisissez un fichier.' });
    if (file.size > MAX_FILE_BYTES) return fileErrors.show({ file: 'Fichier : 10 Mo au maximum.' });
    fileErrors.clear();
    fileStatus.textContent = '';
    sendingWith(fileSubmit, () =>
      requestJson('POST', `/api/tickets/${encodeURIComponent(number)}/attachments`, {
        file,
        headers: { 'x-ticket-token': token ?? '', 'x-filename': encodeURIComponent(file.name) },
      }).then(async (res) => {
        if (res.kind === 'ok') {
          fileInput.value = '';
          if (await load()) fileStatus.textContent = `Le fichier ${file.name} a été joint à la demande. Le support en est informé.`;
          return;
        }
        if (res.kind === 'error' && res.status === 404) return failed(res);
        fileErrors.show({ file: `Fichier : ${res.kind === 'network' ? NETWORK_ERROR : res.message}` });
      }),
    );
  });

  if (!token) {
    showProblem(
      'Lien de suivi incomplet',
      'Cette page s’ouvre avec le lien personnel «\u00a0Suivre ma demande\u00a0» reçu par e-mail. Ouvrez-le directement depuis l’e-mail\u00a0: copié à la main, il est souvent incomplet.',
      newTicketLink(),
    );
    return;
  }
  void load();
}

start();
