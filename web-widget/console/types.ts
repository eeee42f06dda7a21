/** What the auth API answers for a signed-in agent (POST /api/auth/login, GET /api/auth/me). */
export interface SignedIn {
  agent: { id: number; email: string; name: string; role: 'agent' | 'supervisor' };
  csrfToken: string;
  expiresAt: string;
}
