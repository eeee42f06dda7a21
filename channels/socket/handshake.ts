import type { ChannelDeps, ChatSocket } from './deps';
import type { ChatConnectErrorCode, ChatRequester as Requester } from '../../protocol/widget-events';
import { userIdOf } from './inbound-activity';
import { addressBehindProxies } from '../../platform/http/client-ip';

type Next = (err?: Error & { data?: unknown }) => void;

/** A refused connection: the widget gets `connect_error` with this French message and `data.code`. */
export const refusal = (code: ChatConnectErrorCode, message: string) => Object.assign(new Error(message), { data: { code } });

const MAX_TOKEN_CHARS = 4096;

/** `auth` fields; empty or null ones count as absent, anything else that is not a string is refused. */
function readAuth(auth: unknown): { identityToken?: string; visitorToken?: string } | null {
  if (auth === undefined || auth === null) return {};
  if (typeof auth !== 'object' || Array.isArray(auth)) return null;
  const out: { identityToken?: string; visitorToken?: string } = {};
  for (const key of ['identityToken', 'visitorToken'] as const) {
    const v = (auth as Record<string, unknown>)[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || v.length > MAX_TOKEN_CHARS) return null;
    out[key] = v;
  }
  return out;
}

/**
 * Namespace middleware: verifies the portal identity, then resumes the conversation the visitor
 * token designates or creates one. Without the right token nobody reaches a conversation; a
 * conversation tied to a portal user is resumed only with that user's identity (a shared computer
 * after a logout gets a fresh conversation, another logged-in user is refused).
 */
export function handshake(deps: ChannelDeps) {
  return async (socket: ChatSocket, next: Next): Promise<void> => {
    const auth = readAuth(socket.handshake.auth);
    const clientIp = addressBehindProxies(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], deps.trustProxy);
    if (!auth) return next(refusal('INVALID_INPUT', 'Paramètres de connexion invalides.'));
    let requester: Requester | null = null;
    if (auth.identityToken) {
      try {
        requester = await deps.identity.verify(auth.identityToken);
      } catch (err) {
        const e = err as { code?: string; message?: string };
        // The verifier's own messages are French and say whether the session expired.
        const message = e?.code === 'IDENTITY_INVALID' && e.message ? e.message : 'Jeton d’identité du portail invalide.';
        return next(refusal('IDENTITY_INVALID', message));
      }
    }
    try {
      const found = auth.visitorToken ? await deps.store.findByVisitorToken(auth.visitorToken) : null;
      const mismatch = () => next(refusal('IDENTITY_MISMATCH', 'Cette conversation appartient à un autre utilisateur du portail.'));
      if (found?.portalUserId && requester && requester.portalUserId !== found.portalUserId) return mismatch();
      if (found && auth.visitorToken && (!found.portalUserId || requester)) {
        if (!(await deps.store.resume(found.id, requester))) return mismatch();
        socket.data = {
          conversationId: found.id,
          userId: userIdOf(found.id),
          requester,
          visitorToken: auth.visitorToken,
          isNew: false,
          clientIp,
        };
        return next();
      }
      const { conversation, visitorToken } = await deps.store.create(requester);
      socket.data = { conversationId: conversation.id, userId: userIdOf(conversation.id), requester, visitorToken, isNew: true, clientIp };
      next();
    } catch (err) {
      deps.logger.error({ err }, 'channels: chat handshake failed');
      next(refusal('UNAVAILABLE', 'Le service de discussion est momentanément indisponible. Veuillez réessayer.'));
    }
  };
}
