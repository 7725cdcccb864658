import type { Application } from '@microsoft/teams-ai';
import { noticeCard } from '../../cards/noticeCard';
import { t, type Lang } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import { bindRequestLang } from '../commands';
import type { BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

export interface ChannelDeps extends BotContext {
  readonly publisher: TicketPublisher;
}

/** "post tickets here" / "publikuj zgłoszenia tutaj" in a team channel makes it the tenant's ticket channel. */
export function registerChannels(app: Application<AppTurnState>, deps: ChannelDeps): void {
  app.message(
    async (context) =>
      context.activity.type === 'message' && bindRequestLang(context.activity.text) !== undefined,
    async (context) => {
      const a = context.activity;
      const lang: Lang = bindRequestLang(a.text) ?? 'en';
      const channelData = (a.channelData ?? {}) as {
        channel?: { id?: string };
        team?: { id?: string };
        tenant?: { id?: string };
      };
      const channelId = channelData.channel?.id;
      if (a.conversation.conversationType !== 'channel' || !channelId) {
        await sendCard(context, noticeCard(lang, t(lang, 'channel.onlyInChannel'), { warning: true }));
        return;
      }
      const tenantId = a.conversation.tenantId ?? channelData.tenant?.id ?? 'unknown';
      await deps.publisher.useChannel({
        tenantId,
        channelId,
        ...(channelData.team?.id && { teamId: channelData.team.id }),
        serviceUrl: a.serviceUrl,
        lang,
        setBy: { id: a.from.aadObjectId ?? a.from.id, name: a.from.name ?? '' },
      });
      deps.log.info({ activityId: a.id, tenantId }, 'ticket channel set');
      await sendCard(context, noticeCard(lang, t(lang, 'channel.bound')));
    },
  );
}
