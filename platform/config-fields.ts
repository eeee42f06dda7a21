import { z } from 'zod';

/** The shapes of the environment's values (config.ts reads them; nothing else does). */
export const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
export const positiveInt = (d: number) => z.coerce.number().int().positive().default(d);
/** `https://portail.example.fr,https://www.example.fr`: origins only (scheme, host, port). */
export const originList = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
  .refine((list) => list.every((o) => URL.canParse(o) && new URL(o).origin === o), 'origines http(s)://hôte[:port] séparées par des virgules');

/** A retention period in days; 0 keeps forever. */
export const days = (d: number) => z.coerce.number().int().min(0).max(36_500).default(d);

/** `scheme://host[:port]` where the host may start with `*.` and the port may be `*`. */
const SERVICE_URL_PATTERN = /^https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?$/;
export const serviceUrlList = z
  .string()
  .optional()
  .transform((v) => (v === undefined ? undefined : v.split(',').map((o) => o.trim().toLowerCase()).filter(Boolean)))
  .refine((list) => list === undefined || list.every((o) => SERVICE_URL_PATTERN.test(o)), 'motifs http(s)://[*.]hôte[:port|:*] séparés par des virgules');

/** Where Bot Framework channels live: Azure Bot Service, Web Chat, Direct Line, Teams. */
export const BOT_FRAMEWORK_SERVICE_URLS = ['https://*.botframework.com', 'https://smba.trafficmanager.net', 'https://*.botframework.azure.us'];
/** In development, the Bot Framework Emulator listens on the loopback, on a port of its choosing. */
export const EMULATOR_SERVICE_URLS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** A name shown to users (the assistant's, the portal's): one line of ordinary characters. */
export const displayName = z.string().trim().min(1).max(40).regex(/^[^\p{Cc}<>]+$/u, 'un nom d’une ligne, sans < ni >');

/** The portal API's base, `http(s)://host[:port][/path]`: the client adds `/users/…` to it. */
export const portalApiUrl = z
  .url({ protocol: /^https?$/, error: 'une adresse http(s)://hôte[/chemin]' })
  .refine((u) => !u.includes('?') && !u.includes('#'), 'une adresse http(s)://hôte[/chemin], sans ? ni #');
