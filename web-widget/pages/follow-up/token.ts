/**
 * The follow-up token travels in the e-mailed link's fragment (`#jeton=…`), so it never reaches
 * a server log or a Referer. The page takes it from there, removes it from the address bar (and
 * from the history entry), and keeps it in sessionStorage so a reload still works in this tab.
 */
const key = (number: string) => `relais.suivi.${number}`;

function stored(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the page still works until it is reloaded
  }
}

export function takeFollowUpToken(number: string): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('jeton');
  if (fromHash) {
    stored()?.setItem(key(number), fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  return stored()?.getItem(key(number)) ?? null;
}

export function forgetFollowUpToken(number: string): void {
  stored()?.removeItem(key(number));
}
