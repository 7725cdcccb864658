import type { Application } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/helpCard';
import { t } from '../../i18n';
import { langFromLocale } from '../language';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';
import type { BotContext } from '../context';

/** Last resort for text nothing else handled: a polite "I didn't understand" with the help card. */
export function registerFallback(app: Application<AppTurnState>, ctx: BotContext): void {
  app.activity('message', async (context) => {
    const lang = langFromLocale(context.activity.locale, ctx.config.DEFAULT_LOCALE);
    await sendCard(context, helpCard(lang, { notice: t(lang, 'fallback.notUnderstood') }));
  });
}
