import { chatFileOf } from '../protocol/chat-file';
import { fileSizeLabel } from '../protocol/file-size';
import { userMessageText } from '../protocol/user-text';
import type { LiveMessage } from '../protocol/agent-events';
import type { StoredUserActivity, TranscriptLine, UserActivity } from './ports';

/** Marks what the live chat posts in a widget conversation (the widget renders it as plain text). */
type Sender = 'agent' | 'system' | 'note';
const SYSTEM_ACCOUNT = Object.freeze({ id: 'relais-system', name: 'Relais', role: 'bot' });

const relaisOf = (a: UserActivity) =>
  (a.channelData?.relais ?? {}) as { sender?: Sender; agentId?: number; appointmentId?: string; articleId?: unknown; title?: unknown };

export function agentActivity(agent: { id: number; name: string }, text: string, extra: Record<string, unknown> = {}): UserActivity {
  return {
    type: 'message',
    text,
    textFormat: 'plain',
    locale: 'fr-FR',
    from: { id: `agent_${agent.id}`, name: agent.name, role: 'bot' },
    channelData: { relais: { sender: 'agent', agentId: agent.id, ...extra } },
  };
}

export function systemActivity(text: string, extra: Record<string, unknown> = {}): UserActivity {
  return { type: 'message', text, textFormat: 'plain', locale: 'fr-FR', from: { ...SYSTEM_ACCOUNT }, channelData: { relais: { sender: 'system', ...extra } } };
}

/** Stored with audience `agents`: never emitted nor replayed to the user. */
export function noteActivity(agent: { id: number; name: string }, text: string): UserActivity {
  return { type: 'message', text, textFormat: 'plain', from: { id: `agent_${agent.id}`, name: agent.name, role: 'bot' }, channelData: { relais: { sender: 'note', agentId: agent.id } } };
}

export function typingActivity(agent: { id: number; name: string }): UserActivity {
  return { type: 'typing', from: { id: `agent_${agent.id}`, name: agent.name, role: 'bot' }, channelData: { relais: { sender: 'agent' } } };
}

export function statusActivity(value: unknown): UserActivity {
  return { type: 'event', name: 'livechat.status', value, from: { ...SYSTEM_ACCOUNT } };
}

function kindOf(stored: StoredUserActivity): LiveMessage['kind'] {
  const sender = relaisOf(stored.activity).sender;
  if (stored.audience === 'agents' || sender === 'note') return 'note';
  if (sender === 'agent' || sender === 'system') return sender;
  return stored.activity.from?.role === 'user' ? 'user' : 'bot';
}

/** A stored message of the conversation as the console shows it (non-message activities: null). */
export function toLiveMessage(chatId: string, stored: StoredUserActivity): LiveMessage | null {
  const a = stored.activity;
  if (a.type !== 'message' || !a.id) return null;
  const kind = kindOf(stored);
  const relais = relaisOf(a);
  const appointmentId = relais.appointmentId;
  // A bot answer names its article (bot/answer.ts): the console shows which one.
  const article = kind === 'bot' && typeof relais.articleId === 'string' && typeof relais.title === 'string' ? { id: relais.articleId, title: relais.title } : null;
  const file = chatFileOf(a);
  return {
    id: a.id,
    chatId,
    kind,
    authorName: kind === 'user' ? null : (a.from?.name ?? null),
    text: kind === 'user' ? userMessageText(a) : typeof a.text === 'string' ? a.text : '',
    at: a.timestamp ?? new Date(0).toISOString(),
    ...(appointmentId ? { appointmentId } : {}),
    ...(article ? { article } : {}),
    ...(file ? { file } : {}),
  };
}

/** The live part as transcript lines (for the bot and tickets): internal notes left out. */
export function toTranscriptLines(messages: LiveMessage[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const m of messages) {
    // Internal notes, and messages with nothing to read (a button's bare value), stay out.
    const text = m.file ? `Fichier joint\u00a0: ${m.file.name} (${fileSizeLabel(m.file.size)})` : m.text;
    if (m.kind === 'note' || !text) continue;
    lines.push({ from: m.kind, text: m.authorName && m.kind === 'agent' ? `${m.authorName} : ${text}` : text, at: m.at, ...(m.article ? { article: m.article } : {}) });
  }
  return lines;
}
