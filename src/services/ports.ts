/** What services need from the outside world. Implementations live in src/storage and src/bot. */
import type { Ticket } from '../domain/ticket';
import type { ContactAnswers, Draft, ProblemType, Role, Service } from '../domain/wizard/model';
import type { Lang } from '../domain/lang';
import type { Severity } from '../domain/faq/followUp';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Who a wizard draft belongs to: one user, in one conversation. */
export interface DraftOwner {
  userId: string;
  conversationId: string;
}

export interface StoredDraft {
  id: string;
  owner: DraftOwner;
  /** The language the wizard was started in; its cards stay in it. */
  lang: Lang;
  draft: Draft;
  /** Set once the draft became a ticket (or updated one, when editing). */
  ticketId?: string;
  /** When it is removed unless changed again, as last read or written. */
  expiresAt?: Date;
}

export interface DraftStore {
  create(owner: DraftOwner, draft: Draft, options: { lang: Lang }): Promise<StoredDraft>;
  get(id: string): Promise<StoredDraft | null>;
  /**
   * The draft as this process last read or wrote it, without asking the database, unless it has
   * expired since. Another instance may have moved it on, or removed it: only a conditional
   * `replace` may rely on it, and when that matches nothing the draft is to be read with `get`.
   */
  cached(id: string): StoredDraft | undefined;
  /**
   * Replaces the draft only if its stored rev is still `expectedRev` and it has not expired; false
   * when someone moved it on, or it expired or was deleted.
   */
  replace(id: string, expectedRev: number, draft: Draft): Promise<boolean>;
  markSubmitted(id: string, ticketId: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Whose remembered answers: one Microsoft Entra user (object id) in one tenant. */
export interface PartnerKey {
  tenantId: string;
  /** The user's Microsoft Entra object id. */
  userId: string;
}

/** What a partner answered about themselves on their last submitted ticket, offered on the next one. */
export interface PartnerProfile {
  role: Role;
  contact: ContactAnswers;
  /** Their own Partner Center role, asked on Azure tickets; kept from the last ticket that asked it. */
  helpdeskAdmin?: boolean;
  /** The service and problem type of their last submitted ticket (absent in profiles kept before). */
  service?: Service;
  problemType?: ProblemType;
}

export interface PartnerProfileStore {
  get(key: PartnerKey): Promise<PartnerProfile | null>;
  /** Replaces role, contact, service and problem type; a Helpdesk admin answer only when `profile` has one. */
  remember(key: PartnerKey, profile: PartnerProfile, at: Date): Promise<void>;
}

/** Thrown when an update carries a version that is no longer current. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(readonly ticketId: string) {
    super(`Ticket ${ticketId} was changed by someone else.`);
  }
}

/**
 * Thrown by a notifier when Teams refuses a conversation for good: the channel or chat was deleted,
 * the bot was removed from it, or the card is gone. Trying again cannot help.
 */
export class ConversationGoneError extends Error {
  override readonly name = 'ConversationGoneError';
  constructor(
    readonly conversationId: string,
    readonly status: number,
  ) {
    super(`Teams refused conversation ${conversationId} (${status}).`);
  }
}

/** Thrown when the same submission is being turned into a ticket elsewhere and its ticket is not there yet. */
export class SubmissionInProgressError extends Error {
  override readonly name = 'SubmissionInProgressError';
  constructor(readonly idempotencyKey: string) {
    super(`Submission ${idempotencyKey} is still being saved.`);
  }
}

export interface TicketStore {
  /**
   * Creates the ticket built from the next sequence number, unless a ticket with the same
   * idempotency key exists or is being created: then that one is returned with `created: false`.
   * One submission takes one number, however many times it arrives at once.
   */
  create(
    idempotencyKey: string,
    build: (seq: number) => Ticket,
  ): Promise<{ ticket: Ticket; created: boolean }>;
  /** The ticket with `id` in `tenantId`; null when there is none there (whatever other tenants hold). */
  get(tenantId: string, id: string): Promise<Ticket | null>;
  /** Stores `next` only if the stored version is still `next.version - 1`; else VersionConflictError. */
  update(next: Ticket): Promise<Ticket>;
  listByRequester(tenantId: string, requesterId: string, limit: number): Promise<Ticket[]>;
  /** Tickets whose cards are still to be posted or updated, and due now. */
  dueForDelivery(limit: number): Promise<DueDelivery[]>;
  /**
   * Records `ticket`'s channel posts and announcement as given, at its version and without a new
   * one; with `done`, also that every card is delivered. False when the ticket changed meanwhile.
   */
  recordDelivery(ticket: Ticket, options: { done: boolean }): Promise<boolean>;
  /** Schedules the next delivery attempt, unless the ticket changed meanwhile (then it is due now). */
  deliveryFailed(
    ticket: Pick<Ticket, '_id' | 'version'>,
    retry: { attempts: number; at: Date; error: string },
  ): Promise<void>;
}

export interface DueDelivery {
  ticketId: string;
  tenantId: string;
  /** Failed attempts so far, for the back-off. */
  attempts: number;
}

export interface Feedback {
  /** The answer card's activity id plus the user: one vote per user per answer, the last one counts. */
  key: string;
  entryId: string;
  helpful: boolean;
  locale: string;
  question: string;
  userId: string;
  at: Date;
}

export interface FeedbackStore {
  record(feedback: Feedback): Promise<void>;
  /** Helpful and not-helpful votes per entry since `since`; entries without votes are left out. */
  votesByEntry(since: Date): Promise<{ entryId: string; helpful: number; notHelpful: number }[]>;
}

/** A question the bot could not answer, kept for the FAQ report (see keptQuestion). */
export interface UnansweredQuestion {
  question: string;
  lang: Lang;
  /** The closest topics the bot offered instead. */
  suggestions: string[];
  at: Date;
}

export interface UnansweredStore {
  record(question: UnansweredQuestion): Promise<void>;
  /** The questions asked most often since `since`, most asked first. */
  top(since: Date, limit: number): Promise<{ question: string; count: number }[]>;
  /** Removes questions asked before `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
}

/** Who asked an FAQ question: one user in one conversation (a channel thread is its own conversation). */
export interface FaqAsker {
  conversationId: string;
  userId: string;
}

/** A user's last FAQ topic, as stored. */
export interface FaqTopic {
  entryId: string;
  expiresAt: Date;
  /** The severity the answer was about ("and for severity C?"), to keep when it is asked again in another language. */
  severity?: Severity;
}

/**
 * The last FAQ topic each user was answered in a conversation, for follow-up questions such as
 * "and for severity C?". Each entry expires; an expired one is never returned.
 */
export interface FaqFollowUpStore {
  /** The entry last answered for `asker` and when it expires, or null when there is none or it expired before `now`. */
  get(asker: FaqAsker, now: Date): Promise<FaqTopic | null>;
  set(asker: FaqAsker, entryId: string, expiresAt: Date, severity?: Severity): Promise<void>;
  /** Removes what expired before `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** The team channel where a tenant's tickets are posted. */
export interface TicketChannel {
  tenantId: string;
  /** The Teams channel id (also the conversation id of a new post in it). */
  channelId: string;
  teamId?: string;
  serviceUrl: string;
  /** Language of the posted cards: the language of the command that chose the channel. */
  lang: Lang;
  setBy: { id: string; name: string };
  at: Date;
}

export interface TicketChannelStore {
  set(channel: TicketChannel): Promise<void>;
  get(tenantId: string): Promise<TicketChannel | null>;
  /** Removes the tenant's ticket channel if it is that channel, or a channel of that team; true if it was. */
  forget(tenantId: string, where: { channelId: string } | { teamId: string }): Promise<boolean>;
}

/** Where a ticket card was posted. */
export interface PostedCard {
  conversationId: string;
  activityId: string;
  /** The language the card is shown in there. */
  lang?: Lang;
}

/**
 * Posts ticket cards to Teams and keeps them current. Implemented at the Teams edge (src/bot). Every
 * call throws when Teams did not take it: ConversationGoneError when it never will.
 */
export interface TicketNotifier {
  post(channel: TicketChannel, ticket: Ticket): Promise<PostedCard>;
  /** Tells the channel that used to receive the tenant's tickets that `by` moved them elsewhere. */
  channelMoved(previous: TicketChannel, by: { id: string; name: string }): Promise<void>;
  /** `requestNumberHere` false: the card is where the request number is not added (no box). */
  update(
    post: PostedCard & { serviceUrl: string; lang: Lang; requestNumberHere?: boolean },
    ticket: Ticket,
  ): Promise<void>;
}
