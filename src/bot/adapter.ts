import { ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../log';
import { t } from '../i18n';
import { langFromLocale } from './language';

/**
 * The Bot Framework adapter. With BOT_ID empty, authentication is off (local Playground and tests).
 * The turn-error handler logs and, for messages only, tells the user in their language: never a stack trace.
 */
export function createAdapter(config: Config, log: Logger): TeamsAdapter {
  const adapter = new TeamsAdapter(
    {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: config.BOT_ID ?? '',
      MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
      MicrosoftAppType: config.BOT_TYPE,
      MicrosoftAppTenantId: config.BOT_TENANT_ID ?? '',
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    log.error(
      { err: error, activityId: context.activity?.id, activityType: context.activity?.type },
      'unhandled error in turn',
    );
    if (context.activity?.type === 'message') {
      const lang = langFromLocale(context.activity.locale, config.DEFAULT_LOCALE);
      await context.sendActivity(t(lang, 'error.generic')).catch(() => undefined);
    }
  };
  return adapter;
}
