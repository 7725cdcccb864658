import type { TurnState } from '@microsoft/teams-ai';
import {
  type DefaultConversationState,
  type DefaultUserState,
  type DefaultTempState,
} from '@microsoft/teams-ai';

/** What the bot remembers per conversation: the last FAQ topic, for follow-up questions. */
export interface ConversationState extends DefaultConversationState {
  faq?: { lastEntryId?: string; at?: string };
}

export type AppTurnState = TurnState<ConversationState, DefaultUserState, DefaultTempState>;
