/**
 * Entry of `relais-widget-files.js`, loaded by the widget the first time the user sends or opens
 * a file (the widget's own bundle stays under its size budget). Talks to `/api/chat/files` with
 * the tokens of the widget's socket; defines `window.RelaisWidgetFiles`.
 */
export interface FileAccess {
  visitorToken: string | null;
  identityToken: string | null;
}

export interface WidgetFiles {
  /** Sends a file to the adviser; rejects with the server's French reason. */
  upload(base: string, access: FileAccess, file: File): Promise<void>;
  /** Downloads a file of the conversation under its name. */
  download(base: string, access: FileAccess, id: string, name: string): Promise<void>;
}

const headers = (access: FileAccess): Record<string, string> => ({
  ...(access.visitorToken ? { 'x-visitor-token': access.visitorToken } : {}),
  ...(access.identityToken ? { 'x-identity-token': access.identityToken } : {}),
});

async function failure(res: Response): Promise<Error> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return new Error(body?.error?.message ?? 'Le fichier n’a pas pu être transmis. Réessayez.');
}

async function call(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: 'omit' });
  } catch {
    throw new Error('Connexion interrompue : réessayez dans un instant.');
  }
  if (!res.ok) throw await failure(res);
  return res;
}

const files: WidgetFiles = {
  async upload(base, access, file) {
    await call(`${base}/api/chat/files`, {
      method: 'POST',
      headers: { ...headers(access), 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(file.name) },
      body: file,
    });
  },
  async download(base, access, id, name) {
    const res = await call(`${base}/api/chat/files/${encodeURIComponent(id)}`, { headers: headers(access) });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

(window as unknown as { RelaisWidgetFiles?: WidgetFiles }).RelaisWidgetFiles = files;
