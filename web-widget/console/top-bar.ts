import type { AgentStatus, AgentView } from '../../protocol/agent-events';
import { h } from '../shared/dom';
import type { ConsoleContext } from './context';
import { STATUS_LABELS } from './format';
import { call, onConnect } from './socket';

const CHOICES: AgentStatus[] = ['available', 'busy', 'away'];

/**
 * The banner: product name, navigation, the agent's name, their status switch (kept in sync with
 * the server's `status` pushes, which other tabs also cause) and the logout button.
 */
export function topBar(ctx: ConsoleContext, deps: { onLogout(): void }) {
  const select = h(
    'select',
    { id: 'status-select', class: 'status-select', 'aria-describedby': 'status-error' },
    CHOICES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
  );
  const error = h('span', { id: 'status-error', class: 'inline-error', role: 'alert' });
  const dot = h('span', { class: 'status-dot', 'data-status': 'offline', 'aria-hidden': 'true' });
  let current: AgentStatus = 'offline';

  const setStatus = (status: AgentStatus) => {
    current = status;
    dot.dataset.status = status;
    if (CHOICES.includes(status)) select.value = status;
  };
  select.addEventListener('change', () => {
    const wanted = select.value as AgentStatus;
    error.textContent = '';
    call(ctx.socket, 'status:set', { status: wanted })
      .then((agent) => {
        setStatus(agent.status);
        ctx.announcer.say(`Statut : ${STATUS_LABELS[agent.status]}.`);
      })
      .catch((err: Error) => {
        error.textContent = err.message;
        setStatus(current);
      });
  });
  ctx.socket.on('status', (agent: AgentView) => setStatus(agent.status));
  // The server pushes `status` as a socket connects; a socket opened before this bar existed
  // may have had it already, so it is read once per connection as well.
  onConnect(ctx.socket, () => {
    call(ctx.socket, 'agents:list', {})
      .then((agents) => {
        const me = agents.find((a) => a.id === ctx.me.id);
        if (me) setStatus(me.status);
      })
      .catch(() => undefined);
  });

  const link = (hash: string, label: string) => h('a', { href: hash, 'data-route': hash }, label);
  const nav = h(
    'nav',
    { 'aria-label': 'Sections de la console' },
    h(
      'ul',
      {},
      h('li', {}, link('#/', 'Discussions')),
      h('li', {}, link('#/tickets', 'Tickets')),
      h('li', {}, link('#/recherche', 'Recherche')),
      h('li', {}, link('#/base', 'Base de connaissances')),
      h('li', {}, link('#/qualite', 'Qualité des réponses')),
      ctx.me.role === 'supervisor' ? h('li', {}, link('#/supervision', 'Supervision')) : null,
      ctx.me.role === 'supervisor' ? h('li', {}, link('#/pilotage', 'Pilotage')) : null,
      ctx.me.role === 'supervisor' ? h('li', {}, link('#/reponses-types', 'Réponses types')) : null,
      ctx.me.role === 'supervisor' ? h('li', {}, link('#/formations', 'Formations')) : null,
    ),
  );

  const el = h(
    'header',
    { class: 'top-bar' },
    h('p', { class: 'brand' }, 'Relais', h('span', { class: 'brand-sub' }, ' · console conseiller')),
    nav,
    h(
      'div',
      { class: 'me' },
      h('span', { class: 'me-name' }, ctx.me.name, ctx.me.role === 'supervisor' ? h('span', { class: 'role' }, ' (superviseur·e)') : null),
      h('span', { class: 'status-field' }, dot, h('label', { for: 'status-select' }, 'Statut'), select, error),
      notificationsToggle(ctx),
      h('button', { type: 'button', class: 'link-button', onclick: () => deps.onLogout() }, 'Se déconnecter'),
    ),
  );

  return {
    el,
    /** Marks the current section's link (aria-current). */
    setSection(hash: string) {
      for (const a of nav.querySelectorAll('a')) {
        if (a.dataset.route === hash) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    },
  };
}

/** «Notifications» on or off (desktop notifications while the tab is hidden): asked once, remembered. */
function notificationsToggle(ctx: ConsoleContext): HTMLElement | null {
  const desktop = ctx.notifier.desktop;
  if (!desktop.supported()) return null;
  const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': String(desktop.enabled()) }, 'Notifications');
  button.addEventListener('click', () => {
    const wanted = button.getAttribute('aria-pressed') !== 'true';
    void desktop.set(wanted).then((on) => {
      button.setAttribute('aria-pressed', String(on));
      ctx.announcer.say(on ? 'Notifications du navigateur activées.' : wanted ? 'Le navigateur refuse les notifications : autorisez-les dans ses réglages.' : 'Notifications du navigateur désactivées.');
    });
  });
  return button;
}
