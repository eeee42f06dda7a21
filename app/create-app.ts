import { formatParisDateTime } from '../protocol/french-dates';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import type { Server as SocketServer } from 'socket.io';
import { mountApiMessages } from './api-messages';
import { demoBanner } from './demo-banner';
import { mountChatFiles } from './chat-files';
import { createFeedbackStore, feedbackMigrations } from '../bot/feedback';
import { createReports, reportsRouter } from '../bot/reports';
import { dashboardRouter } from './dashboard';
import { wirePortal } from './portal';
import { createTraining } from '../training';
import { trainingPort } from './training-port';
import { invoiceLookup } from './invoice-lookup';
import { chatInvoicesRouter } from './chat-invoices';
import { createLimitCounter } from '../platform/http/limit-counter';
import { botStateMigration } from '../bot/storage';
import type { Knowledge } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/base';
import { wireKnowledgeBase } from './knowledge-base';
import { createBusinessHours } from '../hours';
import { agentTeams, createCanned, type Canned, type LiveChat } from '../livechat';
import { createTicketing, type Ticketing } from '../ticketing';
import type { InboundServer } from '../platform/mail/inbound-server';
import { startInboundMail } from './inbound-mail';
import { createWebPages } from '../web-widget';
import { createAuth, type Auth } from '../auth';
import { offsetClock, systemClock, type Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import { createDatabase, migrate, type Db } from '../platform/db';
import { errorHandler, notFound } from '../platform/http/errors';
import { createRateLimiterFactory } from '../platform/http/rate-limit';
import { clientIp } from '../platform/http/client-ip';
import { createLogger, type Logger } from '../platform/logger';
import { createMail, type Mail, type Mailer } from '../platform/mail';
import { wireConversations } from './wire-conversations';
import { ticketLimits, ticketRateLimits } from './ticket-limits';
import { createRetention, type Retention } from './retention';
import { createPrivacy } from '../privacy';
import { observabilityRoutes, portOf, registerGauges } from './observability';
import { createMetrics, type Metrics } from '../platform/metrics';

export interface App {
  server: http.Server;
  io: SocketServer;
  /** Runs migrations, creates the demo agent in development, starts workers; idempotent. */
  init(): Promise<void>;
  /** init(), then listens; resolves to the bound port (useful with PORT=0). */
  listen(): Promise<number>;
  close(): Promise<void>;
  knowledge: Knowledge;
  /** The articles in the database: editing, publishing, reloading in every process. */
  knowledgeBase: KnowledgeBase;
  ticketing: Ticketing;
  auth: Auth;
  mail: Mail;
  livechat: LiveChat;
  canned: Canned;
  db: Db;
  logger: Logger;
  /** The purge of data past its retention period (runs at start, then every few hours). */
  retention: Retention;
  metrics: Metrics;
  /** The port of the metrics' own listener (METRICS_PORT; 0 picks one), once listening. */
  metricsPort(): number | null;
  /** The port of the inbound SMTP listener (replies by e-mail; INBOUND_SMTP_PORT), once listening. */
  inboundMailPort(): number | null;
}

export interface AppDeps {
  logger?: Logger;
  clock?: Clock;
  db?: Db;
  mailer?: Mailer;
}

/** Composition root: builds every domain from the config and wires them into one HTTP server. */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? createLogger(config);
  const clock = deps.clock ?? (config.pinnedNow ? offsetClock(config.pinnedNow) : systemClock);
  const db = deps.db ?? createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteSynchronous: config.sqliteSynchronous });
  const mail = createMail({ db, clock, logger, config, mailer: deps.mailer });
  const auth = createAuth({
    db,
    clock,
    logger,
    config: {
      production: config.production,
      sessionTtlHours: config.sessionTtlHours,
      loginPerIp: config.rateLimits.loginPerIp,
      trustProxy: config.trustProxy,
      portalIdentitySecret: config.portalIdentitySecret,
      portalTokenMaxHours: config.portalTokenMaxHours,
    },
  });
  const limit = createRateLimiterFactory({ db, clock, logger, trustProxy: config.trustProxy });
  const metrics = createMetrics();
  const ticketing = createTicketing({
    observe: { created: (channel) => metrics.tickets.inc({ channel }) },
    db,
    mail,
    clock,
    config: { publicUrl: config.publicUrl, supportEmail: config.mail.supportEmail },
    identity: auth.portalIdentity,
    guards: auth,
    limits: ticketRateLimits(limit),
    ticketLimits: ticketLimits({ db, clock, logger }, config),
    clientIp: (req) => clientIp(req, config.trustProxy ?? 0),
    agentName: async (id) => (await auth.agents.findById(id))?.name ?? null,
    maxAttachmentBytes: config.maxAttachmentBytes,
    ...(config.inboundMail ? { replies: { secret: config.inboundMail.secret, domain: config.inboundMail.domain } } : {}),
  });

  const hours = createBusinessHours({ closures: config.supportClosures, alsaceMoselle: config.supportHolidays === 'alsace-moselle' });
  const feedback = createFeedbackStore(db, clock);
  const kb = wireKnowledgeBase({ config, db, clock, logger, feedback, auth, limit, io: () => io });
  const knowledgeBase = kb.base;
  const knowledge = knowledgeBase.knowledge;
  const teamOf = agentTeams(db, config.livechat.team);

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // helmet's default upgrades every subresource to https: on a plain-http deployment
          // (a LAN demo at http://10.0.0.5:3000) the pages would then fail to load their own
          // scripts. Only ask for it when Relais is published over https.
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
    }),
  );
  const canned = createCanned({
    db,
    clock,
    logger,
    guards: auth,
    teamOf,
  });
  const server = http.createServer(app);
  const portal = wirePortal({ config, clock, logger, identity: auth.portalIdentity });
  // Each verified user may look up this many invoices per 10 minutes in the conversation (every process counts).
  const invoices = portal.portal
    ? invoiceLookup({ portal: portal.portal, perUser: createLimitCounter({ db, clock, logger }, { name: 'invoice-lookups', limit: 30, windowMs: 10 * 60_000 }), logger, now: () => clock.now().getTime() })
    : undefined;
  const training = createTraining({ db, mail, clock, logger, publicUrl: config.publicUrl, supportEmail: config.mail.supportEmail, portalName: config.branding.portalName });
  const { realtime, io, chat, live, bot } = wireConversations({ server, config, db, clock, logger, knowledge, feedback, ticketing, auth, mail, hours, canned, teamOf, metrics, training: trainingPort(training.service, createLimitCounter({ db, clock, logger }, { name: 'training-email', limit: 3, windowMs: 24 * 3_600_000 })), ...(invoices ? { invoices } : {}) });
  registerGauges(metrics, {
    queueLength: async () => (await live.store.chats.queue()).length,
    mail,
    sockets: (namespace) => io.of(namespace).sockets.size,
    now: () => clock.now().getTime(),
  });
  const observability = observabilityRoutes({ config: config.metrics, metrics, db, realtime });
  let metricsServer: http.Server | null = null;
  let inboundMail: InboundServer | null = null;
  // Before the global JSON parser: the router applies its own, smaller body limit.
  app.use('/api/agent/canned', canned.router);
  app.use(express.json({ limit: '256kb' }));

  // Draining (SIGTERM): a load balancer's probe on a kept-alive connection learns it at once.
  let draining = false;
  app.get('/healthz', (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'draining' });
    res.json({ status: 'ok', articles: knowledge.articles.length });
  });
  app.use(observability.router);
  mountApiMessages(app, { config, bot: bot.bot, limit, logger });
  app.use('/api/auth', auth.router);
  const privacy = createPrivacy({ db, clock, logger });
  app.use('/api/agent/privacy', privacy.router({ requireSupervisor: auth.requireRole('supervisor'), requireCsrf: auth.requireCsrf }));
  const reports = createReports(db);
  app.use('/api/reports', reportsRouter({ reports, guards: { requireAgent: auth.requireAgent }, clock, more: { satisfaction: (range) => live.satisfaction.report(range) } }));
  app.use('/api/agent/conversations', live.conversationRouter(auth));
  app.use('/api/agent/dashboard', dashboardRouter({ db, reports, clock, requireSupervisor: auth.requireRole('supervisor') }));
  app.use('/api/tickets', ticketing.publicRouter);
  app.use('/api/agent/tickets', ticketing.agentRouter);
  mountChatFiles(app, { config, chat, live, auth, limit });
  app.use('/api/agent/chats', chatInvoicesRouter({ live, portal: portal.portal, requireAgent: auth.requireAgent, logger }));
  kb.mount(app);
  portal.mountDemo(app);
  app.use('/api/agent/formations', training.agentRouter({ requireSupervisor: auth.requireRole('supervisor'), requireCsrf: auth.requireCsrf }));
  app.use(training.publicRouter(limit({ name: 'training-links', limit: 60, windowMs: 15 * 60_000, message: 'Trop de requêtes : veuillez réessayer dans quelques minutes.' })));

  app.use(
    createWebPages({
      clock,
      logger,
      config: { production: config.production, portalIdentitySecret: config.portalIdentitySecret, branding: config.branding },
      invoicesOf: portal.invoicesOf,
      helpArticle: (id) => {
        const a = knowledge.article(id);
        return a ? { title: a.title, summary: a.summary ?? null } : null;
      },
    }).router,
  );

  app.use(notFound);

  app.use(errorHandler(logger));

  let initialised: Promise<void> | null = null;
  const init = () =>
    (initialised ??= (async () => {
      await migrate(db, [
        ...mail.migrations,
        ...auth.migrations,
        ...ticketing.migrations,
        botStateMigration,
        ...feedbackMigrations,
        ...chat.migrations,
        ...live.migrations,
        ...canned.migrations,
        ...privacy.migrations,
        ...knowledgeBase.migrations,
        ...training.migrations,
      ]);
      await realtime.init();
      await knowledgeBase.start();
      await canned.ensureDefaults(config.livechat.team);
      if (config.pinnedNow) {
        logger.warn({ pinnedNow: config.pinnedNow.toISOString() }, `Horloge de démonstration (RELAIS_NOW) : l’heure du serveur part du ${formatParisDateTime(config.pinnedNow)} (heure de Paris) et avance normalement.`);
      }
      if (!config.production && config.env !== 'test') {
        const demo = await auth.ensureDemoAgent();
        if (demo) {
          // A banner that stands out among the start-up lines: the password is shown only once.
          logger.warn({ email: demo.email }, demoBanner(demo.email, demo.password, `${config.publicUrl}/console/`));
        }
      }
      mail.start();
      live.start();
      retention.start();
      training.start();
    })());

  const retention = createRetention({ db, clock, logger, config: config.retention });

  let closing: Promise<void> | null = null;
  return {
    server,
    io,
    knowledge,
    knowledgeBase,
    ticketing,
    auth,
    mail,
    livechat: live,
    canned,
    db,
    logger,
    retention,
    metrics,
    metricsPort: () => (metricsServer ? portOf(metricsServer) : null),
    inboundMailPort: () => inboundMail?.port ?? null,
    init,
    async listen() {
      await init();
      metricsServer ??= await observability.serveMetrics();
      inboundMail ??= await startInboundMail({ config, ticketing, db, clock, logger });
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    /**
     * Graceful shutdown: stop accepting connections, let the turns in flight finish (at most
     * 10 s), hand every socket off (they reconnect elsewhere by themselves), stop the live chat,
     * the channel and the mail worker (its send in flight recorded, its leases released), then
     * close Redis and the database pool.
     */
    close: () =>
      (closing ??= (async () => {
        draining = true;
        if (server.listening) server.close();
        await chat.drain(10_000);
        realtime.handOff();
        await live.close();
        await chat.close();
        await inboundMail?.close();
        await mail.stop();
        await retention.stop();
        training.stop();
        await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
        await realtime.close();
        await db.close();
      })()),
  };
}
