import type { Db } from 'mongodb';
import { createAdapter, type AdapterOptions } from './bot/adapter';
import { createApp } from './bot/app';
import type { Config } from './config';
import type { Logger } from './log';
import { buildServer, type BotServer } from './server';
import { FaqEngine } from './domain/faq/engine';
import { FaqService } from './services/faqService';
import { systemClock, type Clock } from './services/ports';
import { TeamsTicketNotifier } from './bot/ticketNotifier';
import { TicketPublisher } from './services/ticketPublisher';
import { WizardService } from './services/wizardService';
import { MongoDraftStore } from './storage/draftStore';
import { MongoFaqFollowUpStore } from './storage/faqFollowUpStore';
import { MongoFeedbackStore } from './storage/feedbackStore';
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
}

/** The FAQ index is built once per process: it is pure and read-only. */
let sharedEngine: FaqEngine | undefined;

export interface ComposedBot extends BotServer {
  /** Ticket cards still being delivered (for tests that look at what was posted). */
  readonly publisher: TicketPublisher;
  /** Stops background work (the clean-up timer, card deliveries), letting deliveries in flight finish. */
  stop(): Promise<void>;
}

/** Wires stores, services, the Teams app and the HTTP server. Used by `npm start` and by the tests alike. */
export function composeBot(deps: ComposeDeps): ComposedBot {
  const { config, log, db } = deps;
  const adapter = createAdapter(config, log, {
    ...(deps.authenticationConfig && { authenticationConfig: deps.authenticationConfig }),
  });
  const clock = deps.clock ?? systemClock;
  sharedEngine ??= new FaqEngine();
  const faq = new FaqService({
    engine: sharedEngine,
    feedback: new MongoFeedbackStore(db),
    followUps: new MongoFaqFollowUpStore(db),
    unanswered: new MongoUnansweredStore(db),
    clock,
    admins: config.BOT_ADMINS,
    log,
  });
  const now = () => clock.now();
  const tickets = new MongoTicketStore(db, now);
  const drafts = new MongoDraftStore(db, now);
  const wizard = new WizardService(drafts, tickets, clock, config.HOLIDAYS, log);
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
  const publisher = new TicketPublisher(new MongoTicketChannelStore(db), tickets, notifier, clock, log);
  const app = createApp({
    config,
    log,
    adapter,
    faq,
    wizard,
    publisher,
    now,
  });
  publisher.start();
  return {
    ...buildServer({ adapter, app, log, authentication: Boolean(config.BOT_ID), ready: deps.ready }),
    publisher,
    async stop() {
      cleaners.forEach((timer) => clearInterval(timer));
      await publisher.stop();
    },
  };
}
