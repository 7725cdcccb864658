import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { failedActionCard, noticeCard } from '../../cards/noticeCard';
import { ticketListCard } from '../../cards/ticketListCard';
import {
  AddMsNumberActionDataSchema,
  TicketActionDataSchema,
  TicketRefreshActionDataSchema,
  VERB,
} from '../../cards/verbs';
import { t, type Lang } from '../../i18n';
import type { TicketPublisher } from '../../services/ticketPublisher';
import type { TicketService, TicketView } from '../../services/ticketService';
import type { WizardService } from '../../services/wizardService';
import { isCommand, ticketReferenceOf } from '../commands';
import { turnIn, type BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';
import { actorOf } from '../turn';
import { renderView, type RenderOptions } from '../views';
import type { z } from 'zod';

export interface TicketDeps extends BotContext {
  readonly tickets: TicketService;
  readonly wizard: WizardService;
  readonly publisher: TicketPublisher;
  readonly now: () => Date;
}

/** The data of this card action, or undefined when it does not fit the verb's schema. */
function actionData<S extends z.ZodTypeAny>(context: TurnContext, schema: S): z.infer<S> | undefined {
  const data = (context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
  const parsed = schema.safeParse(data ?? {});
  return parsed.success ? (parsed.data as z.infer<S>) : undefined;
}

/**
 * "my tickets", a ticket asked for by its id ("CSP-000123"), and the buttons of a ticket card: open (refresh), add the Microsoft request number,
 * edit (opens the wizard) and withdraw. Who may do what is the ticket service's to decide; after a
 * stored change the cards are delivered in the background, so the reply never waits.
 */
export function registerTickets(app: Application<AppTurnState>, deps: TicketDeps): void {
  /** Render options, with the button pressed to offer again if the database did not answer. */
  const options = (
    context: TurnContext,
    verb: string,
    extra: Partial<RenderOptions> = {},
  ): RenderOptions => ({
    review: (draft) => deps.wizard.reviewOf(draft),
    ...personalTimeZone(context),
    retry: {
      verb,
      data: ((context.activity.value as { action?: { data?: Record<string, unknown> } } | undefined)?.action
        ?.data ?? {}) as Record<string, unknown>,
      // Only the request number is typed on a ticket card; the other buttons carry ids alone.
      keepsInputs: verb === VERB.ticketAddMsNumber,
    },
    ...extra,
  });
  const delivered = (view: TicketView): TicketView => {
    if (view.kind === 'ticket' && view.changed) deps.publisher.deliverStored(view.ticket);
    return view;
  };
  const langOf = (context: TurnContext): Lang => turnIn(deps, context).lang;
  /** Dates in the reader's time zone where only they see the card. */
  const personalTimeZone = (context: TurnContext): { timeZone?: string } => {
    const { timeZone, actor } = turnIn(deps, context);
    return timeZone && actor.conversation.type === 'personal' ? { timeZone } : {};
  };
  const invalid = (context: TurnContext) => {
    const lang = langOf(context);
    deps.log.warn({ activityId: context.activity.id }, 'invalid ticket card action');
    return failedActionCard(lang, t(lang, 'action.invalid'));
  };

  /** The user's tickets; while the database does not answer, a notice with a Retry that asks again. */
  const listCard = async (context: TurnContext) => {
    const { lang } = turnIn(deps, context);
    const list = await deps.tickets.listMine(actorOf(context)).catch((error: unknown) => {
      deps.log.warn({ err: error }, 'the database did not answer "my tickets"');
      return undefined;
    });
    return list
      ? ticketListCard(list.tickets, lang, personalTimeZone(context).timeZone, list.elsewhere)
      : noticeCard(lang, t(lang, 'db.unavailableRetry'), {
          warning: true,
          retry: { verb: VERB.ticketList, data: {}, keepsInputs: false },
        });
  };

  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'list'),
    async (context) => {
      await sendCard(context, await listCard(context));
    },
  );
  app.adaptiveCards.actionExecute(VERB.ticketList, listCard);

  // "CSP-000123", "status of CSP-123?": that ticket's card, as its Open button shows it (a ticket of
  // another tenant, or one the user may not see, is not found).
  app.message(
    async (context) =>
      context.activity.type === 'message' && ticketReferenceOf(context.activity.text) !== undefined,
    async (context) => {
      const ticketId = ticketReferenceOf(context.activity.text) as string;
      const view = await deps.tickets.show(ticketId, actorOf(context));
      await sendCard(
        context,
        renderView(view, langOf(context), {
          ...options(context, VERB.ticketRefresh),
          retry: { verb: VERB.ticketRefresh, data: { ticketId }, keepsInputs: false },
        }),
      );
    },
  );

  app.adaptiveCards.actionExecute(VERB.ticketRefresh, async (context) => {
    const data = actionData(context, TicketRefreshActionDataSchema);
    if (!data) return invalid(context);
    return renderView(
      await deps.tickets.show(data.ticketId, actorOf(context)),
      langOf(context),
      options(context, VERB.ticketRefresh),
    );
  });

  app.adaptiveCards.actionExecute(VERB.ticketAddMsNumber, async (context) => {
    const data = actionData(context, AddMsNumberActionDataSchema);
    if (!data) return invalid(context);
    const number = data.microsoftRequestNumber ?? '';
    const view = delivered(
      await deps.tickets.addMicrosoftRequestNumber(data.ticketId, data.version, number, actorOf(context)),
    );
    return renderView(
      view,
      langOf(context),
      options(context, VERB.ticketAddMsNumber, { notice: 'filed', microsoftRequestNumberInput: number }),
    );
  });

  app.adaptiveCards.actionExecute(VERB.ticketWithdraw, async (context) => {
    const data = actionData(context, TicketActionDataSchema);
    if (!data) return invalid(context);
    const view = delivered(await deps.tickets.withdraw(data.ticketId, data.version, actorOf(context)));
    return renderView(view, langOf(context), options(context, VERB.ticketWithdraw, { notice: 'withdrawn' }));
  });

  app.adaptiveCards.actionExecute(VERB.ticketEdit, async (context) => {
    const data = actionData(context, TicketActionDataSchema);
    if (!data) return invalid(context);
    const lang = langOf(context);
    const actor = actorOf(context);
    const found = await deps.tickets.authorize(data.ticketId, actor, 'edit');
    if (!found.ok) return renderView(found.view, lang, options(context, VERB.ticketEdit));
    const owner = { userId: actor.userId, conversationId: actor.conversationId };
    return renderView(
      await deps.wizard.edit(found.ticket, data.version, owner, lang),
      lang,
      options(context, VERB.ticketEdit),
    );
  });
}
