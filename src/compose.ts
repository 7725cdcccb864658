import type { Db } from 'mongodb';
import { createAdapter } from './bot/adapter';
import { createApp } from './bot/app';
import type { Config } from './config';
import type { Logger } from './log';
import { buildServer, type BotServer } from './server';
import { FaqEngine } from './domain/faq/engine';
import { FaqService } from './services/faqService';
import { systemClock, type Clock } from './services/ports';
import { MongoBotStorage } from './storage';
import { WizardService } from './services/wizardService';
import { MongoDraftStore } from './storage/draftStore';
import { MongoFeedbackStore } from './storage/feedbackStore';
import { MongoTicketStore } from './storage/ticketStore';

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
  const faq = new FaqService(sharedEngine, new MongoFeedbackStore(db), clock);
  const now = () => clock.now();
  const wizard = new WizardService(
    new MongoDraftStore(db, now),
    new MongoTicketStore(db),
    clock,
    config.HOLIDAYS,
  );
  const app = createApp({ config, log, adapter, storage: new MongoBotStorage(db), faq, wizard, now });
  return buildServer({ adapter, app, log, ready: deps.ready });
}
