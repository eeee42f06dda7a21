import { refuseUnknownEvents } from '../../platform/http/socket-acks';
import { createSocketRateLimiter } from '../../platform/http/socket-rate-limit';
import { agentRoom, AGENTS_ROOM, type AgentNamespace, type AgentSocket, type LiveChatContext } from '../context';
import type { AgentConnectErrorCode } from '../../protocol/agent-events';
import { agentView } from '../views';
import { AGENT_EVENTS } from './events';
import { announceViewers } from '../viewers';

export interface AgentSession {
  agent: { id: number; name: string; email: string; role: 'agent' | 'supervisor' };
}

export interface AgentSocketOptions {
  /** The agent session behind the socket's Cookie header (the console's login), or null. */
  sessionFromCookie(cookieHeader: string | undefined): Promise<AgentSession | null>;
  /** Origins allowed to open an agent socket with the session cookie (cross-site WebSocket hijacking). */
  allowedOrigins: string[];
}

/** Browsers send Origin: same host as the request, or a configured origin (the public URL). */
function originAllowed(origin: string | undefined, host: string | undefined, allowed: string[]): boolean {
  if (!origin) return true; // not a browser: the cookie still has to be a live session
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const refusal = (code: AgentConnectErrorCode, message: string) => Object.assign(new Error(message), { data: { code } });

/**
 * `/agent`: the console's socket. No session, no connection. Each agent's sockets (tabs, on any
 * process) share the room `agent:<id>`; presence is kept in the database for every process to see.
 */
export function attachAgentNamespace(ctx: LiveChatContext, options: AgentSocketOptions) {
  const nsp: AgentNamespace = ctx.nsp;
  const known = new Set(Object.keys(AGENT_EVENTS));

  nsp.use((socket, next) => {
    void (async () => {
      if (!originAllowed(socket.handshake.headers.origin, socket.handshake.headers.host, options.allowedOrigins)) {
        return next(refusal('FORBIDDEN', 'Origine non autorisée.'));
      }
      const session = await options.sessionFromCookie(socket.handshake.headers.cookie);
      if (!session) return next(refusal('AUTH_REQUIRED', 'Connectez-vous à la console conseiller.'));
      socket.data.agent = session.agent;
      await ctx.store.agents.ensure(session.agent.id, { team: ctx.options.team, capacity: ctx.options.capacity });
      next();
    })().catch((err: unknown) => {
      ctx.logger.error({ err }, 'livechat: agent handshake failed');
      next(refusal('INTERNAL', 'Service momentanément indisponible.'));
    });
  });

  async function onDisconnect(socket: AgentSocket): Promise<void> {
    const { id } = socket.data.agent;
    // The chat it had in front of it loses a viewer (the socket has left the room by now).
    if (socket.data.viewing) await announceViewers(ctx, socket.data.viewing);
    // Another tab may still be open, here or on another process.
    if ((await nsp.in(agentRoom(id)).fetchSockets()).length > 0) return;
    await ctx.store.agents.disconnected(id, ctx.clock.now());
    ctx.changed();
  }

  nsp.on('connection', (socket: AgentSocket) => {
    const { agent } = socket.data;
    void socket.join([agentRoom(agent.id), AGENTS_ROOM]);
    const limiter = createSocketRateLimiter({ max: ctx.options.agentEventsPer10s, windowMs: 10_000 }, ctx.clock);
    for (const [event, factory] of Object.entries(AGENT_EVENTS)) {
      socket.on(event as keyof typeof AGENT_EVENTS, factory({ ctx, socket, limiter }) as never);
    }
    refuseUnknownEvents(socket, known, {
      clock: ctx.clock,
      warn: (event) => ctx.logger.warn({ agentId: agent.id, event }, 'livechat: unknown agent event'),
      flood: () => ctx.logger.warn({ agentId: agent.id }, 'livechat: flood of unknown agent events, connection closed'),
    });
    socket.on('disconnect', () => {
      onDisconnect(socket).catch((err: unknown) => ctx.logger.error({ err, agentId: agent.id }, 'livechat: agent disconnect failed'));
    });
    void (async () => {
      await ctx.store.agents.connected(agent.id, ctx.clock.now());
      const me = await ctx.store.agents.get(agent.id);
      if (me) socket.emit('status', agentView(me, true));
      ctx.changed();
      await ctx.route();
    })().catch((err: unknown) => ctx.logger.error({ err, agentId: agent.id }, 'livechat: agent connection setup failed'));
  });

  return {
    /** Agents with a socket on this process (a socket has left `nsp.sockets` when `disconnect` fires). */
    localAgents: () => [...new Set([...nsp.sockets.values()].map((s) => s.data.agent.id))],
    /** Disconnects the sockets whose session ended (logout, expiry) since they connected. */
    async revalidate(): Promise<void> {
      const checked = new Map<string, Promise<AgentSession | null>>();
      for (const socket of nsp.sockets.values()) {
        const cookie = socket.handshake.headers.cookie ?? '';
        if (!checked.has(cookie)) checked.set(cookie, options.sessionFromCookie(cookie));
        const session = await checked.get(cookie)!;
        if (session?.agent.id !== socket.data.agent.id) {
          ctx.logger.info({ agentId: socket.data.agent.id }, 'livechat: agent session ended, socket closed');
          socket.disconnect(true);
        }
      }
    },
    close(): void {
      nsp.disconnectSockets(true);
    },
  };
}
