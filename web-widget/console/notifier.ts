import type { Announcer } from './announcer';

/**
 * New-chat alerts: a short two-tone sound made with WebAudio (no audio file), the page title
 * « (n) Nouveau chat — Relais » until the agent comes back to the page (a key, a click, the tab
 * shown or focused), and an announcement for screen readers.
 */
export interface Notifier {
  newChat(announcement: string): void;
  /** A user's message in a chat the agent is not looking at. */
  newMessage(announcement: string, text: string): void;
  /** Desktop notifications (Notification API), opt-in: shown only while the console's tab is hidden. */
  readonly desktop: {
    supported(): boolean;
    enabled(): boolean;
    /** Turns them on (asking the browser's permission) or off; resolves to whether they are on. */
    set(on: boolean): Promise<boolean>;
  };
  /** The alerts so far were seen: the title goes back to normal. */
  seen(): void;
  dispose(): void;
}

const DESKTOP_KEY = 'relais.console.notifications';

export function createNotifier(deps: { doc: Document; announcer: Announcer; baseTitle: string }): Notifier {
  const { doc } = deps;
  const win = doc.defaultView!;
  let unseen = 0;
  const api = (win as unknown as { Notification?: typeof Notification }).Notification;
  const stored = () => {
    try {
      return win.localStorage.getItem(DESKTOP_KEY) === 'on';
    } catch {
      return false;
    }
  };
  const desktopOn = () => !!api && api.permission === 'granted' && stored();
  // Only while the tab is hidden: a visible console already shows, sounds and announces it.
  const notify = (title: string, body: string) => {
    if (!desktopOn() || doc.visibilityState !== 'hidden') return;
    try {
      const n = new api!(title, { body, lang: 'fr', tag: 'relais-console' });
      n.onclick = () => {
        win.focus();
        n.close();
      };
    } catch {
      // A browser that refuses (e.g. a mobile one) must never break the console.
    }
  };
  let audio: AudioContext | null = null;

  // Browsers only let a page start audio after a user gesture: the context is made on the first one.
  const unlockAudio = () => {
    if (audio || typeof win.AudioContext !== 'function') return;
    try {
      audio = new win.AudioContext();
    } catch {
      audio = null;
    }
  };

  const beep = () => {
    if (!audio) return;
    try {
      void audio.resume();
      const start = audio.currentTime;
      const gain = audio.createGain();
      gain.connect(audio.destination);
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.35);
      [880, 1175].forEach((frequency, i) => {
        const osc = audio!.createOscillator();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        osc.connect(gain);
        osc.start(start + i * 0.15);
        osc.stop(start + 0.15 + i * 0.15);
      });
    } catch {
      // A missing or blocked audio device must never break the console.
    }
  };

  const seen = () => {
    if (unseen === 0) return;
    unseen = 0;
    doc.title = deps.baseTitle;
  };
  const onGesture = () => {
    unlockAudio();
    seen();
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible' && doc.hasFocus()) seen();
  };
  win.addEventListener('keydown', onGesture, true);
  win.addEventListener('pointerdown', onGesture, true);
  win.addEventListener('focus', seen);
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    newChat(announcement) {
      unseen += 1;
      doc.title = `(${unseen}) Nouveau chat — Relais`;
      beep();
      deps.announcer.say(announcement);
      notify('Nouveau chat — Relais', announcement);
    },
    newMessage(announcement, text) {
      deps.announcer.say(announcement);
      notify(announcement, text.length > 140 ? `${text.slice(0, 139)}…` : text);
    },
    desktop: {
      supported: () => !!api,
      enabled: desktopOn,
      async set(on) {
        if (!api) return false;
        if (on && api.permission !== 'granted' && (await api.requestPermission()) !== 'granted') return false;
        try {
          win.localStorage.setItem(DESKTOP_KEY, on ? 'on' : 'off');
        } catch {
          // Private browsing without storage: on for this page only is not worth a second state.
        }
        return desktopOn();
      },
    },
    seen,
    dispose() {
      win.removeEventListener('keydown', onGesture, true);
      win.removeEventListener('pointerdown', onGesture, true);
      win.removeEventListener('focus', seen);
      doc.removeEventListener('visibilitychange', onVisibility);
      doc.title = deps.baseTitle;
      void audio?.close().catch(() => undefined);
    },
  };
}
