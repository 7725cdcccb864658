import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import { turnOf, type Turn } from './turn';

/** What every route may use: configuration, the logger, and the services. */
export interface BotContext {
  readonly config: Config;
  readonly log: Logger;
}

/** The turn as read before the routes ran: language, actor, command, logger. */
export function turnIn(ctx: BotContext, context: TurnContext): Turn {
  return turnOf(context, ctx.config.DEFAULT_LOCALE, ctx.log);
}
