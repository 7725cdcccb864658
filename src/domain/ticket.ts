import { z } from 'zod';
import { LANGS, type Lang } from './lang';
import { INPUT_LIMITS } from '../limits';
import { decide, DecisionSchema, filesWithMicrosoft, type Decision } from './eligibility';
import { RESPONSE_TARGETS } from './responseTargets';
import { relevantAnswers } from './wizard/flow';
import { responseOf } from './wizard/review';
import {
  AccessAnswersSchema,
  DetailsAnswersSchema,
  CRITERIA,
  PATTERNS,
  PREREQUISITES,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  SEVERITIES,
  type Draft,
  type WizardAnswers,
} from './wizard/model';

/** A ticket's life: recorded, ready to file, filed with Microsoft, or withdrawn. */
export const TICKET_STATUSES = ['draft', 'ready-to-file', 'filed-with-microsoft', 'withdrawn'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Allowed status changes. A draft may be filed directly when the partner already has a number. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  draft: ['ready-to-file', 'filed-with-microsoft', 'withdrawn'],
  'ready-to-file': ['draft', 'filed-with-microsoft', 'withdrawn'],
  'filed-with-microsoft': ['withdrawn'],
  withdrawn: [],
};

export const HISTORY_ACTIONS = [
  'created',
  'edited',
  'status-changed',
  'microsoft-request-number',
  'withdrawn',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;

const TICKET_ID_PREFIX = 'CSP-';
export const TICKET_ID_PATTERN = /^CSP-(\d{6,15})$/;

/** `CSP-000123`: at least six digits, more once the counter passes 999999. */
export function formatTicketId(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Not a ticket sequence number: ${seq}`);
  return `${TICKET_ID_PREFIX}${String(seq).padStart(6, '0')}`;
}

// ---- Stored document ---------------------------------------------------------------------------

const idString = z.string().min(1).max(512);
const PersonSchema = z.object({ id: idString, name: z.string().max(INPUT_LIMITS.nameChars) }).strict();
export type Person = z.infer<typeof PersonSchema>;

export const ConversationSchema = z
  .object({
    id: idString,
    type: z.enum(CONVERSATION_TYPES).optional(),
    serviceUrl: z.string().url().max(2048),
    tenantId: idString.optional(),
    /** The Teams channel id, for channel conversations. */
    channelId: idString.optional(),
    teamId: idString.optional(),
  })
  .strict();
export type ConversationRef = z.infer<typeof ConversationSchema>;

const HistoryEntrySchema = z
  .object({
    at: z.date(),
    by: PersonSchema,
    action: z.enum(HISTORY_ACTIONS),
    detail: z.string().max(500).optional(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The details a ticket keeps from the wizard (the request number it keeps on its own). */
const TICKET_DETAILS = DetailsAnswersSchema.omit({ microsoftRequestNumber: true });
const DETAIL_KEYS = TICKET_DETAILS.keyof().options;

/** The keys of `from` named in `keys` whose values are defined (an undefined key is never stored). */
function definedOnly<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out as Pick<T, K>;
}

export const TicketSchema = z
  .object({
    _id: z.string().regex(TICKET_ID_PATTERN),
    idempotencyKey: z.string().min(1).max(200),
    tenantId: idString,
    conversation: ConversationSchema,
    requester: PersonSchema,
    role: z.enum(ROLES),
    service: z.enum(SERVICES),
    /** Absent on marketplace tickets recorded before the problem type was asked for them. */
    problemType: z.enum(PROBLEM_TYPES).optional(),
    severity: z.enum(SEVERITIES).optional(),
    criteria: z
      .object({
        met: z.array(z.enum(CRITERIA)).max(CRITERIA.length),
        prerequisites: z.array(z.enum(PREREQUISITES)).max(PREREQUISITES.length),
        access: AccessAnswersSchema,
      })
      .strict(),
    decision: DecisionSchema,
    // What the details step recorded: customer, title, description, affected resource, contact.
    ...TICKET_DETAILS.shape,
    microsoftRequestNumber: z.string().regex(PATTERNS.microsoftRequestNumber).optional(),
    status: z.enum(TICKET_STATUSES),
    respondBy: z.date().optional(),
    /**
     * Null when the CSP response targets don't apply (not yet eligible, ISV, own support plan, Dynamics
     * Support); 'local-business-hours' when the contact prefers a language other than English.
     */
    responseTarget: z.enum(RESPONSE_TARGETS).nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int().min(1),
    history: z.array(HistoryEntrySchema).min(1),
    channelPosts: z
      .array(
        z
          .object({
            conversationId: idString,
            activityId: idString,
            lang: z.enum(LANGS).optional(),
            shown: z.number().int().nonnegative().optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    toAnnounce: z.literal(true).optional(),
  })
  .strict();

/** A ticket, as stored and as the services see it. */
export type Ticket = z.infer<typeof TicketSchema>;

// ---- Errors ------------------------------------------------------------------------------------

export type TicketError =
  | { code: 'invalid-transition'; from: TicketStatus; to: TicketStatus }
  | { code: 'invalid-request-number' }
  | { code: 'ticket-withdrawn' }
  | { code: 'incomplete-answers' };

export type TicketResult = { ok: true; ticket: Ticket } | { ok: false; error: TicketError };

// ---- Construction ------------------------------------------------------------------------------

export interface NewTicketMeta {
  seq: number;
  requester: Person;
  conversation: ConversationRef;
  tenantId: string;
  now: Date;
  idempotencyKey: string;
  holidays?: readonly string[];
  /** The wizard's card, which becomes the ticket's card in its conversation (for everyone there). */
  card?: ChannelPost;
  /**
   * Whether the new ticket is to be posted to its tenant's ticket channel (default true: the
   * publisher then looks the channel up); false when it is known there is none to post it in.
   */
  announce?: boolean;
}

/** The status a decision (and an already known Microsoft request number) leads to. */
export function statusFor(decision: Decision, microsoftRequestNumber: string | undefined): TicketStatus {
  if (microsoftRequestNumber !== undefined) return 'filed-with-microsoft';
  return decision.outcome === 'eligible' ? 'ready-to-file' : 'draft';
}

/** The response target for the contact's preferred language (only English-speaking support has times). */
function responseFor(
  answers: WizardAnswers,
  decision: Decision,
  at: Date,
  holidays: readonly string[] | undefined,
): Pick<Ticket, 'responseTarget' | 'respondBy'> {
  const result = responseOf(answers, decision, at, holidays);
  if (!result) return { responseTarget: null };
  return {
    responseTarget: result.target,
    ...(result.respondBy !== undefined && { respondBy: result.respondBy }),
  };
}

/** The ticket fields that come from the wizard's answers; undefined keys are left out, never stored. */
function fieldsFromAnswers(
  all: WizardAnswers,
  at: Date,
  holidays: readonly string[] | undefined,
): Omit<
  Ticket,
  | '_id'
  | 'idempotencyKey'
  | 'tenantId'
  | 'conversation'
  | 'requester'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'history'
> {
  const answers = relevantAnswers(all);
  const { role, service, details } = answers;
  if (role === undefined || service === undefined || details === undefined) {
    throw new TypeError('A ticket needs the role, the service and the details');
  }
  const decision = decide(answers);
  return {
    role,
    service,
    ...(answers.problemType !== undefined && { problemType: answers.problemType }),
    ...(answers.severity !== undefined && { severity: answers.severity }),
    criteria: {
      met: answers.criteria ?? [],
      prerequisites: answers.prerequisites ?? [],
      access: answers.access ?? {},
    },
    decision,
    ...definedOnly(details, [...DETAIL_KEYS, 'microsoftRequestNumber']),
    ...responseFor(answers, decision, at, holidays),
  };
}

/**
 * The ticket for a completed draft. Throws TypeError when the draft lacks the role, service or
 * details (flow.finish() guarantees them).
 */
export function newTicketFromDraft(draft: Pick<Draft, 'answers'>, meta: NewTicketMeta): Ticket {
  const fields = fieldsFromAnswers(draft.answers, meta.now, meta.holidays);
  return {
    _id: formatTicketId(meta.seq),
    idempotencyKey: meta.idempotencyKey,
    tenantId: meta.tenantId,
    conversation: meta.conversation,
    requester: meta.requester,
    ...fields,
    status: statusFor(fields.decision, fields.microsoftRequestNumber),
    createdAt: meta.now,
    updatedAt: meta.now,
    version: 1,
    history: [{ at: meta.now, by: meta.requester, action: 'created' }],
    // The wizard's card shows the new ticket to whoever submitted it; in a personal chat that is everyone.
    ...(meta.card && {
      channelPosts: [{ ...meta.card, shown: meta.conversation.type === 'personal' ? 1 : 0 }],
    }),
    ...(meta.announce !== false && { toAnnounce: true as const }),
  };
}

/**
 * Whether a new ticket made in `conversation` is announced in the tenant's ticket `channel`: when
 * there is one, and the ticket was not made in that channel itself.
 */
export function announcedIn(channel: { channelId: string } | null, conversation: ConversationRef): boolean {
  return channel !== null && channel.channelId !== conversation.channelId;
}

/** The wizard answers a ticket was made from, to edit it with the wizard again. */
export function answersFromTicket(ticket: Ticket): WizardAnswers {
  const answers: WizardAnswers = {
    role: ticket.role,
    service: ticket.service,
    ...(ticket.problemType !== undefined && { problemType: ticket.problemType }),
    criteria: ticket.criteria.met,
    prerequisites: ticket.criteria.prerequisites,
    access: ticket.criteria.access,
    ...(ticket.severity !== undefined && { severity: ticket.severity }),
    details: definedOnly(ticket, [...DETAIL_KEYS, 'microsoftRequestNumber']),
  };
  return answers;
}

/**
 * A wizard draft for editing a ticket: every answer prefilled, starting on the review step, and
 * remembering the version and answers it started from.
 */
export function draftFromTicket(ticket: Ticket): Draft {
  const answers = answersFromTicket(ticket);
  return {
    answers,
    step: 'review',
    rev: 0,
    edit: { ticketId: ticket._id, version: ticket.version, base: answersFromTicket(ticket) },
  };
}

function bump(ticket: Ticket, at: Date, entry: Omit<HistoryEntry, 'at'>, changes: Partial<Ticket>): Ticket {
  return {
    ...ticket,
    ...changes,
    updatedAt: at,
    version: ticket.version + 1,
    history: [...ticket.history, { at, ...entry }],
  };
}

// ---- Lifecycle ---------------------------------------------------------------------------------

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A new ticket in status `to`, with the change in its history; the input is not modified. */
export function transition(
  ticket: Ticket,
  to: TicketStatus,
  by: Person,
  at: Date,
  detail?: string,
): TicketResult {
  if (!canTransition(ticket.status, to)) {
    return { ok: false, error: { code: 'invalid-transition', from: ticket.status, to } };
  }
  const action: HistoryAction = to === 'withdrawn' ? 'withdrawn' : 'status-changed';
  const entry = { by, action, detail: detail ?? `${ticket.status} -> ${to}` };
  return { ok: true, ticket: bump(ticket, at, entry, { status: to }) };
}

/**
 * Records the Microsoft request number and marks the ticket filed. On a ticket that is already
 * filed, it corrects the number.
 */
export function addMicrosoftRequestNumber(
  ticket: Ticket,
  number: string,
  by: Person,
  at: Date,
): TicketResult {
  const trimmed = number.trim();
  if (!PATTERNS.microsoftRequestNumber.test(trimmed))
    return { ok: false, error: { code: 'invalid-request-number' } };
  if (ticket.status === 'withdrawn') return { ok: false, error: { code: 'ticket-withdrawn' } };
  const entry = { by, action: 'microsoft-request-number' as const, detail: trimmed };
  return {
    ok: true,
    ticket: bump(ticket, at, entry, { microsoftRequestNumber: trimmed, status: 'filed-with-microsoft' }),
  };
}

export function withdraw(ticket: Ticket, by: Person, at: Date): TicketResult {
  return transition(ticket, 'withdrawn', by, at, `${ticket.status} -> withdrawn`);
}

/**
 * Applies an edited draft: the answers, decision and response target are recomputed at `at`. A
 * filed ticket stays filed; otherwise the status follows the new decision.
 */
export function reviseTicket(
  ticket: Ticket,
  draft: Pick<Draft, 'answers'>,
  by: Person,
  at: Date,
  holidays?: readonly string[],
): TicketResult {
  if (ticket.status === 'withdrawn') return { ok: false, error: { code: 'ticket-withdrawn' } };
  const answers = relevantAnswers(draft.answers);
  if (answers.role === undefined || answers.service === undefined || answers.details === undefined) {
    return { ok: false, error: { code: 'incomplete-answers' } };
  }
  const fields = fieldsFromAnswers(answers, at, holidays);
  const number = fields.microsoftRequestNumber ?? ticket.microsoftRequestNumber;
  const status =
    ticket.status === 'filed-with-microsoft' ? ticket.status : statusFor(fields.decision, number);
  // Rebuild from the unchanging parts so optional fields cleared by the edit disappear.
  const base: Ticket = {
    _id: ticket._id,
    idempotencyKey: ticket.idempotencyKey,
    tenantId: ticket.tenantId,
    conversation: ticket.conversation,
    requester: ticket.requester,
    ...fields,
    ...(number !== undefined && { microsoftRequestNumber: number }),
    status,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    version: ticket.version,
    history: ticket.history,
    ...(ticket.channelPosts !== undefined && { channelPosts: ticket.channelPosts }),
    ...(ticket.toAnnounce && { toAnnounce: ticket.toAnnounce }),
  };
  const detail = status === ticket.status ? undefined : `${ticket.status} -> ${status}`;
  return { ok: true, ticket: bump(base, at, { by, action: 'edited', ...(detail && { detail }) }, {}) };
}

export interface ChannelPost {
  conversationId: string;
  activityId: string;
  lang?: Lang;
  /** The ticket version the card there shows. */
  shown?: number;
}

/**
 * Remembers where the ticket card was posted (and which version it shows, `ticket`'s unless the post
 * says), so later changes can update it there; the announcement is then done. Not a change of the
 * ticket: no new version, nothing in its history, so the cards people hold stay current.
 */
export function recordChannelPost(ticket: Ticket, post: ChannelPost): Ticket {
  const posts = (ticket.channelPosts ?? []).filter((p) => p.conversationId !== post.conversationId);
  const { toAnnounce: _done, ...rest } = ticket;
  return { ...rest, channelPosts: [...posts, { ...post, shown: post.shown ?? ticket.version }] };
}

/**
 * The ticket, noting that the card `activityId` already shows its current version: the card a
 * change was made from in a personal chat shows the answer to that change, and nobody else sees it.
 * (In a group chat or channel, the others still see the old card, so it stays to be updated.)
 */
export function seenOnCard(ticket: Ticket, activityId: string | undefined): Ticket {
  if (activityId === undefined || !ticket.channelPosts?.some((post) => post.activityId === activityId)) {
    return ticket;
  }
  return {
    ...ticket,
    channelPosts: ticket.channelPosts.map((post) =>
      post.activityId === activityId ? { ...post, shown: ticket.version } : post,
    ),
  };
}

/** The cards that show an older version than the ticket's. */
export function outdatedPosts(ticket: Ticket): ChannelPost[] {
  return (ticket.channelPosts ?? []).filter((post) => (post.shown ?? 0) < ticket.version);
}

/** Whether a stored ticket leaves anything to deliver: its announcement, or a card showing an older version. */
export function hasDeliveries(ticket: Ticket): boolean {
  return ticket.toAnnounce === true || outdatedPosts(ticket).length > 0;
}

/** Whether the Microsoft-request-number action applies: the route files with Microsoft and the ticket is open. */
export function acceptsMicrosoftRequestNumber(ticket: Ticket): boolean {
  if (ticket.status === 'withdrawn') return false;
  return ticket.decision.outcome === 'not-yet' || filesWithMicrosoft(ticket.decision.route);
}
