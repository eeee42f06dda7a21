/** The demo adviser's account, framed so that it is not lost among the start-up lines. */
export function demoBanner(email: string, password: string, consoleUrl: string): string {
  const lines = ['Compte conseiller de démonstration (affiché une seule fois)', `Console      : ${consoleUrl}`, `E-mail       : ${email}`, `Mot de passe : ${password}`];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '═'.repeat(width + 2);
  return ['', `╔${bar}╗`, ...lines.map((l) => `║ ${l.padEnd(width)} ║`), `╚${bar}╝`].join('\n');
}
