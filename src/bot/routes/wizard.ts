import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { failedActionCard, noticeCard } from '../../cards/noticeCard';
import type { CardJson } from '../../cards/render';
import {
  DraftIdSchema,
  StartActionDataSchema,
  VERB,
  WizardActionDataSchema,
  type WizardActionData,
} from '../../cards/verbs';
import { LIMITS } from '../../domain/wizard/model';
import { readSentence } from '../../domain/wizard/sentence';
import { t, type Lang } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import type { Actor, StartOptions, WizardService, WizardView } from '../../services/wizardService';
import { isCommand } from '../commands';
import { turnIn, type BotContext } from '../context';
import { partnerOf, teamsContactLookup } from '../partner';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';
import { actorOf } from '../turn';
import { renderView, type RenderOptions } from '../views';

export interface WizardDeps extends BotContext {
  readonly wizard: WizardService;
  readonly publisher: TicketPublisher;
  readonly now: () => Date;
}

/** The whole data of a card action: the button's data with the card's inputs merged in. */
function rawData(context: TurnContext): Record<string, unknown> {
  const data = (context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/**
 * The escalation wizard: "new ticket" / "nowe zgłoszenie" (optionally followed by ":" and a sentence
 * that fills in what it says) and the buttons of its steps. Every step is
 * an Action.Execute whose card is replaced in place; each button's data is parsed with its zod schema
 * before anything is read or written, and the step's inputs are the wizard's to validate.
 */
export function registerWizard(app: Application<AppTurnState>, deps: WizardDeps): void {
  const options = (context: TurnContext, retry?: RenderOptions['retry']): RenderOptions => {
    const { timeZone, actor } = turnIn(deps, context);
    return {
      review: (draft) => deps.wizard.reviewOf(draft),
      // Dates in the reader's time zone where only they see the card.
      ...(timeZone && actor.conversation.type === 'personal' && { timeZone }),
      ...(retry && { retry }),
    };
  };
  /** The button pressed, to press again when the database did not answer. */
  const pressed = (context: TurnContext, verb: string) => ({ verb, data: rawData(context) });
  const langOf = (context: TurnContext): Lang => turnIn(deps, context).lang;
  const owner = (context: TurnContext) => {
    const actor = actorOf(context);
    return { userId: actor.userId, conversationId: actor.conversationId };
  };
  /** The wizard's actor: the card acted on becomes the ticket's card in its conversation. */
  const wizardActor = (context: TurnContext, lang: Lang): Actor => {
    const actor = actorOf(context);
    const replyToId = context.activity.replyToId;
    return {
      id: actor.userId,
      name: actor.name,
      conversation: actor.conversation,
      tenantId: actor.tenantId,
      ...(partnerOf(context) && { partner: partnerOf(context) }),
      ...(replyToId && {
        sourceCard: { conversationId: actor.conversationId, activityId: replyToId, lang },
      }),
    };
  };
  /** What a new wizard starts with: the partner's remembered answers, else Teams' member lookup. */
  const startOptions = (context: TurnContext, sentence?: string): StartOptions => {
    const partner = partnerOf(context);
    return {
      ...(partner && { partner }),
      teamsContact: teamsContactLookup(context, turnIn(deps, context).log),
      ...(sentence !== undefined && { reading: readSentence(sentence) }),
    };
  };
  const render = (
    context: TurnContext,
    view: WizardView,
    lang: Lang,
    retry?: RenderOptions['retry'],
  ): CardJson => renderView(view, lang, options(context, retry));

  /**
   * A step button's data, parsed; when its position cannot be read but it names a draft, the draft's
   * current step is shown again with the inputs kept (nothing written).
   */
  const stepAction = async <S extends z.ZodTypeAny>(
    context: TurnContext,
    schema: S,
    run: (data: z.infer<S>, raw: Record<string, unknown>, lang: Lang, userId: string) => Promise<CardJson>,
  ): Promise<CardJson> => {
    const raw = rawData(context);
    const lang = langOf(context);
    const userId = actorOf(context).userId;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return run(parsed.data as z.infer<S>, raw, lang, userId);
    deps.log.warn({ activityId: context.activity.id }, 'invalid wizard card action');
    const draftId = DraftIdSchema.safeParse(raw.draftId);
    if (draftId.success)
      return render(context, await deps.wizard.unreadable(draftId.data, userId, raw), lang);
    return failedActionCard(lang, t(lang, 'action.invalid'));
  };

  // Typing "cancel" cancels nothing by itself: the form's own Cancel button says which form.
  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'cancel'),
    async (context) => {
      const { lang } = turnIn(deps, context);
      await sendCard(context, noticeCard(lang, t(lang, 'wizard.cancelTyped')));
    },
  );

  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'start'),
    async (context) => {
      const { lang, command } = turnIn(deps, context);
      const sentence = command?.text;
      // A sentence is read whole into the description, or not at all.
      if (sentence !== undefined && sentence.length > LIMITS.description) {
        await sendCard(
          context,
          noticeCard(lang, t(lang, 'prefill.tooLong', { max: LIMITS.description }), { warning: true }),
        );
        return;
      }
      // Retry starts again from the same sentence: nothing the partner typed is lost.
      const retry = {
        verb: VERB.wizardStart,
        data: { origin: 'command', lang, ...(sentence !== undefined && { sentence }) },
        keepsInputs: sentence !== undefined,
      };
      const view = await deps.wizard.start(owner(context), lang, startOptions(context, sentence));
      await sendCard(context, render(context, view, lang, retry));
    },
  );

  app.adaptiveCards.actionExecute(VERB.wizardStart, async (context) => {
    const lang = langOf(context);
    const data = StartActionDataSchema.safeParse(rawData(context));
    if (!data.success) return failedActionCard(lang, t(lang, 'action.invalid'));
    return render(
      context,
      await deps.wizard.start(owner(context), lang, startOptions(context, data.data.sentence)),
      lang,
      { ...pressed(context, VERB.wizardStart), keepsInputs: data.data.sentence !== undefined },
    );
  });

  // Moving between the draft's steps: the service answers the card to show next.
  const moves = {
    [VERB.wizardNext]: (data, raw, userId) => deps.wizard.next(data.draftId, userId, data, raw),
    [VERB.wizardBack]: (data, raw, userId) => deps.wizard.back(data.draftId, userId, data, raw),
    [VERB.wizardCancel]: (data, _raw, userId) => deps.wizard.cancel(data.draftId, userId, data),
  } satisfies Record<
    string,
    (data: WizardActionData, raw: Record<string, unknown>, userId: string) => Promise<WizardView>
  >;
  for (const [verb, move] of Object.entries(moves)) {
    app.adaptiveCards.actionExecute(verb, (context) =>
      stepAction(context, WizardActionDataSchema, async (data, raw, lang, userId) =>
        render(context, await move(data, raw, userId), lang, pressed(context, verb)),
      ),
    );
  }

  app.adaptiveCards.actionExecute(VERB.wizardSubmit, (context) =>
    stepAction(context, WizardActionDataSchema, async (data, _raw, lang) => {
      const view = await deps.wizard.submit(data.draftId, data, wizardActor(context, lang));
      // The ticket's cards are posted and updated in the background: the reply never waits.
      if (view.kind === 'ticket' && view.changed) deps.publisher.deliverStored(view.ticket, view.channel);
      const viewLang = view.kind === 'step' || view.kind === 'not-owner' ? view.lang : lang;
      return renderView(view, viewLang, {
        ...options(context, pressed(context, VERB.wizardSubmit)),
        notice: 'created',
      });
    }),
  );
}
