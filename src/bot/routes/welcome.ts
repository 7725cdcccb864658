import type { Application } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/helpCard';
import { VERB } from '../../cards/verbs';
import { isCommand } from '../commands';
import { smallTalkOf } from '../smallTalk';
import { noticeCard } from '../../cards/noticeCard';
import { t } from '../../i18n';
import { turnIn, type BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

/**
 * Welcome card when the bot joins a conversation; help card on "help" / "pomoc" or the help button;
 * short answers to small talk.
 */
export function registerWelcome(app: Application<AppTurnState>, ctx: BotContext): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (!botAdded) return;
    await sendCard(context, helpCard(turnIn(ctx, context).lang));
  });

  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'help'),
    async (context) => {
      // "pomoc" is Polish and "help" English, whatever the client; a bare "?" goes by the locale.
      await sendCard(context, helpCard(turnIn(ctx, context).lang));
    },
  );

  // "thanks", "ok", "bye", "who are you?", "talk to a human"...: a short answer in the phrase's
  // language (the client's for "ok" or 👍), not an FAQ search; nothing is stored.
  app.message(
    async (context) =>
      context.activity.type === 'message' && smallTalkOf(context.activity.text) !== undefined,
    async (context) => {
      const talk = smallTalkOf(context.activity.text);
      const lang = talk?.lang ?? turnIn(ctx, context).lang;
      if (!talk || talk.kind === 'identity') {
        await sendCard(context, helpCard(lang));
        return;
      }
      await sendCard(context, noticeCard(lang, t(lang, `smallTalk.${talk.kind}`)));
    },
  );

  app.adaptiveCards.actionExecute(VERB.helpShow, async (context) => helpCard(turnIn(ctx, context).lang));
}
