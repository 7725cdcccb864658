import { CardFactory, MessageFactory, type ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { noticeCard } from '../cards/noticeCard';
import { ticketSummaryCard } from '../cards/ticketCard';
import { t } from '../i18n';
import type { Ticket } from '../domain/ticket';
import type { Lang } from '../i18n';
import type { PostedCard, TicketChannel, TicketNotifier } from '../services/ports';

function reference(
  serviceUrl: string,
  conversationId: string,
  tenantId?: string,
): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: {
      id: conversationId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
      ...(tenantId && { tenantId }),
    },
  };
}

/**
 * Posts and updates ticket cards in Teams channels, proactively. Sending to a channel's id starts a new
 * post in it; the card is later replaced in place with updateActivity, for everyone in the channel.
 */
export class TeamsTicketNotifier implements TicketNotifier {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly botAppId: string,
  ) {}

  async post(channel: TicketChannel, ticket: Ticket): Promise<PostedCard> {
    let activityId: string | undefined;
    await this.adapter.continueConversationAsync(
      this.botAppId,
      reference(channel.serviceUrl, channel.channelId, channel.tenantId),
      async (context) => {
        const card = ticketSummaryCard(ticket, channel.lang);
        activityId = (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))
          ?.id;
      },
    );
    if (!activityId) throw new Error('Teams did not return an id for the posted ticket card');
    return { conversationId: channel.channelId, activityId, lang: channel.lang };
  }

  async channelMoved(previous: TicketChannel, by: { id: string; name: string }): Promise<void> {
    await this.adapter.continueConversationAsync(
      this.botAppId,
      reference(previous.serviceUrl, previous.channelId, previous.tenantId),
      async (context) => {
        const card = noticeCard(
          previous.lang,
          t(previous.lang, 'channel.movedAway', { name: by.name || by.id }),
        );
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      },
    );
  }

  async update(post: PostedCard & { serviceUrl: string; lang: Lang }, ticket: Ticket): Promise<void> {
    await this.adapter.continueConversationAsync(
      this.botAppId,
      reference(post.serviceUrl, post.conversationId, ticket.tenantId),
      async (context) => {
        const activity = MessageFactory.attachment(
          CardFactory.adaptiveCard(ticketSummaryCard(ticket, post.lang)),
        );
        activity.id = post.activityId;
        await context.updateActivity(activity);
      },
    );
  }
}
