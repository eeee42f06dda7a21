import type { PortalInvoice } from '../protocol/portal';

/**
 * The portal port (issue 15): the logged-in user's invoices, read from the portal's API
 * (`client.ts`, README «Le portail») or, outside production without `PORTAL_API_URL`, from the
 * built-in demo portal (`demo.ts`). Only ever called with a verified portal identity's id.
 */
export interface Portal {
  /** The user's invoices, most recent first; `number` narrows to that invoice (any spelling). */
  getInvoices(userId: string, query: { number?: string; limit: number }): Promise<PortalInvoice[]>;
  /** One of the user's invoices; null when the user has none with that number. */
  getInvoice(userId: string, number: string): Promise<PortalInvoice | null>;
}

/** Why the portal could not answer: down, slow or refusing (an honest message, never a crash). */
export class PortalError extends Error {
  constructor(
    readonly code: 'PORTAL_UNAVAILABLE' | 'PORTAL_REFUSED' | 'PORTAL_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'PortalError';
  }
}
