/**
 * A file shared in a live chat (a screenshot, a PDF), as a message carries it in
 * `channelData.relais.file`: the widget and the console download it by `id` from their own route.
 */
export interface ChatFileRef {
  id: string;
  /** The safe name the server gave it (its extension is its real type's). */
  name: string;
  mime: string;
  size: number;
}

const ID = /^f_[A-Za-z0-9_-]{8,40}$/;

/** The file a message carries, or null (anything malformed is no file). */
export function chatFileOf(activity: { channelData?: unknown }): ChatFileRef | null {
  const relais = (activity.channelData as { relais?: { file?: unknown } } | undefined)?.relais;
  const f = relais?.file as Partial<ChatFileRef> | undefined;
  if (!f || typeof f.id !== 'string' || !ID.test(f.id) || typeof f.name !== 'string' || typeof f.mime !== 'string' || typeof f.size !== 'number') return null;
  return { id: f.id, name: f.name, mime: f.mime, size: f.size };
}
