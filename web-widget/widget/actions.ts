import type { AckResult } from './connection';

/** What the widget's parts may do in the conversation (implemented by app.ts). */
export interface Actions {
  /** A user message (text as typed, or a button's value with the text to show). */
  say(text: string, value?: unknown): Promise<AckResult>;
  /** Structured data (a form) shown as `label` in the conversation. */
  submit(value: unknown, label: string): Promise<AckResult>;
  invoke(name: string, value: unknown, replyToId?: string): Promise<AckResult>;
  /** Gives the keyboard back to the message field (a chip or form that had it is gone). */
  focusInput(): void;
}

/** Ids unique within the shadow root, for label/aria-describedby links. */
export const uid = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
