import { h } from '../shared/dom';

const TYPING_REFRESH_MS = 3000;
const TYPING_IDLE_MS = 4000;

/**
 * The message field: Enter sends, Shift+Enter breaks the line, « / » in an empty field opens the
 * canned responses. Typing is signalled at most every 3 s, and its end after 4 s without a key.
 */
export function composer(deps: {
  idPrefix: string;
  requesterName: string;
  send(text: string): Promise<void>;
  /** Sends a file to the user (a screenshot, a PDF); rejects with the server's reason. */
  sendFile(file: File): Promise<void>;
  typing(typing: boolean): void;
  openCanned(): void;
}) {
  const id = `${deps.idPrefix}-composer`;
  const field = h('textarea', { id, rows: 3, maxlength: 4000, 'aria-describedby': `${id}-hint ${id}-error` });
  const error = h('p', { id: `${id}-error`, class: 'inline-error', role: 'alert' });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, 'Envoyer');
  const cannedButton = h('button', { type: 'button', class: 'secondary', onclick: () => deps.openCanned() }, 'Réponses types');
  // A real file field, out of sight: the button opens the system's picker.
  const fileInput = h('input', { type: 'file', accept: 'application/pdf,image/png,image/jpeg,image/gif,image/webp', hidden: true, tabindex: -1 });
  const fileButton = h('button', { type: 'button', class: 'secondary', onclick: () => fileInput.click() }, 'Joindre un fichier');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    error.textContent = '';
    fileButton.disabled = true;
    fileButton.textContent = 'Envoi du fichier…';
    deps
      .sendFile(file)
      .catch((err: Error) => {
        error.textContent = `Fichier non envoyé : ${err.message}`;
      })
      .finally(() => {
        fileInput.value = '';
        fileButton.disabled = false;
        fileButton.textContent = 'Joindre un fichier';
        fileButton.focus();
      });
  });
  let lastTypingSent = 0;
  let typingOn = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const stopTyping = () => {
    clearTimeout(idle);
    if (typingOn) deps.typing(false);
    typingOn = false;
    lastTypingSent = 0;
  };

  field.addEventListener('input', () => {
    if (!field.value.trim()) return stopTyping();
    const now = Date.now();
    if (!typingOn || now - lastTypingSent > TYPING_REFRESH_MS) {
      deps.typing(true);
      typingOn = true;
      lastTypingSent = now;
    }
    clearTimeout(idle);
    idle = setTimeout(stopTyping, TYPING_IDLE_MS);
  });

  const submit = () => {
    const text = field.value.trim();
    if (!text) {
      error.textContent = 'Écrivez un message avant de l’envoyer.';
      return;
    }
    error.textContent = '';
    sendButton.disabled = true;
    stopTyping();
    deps
      .send(text)
      .then(() => {
        field.value = '';
        field.removeAttribute('aria-invalid');
      })
      .catch((err: Error) => {
        error.textContent = `Message non envoyé : ${err.message}`;
        field.setAttribute('aria-invalid', 'true');
      })
      .finally(() => {
        sendButton.disabled = false;
        field.focus();
      });
  };

  field.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    } else if (e.key === '/' && field.value === '') {
      e.preventDefault();
      deps.openCanned();
    }
  });

  const el = h(
    'form',
    {
      class: 'composer',
      onsubmit: (e: Event) => {
        e.preventDefault();
        submit();
      },
    },
    h('label', { for: id }, `Message à ${deps.requesterName}`),
    h('p', { id: `${id}-hint`, class: 'hint' }, 'Entrée pour envoyer, Maj + Entrée pour aller à la ligne, « / » pour les réponses types.'),
    field,
    error,
    h('div', { class: 'composer-buttons' }, cannedButton, fileButton, fileInput, sendButton),
  );

  return {
    el,
    field,
    /** Puts text at the caret (replacing the selection) and gives the field the focus. */
    insert(text: string) {
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      field.setRangeText(text, start, end, 'end');
      field.focus();
      field.dispatchEvent(new Event('input'));
    },
    disable() {
      stopTyping();
      field.disabled = true;
      sendButton.disabled = true;
      cannedButton.disabled = true;
      fileButton.disabled = true;
    },
    stopTyping,
  };
}
