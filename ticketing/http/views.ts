import type { Ticket, TicketEvent } from '../../protocol/ticket';

/** What a requester sees: no assignee id, no internal events (filtered by the store already). */
export function requesterView(ticket: Ticket, events: TicketEvent[] = []) {
  return {
    number: ticket.number,
    status: ticket.status,
    category: ticket.category,
    subject: ticket.subject,
    description: ticket.description,
    requester: { name: ticket.requester.name, email: ticket.requester.email, verified: ticket.requester.verified },
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    events: events.map((e) => ({
      type: e.type,
      author: { kind: e.author.kind, name: e.author.name },
      body: e.body,
      data: e.type === 'status' || e.type === 'attachment' ? e.data : null,
      createdAt: e.createdAt,
    })),
  };
}
