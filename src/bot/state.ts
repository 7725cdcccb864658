import type { TurnState } from '@microsoft/teams-ai';

/**
 * The bot keeps no teams-ai turn state: the Application has no storage, so no turn reads or writes
 * the database before its route runs. What needs remembering has its own store (drafts, tickets,
 * FAQ follow-up context), read only by the route that needs it.
 */
export type AppTurnState = TurnState;
