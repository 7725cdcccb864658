import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CardJson } from '../cards/render';

/** Sends an Adaptive Card as a new message. */
export async function sendCard(context: TurnContext, card: CardJson): Promise<string | undefined> {
  const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  return response?.id;
}
