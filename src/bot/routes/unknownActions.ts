import type { Application } from '@microsoft/teams-ai';
import { failedActionCard } from '../../cards/noticeCard';
import { t } from '../../i18n';
import { turnIn, type BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

/**
 * Registered after every known card action: an Action.Execute with a verb nobody handles, or an
 * Action.Submit whose data carries no known verb, gets a clear card and changes nothing.
 */
export function registerUnknownActions(app: Application<AppTurnState>, ctx: BotContext): void {
  app.adaptiveCards.actionExecute(
    async (context) => context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      const { lang } = turnIn(ctx, context);
      const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
      ctx.log.warn({ activityId: context.activity.id, verb: String(verb).slice(0, 64) }, 'unknown card verb');
      return failedActionCard(lang, t(lang, 'action.unknown'));
    },
  );

  app.message(
    async (context) =>
      context.activity.type === 'message' && !context.activity.text && context.activity.value !== undefined,
    async (context) => {
      const { lang } = turnIn(ctx, context);
      ctx.log.warn({ activityId: context.activity.id }, 'unknown card submit');
      await sendCard(context, failedActionCard(lang, t(lang, 'action.unknown')));
    },
  );
}
