import path from 'node:path';
import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { createBot, type BotDeps, type HandoffRequest, type Rating } from '../../bot';
import { createKnowledge } from '../../knowledge';
import type { NewTicket, Requester } from '../../ticketing';

/** The real knowledge base, built once per test file (the bot is tested on real answers). */
export const knowledge = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', 'knowledge', 'articles') });

/** Friday 14 June 2024, 10:00 in Paris (support open) / 19:00 (closed, next opening Monday 8:30). */
export const FRIDAY_MORNING = new Date('2024-06-14T08:00:00Z');
export const FRIDAY_EVENING = new Date('2024-06-14T17:00:00Z');
export const MONDAY_OPENING = new Date('2024-06-17T06:30:00Z');

export const MARIE: Requester = {
  email: 'marie.dupont@example.fr',
  name: 'Marie Dupont',
  portalUserId: 'u-42',
  organisation: 'Mairie de Quimper',
  verified: true,
};

/** In-memory ports whose behaviour each test flips, and which capture every call. */
export function createFakes() {
  const f = {
    now: FRIDAY_MORNING,
    open: true,
    agentAvailable: true,
    /** Some adviser is signed in (`availability().onDuty`). */
    agentsOnDuty: true,
    accept: true,
    failTickets: 0,
    agentPolls: 0,
    /** What `Handoff.isActive` answers (the live chat still has the conversation). */
    handoffActive: true,
    handoffs: [] as HandoffRequest[],
    ratings: [] as Rating[],
    comments: [] as { conversationId: string; messageId: string; comment: string }[],
    unanswered: [] as { conversationId: string; question: string; score: number; at: Date }[],
    outcomes: [] as { conversationId: string; outcome: string; articleId: string | null; at: Date }[],
    tickets: [] as NewTicket[],
    ticketAttempts: [] as NewTicket[],
  };
  const deps: BotDeps = {
    knowledge,
    clock: { now: () => f.now },
    hours: { isOpen: () => f.open, nextOpening: () => (f.open ? null : MONDAY_OPENING), describe: () => 'du lundi au vendredi de 8h30 à 18h30, hors jours fériés' },
    agents: {
      availability: async () => {
        f.agentPolls += 1;
        return { canTake: f.agentAvailable, onDuty: f.agentsOnDuty };
      },
    },
    handoff: {
      initiate: async (request) => {
        f.handoffs.push(request);
        return f.accept ? { accepted: true, queuePosition: 2, estimatedWaitMinutes: 4 } : { accepted: false, reason: 'queue full' };
      },
      isActive: async () => f.handoffActive,
    },
    feedback: {
      recordRating: async (r) => void f.ratings.push(r),
      addComment: async (conversationId, messageId, comment) => void f.comments.push({ conversationId, messageId, comment }),
      recordUnanswered: async (u) => void f.unanswered.push(u),
      recordOutcome: async (o) => void f.outcomes.push(o),
    },
    tickets: {
      create: async (input) => {
        f.ticketAttempts.push(input);
        if (f.failTickets > 0) {
          f.failTickets -= 1;
          throw new Error('database unavailable');
        }
        f.tickets.push(input);
        return { ticket: { number: `2024-00000${f.tickets.length}` }, followUpUrl: null };
      },
    },
  };
  return { f, deps };
}

export type Reply = Partial<Activity>;

/** A bot on a TestAdapter; `send` runs one turn and returns everything the bot sent in it. */
export function createHarness(
  opts: { storage?: Storage; fakes?: ReturnType<typeof createFakes>; deps?: Partial<BotDeps>; identityChannels?: string[] } = {},
) {
  const storage = opts.storage ?? new MemoryStorage();
  const { f, deps } = opts.fakes ?? createFakes();
  const errors: { obj: object; msg: string }[] = [];
  const logger = { error: (obj: object, msg: string) => void errors.push({ obj, msg }) };
  const created = createBot({ ...deps, ...opts.deps, storage, logger, identityChannels: opts.identityChannels });
  const adapter = new TestAdapter(async (ctx) => created.bot.run(ctx));

  const send = async (input: string | Partial<Activity>): Promise<Reply[]> => {
    await adapter.processActivity(typeof input === 'string' ? { type: 'message', text: input } : { ...input });
    return adapter.activeQueue.splice(0);
  };
  const join = (requester?: unknown) =>
    send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Bot' }, { id: 'user1', name: 'User1' }],
      channelData: requester ? { relais: { requester } } : undefined,
    });
  const rate = (replyToId: string | undefined, reaction: 'like' | 'dislike', feedback?: string) =>
    send({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId,
      value: { actionName: 'feedback', actionValue: feedback === undefined ? { reaction } : { reaction, feedback } },
    });
  const status = (state: string, extra: Record<string, unknown> = {}) => send({ type: 'event', name: 'handoff.status', value: { state, ...extra } });
  return { ...created, adapter, storage, f, errors, send, join, rate, status };
}

export const messages = (replies: Reply[]) => replies.filter((r) => r.type === 'message');
export const text = (replies: Reply[]) => messages(replies).map((r) => r.text ?? '').join('\n');
export const actions = (replies: Reply[]) =>
  messages(replies).flatMap((r) => (r.suggestedActions?.actions ?? []).map((a) => String(a.title)));
export const last = (replies: Reply[]) => messages(replies).at(-1);
export const titleOf = (id: string) => knowledge.article(id)?.title ?? '(missing)';

/** A question the real base answers with « Vouliez-vous dire » (searched so that tuning the
 * retriever does not silently turn this test into an answer test). */
export function clarifyingQuestion(): { question: string; ids: string[] } {
  for (const question of ['IPM newsletter', 'facture brouillon ou facture de travaux', 'lettre information gouvernance']) {
    const r = knowledge.ask(question);
    if (r.kind === 'clarify') return { question, ids: r.candidates.map((c) => c.articleId) };
  }
  throw new Error('no clarifying question found in the real knowledge base: update the list in harness.ts');
}
