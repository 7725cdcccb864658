import type { Db } from 'mongodb';
import { createAdapter } from './bot/adapter';
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
}

/** The FAQ index is built once per process: it is pure and read-only. */
let sharedEngine: FaqEngine | undefined;

/** Wires stores, services, the Teams app and the HTTP server. Used by `npm start` and by the tests alike. */
export function composeBot(deps: ComposeDeps): BotServer {
  const { config, log, db } = deps;
  const adapter = createAdapter(config, log);
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
  setInterval(cleanUp, 60 * 60 * 1000).unref();
  const cleanUpFaq = () =>
    void faq
      .cleanUp()
      .catch((error: unknown) => log.warn({ err: error }, 'could not clean up faq follow-ups and questions'));
  setInterval(cleanUpFaq, 15 * 60 * 1000).unref();
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
  return buildServer({ adapter, app, log, ready: deps.ready });
}
