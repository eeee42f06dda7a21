import type { ChatActivity, TicketFormDescriptor } from '../../protocol/widget-events';
import type { Actions } from './actions';
import { appointmentForm } from './appointment';
import { chips, type CardAction } from './chips';
import { endOfChatForm, type EndOfChat } from './end-of-chat';
import { feedback, type Ratings } from './feedback';
import { messageView, relaisOf, type Kind } from './message-view';
import { ticketForm, type TicketFormView } from './ticket-form';

export interface MessageExtras {
  /** A message's bubble with what comes with it: the bot's ticket form or choices and rating, the end-of-chat form, an agent's appointment. */
  build(a: ChatActivity, kind: Kind, quiet: boolean): HTMLElement;
  /** A new conversation: no open ticket form, no appointment shown. */
  reset(): void;
}

/**
 * What a message brings besides its text. Keeps the one ticket form that is open (a new one
 * closes it; the bot's refusal shows its errors; the ticket's creation closes it) and the
 * appointments shown (a newer proposal replaces one, a system message withdraws it).
 * `quiet`: a message replayed from the history (no error shown again, no end-of-chat form).
 */
export function createMessageExtras(deps: { actions: Actions; ratings: Ratings; dropSubmitted: () => void }): MessageExtras {
  const { actions, ratings, dropSubmitted } = deps;
  const appointments = new Map<string, HTMLElement>();
  let ticket: TicketFormView | null = null;

  function build(a: ChatActivity, kind: Kind, quiet: boolean): HTMLElement {
    const r = relaisOf(a);
    const form = r.ticketForm as TicketFormDescriptor | undefined;
    const el = messageView(a, kind, form?.intro);
    if (kind === 'bot') {
      if (form) {
        ticket?.close();
        ticket = ticketForm(form, actions);
        el.appendChild(ticket.el);
        el.classList.add('wide');
      } else {
        // Leaving the queue is the status line's button (it stays while queued; chips go with the
        // next message): the same action is not offered twice under two names.
        const offered = ((a.suggestedActions as { actions?: CardAction[] } | undefined)?.actions ?? []).filter(
          (c) => (c.value as { relaisAction?: unknown } | undefined)?.relaisAction !== 'leave-queue',
        );
        const box = chips(offered, actions);
        if (box) el.appendChild(box);
      }
      if (a.channelData?.feedbackLoopEnabled && a.id) el.appendChild(feedback(a.id, actions, ratings));
      if (r.ticketFormErrors && ticket && !quiet) {
        dropSubmitted();
        ticket.showErrors(r.ticketFormErrors.errors ?? {});
      }
      if (r.ticketDone) {
        ticket?.close();
        ticket = null;
      }
    }
    if (kind === 'bot' && r.satisfaction?.chatId && !quiet) {
      el.appendChild(endOfChatForm(r.satisfaction as EndOfChat, actions));
      el.classList.add('wide');
    }
    if (kind === 'agent' && r.appointment?.id) {
      const f = appointmentForm(r.appointment, actions);
      appointments.get(r.appointment.id)?.remove();
      appointments.set(r.appointment.id, f);
      el.appendChild(f);
      el.classList.add('wide');
    }
    if (kind === 'system' && r.appointmentId) appointments.get(r.appointmentId)?.remove();
    return el;
  }


  return {
    build,
    reset() {
      appointments.clear();
      ticket = null;
    },
  };
}
