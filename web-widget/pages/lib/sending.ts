/**
 * Runs a form's request with its button saying so: pressed once, the button is disabled and reads
 * «Envoi en cours…» until the request ends, whatever its outcome (a double click sends once).
 */
export function sendingWith(button: HTMLButtonElement, request: () => Promise<unknown>): void {
  const label = button.textContent ?? 'Envoyer';
  button.disabled = true;
  button.textContent = 'Envoi en cours…';
  void request().finally(() => {
    button.disabled = false;
    button.textContent = label;
  });
}
