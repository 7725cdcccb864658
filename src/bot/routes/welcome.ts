import type { Application } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/helpCard';
import { VERB } from '../../cards/verbs';
import { commandText, isHelpRequest } from '../commands';
import { langFromLocale } from '../language';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';
import type { BotContext } from '../context';

/** Welcome card when the bot joins a conversation; help card on "help" / "pomoc" or the help button. */
export function registerWelcome(app: Application<AppTurnState>, ctx: BotContext): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (!botAdded) return;
    const lang = langFromLocale(context.activity.locale, ctx.config.DEFAULT_LOCALE);
    await sendCard(context, helpCard(lang));
  });

  app.message(
    async (context) => context.activity.type === 'message' && isHelpRequest(context.activity.text),
    async (context) => {
      // "pomoc" is Polish whatever the client; for "help" the Teams locale decides.
      const lang =
        commandText(context.activity.text) === 'pomoc'
          ? 'pl'
          : langFromLocale(context.activity.locale, ctx.config.DEFAULT_LOCALE);
      await sendCard(context, helpCard(lang));
    },
  );

  app.adaptiveCards.actionExecute(VERB.helpShow, async (context) => {
    return helpCard(langFromLocale(context.activity.locale, ctx.config.DEFAULT_LOCALE));
  });
}
