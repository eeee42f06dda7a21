import type { Api } from './api';
import type { Announcer } from './announcer';
import type { Notifier } from './notifier';
import type { AgentSocket } from './socket';
import type { SignedIn } from './types';

/** What every view of a signed-in console gets (passed in, never global). */
export interface ConsoleContext {
  doc: Document;
  api: Api;
  socket: AgentSocket;
  me: SignedIn['agent'];
  announcer: Announcer;
  notifier: Notifier;
}

/** A page of the console: built once, shown by the hash router. */
export interface View {
  el: HTMLElement;
  /** Called each time the route shows it; `param` is the route's parameter (a ticket number). */
  show(param?: string): void;
  hide?(): void;
}
