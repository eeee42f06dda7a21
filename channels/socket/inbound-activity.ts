import { z } from 'zod';
import type { ChatAccount, ChatActivity, ChatErrorCode, ClientActivity, SocketData } from '../../protocol/widget-events';
import { plainJsonSize } from './plain-json';
import { cleanStrings } from '../../protocol/plain-text';
import { pageContextOf } from '../../protocol/page-context';

export const LIMITS = Object.freeze({ payloadBytes: 16 * 1024, fieldBytes: 8 * 1024, textChars: 2000 });

/** A JSON field (value, channelData) of at most 8 KB; its size is checked before zod runs. */
const fits = (v: unknown) => (plainJsonSize(v, LIMITS.fieldBytes) ?? Infinity) <= LIMITS.fieldBytes;
// A string, not a shared params object: zod rewrites the params objects it is given.
const TOO_BIG_FIELD = 'champ trop volumineux';
const jsonField = z.unknown().refine(fits, { message: TOO_BIG_FIELD });
const id = z.string().trim().min(1).max(200);

const Feedback = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']), feedback: z.string().trim().max(LIMITS.textChars).optional() }),
});

/** Chosen by the widget for each message, so a resend after a reconnect is recognised. */
export const CLIENT_ACTIVITY_ID = /^[A-Za-z0-9_-]{8,64}$/;
const ChannelData = z
  .record(z.string(), z.unknown())
  .refine(fits, { message: TOO_BIG_FIELD })
  .refine((c) => c.clientActivityId === undefined || (typeof c.clientActivityId === 'string' && CLIENT_ACTIVITY_ID.test(c.clientActivityId)), {
    message: 'clientActivityId invalide',
  })
  .refine((c) => c.page === undefined || pageContextOf(c.page) !== null, { message: 'page invalide (adresse web et titre de 300 caractères au plus)' });

const Message = z
  .object({
    type: z.literal('message'),
    text: z.string().trim().max(LIMITS.textChars).optional(),
    value: jsonField.optional(),
    channelData: ChannelData.optional(),
    replyToId: id.optional(),
  })
  .refine((m) => (m.text ?? '') !== '' || m.value !== undefined, { message: 'message vide' });

const Invoke = z
  .object({ type: z.literal('invoke'), name: z.string().trim().min(1).max(100), value: jsonField, replyToId: id.optional() })
  .superRefine((inv, ctx) => {
    // The feedback loop is the one invoke the bot relies on: its shape is checked here, at the edge.
    // A submit action refers to the message it acts on; other invokes (the support status) need not.
    const v = inv.value as { actionName?: unknown } | null;
    if (inv.name === 'message/submitAction' && (!inv.replyToId || (v?.actionName === 'feedback' && !Feedback.safeParse(v).success))) {
      ctx.addIssue({ code: 'custom', message: 'avis invalide' });
    }
  });

/** The user is typing: relayed to a live agent, never stored nor given to the bot. */
const Typing = z.object({ type: z.literal('typing') });

const ClientActivitySchema = z.discriminatedUnion('type', [Message, Invoke, Typing]);

export type Parsed = { ok: true; activity: ClientActivity } | { ok: false; code: ChatErrorCode; message: string };

/** Validates what a widget sent; never throws, whatever the payload. */
export function parseClientActivity(payload: unknown): Parsed {
  const size = plainJsonSize(payload, LIMITS.payloadBytes);
  if (size === null || typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, code: 'INVALID_INPUT', message: 'Message invalide : une activité JSON est attendue.' };
  }
  if (size > LIMITS.payloadBytes) {
    return { ok: false, code: 'TOO_LARGE', message: 'Message trop volumineux.' };
  }
  // The one text rule (protocol/plain-text.ts): controls removed from every string sent, so a NUL
  // never reaches the database nor a C1 character a mail header.
  const parsed = ClientActivitySchema.safeParse(cleanStrings(payload));
  if (!parsed.success) {
    const { issues } = parsed.error;
    if (issues.some((i) => i.code === 'too_big')) {
      return { ok: false, code: 'TOO_LARGE', message: `Message trop long : ${LIMITS.textChars} caractères au maximum.` };
    }
    if (issues.some((i) => i.message === TOO_BIG_FIELD)) {
      return { ok: false, code: 'TOO_LARGE', message: 'Données jointes trop volumineuses (8 Ko au maximum).' };
    }
    return { ok: false, code: 'INVALID_INPUT', message: 'Message invalide : vérifiez son contenu.' };
  }
  return { ok: true, activity: parsed.data as ClientActivity };
}

export type BotAccount = Readonly<ChatAccount & { name: string }>;
/** The bot's account on the widget channel, under the assistant's name (a setting). */
export const botAccount = (name: string): BotAccount => Object.freeze({ id: 'relais', name, role: 'bot' });
export const CHANNEL_ID = 'relais-widget';

/** The user's id in a widget conversation: one user per conversation, derived from its id. */
export const userIdOf = (conversationId: string) => `u_${conversationId}`;

/** The user's account in a conversation: derived from it, never chosen by the client. */
export const userAccount = (data: Pick<SocketData, 'userId' | 'requester'>): ChatAccount => ({
  id: data.userId,
  ...(data.requester ? { name: data.requester.name } : {}),
  role: 'user',
});

/**
 * The activity the bot sees: the client's content plus the fields only the server may choose.
 * `channelData.relais` carries the identity verified at the handshake, overwriting any client value.
 */
export function toInboundActivity(
  client: ClientActivity,
  session: Pick<SocketData, 'conversationId' | 'userId' | 'requester'> & Partial<Pick<SocketData, 'clientIp'>>,
  server: { id: string; now: Date; serviceUrl: string; bot: BotAccount },
): ChatActivity & { id: string } {
  const clientData = client.type === 'message' ? (client.channelData ?? {}) : {};
  return {
    ...client,
    id: server.id,
    timestamp: server.now.toISOString(),
    channelId: CHANNEL_ID,
    serviceUrl: server.serviceUrl,
    conversation: { id: session.conversationId },
    from: userAccount(session),
    recipient: { ...server.bot },
    locale: 'fr-FR',
    // `relais` is the channel's own (the client's is dropped by validation): the verified identity and the client's address.
    channelData: {
      ...clientData,
      relais: { ...(session.requester ? { requester: session.requester } : {}), ...(session.clientIp ? { clientIp: session.clientIp } : {}) },
    },
  };
}

/** The widget's id of a message (already validated by `parseClientActivity`), if it gave one. */
export function clientActivityIdOf(activity: ChatActivity): string | null {
  const cid = activity.channelData?.clientActivityId;
  return typeof cid === 'string' ? cid : null;
}

/** What the history keeps of a user activity: not the server-side identity in `channelData.relais`. */
export function forHistory(activity: ChatActivity & { id: string }): ChatActivity & { id: string } {
  const { relais: _omitted, ...channelData } = activity.channelData ?? {};
  return { ...activity, channelData };
}
