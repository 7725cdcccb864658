import type { Config } from '../config';
import type { Logger } from '../log';

/** What every route may use: configuration, the logger, and the services. */
export interface BotContext {
  readonly config: Config;
  readonly log: Logger;
}
