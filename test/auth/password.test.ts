import { hashPassword, verifyPassword } from '../../auth';

describe('password hashing (scrypt)', () => {
  it('encodes the parameters, salt and hash as scrypt$N$r$p$salt$hash', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash: the same password hashes differently twice', async () => {
    const [a, b] = await Promise.all([hashPassword('même mot de passe'), hashPassword('même mot de passe')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('même mot de passe', a)).toBe(true);
    expect(await verifyPassword('même mot de passe', b)).toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('r\u00e9sum\u00e9-s\u00e9curis\u00e9');
    expect(await verifyPassword('re\u0301sume\u0301-se\u0301curise\u0301', hash)).toBe(true);
  });

  it('answers false, without throwing, for malformed or absurd hashes', async () => {
    for (const bad of ['', 'bcrypt$x', 'scrypt$3$8$1$c2FsdA$aGFzaA', 'scrypt$1073741824$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA']) {
      expect(await verifyPassword('whatever', bad)).toBe(false);
    }
  });
});
