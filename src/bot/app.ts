import { Application } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotContext } from './context';
import { registerFallback } from './routes/fallback';
import { registerUnknownActions } from './routes/unknownActions';
import { registerWelcome } from './routes/welcome';
import type { AppTurnState } from './state';

export interface AppDeps extends BotContext {
  readonly adapter: TeamsAdapter;
  readonly storage: Storage;
}

/**
 * The Teams application. Routes are tried in the order registered and the first match wins;
 * teams-ai answers invokes (card actions) before messages, as Teams wants an invoke reply within 5 s.
 *
 *  1. welcome: the bot joins a conversation; "help" / "pomoc"; the help button
 *  2. unknown card actions: a verb no route above handles gets a clear card, nothing changes
 *  3. fallback: any other message
 */
export function createApp(deps: AppDeps): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    adapter: deps.adapter,
    storage: deps.storage,
    botAppId: deps.config.BOT_ID ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerWelcome(app, deps);
  registerUnknownActions(app, deps);
  registerFallback(app, deps);
  return app;
}
