import type { Application } from '@microsoft/teams-ai';
import { noticeCard } from '../../cards/noticeCard';
import { t, type Lang } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import type { BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

export interface ChannelDeps extends BotContext {
  readonly publisher: TicketPublisher;
}

const BIND_EN = /^\s*post\s+tickets\s+here\s*[.!]*\s*$/i;
const BIND_PL = /^\s*publikuj\s+zg[lł]oszenia\s+tutaj\s*[.!]*\s*$/i;

/** "post tickets here" / "publikuj zgłoszenia tutaj" in a team channel makes it the tenant's ticket channel. */
export function registerChannels(app: Application<AppTurnState>, deps: ChannelDeps): void {
  app.message(
    async (context) => {
      const text = context.activity.text ?? '';
      return context.activity.type === 'message' && (BIND_EN.test(text) || BIND_PL.test(text));
    },
    async (context) => {
      const a = context.activity;
      const lang: Lang = BIND_PL.test(a.text ?? '') ? 'pl' : 'en';
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
