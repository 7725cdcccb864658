import type { Ticket } from './ticket';

/**
 * Who may see and change a ticket. A ticket lives in its tenant; there it is visible to its
 * requester, to the conversations it was created or posted in, and to the tenant's support
 * engineers: the members of the team whose channel receives the tenant's tickets. Teams delivers
 * a card action from a team's channel only to members of that team, so an action from a channel of
 * that team comes from a support engineer.
 */

/** Where an action comes from, as Teams says it. */
export interface Viewer {
  userId: string;
  tenantId: string;
  /** The conversation of the activity (a channel conversation id may end in `;messageid=…`). */
  conversationId: string;
  /** In a team channel: the team and the channel. */
  teamId?: string;
  channelId?: string;
  /**
   * A group chat or channel: everyone there sees the cards the bot answers with. (Absent: a personal
   * chat, where the viewer is the only reader.)
   */
  shared?: boolean;
}

/** The tenant's ticket channel, as far as access goes. */
export interface SupportTeam {
  channelId: string;
  teamId?: string;
}

export type TicketAction = 'view' | 'edit' | 'withdraw' | 'add-request-number';

/** Who may do an action, for the message that refuses it. */
export type ActionHolder = 'requester' | 'support' | 'requester-or-support';

export interface TicketAccess {
  /** False: the ticket is not shown, and the viewer is told it does not exist. */
  visible: boolean;
  requester: boolean;
  support: boolean;
  /**
   * Whether everyone where the viewer is may see it too: in a personal chat, the viewer; in a group
   * chat or channel, where it was created or posted, or the support team's channels. A card shown
   * elsewhere would show the ticket to people who may not open it.
   */
  here: boolean;
}

/** A channel conversation id without its thread part: `19:abc@thread.tacv2;messageid=1` → `19:abc@thread.tacv2`. */
export function baseConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return cut === -1 ? conversationId : conversationId.slice(0, cut);
}

function inConversationOf(ticket: Ticket, viewer: Viewer): boolean {
  const here = baseConversationId(viewer.conversationId);
  const places = [ticket.conversation.id, ...(ticket.channelPosts ?? []).map((post) => post.conversationId)];
  return (
    places.some((place) => baseConversationId(place) === here) ||
    (viewer.channelId !== undefined && places.includes(viewer.channelId))
  );
}

/** Whether a place (a team channel: its team and channel) is where the tenant's support engineers work. */
function inSupportTeam(place: { teamId?: string; channelId?: string }, team: SupportTeam | null): boolean {
  return (
    team !== null &&
    place.teamId !== undefined &&
    (team.teamId !== undefined ? team.teamId === place.teamId : team.channelId === place.channelId)
  );
}

export function ticketAccess(ticket: Ticket, viewer: Viewer, team: SupportTeam | null): TicketAccess {
  if (ticket.tenantId !== viewer.tenantId) {
    return { visible: false, requester: false, support: false, here: false };
  }
  const requester = ticket.requester.id === viewer.userId;
  const support = inSupportTeam(viewer, team);
  const place = support || inConversationOf(ticket, viewer);
  return {
    visible: requester || place,
    requester,
    support,
    here: place || (requester && viewer.shared !== true),
  };
}

/**
 * Whether a ticket card in `place` offers the Microsoft request number box: everywhere while the
 * tenant has no ticket channel (the requester adds it), else only in the support team's channels, so
 * no card shows a box that would only bring a refusal.
 */
export function offersRequestNumber(
  place: { teamId?: string; channelId?: string },
  team: SupportTeam | null,
): boolean {
  return team === null || inSupportTeam(place, team);
}

/**
 * Who may do `action`. The requester edits and withdraws; support engineers add the Microsoft
 * request number, and so does the requester where the tenant has no support team (no ticket channel),
 * since then the requester files with Microsoft.
 */
export function holderOf(action: TicketAction, team: SupportTeam | null): ActionHolder {
  switch (action) {
    case 'view':
      return 'requester-or-support';
    case 'edit':
    case 'withdraw':
      return 'requester';
    case 'add-request-number':
      return team ? 'support' : 'requester';
  }
}

export function mayDo(action: TicketAction, access: TicketAccess, team: SupportTeam | null): boolean {
  if (!access.visible) return false;
  if (action === 'view') return true;
  const holder = holderOf(action, team);
  return holder === 'requester'
    ? access.requester
    : holder === 'support'
      ? access.support
      : access.requester || access.support;
}

/** Who may bind or move the tenant's ticket channel: a bot admin, else whoever set the current one. */
export function mayBindChannel(
  userId: string,
  admins: readonly string[],
  current: { setBy: { id: string } } | null,
): boolean {
  if (admins.length > 0) return admins.includes(userId.toLowerCase());
  return current === null || current.setBy.id === userId;
}
