import type { SupervisorSnapshot } from '../../protocol/agent-events';
import { clear, h } from '../shared/dom';
import type { ConsoleContext, View } from './context';
import { durationLabel, STATUS_LABELS } from './format';
import { privacyPanel } from './privacy-panel';
import { call, onConnect } from './socket';

/**
 * « Supervision » (supervisors only): queue length and waits, every agent's status and load, kept
 * live by `supervisor:update` pushes; waits also tick here between pushes.
 */
export function supervisionView(ctx: ConsoleContext): View {
  const allowed = ctx.me.role === 'supervisor';
  const heading = h('h1', { id: 'supervision-title', tabindex: -1 }, 'Supervision');
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const figures = h('dl', { class: 'figures' });
  const waits = h('tbody');
  const agents = h('tbody');
  let snapshot: SupervisorSnapshot | null = null;
  let receivedAt = 0;
  const elapsed = () => (receivedAt ? (performance.now() - receivedAt) / 1000 : 0);

  const figure = (label: string, value: string) => h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, value));
  function render() {
    if (!snapshot) return;
    const s = snapshot;
    const extra = elapsed();
    clear(figures);
    figures.append(
      figure('Demandes en attente', String(s.queueLength)),
      figure('Attente la plus longue', s.queueLength ? durationLabel(s.oldestWaitSeconds + extra) : '—'),
      figure('Attente moyenne', s.queueLength ? durationLabel(s.averageWaitSeconds + extra) : '—'),
      figure('Conseillers en ligne', String(s.agents.filter((a) => a.online).length)),
    );
    clear(waits);
    s.waits.forEach((w, i) =>
      waits.appendChild(h('tr', {}, h('td', {}, String(i + 1)), h('td', {}, durationLabel(w.waitingSeconds + extra)), h('td', {}, w.returned ? 'Oui' : 'Non'))),
    );
    if (s.waits.length === 0) waits.appendChild(h('tr', {}, h('td', { colspan: 3 }, 'Personne n’attend.')));
    clear(agents);
    for (const a of [...s.agents].sort((x, y) => Number(y.online) - Number(x.online) || x.name.localeCompare(y.name, 'fr'))) {
      const status = a.online ? STATUS_LABELS[a.status] : STATUS_LABELS.offline;
      agents.appendChild(
        h(
          'tr',
          { 'data-agent-id': a.id },
          h('th', { scope: 'row' }, a.name),
          h('td', {}, a.role === 'supervisor' ? 'Superviseur·e' : 'Conseiller·e'),
          h('td', {}, h('span', { class: 'status-dot', 'data-status': a.online ? a.status : 'offline', 'aria-hidden': 'true' }), status),
          h('td', {}, `${a.load} / ${a.capacity}`),
        ),
      );
    }
  }
  const update = (s: SupervisorSnapshot) => {
    snapshot = s;
    receivedAt = performance.now();
    render();
  };

  if (allowed) {
    // The live view is a room joined per connection: join again after every reconnection.
    onConnect(ctx.socket, () => void call(ctx.socket, 'supervisor:watch', {}).then(update, (err: Error) => (error.textContent = err.message)));
    ctx.socket.on('supervisor:update', update);
    ctx.doc.defaultView!.setInterval(render, 15_000);
  }

  const table = (caption: string, heads: string[], body: HTMLElement) =>
    h('table', { class: 'data-table' }, h('caption', {}, caption), h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col' }, t)))), body);
  const el = allowed
    ? h(
        'div',
        { class: 'supervision-view page' },
        heading,
        error,
        h('section', { 'aria-labelledby': 'sv-figures' }, h('h2', { id: 'sv-figures', class: 'visually-hidden' }, 'Chiffres clés'), figures),
        h('div', { class: 'two-columns' }, table('File d’attente', ['Position', 'Attente', 'Revenu dans la file'], waits), table('Conseillers', ['Nom', 'Rôle', 'Statut', 'Conversations'], agents)),
        privacyPanel(ctx),
      )
    : h('div', { class: 'supervision-view page' }, heading, h('p', {}, 'Cette page est réservée aux superviseurs.'));
  return { el, show: render };
}
