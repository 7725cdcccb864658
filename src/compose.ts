import { RepeatedMessages } from './bot/repeatedMessages';
import type { Db } from 'mongodb';
import { createAdapter, type AdapterOptions } from './bot/adapter';
import { createApp } from './bot/app';
import { registerInfoPages } from './bot/pages';
import type { Config } from './config';
import type { Logger } from './log';
import { buildServer, type BotServer } from './server';
import { FaqEngine } from './domain/faq/engine';
import { FaqService } from './services/faqService';
import { countFailures } from './services/metrics';
import { VersionConflictError, systemClock, type Clock } from './services/ports';
import { DatabaseBreaker } from './storage/breaker';
import { withDeadline } from './storage/deadline';
import { startTelemetry, type Telemetry } from './telemetry';
import { TeamsTicketNotifier } from './bot/ticketNotifier';
import { TicketPublisher } from './services/ticketPublisher';
import { TicketService } from './services/ticketService';
import { WizardService } from './services/wizardService';
import { MongoDraftStore } from './storage/draftStore';
import { MongoFaqFollowUpStore } from './storage/faqFollowUpStore';
import { MongoFeedbackStore } from './storage/feedbackStore';
import { MongoPartnerProfileStore } from './storage/partnerProfileStore';
import { MongoTicketChannelStore } from './storage/ticketChannelStore';
import { MongoTicketStore } from './storage/ticketStore';
import { MongoUnansweredStore } from './storage/unansweredStore';

export interface ComposeDeps {
  config: Config;
  log: Logger;
  db: Db;
  ready: () => Promise<boolean>;
  clock?: Clock;
  /** Token validation settings other than the public cloud's (tests use a local token issuer). */
  authenticationConfig?: AdapterOptions['authenticationConfig'];
  /** Started from the configuration when absent. */
  telemetry?: Telemetry;
}

/** The telemetry the configuration asks for: Prometheus text at /metrics and/or Azure Monitor. */
export function telemetryFor(config: Config, serviceVersion?: string): Telemetry {
  return startTelemetry({
    prometheus: config.METRICS_ENABLED,
    ...(config.METRICS_TOKEN && { token: config.METRICS_TOKEN }),
    ...(config.APPLICATIONINSIGHTS_CONNECTION_STRING && {
      applicationInsightsConnectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING,
    }),
    ...(serviceVersion && { serviceVersion }),
  });
}

/** A concurrent change is part of the protocol (the caller shows the current state), not a database error. */
const isConflict = (error: unknown) => error instanceof VersionConflictError;

/** The FAQ index is built once per process: it is pure and read-only. */
let sharedEngine: FaqEngine | undefined;

export interface ComposedBot extends BotServer {
  readonly telemetry: Telemetry;
  /** Ticket cards still being delivered (for tests that look at what was posted). */
  readonly publisher: TicketPublisher;
  /** Stops background work (the clean-up timer, card deliveries), letting deliveries in flight finish (at most `timeoutMs`, 5 s by default). */
  stop(timeoutMs?: number): Promise<void>;
}

/** Wires stores, services, the Teams app and the HTTP server. Used by `npm start` and by the tests alike. */
export function composeBot(deps: ComposeDeps): ComposedBot {
  const { config, log, db } = deps;
  const telemetry = deps.telemetry ?? telemetryFor(config);
  const { metrics } = telemetry;
  // Once a call times out or cannot reach the server, every store call fails at once until the
  // database answers a ping again (tried at most once a second).
  const breaker = new DatabaseBreaker({
    probe: () => db.command({ ping: 1 }),
    timeoutMs: config.MONGODB_OPERATION_TIMEOUT_MS,
    log,
    onChange: (answering) => metrics.databaseAnswering(answering),
  });
  // Every store call is bounded in time and counted when it fails.
  const counted = <T extends object>(store: T, name: string, longer: Partial<Record<string, number>> = {}) =>
    countFailures(
      withDeadline(store, name, config.MONGODB_OPERATION_TIMEOUT_MS, longer, breaker),
      name,
      metrics,
      isConflict,
    );
  const adapter = createAdapter(config, log, {
    ...(deps.authenticationConfig && { authenticationConfig: deps.authenticationConfig }),
  });
  const clock = deps.clock ?? systemClock;
  sharedEngine ??= new FaqEngine();
  const faq = new FaqService({
    engine: sharedEngine,
    feedback: counted(new MongoFeedbackStore(db), 'feedback'),
    followUps: counted(new MongoFaqFollowUpStore(db), 'faqFollowUps'),
    unanswered: counted(new MongoUnansweredStore(db), 'unanswered'),
    clock,
    admins: config.BOT_ADMINS,
    log,
    metrics,
  });
  const now = () => clock.now();
  // Creating waits (up to 5 s) for an identical submission another caller is saving.
  const tickets = counted(new MongoTicketStore(db, now), 'tickets', { create: 8_000 });
  const drafts = counted(new MongoDraftStore(db, now), 'drafts');
  // What each partner answered about themselves on their last ticket, offered on the next one.
  const profiles = counted(new MongoPartnerProfileStore(db), 'partnerProfiles');
  const channels = counted(new MongoTicketChannelStore(db), 'ticketChannels');
  const wizard = new WizardService(drafts, tickets, clock, config.HOLIDAYS, log, metrics, profiles, channels);
  // Abandoned wizards and old submission claims expire; no TTL index, since not every
  // MongoDB-compatible service has one.
  const cleanUp = () =>
    void Promise.all([drafts.deleteExpired(), tickets.deleteOldClaims()])
      .then(
        ([drafts, claims]) =>
          drafts + claims > 0 && log.info({ drafts, claims }, 'expired drafts and claims removed'),
      )
      .catch((error: unknown) => log.warn({ err: error }, 'could not remove expired drafts or claims'));
  cleanUp();
  const cleanUpFaq = () =>
    void faq
      .cleanUp()
      .catch((error: unknown) => log.warn({ err: error }, 'could not clean up faq follow-ups and questions'));
  const cleaners = [
    setInterval(cleanUp, 60 * 60 * 1000).unref(),
    setInterval(cleanUpFaq, 15 * 60 * 1000).unref(),
  ];
  // Proactive sends need some app id even with authentication off (local and tests).
  const notifier = new TeamsTicketNotifier(adapter, config.BOT_ID ?? 'local-bot');
  const publisher = new TicketPublisher(channels, tickets, notifier, clock, log, { metrics });
  const ticketActions = new TicketService(tickets, channels, clock, log, metrics);
  const app = createApp({
    config,
    log,
    adapter,
    faq,
    wizard,
    tickets: ticketActions,
    publisher,
    now,
  });
  publisher.start();
  const bot = buildServer({
    adapter,
    app,
    log,
    authentication: Boolean(config.BOT_ID),
    // Not ready at once while calls fail at once; a failed readiness ping has the breaker check too.
    ready: async () => {
      if (!breaker.answering) return false;
      const ok = await deps.ready();
      if (!ok) breaker.suspect();
      return ok;
    },
    metrics,
    ...(telemetry.page && { metricsPage: telemetry.page }),
    repeated: new RepeatedMessages(),
  });
  registerInfoPages(bot.server, config);
  return {
    ...bot,
    telemetry,
    publisher,
    async stop(timeoutMs) {
      cleaners.forEach((timer) => clearInterval(timer));
      await publisher.stop(timeoutMs);
      breaker.stop();
    },
  };
}
