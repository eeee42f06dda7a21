import type { Announcer } from './announcer';

/**
 * New-chat alerts: a short two-tone sound made with WebAudio (no audio file), the page title
 * « (n) Nouveau chat — Relais » until the agent comes back to the page (a key, a click, the tab
 * shown or focused), and an announcement for screen readers.
 */
export interface Notifier {
  newChat(announcement: string): void;
  /** The alerts so far were seen: the title goes back to normal. */
  seen(): void;
  dispose(): void;
}

export function createNotifier(deps: { doc: Document; announcer: Announcer; baseTitle: string }): Notifier {
  const { doc } = deps;
  const win = doc.defaultView!;
  let unseen = 0;
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
