import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { noticeCard } from '../../cards/noticeCard';
import { ticketListCard } from '../../cards/ticketListCard';
import type { CardJson } from '../../cards/render';
import { DraftIdSchema, parseCardAction, VERB, VERBS } from '../../cards/verbs';
import {
  ticketSummaryCard,
  wizardCancelledCard,
  wizardClosedCard,
  wizardStepCard,
  type TicketNotice,
  type WizardCardNotice,
} from '../../cards/wizardCards';
import type { ConversationRef } from '../../domain/ticket';
import { detectLanguage } from '../../domain/language';
import { t, type Lang } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import type { Actor, WizardNotice, WizardService, WizardView } from '../../services/wizardService';
import type { BotContext } from '../context';
import { langFromLocale } from '../language';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

export interface WizardDeps extends BotContext {
  readonly wizard: WizardService;
  readonly publisher: TicketPublisher;
  readonly now: () => Date;
}

/** "my tickets", "moje zgłoszenia" (with or without Polish letters). */
const LIST_TEXT = /^\s*(my\s+tickets|moje\s+zg[lł]oszenia)\s*[.!?]*\s*$/i;

/** "new ticket", "nowe zgłoszenie" (with or without Polish letters), "new case", "zgłoś problem". */
const START_TEXT =
  /^\s*(new\s+(ticket|case|escalation)|nowe\s+zg[lł]oszenie|zg[lł]o[sś]\s+problem)\s*[.!?]*\s*$/i;

export function isStartRequest(text: string): boolean {
  return START_TEXT.test(text);
}

function conversationOf(context: TurnContext): ConversationRef {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as { channel?: { id?: string }; team?: { id?: string } };
  const type = a.conversation.conversationType;
  return {
    id: a.conversation.id,
    serviceUrl: a.serviceUrl,
    ...(type === 'personal' || type === 'groupChat' || type === 'channel' ? { type } : {}),
    ...(a.conversation.tenantId ? { tenantId: a.conversation.tenantId } : {}),
    ...(channelData.channel?.id ? { channelId: channelData.channel.id } : {}),
    ...(channelData.team?.id ? { teamId: channelData.team.id } : {}),
  };
}

function userIdOf(context: TurnContext): string {
  return context.activity.from.aadObjectId ?? context.activity.from.id;
}

function actorOf(context: TurnContext): Actor {
  const conversation = conversationOf(context);
  const tenant = (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    id: userIdOf(context),
    name: context.activity.from.name ?? '',
    conversation,
    tenantId: conversation.tenantId ?? tenant ?? 'unknown',
  };
}

const STEP_NOTICE: Readonly<Record<WizardNotice, WizardCardNotice>> = {
  stale: 'stale',
  'save-failed': 'saveFailed',
  incomplete: 'incomplete',
  'invalid-action': 'invalidAction',
  'changed-meanwhile': 'changedMeanwhile',
};

/** Wizard buttons: their data names the draft, so an unreadable one can still show the draft. */
const STEP_VERBS: readonly unknown[] = [
  VERB.wizardNext,
  VERB.wizardBack,
  VERB.wizardCancel,
  VERB.wizardSubmit,
];

/** The card for a service result. */
function render(view: WizardView, lang: Lang, deps: WizardDeps, notice?: TicketNotice): CardJson {
  switch (view.kind) {
    case 'step':
      return wizardStepCard(view.draftId, view.draft, view.lang, {
        ...(view.errors && { errors: view.errors }),
        ...(view.notice && { notice: STEP_NOTICE[view.notice] }),
        ...(view.changes && { changes: view.changes }),
        now: deps.now(),
        holidays: deps.config.HOLIDAYS,
      });
    case 'ticket': {
      const shown = view.edited ? 'edited' : notice;
      return ticketSummaryCard(view.ticket, view.lang ?? lang, {
        ...(view.error ? { error: view.error === 'save-failed' ? 'conflict' : view.error } : {}),
        ...(!view.error && shown && (shown !== 'created' || view.created !== false) ? { notice: shown } : {}),
      });
    }
    case 'cancelled':
      return wizardCancelledCard(lang);
    case 'expired':
      return wizardClosedCard(lang);
    case 'not-owner':
      return noticeCard(view.lang, t(view.lang, 'action.notOwner'), { warning: true });
    case 'not-found':
      return noticeCard(lang, t(lang, 'ticket.error.notFound', { id: view.ticketId }), { warning: true });
  }
}

/**
 * The escalation wizard and ticket actions. Every step is an Action.Execute whose card is replaced in
 * place; payloads are parsed with zod (parseCardAction) before anything is read or written.
 */
export function registerWizard(app: Application<AppTurnState>, deps: WizardDeps): void {
  const owner = (context: TurnContext) => ({
    userId: userIdOf(context),
    conversationId: context.activity.conversation.id,
  });
  const localeLang = (context: TurnContext) =>
    langFromLocale(context.activity.locale, deps.config.DEFAULT_LOCALE);
  /** Card data may name the language the card was drawn in; it wins over the client locale. */
  const cardLang = (context: TurnContext, raw: Record<string, unknown>): Lang =>
    raw.lang === 'pl' || raw.lang === 'en' ? raw.lang : localeLang(context);

  app.message(
    async (context) => context.activity.type === 'message' && isStartRequest(context.activity.text ?? ''),
    async (context) => {
      const text = context.activity.text ?? '';
      const lang = /zg[lł]/i.test(text) ? 'pl' : detectLanguage(text, context.activity.locale);
      await sendCard(context, render(await deps.wizard.start(owner(context), lang), lang, deps));
    },
  );

  app.message(
    async (context) => context.activity.type === 'message' && LIST_TEXT.test(context.activity.text ?? ''),
    async (context) => {
      const text = context.activity.text ?? '';
      const lang = /zg[lł]/i.test(text) ? 'pl' : detectLanguage(text, context.activity.locale);
      await sendCard(context, ticketListCard(await deps.wizard.listMine(userIdOf(context)), lang));
    },
  );

  /** A new ticket goes to the tenant's ticket channel; an edited one refreshes its posted cards. */
  const published = async (context: TurnContext, view: WizardView, actor: Actor): Promise<WizardView> => {
    if (view.kind !== 'ticket' || view.error) return view;
    if (view.created) {
      // In a group chat or channel, the card the wizard ran in becomes the ticket card for everyone.
      const shared = actor.conversation.type === 'groupChat' || actor.conversation.type === 'channel';
      const replyToId = context.activity.replyToId;
      const inPlace =
        shared && replyToId
          ? {
              conversationId: context.activity.conversation.id,
              activityId: replyToId,
              lang: view.lang ?? localeLang(context),
            }
          : undefined;
      return { ...view, ticket: await deps.publisher.publishNew(view.ticket, actor, inPlace) };
    }
    if (view.created === undefined) await deps.publisher.refreshPosts(view.ticket);
    return view;
  };
  /** After a change, every posted card of the ticket shows its new state. */
  const refreshed = async (view: WizardView): Promise<WizardView> => {
    if (view.kind === 'ticket' && !view.error) await deps.publisher.refreshPosts(view.ticket);
    return view;
  };

  // Every wizard and ticket verb: their data is parsed by parseCardAction below.
  const verbs = VERBS.filter((verb) => verb.startsWith('wizard.') || verb.startsWith('ticket.'));
  app.adaptiveCards.actionExecute(verbs, async (context) => {
    const action = (context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)
      ?.action;
    const parsed = parseCardAction(action?.verb, action?.data);
    const raw = parsed.ok ? parsed.raw : {};
    const lang = cardLang(context, raw);
    if (!parsed.ok) {
      deps.log.warn({ activityId: context.activity.id, issues: parsed.issues }, 'invalid card action');
      // A wizard button naming a readable draft: show that draft's step again, keeping the inputs.
      const data = action?.data as Record<string, unknown> | undefined;
      const draftId = DraftIdSchema.safeParse(data?.draftId);
      if (STEP_VERBS.includes(action?.verb) && draftId.success) {
        const view = await deps.wizard.unreadable(draftId.data, userIdOf(context), data);
        return render(view, lang, deps);
      }
      return noticeCard(lang, t(lang, 'action.invalid'), {
        title: t(lang, 'action.failedTitle'),
        warning: true,
      });
    }
    const { action: card } = parsed;
    const userId = userIdOf(context);
    switch (card.verb) {
      case 'wizard.start':
        return render(await deps.wizard.start(owner(context), lang), lang, deps);
      case 'wizard.next':
        return render(await deps.wizard.next(card.data.draftId, userId, card.data, raw), lang, deps);
      case 'wizard.back':
        return render(await deps.wizard.back(card.data.draftId, userId, card.data, raw), lang, deps);
      case 'wizard.cancel':
        return render(await deps.wizard.cancel(card.data.draftId, userId), lang, deps);
      case 'wizard.submit': {
        const actor = actorOf(context);
        const view = await published(
          context,
          await deps.wizard.submit(card.data.draftId, card.data, actor),
          actor,
        );
        const viewLang = view.kind === 'step' || view.kind === 'not-owner' ? view.lang : lang;
        return render(view, viewLang, deps, 'created');
      }
      case 'ticket.addMsNumber': {
        const number = card.data.microsoftRequestNumber ?? '';
        const person = { id: userId, name: context.activity.from.name ?? '' };
        const view = await refreshed(
          await deps.wizard.addMicrosoftRequestNumber(card.data.ticketId, card.data.version, number, person),
        );
        if (view.kind === 'ticket' && view.error) {
          return ticketSummaryCard(view.ticket, lang, {
            error: view.error === 'save-failed' ? 'conflict' : view.error,
            microsoftRequestNumberInput: number,
          });
        }
        return render(view, lang, deps, 'filed');
      }
      case 'ticket.withdraw': {
        const person = { id: userId, name: context.activity.from.name ?? '' };
        return render(
          await refreshed(await deps.wizard.withdraw(card.data.ticketId, card.data.version, person)),
          lang,
          deps,
          'withdrawn',
        );
      }
      case 'ticket.edit':
        return render(
          await deps.wizard.edit(card.data.ticketId, card.data.version, owner(context), lang),
          lang,
          deps,
        );
      case 'ticket.refresh':
        return render(await deps.wizard.show(card.data.ticketId), lang, deps);
      default:
        return noticeCard(lang, t(lang, 'action.unknown'), { warning: true });
    }
  });
}
