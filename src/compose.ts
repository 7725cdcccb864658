import type { Db } from 'mongodb';
import { createAdapter } from './bot/adapter';
import { createApp } from './bot/app';
import type { Config } from './config';
import type { Logger } from './log';
import { buildServer, type BotServer } from './server';
import { MongoBotStorage } from './storage';

export interface ComposeDeps {
  config: Config;
  log: Logger;
  db: Db;
  ready: () => Promise<boolean>;
}

/** Wires stores, services, the Teams app and the HTTP server. Used by `npm start` and by the tests alike. */
export function composeBot(deps: ComposeDeps): BotServer {
  const { config, log, db } = deps;
  const adapter = createAdapter(config, log);
  const app = createApp({ config, log, adapter, storage: new MongoBotStorage(db) });
  return buildServer({ adapter, app, log, ready: deps.ready });
}
