import { jwtVerify, errors as joseErrors } from 'jose';
import { z } from 'zod';
import { isPortalProfile } from '../protocol/profile';
import type { Clock } from '../platform/clock';
import { AuthError } from './errors';
import type { Requester } from '../protocol/ticket';

/** Printable text, no control characters (names end up in e-mail headers and pages). */
const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'caractères de contrôle interdits');

const Claims = z.object({
  sub: plain(200),
  email: z.email().max(254),
  name: plain(120),
  organisation: plain(200).optional(),
  /** An unknown profile is no profile: the token stays valid, the answers generic. */
  profile: z.unknown().optional(),
  exp: z.number(),
  /** When the portal issued it (jose has checked it is a number when present). */
  iat: z.number().optional(),
});

export interface IdentityVerifier {
  /** A verified requester from an `Authorization: Bearer` identity token; throws IDENTITY_INVALID. */
  verify(token: string): Promise<Requester>;
}

/**
 * The portal's identity of a logged-in user, as the ticket form, the widget's handshake and the
 * demo portal receive it. The portal vouches for a logged-in user with an HS256 JWT (claims sub, email, name, optional
 * organisation, exp). Any failure — bad signature, other algorithm, expired, missing claim —
 * is a 401: a bad token is never silently downgraded to the non-connected mode.
 */
/** Longest validity a portal token may claim by default: a leaked token must not outlive a working day. */
export const DEFAULT_MAX_TOKEN_HOURS = 24;

export function createIdentityVerifier(deps: { secret: string | null; clock: Clock; maxTokenHours?: number }): IdentityVerifier {
  const maxSeconds = (deps.maxTokenHours ?? DEFAULT_MAX_TOKEN_HOURS) * 3600;
  // No secret configured: no portal vouches for anyone (an empty key would accept tokens signed with one).
  const key = deps.secret ? new TextEncoder().encode(deps.secret) : null;
  return {
    async verify(token: string): Promise<Requester> {
      let payload: unknown;
      try {
        if (!key) throw new Error('no portal identity secret');
        ({ payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          requiredClaims: ['sub', 'exp'],
          currentDate: deps.clock.now(),
        }));
      } catch (err) {
        const expired = err instanceof joseErrors.JWTExpired;
        throw new AuthError(
          'IDENTITY_INVALID',
          expired ? 'Votre session du portail a expiré : reconnectez-vous.' : 'Jeton d’identité du portail invalide.',
        );
      }
      const claims = Claims.safeParse(payload);
      if (!claims.success) throw new AuthError('IDENTITY_INVALID', 'Jeton d’identité du portail incomplet.');
      // A token valid for a century is a password that never expires: its lifetime is capped —
      // as issued (exp − iat) when it says when it was issued, otherwise from now.
      const issuedAt = claims.data.iat ?? Math.floor(deps.clock.now().getTime() / 1000);
      if (claims.data.exp - issuedAt > maxSeconds) {
        throw new AuthError('IDENTITY_INVALID', 'Jeton d’identité du portail valable trop longtemps : le portail doit en émettre un plus court.');
      }
      return {
        email: claims.data.email.toLowerCase(),
        name: claims.data.name,
        portalUserId: claims.data.sub,
        organisation: claims.data.organisation ?? null,
        verified: true,
        ...(isPortalProfile(claims.data.profile) ? { profile: claims.data.profile } : {}),
      };
    },
  };
}
