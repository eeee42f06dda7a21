import crypto from 'node:crypto';
import type { AgentStore } from './agent-store';
import { AuthError } from './errors';

export const DEMO_EMAIL = 'demo@relais.local';

/**
 * Gives a fresh development install one supervisor to sign in with. Never in production, and
 * only while the agents table is empty: once anyone exists, accounts come from `agent:add`.
 */
export async function ensureDemoAgent(deps: {
  agents: AgentStore;
  production: boolean;
}): Promise<{ email: string; password: string } | null> {
  if (deps.production) return null;
  if ((await deps.agents.count()) > 0) return null;
  const password = crypto.randomBytes(18).toString('base64url');
  try {
    await deps.agents.create({ email: DEMO_EMAIL, name: 'Conseiller démo', role: 'supervisor', password });
  } catch (err) {
    // Another process starting at the same moment made it first; its output has the password.
    if (err instanceof AuthError && err.code === 'AGENT_EXISTS') return null;
    throw err;
  }
  return { email: DEMO_EMAIL, password };
}
