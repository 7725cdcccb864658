import { CardFactory, MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { noticeCard } from '../cards/noticeCard';
import { ticketSummaryCard } from '../cards/ticketCard';
import { t } from '../i18n';
import type { Ticket } from '../domain/ticket';
import type { Lang } from '../i18n';
import {
  ConversationGoneError,
  type PostedCard,
  type TicketChannel,
  type TicketNotifier,
} from '../services/ports';

/** What Teams answers for a conversation the bot can no longer reach: 403 removed, 404 deleted. */
const GONE_STATUSES = new Set([403, 404]);

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

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

  /**
   * Runs `send` in the conversation and throws what it threw. The adapter would hand a failure to
   * its turn-error handler and resolve, so a card Teams refused would count as delivered.
   */
  private async within(
    serviceUrl: string,
    conversationId: string,
    tenantId: string | undefined,
    send: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(
      this.botAppId,
      reference(serviceUrl, conversationId, tenantId),
      async (context) => {
        try {
          await send(context);
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (!failure) return;
    const status = statusOf(failure.error);
    if (status !== undefined && GONE_STATUSES.has(status))
      throw new ConversationGoneError(conversationId, status);
    throw failure.error;
  }

  async post(channel: TicketChannel, ticket: Ticket): Promise<PostedCard> {
    let activityId: string | undefined;
    await this.within(channel.serviceUrl, channel.channelId, channel.tenantId, async (context) => {
      const card = ticketSummaryCard(ticket, channel.lang);
      activityId = (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))
        ?.id;
    });
    if (!activityId) throw new Error('Teams did not return an id for the posted ticket card');
    return { conversationId: channel.channelId, activityId, lang: channel.lang };
  }

  async channelMoved(previous: TicketChannel, by: { id: string; name: string }): Promise<void> {
    await this.within(previous.serviceUrl, previous.channelId, previous.tenantId, async (context) => {
      const card = noticeCard(
        previous.lang,
        t(previous.lang, 'channel.movedAway', { name: by.name || by.id }),
      );
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    });
  }

  async update(
    post: PostedCard & { serviceUrl: string; lang: Lang; requestNumberHere?: boolean },
    ticket: Ticket,
  ): Promise<void> {
    await this.within(post.serviceUrl, post.conversationId, ticket.tenantId, async (context) => {
      const activity = MessageFactory.attachment(
        CardFactory.adaptiveCard(
          ticketSummaryCard(ticket, post.lang, {
            ...(post.requestNumberHere !== undefined && { requestNumberHere: post.requestNumberHere }),
          }),
        ),
      );
      activity.id = post.activityId;
      await context.updateActivity(activity);
    });
  }
}
