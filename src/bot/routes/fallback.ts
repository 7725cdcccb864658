import type { Application } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/helpCard';
import { t } from '../../i18n';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';
import { turnIn, type BotContext } from '../context';

/** Last resort for text nothing else handled: a polite "I didn't understand" with the help card. */
export function registerFallback(app: Application<AppTurnState>, ctx: BotContext): void {
  app.activity('message', async (context) => {
    const { lang } = turnIn(ctx, context);
    await sendCard(context, helpCard(lang, { notice: t(lang, 'fallback.notUnderstood') }));
  });
}
