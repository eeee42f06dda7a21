import { SignJWT } from 'jose';
import { createIdentityVerifier } from '../../auth/portal-identity';

const clock = { now: () => new Date('2026-12-01T10:00:00Z') };
const sign = (secret: string, claims: Record<string, unknown> = {}, seconds = 600) =>
  new SignJWT({ email: 'Marie.Dupont@example.fr', name: 'Marie Dupont', organisation: 'Mairie de Lyon', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('portal-42')
    .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + seconds)
    .sign(new TextEncoder().encode(secret));

describe('portal identity tokens', () => {
  const secret = 's'.repeat(32);

  it('gives the verified requester of a token the portal signed', async () => {
    const verifier = createIdentityVerifier({ secret, clock });
    await expect(verifier.verify(await sign(secret))).resolves.toEqual({
      email: 'marie.dupont@example.fr',
      name: 'Marie Dupont',
      portalUserId: 'portal-42',
      organisation: 'Mairie de Lyon',
      verified: true,
    });
  });

  it('reads the user’s profile when the portal gives a known one, and ignores an unknown one', async () => {
    const verifier = createIdentityVerifier({ secret, clock });
    await expect(verifier.verify(await sign(secret, { profile: 'prestataire-justice' }))).resolves.toMatchObject({ profile: 'prestataire-justice', verified: true });
    const unknown = await verifier.verify(await sign(secret, { profile: 'pirate' }));
    expect(unknown.verified).toBe(true);
    expect(unknown.profile).toBeUndefined();
  });

  it('refuses another key, a missing claim and everything when no secret is configured, with IDENTITY_INVALID', async () => {
    const verifier = createIdentityVerifier({ secret, clock });
    await expect(verifier.verify(await sign('x'.repeat(32)))).rejects.toMatchObject({ code: 'IDENTITY_INVALID', status: 401 });
    await expect(verifier.verify(await sign(secret, { name: undefined }))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
    const unconfigured = createIdentityVerifier({ secret: null, clock });
    await expect(unconfigured.verify(await sign(secret))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
    await expect(unconfigured.verify(await sign(''.padEnd(1, ' ')))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
  });

  it('refuses a token that claims a validity longer than the cap (24 h by default, configurable)', async () => {
    const verifier = createIdentityVerifier({ secret, clock });
    await expect(verifier.verify(await sign(secret, {}, 24 * 3600))).resolves.toMatchObject({ verified: true });
    await expect(verifier.verify(await sign(secret, {}, 100 * 365 * 24 * 3600))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
    await expect(verifier.verify(await sign(secret, {}, 24 * 3600 + 60))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
    // Issued a year ago for a year and a day: its lifetime, not what is left of it, is what counts.
    const yearAgo = Math.floor(clock.now().getTime() / 1000) - 365 * 24 * 3600;
    const old = await new SignJWT({ email: 'a@b.fr', name: 'A' }).setProtectedHeader({ alg: 'HS256' }).setSubject('p').setIssuedAt(yearAgo).setExpirationTime(yearAgo + 366 * 24 * 3600).sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(old)).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
    // Issued by a portal whose clock is ahead of this server's: ten minutes of lifetime is ten minutes.
    const ahead = Math.floor(clock.now().getTime() / 1000) + 3 * 24 * 3600;
    const fresh = await new SignJWT({ email: 'a@b.fr', name: 'A' }).setProtectedHeader({ alg: 'HS256' }).setSubject('p').setIssuedAt(ahead).setExpirationTime(ahead + 600).sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(fresh)).resolves.toMatchObject({ verified: true });
    const shorter = createIdentityVerifier({ secret, clock, maxTokenHours: 1 });
    await expect(shorter.verify(await sign(secret, {}, 2 * 3600))).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
  });
});
