import { VERB } from '../../src/cards/verbs';
import type { FieldId, StepId } from '../../src/domain/wizard/model';
import type { BotClient, ConversationKind, Sender, TurnResult } from './botHarness';
import { cardNodes, cardOf } from './cardNodes';

export type Card = Record<string, unknown>;

/** What an Action.Execute on a card carries. */
export interface CardAction {
  type: string;
  verb?: string;
  title?: string;
  data?: Record<string, unknown>;
  /** "none": Teams sends the button's data without the card's inputs. */
  associatedInputs?: string;
}

/** Inputs as Teams sends them: strings only (ChoiceSet value, "a,b" for multi-select, "true"/"false"). */
export type StepInputs = Partial<Record<FieldId, string>>;

const nodes = cardNodes;

export function cardActions(card: unknown): CardAction[] {
  return nodes(card).filter(
    (n): n is Record<string, unknown> & CardAction =>
      typeof n.type === 'string' && n.type.startsWith('Action.'),
  );
}

/** The Action.Execute with `verb`, or undefined. */
export function findAction(card: unknown, verb: string): CardAction | undefined {
  return cardActions(card).find((a) => a.type === 'Action.Execute' && a.verb === verb);
}

/** The card's inputs by id. */
export function cardInputs(card: unknown): Record<string, Record<string, unknown>> {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const n of nodes(card)) {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') {
      inputs[n.id] = n;
    }
  }
  return inputs;
}

/** The value an input shows (undefined when the card has no such input). */
export function inputValue(card: unknown, id: string): unknown {
  return cardInputs(card)[id]?.value;
}

/** The card an invoke answered with (Universal Actions: `{ statusCode, type, value: card }`). */
export function invokeCard(result: TurnResult): Card {
  const body = result.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
  if (
    result.status !== 200 ||
    body?.statusCode !== 200 ||
    body.type !== 'application/vnd.microsoft.card.adaptive'
  )
    throw new Error(`Expected a card in the invoke response, got ${result.status} ${JSON.stringify(body)}`);
  return body.value as Card;
}

/** What the driver sends turns through: the bot over HTTP (BotClient) or in process (RouteHarness). */
export type TurnSender = Pick<BotClient, 'message' | 'execute'>;

export interface DriverOptions {
  kind?: ConversationKind;
  locale?: string;
  from?: Sender;
}

/**
 * Drives the escalation wizard through real turns: starts it, reads where the current card stands
 * from its Action.Execute data, and presses its buttons with the step's inputs merged in, the way
 * Teams sends them.
 */
export class WizardDriver {
  /** The card the bot last answered with. */
  card: Card = {};
  /** The last turn, for status and sent activities. */
  last?: TurnResult;

  constructor(
    readonly bot: TurnSender,
    readonly options: DriverOptions = {},
  ) {}

  private turnOptions(extra: DriverOptions = {}) {
    const o = { ...this.options, ...extra };
    return {
      ...(o.kind && { kind: o.kind }),
      ...(o.locale && { locale: o.locale }),
      ...(o.from && { from: o.from }),
    };
  }

  /** Starts by typing ("new ticket", "nowe zgłoszenie"): the bot posts the first step card. */
  async startByText(text = 'new ticket'): Promise<Card> {
    this.last = await this.bot.message(text, this.turnOptions());
    const card = cardOf(this.last.sent[0]);
    if (!card) throw new Error(`No card in reply to "${text}"`);
    this.card = card;
    return card;
  }

  /** Starts with the "new ticket" button (Action.Execute wizard.start). */
  async startByButton(data: Record<string, unknown> = { origin: 'help' }): Promise<Card> {
    return this.invoke(VERB.wizardStart, data);
  }

  /** Sends an Action.Execute with exactly `data`, and keeps the answered card. */
  async invoke(verb: string, data: Record<string, unknown>, options: DriverOptions = {}): Promise<Card> {
    this.last = await this.bot.execute(verb, data, this.turnOptions(options));
    this.card = invokeCard(this.last);
    return this.card;
  }

  /** The data of the current card's action with `verb`; throws when the card has no such button. */
  actionData(verb: string, card: Card = this.card): Record<string, unknown> {
    const action = findAction(card, verb);
    if (!action) {
      const verbs = cardActions(card).map((a) => a.verb ?? a.type);
      throw new Error(`The card has no ${verb} action (it has ${verbs.join(', ')})`);
    }
    return { ...action.data };
  }

  /** Where the current wizard card stands: the primary button's `{ draftId, draftRev, step }`. */
  position(card: Card = this.card): { draftId: string; draftRev: number; step: StepId } {
    const action = findAction(card, VERB.wizardNext) ?? findAction(card, VERB.wizardSubmit);
    const data = action?.data as { draftId?: unknown; draftRev?: unknown; step?: unknown } | undefined;
    if (
      typeof data?.draftId !== 'string' ||
      typeof data.draftRev !== 'number' ||
      typeof data.step !== 'string'
    )
      throw new Error(`Not a wizard step card: ${JSON.stringify(cardActions(card))}`);
    return { draftId: data.draftId, draftRev: data.draftRev, step: data.step as StepId };
  }

  get step(): StepId {
    return this.position().step;
  }

  /** Presses the button `verb` on the current card with `inputs` merged into its data. */
  async press(
    verb: string,
    inputs: Record<string, unknown> = {},
    options: DriverOptions = {},
  ): Promise<Card> {
    return this.invoke(verb, { ...this.actionData(verb), ...inputs }, options);
  }

  /** Answers the current step ("Next"). */
  next(inputs: Record<string, unknown> = {}, options: DriverOptions = {}): Promise<Card> {
    return this.press(VERB.wizardNext, inputs, options);
  }

  /**
   * "Next" as Teams sends it: every input of the card with the value it shows, except those the user
   * changed (`changes`).
   */
  answer(changes: StepInputs = {}, options: DriverOptions = {}): Promise<Card> {
    return this.next({ ...this.shownInputs(), ...changes }, options);
  }

  /** Every input of the current card with the value it shows ("" for none). */
  shownInputs(): Record<string, string> {
    const inputs: Record<string, string> = {};
    for (const [id, input] of Object.entries(cardInputs(this.card))) {
      inputs[id] = typeof input.value === 'string' ? input.value : '';
    }
    return inputs;
  }

  /**
   * "Back" as Teams sends it: every input of the card with the value it shows, except those the user
   * changed (`changes`); none at all when the button says it sends no inputs.
   */
  back(changes: Record<string, unknown> = {}): Promise<Card> {
    const sendsInputs = findAction(this.card, VERB.wizardBack)?.associatedInputs !== 'none';
    return this.press(VERB.wizardBack, sendsInputs ? { ...this.shownInputs(), ...changes } : {});
  }

  cancel(): Promise<Card> {
    return this.press(VERB.wizardCancel);
  }

  /** The review card's "Create ticket" / "Save as draft ticket". */
  submit(options: DriverOptions = {}): Promise<Card> {
    return this.press(VERB.wizardSubmit, {}, options);
  }

  /**
   * Answers every step until the `until` step's card (the review by default), taking each step's
   * inputs from `answers` by input id. Returns the steps visited, in order. An input `answers` lacks is sent with the value the card
   * shows (what Teams sends for an input the user left alone).
   */
  async complete(answers: StepInputs, until: StepId = 'review', maxSteps = 12): Promise<StepId[]> {
    const visited: StepId[] = [];
    for (let i = 0; i < maxSteps; i++) {
      const { step, draftRev } = this.position();
      visited.push(step);
      if (step === until) return visited;
      const inputs: Record<string, string> = {};
      for (const [id, input] of Object.entries(cardInputs(this.card))) {
        inputs[id] = answers[id as FieldId] ?? (typeof input.value === 'string' ? input.value : '');
      }
      await this.next(inputs);
      // An answer that blocks escalation is explained on its step; "Continue as a draft" goes on.
      if (this.position().draftRev === draftRev && this.actionData(VERB.wizardNext).acknowledge) {
        await this.next(inputs);
      }
      if (this.position().draftRev === draftRev) {
        throw new Error(`Step ${step} was not accepted: ${JSON.stringify(this.card)}`);
      }
    }
    throw new Error(`No ${until} step after ${maxSteps} steps: ${visited.join(' > ')}`);
  }
}

/** The error shown right under input `id` (in the input's own container, in red), if any. */
export function errorUnder(card: Card, id: string): string | undefined {
  type Item = { type?: string; id?: string; text?: string; color?: string; items?: Item[] };
  const containers: Item[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const item = node as Item;
      if (Array.isArray(item.items)) containers.push(item);
      Object.values(item).forEach(walk);
    }
  };
  walk(card);
  const own = containers.find((c) => c.items?.some((i) => i.id === id))?.items ?? [];
  return own.find((i) => i.type === 'TextBlock' && i.color === 'Attention')?.text;
}
