import type { SupportStatus } from '../../protocol/widget-events';
import type { LiveStatus } from '../../protocol/agent-events';
import { append, clear, h } from '../shared/dom';

export interface StatusLine {
  online(on: boolean): void;
  refused(message: string | null): void;
  live(next: LiveStatus): void;
  support(status: SupportStatus): void;
}

/**
 * The one line under the header (a `role=status` region, re-rendered only when its text changes,
 * so it is announced once): the connection when it is down, else the queue position and wait or
 * the adviser, else « Support fermé » with the next opening.
 */
export function createStatusLine(el: HTMLElement, log: HTMLElement, options: { started(): boolean; leaveQueue(): void; endChat(): void }): StatusLine {
  let online = true;
  let refused: string | null = null;
  let live: LiveStatus = { state: 'bot' };
  let support: SupportStatus | null = null;
  let shown = '';

  function render(): void {
    let kind = '';
    let content: (Node | string)[] = [];
    if (refused || (!online && options.started())) {
      kind = 'offline';
      content = [refused ?? 'Connexion interrompue\u00a0: reconnexion en cours… Vos messages partiront dès son rétablissement.'];
    } else if (live.state === 'queued') {
      kind = 'live';
      content = [
        `Vous êtes en position ${live.position} dans la file d’attente. Attente estimée\u00a0: ${live.estimatedWaitMinutes} min.`,
        h('button', { type: 'button', class: 'btn2', onclick: options.leaveQueue }, 'Quitter la file et créer un ticket'),
      ];
    } else if (live.state === 'agent') {
      kind = 'live';
      content = [`Vous échangez avec ${live.agentName}, du support.`, h('button', { type: 'button', class: 'btn2', onclick: options.endChat }, 'Terminer la conversation')];
    } else if (support && !support.open) {
      kind = 'closed';
      content = [h('strong', {}, 'Support fermé. '), `${support.hours}${support.nextOpeningText ? ` Prochaine ouverture\u00a0: ${support.nextOpeningText}.` : ''}`];
    }
    // Queued messages are shown as pending only while the connection is down.
    log.classList.toggle('off', !online);
    const key = kind + content.map((c) => (typeof c === 'string' ? c : c.textContent)).join();
    if (key === shown) return;
    shown = key;
    el.hidden = !kind;
    el.className = `status ${kind}`;
    clear(el);
    append(el, content);
  }

  return {
    online(on) {
      online = on;
      render();
    },
    refused(message) {
      refused = message;
      render();
    },
    live(next) {
      live = next;
      render();
    },
    support(status) {
      support = status;
      render();
    },
  };
}
