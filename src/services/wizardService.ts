import {
  announcedIn,
  answersFromTicket,
  seenOnCard,
  type ChannelPost,
  draftFromTicket,
  newTicketFromDraft,
  reviseTicket,
  type ConversationRef,
  type Person,
  type Ticket,
  type TicketError,
} from '../domain/ticket';
import { offersRequestNumber } from '../domain/access';
import {
  back,
  fieldValues,
  finish,
  relevantAnswers,
  submissionKey,
  submitStep,
  withInputs,
  type CardPosition,
  type FieldError,
  type StepResult,
} from '../domain/wizard/flow';
import {
  EXPIRY_CLOCK_SKEW_MS,
  type Draft,
  type DraftEdit,
  type FieldId,
  type WizardAnswers,
} from '../domain/wizard/model';
import type { BlockerCode } from '../domain/eligibility';
import { rebaseAnswers } from '../domain/wizard/rebase';
import type { SentenceReading } from '../domain/wizard/sentence';
import {
  hasSources,
  prefillSources,
  startingDraft,
  takesRemembered,
  type Prefill,
  type PrefillSources,
} from '../domain/wizard/start';
import { reviewOutcome, type ReviewOutcome } from '../domain/wizard/review';
import type { Lang } from '../domain/lang';
import type { Logger } from '../log';
import { noMetrics, type Metrics } from './metrics';
import {
  VersionConflictError,
  type Clock,
  type DraftOwner,
  type DraftStore,
  type PartnerKey,
  type PartnerProfile,
  type PartnerProfileStore,
  type StoredDraft,
  type TicketChannel,
  type TicketChannelStore,
  type TicketStore,
} from './ports';

/** How many drafts are kept in memory for showing a step again while the database is away. */
const RECENT_DRAFTS = 500;

/** Why a card shows a notice above the step. */
export type WizardNotice =
  | 'stale'
  | 'save-failed'
  | 'incomplete'
  | 'invalid-action'
  | 'changed-meanwhile'
  /** The first card of a wizard that started with answers: where they came from. */
  | 'prefilled';

/** What others changed in a ticket while it was being edited. */
export interface ChangedMeanwhile {
  /** Who changed it, each once, in order. */
  by: string[];
  /** Their changes, now in the draft's answers. */
  fields: FieldId[];
  /** Changed by both: the draft keeps its own. */
  conflicts: FieldId[];
}

/** What the route should show after a wizard or ticket action. */
export type WizardView =
  | {
      kind: 'step';
      draftId: string;
      lang: Lang;
      draft: Draft;
      errors?: FieldError[];
      /** The step's answers block escalation: nothing was stored; the card says why and what to do. */
      blockers?: BlockerCode[];
      notice?: WizardNotice;
      changes?: ChangedMeanwhile;
      /** With the `prefilled` notice. */
      prefilled?: PrefillSources;
      /** When the draft is removed unless changed again, as stored (when known). */
      expiresAt?: Date;
    }
  | {
      kind: 'ticket';
      ticket: Ticket;
      /**
       * A new ticket, shown for the first time to whoever filed it; false when the draft was already
       * closed with it (a press repeated after the ticket was shown).
       */
      created?: boolean;
      /** The wizard submitted changes to an existing ticket. */
      edited?: boolean;
      /** A change was stored: its cards are to be delivered. */
      changed?: boolean;
      /** The tenant's ticket channel as read for a new ticket, so that its delivery need not read it again. */
      channel?: TicketChannel | null;
      /** False: the new ticket's card, where it was made, has no request number box (offersRequestNumber). */
      requestNumberHere?: boolean;
      /** The language the wizard ran in, when the view ends a wizard. */
      lang?: Lang;
      error?: TicketError['code'] | 'conflict' | 'stale' | 'save-failed' | 'unavailable';
    }
  /** The wizard was cancelled; `ticketId` when it was an edit of that ticket, which stays as it was. */
  | { kind: 'cancelled'; ticketId?: string }
  /**
   * The draft is gone: finished or cancelled elsewhere, or, with `lapsed`, removed because it was
   * left unchanged for longer than drafts are kept (the card that was pressed says when it expired).
   */
  | { kind: 'expired'; ticketId?: string; lapsed?: true }
  /** Someone else's wizard: only the person who started it can move it on. */
  | { kind: 'not-owner'; lang: Lang }
  | { kind: 'not-found'; ticketId: string }
  /**
   * The database did not answer and the card can't be drawn again from memory: nothing changed, and
   * the user should press the same button again (its data and inputs are kept by the card).
   */
  | { kind: 'unavailable' };

export interface Actor extends Person {
  conversation: ConversationRef;
  tenantId: string;
  /**
   * The card acted on, which becomes the ticket's card in that conversation (for everyone there, in
   * a group chat or channel) and is kept current.
   */
  sourceCard?: ChannelPost;
  /** The Microsoft Entra user and tenant whose answers about themselves are remembered (absent outside Teams). */
  partner?: PartnerKey;
}

/** The partner's name and email as Teams knows them; any of them may be missing. */
export interface TeamsContact {
  name?: string;
  email?: string;
}

export interface StartOptions {
  /** Whose remembered answers to offer (absent when the activity names no Entra user and tenant). */
  partner?: PartnerKey;
  /** Looks the partner up in Teams; asked only when nothing is remembered. Never throws. */
  teamsContact?: () => Promise<TeamsContact | undefined>;
  /** What a one-sentence start said. */
  reading?: SentenceReading;
}

const CONTACT_FIELDS = ['contactName', 'contactEmail', 'contactPhone', 'contactLanguage'] as const;

/** Whether `userId` edited the ticket after its version `since`. */
function editedBy(ticket: Ticket, since: number, userId: string): boolean {
  return ticket.history.slice(since).some((entry) => entry.action === 'edited' && entry.by.id === userId);
}

/** Whether the ticket card the wizard ends with has the request number box, when the ticket channel is known. */
function numberBox(
  actor: { conversation: ConversationRef },
  known: { channel: TicketChannel | null } | undefined,
): { requestNumberHere?: boolean } {
  return known ? { requestNumberHere: offersRequestNumber(actor.conversation, known.channel) } : {};
}

/**
 * The escalation wizard and the ticket actions, over the draft and ticket stores. Every write is one
 * conditional single-document update. When a write fails, the view still carries what the user
 * entered, so the card can be submitted again; nothing is lost.
 */
export class WizardService {
  /**
   * Drafts as last read or saved, so that while the database does not answer a step can still be
   * shown again with what the user typed (a few hundred, most recent first out).
   */
  private readonly recent = new Map<string, StoredDraft>();

  constructor(
    private readonly drafts: DraftStore,
    private readonly tickets: TicketStore,
    private readonly clock: Clock,
    private readonly holidays: readonly string[] = [],
    private readonly log?: Logger,
    private readonly metrics: Metrics = noMetrics,
    private readonly profiles?: PartnerProfileStore,
    /** Where new tickets are announced; without it, every new ticket is left to the publisher to look up. */
    private readonly channels?: TicketChannelStore,
  ) {}

  /**
   * The tenant's ticket channel, read alongside the draft so that a new ticket is stored knowing
   * whether it is to be announced; undefined when it cannot be read (the publisher then looks).
   */
  private channelOf(tenantId: string): Promise<{ channel: TicketChannel | null } | undefined> {
    if (!this.channels) return Promise.resolve(undefined);
    return this.channels.get(tenantId).then(
      (channel) => ({ channel }),
      (error: unknown) => {
        this.log?.warn({ err: error }, 'could not read the ticket channel for a new ticket');
        return undefined;
      },
    );
  }

  /** The partner's remembered answers; none when there are none or the database does not answer. */
  private async profileOf(partner: PartnerKey | undefined): Promise<PartnerProfile | null> {
    if (!partner || !this.profiles) return null;
    try {
      return await this.profiles.get(partner);
    } catch (error) {
      this.log?.warn({ err: error }, 'could not read the remembered partner answers');
      return null;
    }
  }

  /**
   * Remembers what the partner answered about themselves, from a new ticket or their edit of one; a
   * failure only means asking again next time.
   */
  private async rememberPartner(partner: PartnerKey | undefined, answers: WizardAnswers): Promise<void> {
    const { role, details, service, problemType } = answers;
    if (!partner || !this.profiles || !role || !details) return;
    const helpdeskAdmin = answers.access?.helpdeskAdmin;
    try {
      await this.profiles.remember(
        partner,
        {
          role,
          contact: details.contact,
          ...(helpdeskAdmin !== undefined && { helpdeskAdmin }),
          ...(service !== undefined && { service }),
          ...(problemType !== undefined && { problemType }),
        },
        this.clock.now(),
      );
    } catch (error) {
      this.log?.warn({ err: error }, 'could not remember the partner answers');
    }
  }

  /** A step view with when its draft expires, as this process last read or wrote it. */
  private dated(view: WizardView): WizardView {
    if (view.kind !== 'step' || view.expiresAt) return view;
    const expiresAt = this.drafts.cached(view.draftId)?.expiresAt ?? this.recent.get(view.draftId)?.expiresAt;
    return expiresAt ? { ...view, expiresAt } : view;
  }

  /**
   * A draft that is not there (any more): expired, when the card pressed (or the copy written on)
   * says it had expired by now, give or take the clocks' skew; else finished or cancelled, as far as
   * is known.
   */
  private gone(card?: CardPosition, copy?: StoredDraft): WizardView {
    const expiresAt = card?.expiresAt || copy?.expiresAt?.getTime();
    return expiresAt && expiresAt <= this.clock.now().getTime() + EXPIRY_CLOCK_SKEW_MS
      ? { kind: 'expired', lapsed: true }
      : { kind: 'expired' };
  }

  private remember(stored: StoredDraft): void {
    this.recent.delete(stored.id);
    this.recent.set(stored.id, stored);
    if (this.recent.size > RECENT_DRAFTS) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }

  /**
   * The view for a card pressed while the database does not answer: that step again, as the card
   * showed it, with the inputs the user sent and the "not saved, press again" notice; or, when this
   * process has not seen the draft, a card that says so.
   */
  private unavailable(draftId: string, error: unknown, card?: CardPosition, raw?: unknown): WizardView {
    this.log?.warn({ err: error, draftId }, 'the database did not answer a wizard step');
    const known = this.recent.get(draftId);
    if (!known || (card && (known.draft.rev !== card.draftRev || known.draft.step !== card.step))) {
      return { kind: 'unavailable' };
    }
    const draft = raw === undefined ? known.draft : withInputs(known.draft, raw);
    return { kind: 'step', draftId, lang: known.lang, draft, notice: 'save-failed' };
  }

  /**
   * A new wizard, filled in with what is known: the partner's answers on their last ticket (else their
   * name and email from Teams), the turn's language as the contact's, and what a one-sentence start
   * said. Its first card says where each came from.
   */
  async start(owner: DraftOwner, lang: Lang, options: StartOptions = {}): Promise<WizardView> {
    return this.dated(await this.startView(owner, lang, options));
  }

  private async startView(owner: DraftOwner, lang: Lang, options: StartOptions): Promise<WizardView> {
    const profile = await this.profileOf(options.partner);
    const teams = profile ? undefined : await options.teamsContact?.().catch(() => undefined);
    const prefill: Prefill = {
      lang,
      ...(options.reading && { reading: options.reading }),
      ...(profile && { role: profile.role, contact: profile.contact }),
      ...(profile?.helpdeskAdmin !== undefined && { helpdeskAdmin: profile.helpdeskAdmin }),
      ...(profile?.service !== undefined && { service: profile.service }),
      ...(profile?.problemType !== undefined && { problemType: profile.problemType }),
      ...(teams && {
        contact: {
          ...(teams.name !== undefined && { name: teams.name }),
          ...(teams.email !== undefined && { email: teams.email }),
        },
      }),
    };
    const draft = startingDraft(prefill);
    const sources = prefillSources(draft, {
      remembered: profile
        ? [
            'role',
            ...(takesRemembered(prefill) ? (['service', 'problemType'] as const) : []),
            ...CONTACT_FIELDS,
            ...(profile.helpdeskAdmin !== undefined ? ['helpdeskAdmin' as const] : []),
          ]
        : [],
      teams: teams ? ['contactName', 'contactEmail'] : [],
      ...(options.reading && { reading: options.reading }),
    });
    let stored: StoredDraft;
    try {
      stored = await this.drafts.create(owner, draft, { lang });
    } catch (error) {
      this.log?.warn({ err: error }, 'the database did not answer a new wizard');
      return { kind: 'unavailable' };
    }
    this.remember(stored);
    return {
      kind: 'step',
      draftId: stored.id,
      lang,
      draft: stored.draft,
      ...(hasSources(sources) && { notice: 'prefilled' as const, prefilled: sources }),
    };
  }

  /**
   * Opens the wizard on an existing ticket (one the caller may edit: TicketService.authorize), every
   * answer prefilled, at the review step.
   */
  async edit(ticket: Ticket, cardVersion: number, owner: DraftOwner, lang: Lang): Promise<WizardView> {
    return this.dated(await this.editView(ticket, cardVersion, owner, lang));
  }

  private async editView(
    ticket: Ticket,
    cardVersion: number,
    owner: DraftOwner,
    lang: Lang,
  ): Promise<WizardView> {
    if (ticket.version !== cardVersion) return { kind: 'ticket', ticket, error: 'stale' };
    if (ticket.status === 'withdrawn') return { kind: 'ticket', ticket, error: 'ticket-withdrawn' };
    let stored: StoredDraft;
    try {
      stored = await this.drafts.create(owner, draftFromTicket(ticket), { lang });
    } catch (error) {
      this.log?.warn({ err: error, ticketId: ticket._id }, 'the database did not answer an edit');
      return { kind: 'unavailable' };
    }
    this.remember(stored);
    return { kind: 'step', draftId: stored.id, lang, draft: stored.draft };
  }

  /**
   * The draft, if it still exists and belongs to `userId`; if the database does not answer, the view
   * that keeps the card (and `raw`, its inputs) for a retry.
   */
  private async load(
    draftId: string,
    userId: string,
    card?: CardPosition,
    raw?: unknown,
  ): Promise<StoredDraft | WizardView> {
    let stored: StoredDraft | null;
    try {
      stored = await this.drafts.get(draftId);
    } catch (error) {
      const known = this.recent.get(draftId);
      if (known && known.owner.userId !== userId) return { kind: 'not-owner', lang: known.lang };
      return this.unavailable(draftId, error, card, raw);
    }
    if (!stored) return this.gone(card);
    if (stored.owner.userId !== userId) return { kind: 'not-owner', lang: stored.lang };
    this.remember(stored);
    return stored;
  }

  /**
   * A step taken on the draft as this process last saw it: stored with one conditional write and no
   * read before it. Undefined when the copy cannot settle it (none here, someone else's, submitted, or
   * the step not accepted on it): the draft is then read first, since the copy may be out of date. A write
   * that matches nothing is answered as after a read (`save`), and rightly so: the card was accepted
   * on the copy, so it was on the copy's rev, which the stored draft has left.
   */
  private async stepOnKnown(
    draftId: string,
    userId: string,
    step: (draft: Draft) => StepResult,
  ): Promise<WizardView | undefined> {
    const known = this.drafts.cached(draftId);
    // A submitted draft takes the path that reads it, as it always did.
    if (!known || known.ticketId !== undefined || known.owner.userId !== userId) return undefined;
    const result = step(known.draft);
    return result.ok ? this.save(known, result.draft) : undefined;
  }

  async next(draftId: string, userId: string, card: CardPosition, raw: unknown): Promise<WizardView> {
    return this.dated(await this.nextView(draftId, userId, card, raw));
  }

  private async nextView(
    draftId: string,
    userId: string,
    card: CardPosition,
    raw: unknown,
  ): Promise<WizardView> {
    const known = await this.stepOnKnown(draftId, userId, (draft) => submitStep(draft, card, raw));
    if (known) return known;
    const stored = await this.load(draftId, userId, card, raw);
    if ('kind' in stored) return stored;
    const lang = stored.lang;
    const result = submitStep(stored.draft, card, raw);
    if (!result.ok) {
      if (result.reason === 'blocked')
        return { kind: 'step', draftId, lang, draft: result.draft, blockers: result.blockers };
      return result.reason === 'stale'
        ? { kind: 'step', draftId, lang, draft: result.draft, notice: 'stale' }
        : { kind: 'step', draftId, lang, draft: result.draft, errors: result.errors };
    }
    return this.save(stored, result.draft);
  }

  /**
   * A wizard button whose position data (rev, step) couldn't be read: the current step again, with
   * the inputs that came with it shown but not accepted. Nothing is written.
   */
  async unreadable(draftId: string, userId: string, raw: unknown): Promise<WizardView> {
    return this.dated(await this.unreadableView(draftId, userId, raw));
  }

  private async unreadableView(draftId: string, userId: string, raw: unknown): Promise<WizardView> {
    const stored = await this.load(draftId, userId, undefined, raw);
    if ('kind' in stored) return stored;
    if (stored.ticketId) return { kind: 'expired', ticketId: stored.ticketId };
    const draft = withInputs(stored.draft, raw);
    return { kind: 'step', draftId, lang: stored.lang, draft, notice: 'invalid-action' };
  }

  async back(draftId: string, userId: string, card: CardPosition, raw: unknown): Promise<WizardView> {
    return this.dated(await this.backView(draftId, userId, card, raw));
  }

  private async backView(
    draftId: string,
    userId: string,
    card: CardPosition,
    raw: unknown,
  ): Promise<WizardView> {
    const known = await this.stepOnKnown(draftId, userId, (draft) => back(draft, card, raw));
    if (known) return known;
    const stored = await this.load(draftId, userId, card, raw);
    if ('kind' in stored) return stored;
    const result = back(stored.draft, card, raw);
    if (!result.ok) return { kind: 'step', draftId, lang: stored.lang, draft: result.draft, notice: 'stale' };
    return this.save(stored, result.draft);
  }

  async cancel(draftId: string, userId: string, card?: CardPosition): Promise<WizardView> {
    return this.dated(await this.cancelView(draftId, userId, card));
  }

  private async cancelView(draftId: string, userId: string, card?: CardPosition): Promise<WizardView> {
    const stored = await this.load(draftId, userId, card);
    if ('kind' in stored) return stored;
    try {
      await this.drafts.delete(draftId);
    } catch (error) {
      return this.unavailable(draftId, error, card);
    }
    this.recent.delete(draftId);
    const edit = stored.draft.edit;
    return edit ? { kind: 'cancelled', ticketId: edit.ticketId } : { kind: 'cancelled' };
  }

  /**
   * Turns the draft into a ticket (or applies it to the ticket being edited). Idempotent: the same
   * card submitted twice gives the same ticket.
   */
  async submit(draftId: string, card: CardPosition, actor: Actor): Promise<WizardView> {
    return this.dated(await this.submitView(draftId, card, actor));
  }

  private async submitView(draftId: string, card: CardPosition, actor: Actor): Promise<WizardView> {
    const channelRead = this.channelOf(actor.tenantId);
    const stored = await this.load(draftId, actor.id, card);
    if ('kind' in stored) return stored;
    const lang = stored.lang;
    if (stored.ticketId) {
      // Already submitted (a retried invoke): show the ticket it made.
      try {
        const ticket = await this.tickets.get(actor.tenantId, stored.ticketId);
        return ticket
          ? { kind: 'ticket', ticket, created: false, lang, ...numberBox(actor, await channelRead) }
          : { kind: 'expired' };
      } catch (error) {
        return this.unavailable(draftId, error, card);
      }
    }
    const result = finish(stored.draft, card);
    if (!result.ok) {
      if (result.reason === 'stale')
        return { kind: 'step', draftId, lang, draft: result.draft, notice: 'stale' };
      const saved = await this.save(stored, result.draft);
      return saved.kind === 'step' && !saved.notice ? { ...saved, notice: 'incomplete' } : saved;
    }
    const now = this.clock.now();
    const person: Person = { id: actor.id, name: actor.name };

    if (stored.draft.edit)
      return this.submitEdit(stored, stored.draft.edit, result.answers, actor, channelRead);

    const key = submissionKey(draftId, stored.draft);
    try {
      const known = await channelRead;
      const { ticket, created } = await this.tickets.create(key, (seq) =>
        newTicketFromDraft(
          { answers: result.answers },
          {
            seq,
            requester: person,
            conversation: actor.conversation,
            tenantId: actor.tenantId,
            now,
            idempotencyKey: key,
            holidays: this.holidays,
            ...(actor.sourceCard && { card: actor.sourceCard }),
            ...(known && { announce: announcedIn(known.channel, actor.conversation) }),
          },
        ),
      );
      if (created) this.metrics.ticketChanged(ticket.status, 'created');
      await this.drafts.markSubmitted(draftId, ticket._id);
      // Also when an earlier press stored the ticket and failed before here (the draft was not closed):
      // that press remembered nothing, and told the user only to press again.
      await this.rememberPartner(actor.partner, result.answers);
      if (created) this.log?.info({ draftId, ticketId: ticket._id, status: ticket.status }, 'ticket created');
      else
        this.log?.info({ draftId, ticketId: ticket._id }, 'ticket created by an earlier press: draft closed');
      return {
        kind: 'ticket',
        ticket,
        // This answer is the first to show the ticket to whoever filed it (the draft was still open).
        created: true,
        changed: created,
        lang,
        ...(known && created && { channel: known.channel }),
        ...numberBox(actor, known),
      };
    } catch (error) {
      // The draft is untouched and the key is the same, so submitting again can't make two tickets.
      this.log?.error({ err: error, draftId }, 'could not save the new ticket');
      return { kind: 'step', draftId, lang, draft: stored.draft, notice: 'save-failed' };
    }
  }

  /**
   * Applies an edit to its ticket. If the ticket changed since the edit started, nothing is saved:
   * the edit is moved onto the current ticket (their changes taken in, ours kept) and shown again
   * with what changed, to be saved once more. The update itself is conditional on the version.
   */
  private async submitEdit(
    stored: StoredDraft,
    edit: DraftEdit,
    answers: WizardAnswers,
    actor: Actor,
    channelRead: Promise<{ channel: TicketChannel | null } | undefined>,
  ): Promise<WizardView> {
    const { id: draftId, lang, draft } = stored;
    const person: Person = { id: actor.id, name: actor.name };
    // Only the requester edits a ticket (checked when the edit began, and again here).
    let current: Ticket | null;
    try {
      current = await this.tickets.get(actor.tenantId, edit.ticketId);
    } catch (error) {
      return this.unavailable(draftId, error);
    }
    if (!current || current.requester.id !== actor.id) return { kind: 'not-found', ticketId: edit.ticketId };
    let apply = answers;
    if (current.version !== edit.version) {
      const theirs = answersFromTicket(current);
      const rebased = rebaseAnswers(edit.base, draft.answers, theirs);
      if (rebased.ours.length === 0 && editedBy(current, edit.version, actor.id))
        return this.editStored(stored, current, actor, channelRead);
      if (rebased.theirs.length > 0 || rebased.conflicts.length > 0) {
        const by = [
          ...new Set(current.history.slice(edit.version).map((entry) => entry.by.name || entry.by.id)),
        ];
        const moved: Draft = {
          ...draft,
          answers: rebased.answers,
          rev: draft.rev + 1,
          edit: { ticketId: current._id, version: current.version, base: theirs },
        };
        const saved = await this.save(stored, moved);
        if (saved.kind !== 'step' || saved.notice) return saved;
        return {
          ...saved,
          notice: 'changed-meanwhile',
          changes: { by, fields: rebased.theirs, conflicts: rebased.conflicts },
        };
      }
      // Only a status changed meanwhile (e.g. withdrawn, refused below): apply on top of it.
      apply = relevantAnswers(rebased.answers);
    }
    const revised = reviseTicket(current, { answers: apply }, person, this.clock.now(), this.holidays);
    const box = numberBox(actor, await channelRead);
    if (!revised.ok) return { kind: 'ticket', ticket: current, lang, error: revised.error.code, ...box };
    try {
      // In a personal chat, the card the edit was submitted from shows the result already.
      const personalCard = actor.conversation.type === 'personal' ? actor.sourceCard?.activityId : undefined;
      const ticket = await this.tickets.update(seenOnCard(revised.ticket, personalCard));
      this.metrics.ticketChanged(ticket.status, 'edited');
      await this.drafts.markSubmitted(draftId, ticket._id);
      // The requester's latest answers about themselves are the ones to offer next time.
      await this.rememberPartner(actor.partner, answersFromTicket(ticket));
      this.log?.info({ draftId, ticketId: ticket._id, version: ticket.version }, 'ticket edited');
      return { kind: 'ticket', ticket, edited: true, changed: true, lang, ...box };
    } catch (error) {
      // Changed between our read and our write: the next press moves the edit onto that change.
      if (error instanceof VersionConflictError)
        return { kind: 'step', draftId, lang, draft, notice: 'stale' };
      // The draft is untouched: the review card can be submitted again.
      this.log?.error({ err: error, draftId, ticketId: edit.ticketId }, 'could not save the edited ticket');
      return { kind: 'step', draftId, lang, draft, notice: 'save-failed' };
    }
  }

  /**
   * An edit the ticket already has, by its author since the edit began: an earlier press stored it
   * and failed before closing the draft (the user was asked to press again). Nothing is written to
   * the ticket; the draft is closed and the answers remembered, as that press would have.
   */
  private async editStored(
    stored: StoredDraft,
    ticket: Ticket,
    actor: Actor,
    channelRead: Promise<{ channel: TicketChannel | null } | undefined>,
  ): Promise<WizardView> {
    const { id: draftId, lang, draft } = stored;
    try {
      await this.drafts.markSubmitted(draftId, ticket._id);
    } catch (error) {
      this.log?.error({ err: error, draftId, ticketId: ticket._id }, 'could not close the edit of a ticket');
      return { kind: 'step', draftId, lang, draft, notice: 'save-failed' };
    }
    await this.rememberPartner(actor.partner, answersFromTicket(ticket));
    this.log?.info({ draftId, ticketId: ticket._id, version: ticket.version }, 'ticket edit found stored');
    return { kind: 'ticket', ticket, edited: true, lang, ...numberBox(actor, await channelRead) };
  }

  /** The decision and response target the review step shows for `draft`, were it filed now. */
  reviewOf(draft: Draft): ReviewOutcome {
    return reviewOutcome(draft.answers, this.clock.now(), this.holidays);
  }

  /**
   * Stores the next draft; if the write fails, shows the user's inputs again so they can resubmit.
   * When it matches nothing (someone moved the draft on, or it expired or was deleted), the draft is
   * read: the card was out of date, or the wizard is closed.
   */
  private async save(stored: StoredDraft, next: Draft): Promise<WizardView> {
    const { id: draftId, lang, draft: current } = stored;
    try {
      const saved = await this.drafts.replace(draftId, current.rev, next);
      if (saved) this.remember({ ...stored, draft: next });
      if (!saved) {
        const latest = await this.drafts.get(draftId);
        return latest
          ? { kind: 'step', draftId, lang, draft: latest.draft, notice: 'stale' }
          : this.gone(undefined, stored);
      }
      return { kind: 'step', draftId, lang, draft: next };
    } catch (error) {
      // Stay on the current step (same rev, so the card can be resubmitted) showing what was entered.
      this.log?.error({ err: error, draftId }, 'could not save the wizard step');
      const entered = { ...current.pending, ...fieldValues(next, current.step) };
      return { kind: 'step', draftId, lang, draft: { ...current, pending: entered }, notice: 'save-failed' };
    }
  }
}
