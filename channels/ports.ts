import type { Requester } from '../protocol/ticket';

/** Verifies a portal identity token (ticketing's identity verifier implements it). */
export interface IdentityVerifier {
  verify(token: string): Promise<Requester>;
}
