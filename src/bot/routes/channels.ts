import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { noticeCard } from '../../cards/noticeCard';
import { t } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import { isCommand } from '../commands';
import { turnIn, type BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

export interface ChannelDeps extends BotContext {
  readonly publisher: TicketPublisher;
}

/**
 * "post tickets here" / "publikuj zgłoszenia tutaj" in a team channel makes it the tenant's ticket
 * channel, for a bot admin (BOT_ADMINS) or, with none configured, for whoever chose the current one.
 * It is forgotten when Teams says it is gone: the channel or its team deleted, or the bot removed
 * from the team (then nobody there could act on its cards any more).
 */
export function registerChannels(app: Application<AppTurnState>, deps: ChannelDeps): void {
  const forget = async (context: TurnContext, where: { channelId: string } | { teamId: string }) => {
    const { actor } = turnIn(deps, context);
    await deps.publisher.forgetChannel(actor.tenantId, where);
  };
  app.conversationUpdate('channelDeleted', async (context) => {
    const { channelId } = turnIn(deps, context).actor;
    if (channelId) await forget(context, { channelId });
  });
  for (const event of ['teamDeleted', 'teamHardDeleted'] as const) {
    app.conversationUpdate(event, async (context) => {
      const { teamId } = turnIn(deps, context).actor;
      if (teamId) await forget(context, { teamId });
    });
  }
  app.conversationUpdate('membersRemoved', async (context) => {
    const { teamId } = turnIn(deps, context).actor;
    const bot = context.activity.recipient?.id;
    const removed = (context.activity.membersRemoved ?? []).some((member) => member.id === bot);
    if (teamId && removed) await forget(context, { teamId });
  });

  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'bind'),
    async (context) => {
      const { lang, actor } = turnIn(deps, context);
      if (context.activity.conversation.conversationType !== 'channel' || !actor.channelId) {
        await sendCard(context, noticeCard(lang, t(lang, 'channel.onlyInChannel'), { warning: true }));
        return;
      }
      const result = await deps.publisher.useChannel(
        {
          tenantId: actor.tenantId,
          channelId: actor.channelId,
          ...(actor.teamId && { teamId: actor.teamId }),
          serviceUrl: context.activity.serviceUrl,
          lang,
          setBy: { id: actor.userId, name: actor.name },
        },
        deps.config.BOT_ADMINS,
      );
      if (result.kind === 'refused') {
        const text = result.admins
          ? t(lang, 'channel.refused.admins')
          : t(lang, 'channel.refused.owner', { name: result.current.setBy.name || result.current.setBy.id });
        await sendCard(context, noticeCard(lang, text, { warning: true }));
        return;
      }
      deps.log.info(
        { activityId: context.activity.id, tenantId: actor.tenantId, kind: result.kind },
        'ticket channel set',
      );
      await sendCard(
        context,
        noticeCard(lang, t(lang, result.kind === 'moved' ? 'channel.moved' : 'channel.bound')),
      );
    },
  );
}
