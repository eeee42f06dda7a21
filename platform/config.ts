import { DEFAULT_BRANDING, type Branding } from '../protocol/branding';
import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { BOT_FRAMEWORK_SERVICE_URLS, EMULATOR_SERVICE_URLS, days, displayName, optionalUrl, originList, portalApiUrl, positiveInt, serviceUrlList } from './config-fields';

/**
 * The only place that reads the environment. Everything else receives a `Config`.
 * Values are validated once at start and the result is frozen.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  KNOWLEDGE_RELOAD_MS: positiveInt(5000),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.:-]{1,50}$/, 'lettres, chiffres, _ . : -').default('relais'),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().min(3).default('Relais – Support <no-reply@relais.local>'),
  SUPPORT_EMAIL: z.email().default('support@relais.local'),
  ASSISTANT_NAME: displayName.default(DEFAULT_BRANDING.assistantName),
  PORTAL_NAME: displayName.default(DEFAULT_BRANDING.portalName),
  MAIL_RETRY_BASE_MS: positiveInt(5_000),
  MAIL_POLL_MS: positiveInt(2_000),
  PORTAL_IDENTITY_SECRET: z.string().min(32, 'au moins 32 caractères').optional(),
  TRUST_PROXY: z.preprocess((v) => (v === undefined || v === '' ? undefined : v), z.coerce.number().int().min(0).optional()),
  TICKET_RATE_PER_IP: positiveInt(10),
  TICKET_RATE_PER_EMAIL: positiveInt(5),
  TICKET_RATE_PER_CONVERSATION: positiveInt(3),
  LOGIN_RATE_PER_IP: positiveInt(10),
  SESSION_TTL_HOURS: positiveInt(12),
  CHAT_MESSAGES_PER_10S: positiveInt(20),
  CHAT_CONNECTIONS_PER_IP: positiveInt(60),
  MAX_SOCKETS: positiveInt(5000),
  RELAIS_NOW: z.preprocess((v) => (v === '' ? undefined : v), z.iso.datetime({ offset: true }).optional()),
  SUPPORT_CLOSURES: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?(,\d{4}-\d{2}-\d{2})*$/, 'dates AAAA-MM-JJ séparées par des virgules')
    .default(''),
  SUPPORT_HOLIDAYS: z.enum(['france', 'alsace-moselle']).default('france'),
  PORTAL_TOKEN_MAX_HOURS: positiveInt(24),
  LIVECHAT_ROUTING: z.enum(['auto', 'pick']).default('auto'),
  LIVECHAT_TEAM: z.string().trim().min(1).max(50).default('support'),
  LIVECHAT_AGENT_CAPACITY: positiveInt(3),
  LIVECHAT_MAX_QUEUE: z.coerce.number().int().min(0).default(0),
  LIVECHAT_GRACE_SECONDS: positiveInt(60),
  LIVECHAT_HEARTBEAT_MS: positiveInt(5_000),
  LIVECHAT_SWEEP_MS: positiveInt(2_000),
  AGENT_EVENTS_PER_10S: positiveInt(60),
  WIDGET_ORIGINS: originList,
  MICROSOFT_APP_ID: z.string().default(''),
  MICROSOFT_APP_PASSWORD: z.string().default(''),
  MICROSOFT_APP_TENANT_ID: z.string().default(''),
  BOT_SERVICE_URLS: serviceUrlList,
  RETENTION_CONVERSATION_DAYS: days(90),
  RETENTION_LIVECHAT_DAYS: days(365),
  RETENTION_TICKET_DAYS: days(730),
  RETENTION_MAIL_DAYS: days(30),
  RETENTION_FEEDBACK_DAYS: days(365),
  RETENTION_INTERVAL_HOURS: positiveInt(6),
  METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16, 'au moins 16 caractères').optional()),
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  API_MESSAGES_PER_MINUTE: positiveInt(120),
  ATTACHMENT_MAX_MB: positiveInt(10),
  INBOUND_SMTP_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  INBOUND_MAIL_DOMAIN: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, 'un nom de domaine').optional()),
  INBOUND_MAIL_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32, 'au moins 32 caractères').optional()),
  INBOUND_MAIL_MAX_MB: positiveInt(10),
  INBOUND_MAILS_PER_HOUR: positiveInt(60),
  PORTAL_API_URL: z.preprocess((v) => (v === '' ? undefined : v), portalApiUrl.optional()),
  PORTAL_API_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[\x21-\x7e]+$/, 'des caractères ASCII visibles, sans espace').optional()),
  PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
});

type Env = z.infer<typeof EnvSchema>;

export type Config = Readonly<{
  env: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  /** Base of links sent by e-mail (follow-up pages). */
  publicUrl: string;
  /** The assistant's and the portal's names, as users see them everywhere. */
  branding: Readonly<Branding>;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  /** `auto`: readable lines on a terminal, JSON otherwise. */
  logFormat: Env['LOG_FORMAT'];
  knowledgeDir: string;
  /** How often a process looks for a base published by another one (KNOWLEDGE_RELOAD_MS; Redis tells at once when configured). */
  knowledgeReloadMs: number;
  databaseUrl?: string;
  redisUrl?: string;
  /** Channel prefix of the socket.io Redis adapter: deployments sharing a Redis never mix events. */
  redisPrefix: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  mail: Readonly<{ smtpUrl?: string; from: string; supportEmail: string; retryBaseMs: number; pollMs: number }>;
  /** HS256 secret the portal signs identity tokens with. */
  portalIdentitySecret: string;
  /** True when no secret was configured and a random one was made for this process (never in production). */
  portalIdentitySecretEphemeral: boolean;
  /** Longest validity a portal identity token may claim (hours). */
  portalTokenMaxHours: number;
  trustProxy?: number;
  rateLimits: Readonly<{ ticketsPerIp: number; ticketsPerEmail: number; ticketsPerConversation: number; loginPerIp: number; chatMessagesPer10s: number; chatConnectionsPerIp: number }>;
  sessionTtlHours: number;
  /** Sockets (widgets and consoles) one process accepts at most; lowered to what `ulimit -n` allows. */
  maxSockets: number;
  /** `/metrics`: behind this bearer token on the public port, and/or on its own port (127.0.0.1); neither: off. */
  metrics: Readonly<{ token?: string; port?: number }>;
  /**
   * Replies by e-mail (off unless INBOUND_SMTP_PORT is set): ticket mails carry a Reply-To at
   * `domain` that routes back to the ticket, and an SMTP listener turns replies into messages.
   */
  /** The largest file joined to a ticket (ATTACHMENT_MAX_MB). */
  maxAttachmentBytes: number;
  inboundMail?: Readonly<{ port: number; host: string; domain: string; secret: string; secretEphemeral: boolean; maxBytes: number; perHourPerSender: number }>;
  /** How long data is kept, in days (0: forever), and how often the purge runs (README, «Conservation des données»). */
  retention: Readonly<{ conversationDays: number; liveChatDays: number; ticketDays: number; mailDays: number; feedbackDays: number; intervalHours: number }>;
  /** Demo clock: the server's time starts at this instant and runs on (never in production). */
  pinnedNow?: Date;
  /** Extra days the support is closed (YYYY-MM-DD), besides French public holidays. */
  supportClosures: readonly string[];
  /** Public holidays the support closes on: national ones, plus Alsace-Moselle's two with `alsace-moselle`. */
  supportHolidays: 'france' | 'alsace-moselle';
  /** Live chat: routing mode, agents' default capacity, queue limit, reconnection grace, timers. */
  livechat: Readonly<{
    routing: 'auto' | 'pick';
    /** Team of agents without one (canned responses are per team). */
    team: string;
    capacity: number;
    maxQueue: number;
    graceMs: number;
    heartbeatMs: number;
    sweepMs: number;
    agentEventsPer10s: number;
  }>;
  /**
   * Other sites that embed the widget: their origins may use socket.io's HTTP long-polling
   * (CORS). WebSocket needs no CORS, and the server's own pages need nothing.
   */
  widgetOrigins: readonly string[];
  /** Bot Framework credentials for POST /api/messages (empty: local mode, no authentication). */
  /**
   * `/api/messages`: credentials (none: anonymous local mode, never in production), the
   * `serviceUrl`s the bot may post replies to, and the requests per client IP and minute.
   */
  botFramework: Readonly<{ appId: string; appPassword: string; tenantId: string; serviceUrls: readonly string[]; perMinute: number }>;
  /**
   * The portal's API for the logged-in user's invoices (README «Le portail»): its base URL
   * (PORTAL_API_URL; none: the built-in demo portal outside production, no portal in production),
   * its bearer token (also the token the demo portal's own HTTP API asks for) and the time one
   * request may take.
   */
  portal: Readonly<{ apiUrl?: string; apiToken?: string; timeoutMs: number }>;
}>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

const defaultKnowledgeDir = path.resolve(__dirname, '..', 'knowledge', 'articles');

/** Builds a frozen config from an environment-like record (defaults to `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`config: invalid environment (${details})`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.PORTAL_IDENTITY_SECRET) {
    throw new ConfigError('config: PORTAL_IDENTITY_SECRET is required in production');
  }
  if (production && e.RELAIS_NOW) throw new ConfigError('config: RELAIS_NOW is for demos and tests, not production');
  if (e.PORTAL_API_URL && !e.PORTAL_API_TOKEN) throw new ConfigError('config: PORTAL_API_TOKEN is required with PORTAL_API_URL (the bearer token of the portal\'s API)');
  if (e.INBOUND_SMTP_PORT !== undefined && !e.INBOUND_MAIL_DOMAIN) {
    throw new ConfigError('config: INBOUND_MAIL_DOMAIN is required with INBOUND_SMTP_PORT (the domain of the reply addresses)');
  }
  if (e.INBOUND_SMTP_PORT !== undefined && production && !e.INBOUND_MAIL_SECRET) {
    throw new ConfigError('config: INBOUND_MAIL_SECRET is required with INBOUND_SMTP_PORT in production (reply addresses must survive a restart)');
  }
  return Object.freeze({
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    branding: Object.freeze({ assistantName: e.ASSISTANT_NAME, portalName: e.PORTAL_NAME }),
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : defaultKnowledgeDir,
    knowledgeReloadMs: e.KNOWLEDGE_RELOAD_MS,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    mail: Object.freeze({
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      supportEmail: e.SUPPORT_EMAIL,
      retryBaseMs: e.MAIL_RETRY_BASE_MS,
      pollMs: e.MAIL_POLL_MS,
    }),
    portalIdentitySecret: e.PORTAL_IDENTITY_SECRET ?? crypto.randomBytes(32).toString('base64url'),
    portalIdentitySecretEphemeral: !e.PORTAL_IDENTITY_SECRET,
    portalTokenMaxHours: e.PORTAL_TOKEN_MAX_HOURS,
    trustProxy: e.TRUST_PROXY,
    rateLimits: Object.freeze({
      ticketsPerIp: e.TICKET_RATE_PER_IP,
      ticketsPerEmail: e.TICKET_RATE_PER_EMAIL,
      ticketsPerConversation: e.TICKET_RATE_PER_CONVERSATION,
      loginPerIp: e.LOGIN_RATE_PER_IP,
      chatMessagesPer10s: e.CHAT_MESSAGES_PER_10S,
      chatConnectionsPerIp: e.CHAT_CONNECTIONS_PER_IP,
    }),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    maxSockets: e.MAX_SOCKETS,
    maxAttachmentBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    ...(e.INBOUND_SMTP_PORT !== undefined && e.INBOUND_MAIL_DOMAIN
      ? {
          inboundMail: Object.freeze({
            port: e.INBOUND_SMTP_PORT,
            host: e.INBOUND_SMTP_HOST,
            domain: e.INBOUND_MAIL_DOMAIN.toLowerCase(),
            secret: e.INBOUND_MAIL_SECRET ?? crypto.randomBytes(32).toString('base64url'),
            secretEphemeral: !e.INBOUND_MAIL_SECRET,
            maxBytes: e.INBOUND_MAIL_MAX_MB * 1024 * 1024,
            perHourPerSender: e.INBOUND_MAILS_PER_HOUR,
          }),
        }
      : {}),
    metrics: Object.freeze({ ...(e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {}), ...(e.METRICS_PORT !== undefined ? { port: e.METRICS_PORT } : {}) }),
    retention: Object.freeze({
      conversationDays: e.RETENTION_CONVERSATION_DAYS,
      liveChatDays: e.RETENTION_LIVECHAT_DAYS,
      ticketDays: e.RETENTION_TICKET_DAYS,
      mailDays: e.RETENTION_MAIL_DAYS,
      feedbackDays: e.RETENTION_FEEDBACK_DAYS,
      intervalHours: e.RETENTION_INTERVAL_HOURS,
    }),
    pinnedNow: e.RELAIS_NOW ? new Date(e.RELAIS_NOW) : undefined,
    supportClosures: Object.freeze(e.SUPPORT_CLOSURES.split(',').filter(Boolean)),
    supportHolidays: e.SUPPORT_HOLIDAYS,
    livechat: Object.freeze({
      routing: e.LIVECHAT_ROUTING,
      team: e.LIVECHAT_TEAM,
      capacity: e.LIVECHAT_AGENT_CAPACITY,
      maxQueue: e.LIVECHAT_MAX_QUEUE,
      graceMs: e.LIVECHAT_GRACE_SECONDS * 1000,
      heartbeatMs: e.LIVECHAT_HEARTBEAT_MS,
      sweepMs: e.LIVECHAT_SWEEP_MS,
      agentEventsPer10s: e.AGENT_EVENTS_PER_10S,
    }),
    widgetOrigins: Object.freeze(e.WIDGET_ORIGINS),
    botFramework: Object.freeze({
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      serviceUrls: Object.freeze(e.BOT_SERVICE_URLS ?? (production ? BOT_FRAMEWORK_SERVICE_URLS : [...BOT_FRAMEWORK_SERVICE_URLS, ...EMULATOR_SERVICE_URLS])),
      perMinute: e.API_MESSAGES_PER_MINUTE,
    }),
    portal: Object.freeze({
      ...(e.PORTAL_API_URL ? { apiUrl: e.PORTAL_API_URL.replace(/\/+$/, '') } : {}),
      ...(e.PORTAL_API_TOKEN ? { apiToken: e.PORTAL_API_TOKEN } : {}),
      timeoutMs: e.PORTAL_TIMEOUT_MS,
    }),
  });
}
