/**
 * Screen-reader announcements through one polite live region that exists from page load (a
 * region added at the same time as its text is often not read). The text is replaced, after a
 * tick, so the same message twice is announced twice.
 */
export interface Announcer {
  say(message: string): void;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message) {
      clearTimeout(timer);
      region.textContent = '';
      timer = setTimeout(() => (region.textContent = message), 50);
    },
  };
}
