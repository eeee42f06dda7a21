import type { Requester } from '../protocol/ticket';

/** Verifies a portal identity token (auth/portal-identity.ts implements it). */
export interface IdentityVerifier {
  verify(token: string): Promise<Requester>;
}
