import { h } from '../shared/dom';
import type { ConsoleContext } from './context';

const field = (id: string, label: string, input: HTMLInputElement) => h('div', { class: 'field' }, h('label', { for: id }, label), input);

/**
 * « Données personnelles » (supervisors, in the supervision page): export everything about one
 * person as a JSON file, or erase it after typing EFFACER (RGPD rights; the server keeps an
 * audit line without the person).
 */
export function privacyPanel(ctx: ConsoleContext): HTMLElement {
  const email = h('input', { id: 'privacy-email', type: 'email', autocomplete: 'off' }) as HTMLInputElement;
  const portal = h('input', { id: 'privacy-portal', type: 'text', autocomplete: 'off' }) as HTMLInputElement;
  const confirm = h('input', { id: 'privacy-confirm', type: 'text', autocomplete: 'off', 'aria-describedby': 'privacy-confirm-hint' }) as HTMLInputElement;
  const status = h('p', { class: 'privacy-status', role: 'status' });
  const subject = () => ({ email: email.value.trim(), portalUserId: portal.value.trim() });
  const fail = (err: unknown) => (status.textContent = err instanceof Error ? err.message : 'La demande a échoué.');

  const exportButton = h('button', { type: 'button' }, 'Exporter (JSON)');
  exportButton.addEventListener('click', () => {
    const s = subject();
    const query = new URLSearchParams({ ...(s.email ? { email: s.email } : {}), ...(s.portalUserId ? { portalUserId: s.portalUserId } : {}) });
    status.textContent = 'Export en cours…';
    ctx.api.get<unknown>(`/api/agent/privacy/export?${query}`).then((data) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = h('a', { href: url, download: 'donnees-personnelles.json' });
      ctx.doc.body.appendChild(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
      status.textContent = 'Export téléchargé : donnees-personnelles.json.';
    }, fail);
  });

  const eraseButton = h('button', { type: 'button', class: 'danger' }, 'Effacer définitivement');
  eraseButton.addEventListener('click', () => {
    if (confirm.value.trim() !== 'EFFACER') {
      status.textContent = 'Pour confirmer l’effacement, écrivez EFFACER.';
      confirm.focus();
      return;
    }
    status.textContent = 'Effacement en cours…';
    ctx.api.post<{ erased: Record<string, number> }>('/api/agent/privacy/erase', { ...subject(), confirm: confirm.value.trim() }).then((r) => {
      const total = Object.values(r.erased).reduce((a, b) => a + b, 0);
      status.textContent = `Effacement fait : ${total} élément${total > 1 ? 's' : ''} supprimé${total > 1 ? 's' : ''} ou anonymisé${total > 1 ? 's' : ''}.`;
      confirm.value = '';
    }, fail);
  });

  return h(
    'section',
    { class: 'privacy-panel', 'aria-labelledby': 'privacy-title' },
    h('h2', { id: 'privacy-title' }, 'Données personnelles'),
    h('p', {}, 'Exporter ou effacer tout ce que Relais garde sur une personne : conversations, avis, conversations en direct, tickets, e-mails.'),
    field('privacy-email', 'Adresse e-mail', email),
    field('privacy-portal', 'Identifiant du portail (facultatif)', portal),
    h('p', {}, exportButton),
    field('privacy-confirm', 'Pour effacer, écrivez EFFACER', confirm),
    h('p', { id: 'privacy-confirm-hint', class: 'hint' }, 'L’effacement est définitif ; les tickets restent, sans les données de la personne.'),
    h('p', {}, eraseButton),
    status,
  );
}
