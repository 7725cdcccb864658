import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from 'mongodb';
import { VERB } from '../src/cards/verbs';
import { FaqEngine } from '../src/domain/faq/engine';
import type { EvalCase } from '../src/domain/faq/evaluation';
import { stepFields, submitStep } from '../src/domain/wizard/flow';
import { newDraft, type Draft, type StepId } from '../src/domain/wizard/model';
import { MongoDraftStore } from '../src/storage/draftStore';
import { breakFix } from '../test/helpers/answers';
import { findAction } from '../test/helpers/wizardDriver';

/**
 * What the throughput bench sends: one scenario per turn kind, each a source of request bodies per
 * connection ("slot") and a check of what came back. Every request carries a unique activity id.
 * Each connection is its own user in their own personal chat, as 50 people using the bot at once.
 */

export interface Scenario {
  readonly name: string;
  readonly target: 'bot' | 'echo';
  /**
   * A message, answered by a reply POSTed to the connector; otherwise an invoke, answered in the
   * body. A function when it depends on the request the slot is at (asked right after `request`).
   */
  readonly replies: boolean | ((slot: number) => boolean);
  /**
   * For scenarios that use up what they act on (wizard drafts): makes what `requests` spread over
   * `connections` need; the phase then sends exactly that many requests.
   */
  prepare?(requests: number, connections: number): Promise<void>;
  /** The body of the next request on `slot`, with activity id `id`. */
  request(slot: number, id: string): string;
  /** Whether a 2xx answer is what the scenario means (a step accepted, a ticket created, ...). */
  accept?(slot: number, body: string): boolean;
  /** Where `slot` stands in the scenario (its step), for the report of an answer it did not accept. */
  where?(slot: number): string;
  /** The previous request on `slot` got no answer (timed out): whatever it acted on is unknown now. */
  abandoned?(slot: number): void;
}

export const TENANT = 'bench-tenant';

export interface Identity {
  id: string;
  aadObjectId: string;
  name: string;
  conversationId: string;
}

export function identity(slot: number): Identity {
  return {
    id: `bench-user-${slot}`,
    aadObjectId: `bench-aad-${slot}`,
    name: `Bench User ${slot}`,
    conversationId: `bench-personal-${slot}`,
  };
}

/** Activities as Teams sends them to a bot, in a personal chat. */
export class Activities {
  constructor(private readonly serviceUrl: string) {}

  private base(slot: number, id: string, locale: string) {
    const who = identity(slot);
    return {
      id,
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      locale,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      recipient: { id: 'bench-bot', name: 'CSP Bot' },
      conversation: { id: who.conversationId, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
  }

  message(slot: number, id: string, text: string, locale = 'en-US'): string {
    return JSON.stringify({ ...this.base(slot, id, locale), type: 'message', text, entities: [] });
  }

  /** An Action.Execute from a card the bot posted as `cardId`. */
  execute(slot: number, id: string, verb: string, data: Record<string, unknown>, cardId: string): string {
    return JSON.stringify({
      ...this.base(slot, id, 'en-US'),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
  }
}

/** The card an invoke answered with (Universal Actions), or undefined. */
export function invokeCard(body: string): unknown {
  try {
    const parsed = JSON.parse(body) as { statusCode?: number; type?: string; value?: unknown };
    return parsed.statusCode === 200 && parsed.type === 'application/vnd.microsoft.card.adaptive'
      ? parsed.value
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where a wizard card stands, from its primary button. */
export function position(card: unknown): { draftId: string; draftRev: number; step: string } | undefined {
  const data = (findAction(card, VERB.wizardNext) ?? findAction(card, VERB.wizardSubmit))?.data;
  if (typeof data?.draftId !== 'string' || typeof data.draftRev !== 'number' || typeof data.step !== 'string')
    return undefined;
  return { draftId: data.draftId, draftRev: data.draftRev, step: data.step };
}

/** The ticket a ticket card shows: the id and version its Refresh button carries. */
export function ticketOn(card: unknown): { ticketId: string; version: number } | undefined {
  const data = findAction(card, VERB.ticketRefresh)?.data;
  return typeof data?.ticketId === 'string' && typeof data.version === 'number'
    ? { ticketId: data.ticketId, version: data.version }
    : undefined;
}

// ---- The wizard's steps ---------------------------------------------------------------------------

/** One step of the wizard as a card shows it: its position and the inputs the user fills in. */
export interface WizardStep {
  step: StepId;
  draftRev: number;
  inputs: Record<string, string>;
}

/**
 * Every step of an eligible break-fix ticket (Azure, severity B), worked out with the wizard's own
 * state machine, and the draft it ends with at the review step. Inputs are those the step's card
 * shows, as strings, the way Teams sends them.
 */
export function wizardWalk(): { steps: WizardStep[]; reviewed: Draft } {
  const answers = breakFix('azure', 'B') as Record<string, string>;
  const steps: WizardStep[] = [];
  let draft = newDraft();
  while (draft.step !== 'review') {
    const inputs = Object.fromEntries(
      stepFields(draft.step, draft.answers).map((field) => [field, answers[field] ?? '']),
    );
    const step: WizardStep = { step: draft.step, draftRev: draft.rev, inputs };
    const result = submitStep(draft, { draftRev: draft.rev, step: draft.step }, inputs);
    if (!result.ok || steps.length > 12) throw new Error(`The bench's answers stop at step ${draft.step}`);
    steps.push(step);
    draft = result.draft;
  }
  return { steps, reviewed: draft };
}

/** How many requests each of `connections` sends when `total` are spread over them (as autocannon does). */
export function perConnection(total: number, connections: number, slot: number): number {
  return Math.floor(total / connections) + (slot + 1 <= total % connections ? 1 : 0);
}

/** Creates wizard drafts the way WizardService does (the product's draft store), a few at a time. */
export async function createDrafts(
  db: Db,
  draft: Draft,
  owners: readonly { slot: number; count: number }[],
): Promise<Map<number, string[]>> {
  const store = new MongoDraftStore(db);
  const jobs = owners.flatMap(({ slot, count }) => Array.from({ length: count }, () => slot));
  const made = new Map<number, string[]>(owners.map(({ slot }) => [slot, []]));
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const slot = jobs[next++] as number;
      const who = identity(slot);
      const stored = await store.create(
        { userId: who.aadObjectId, conversationId: who.conversationId },
        draft,
        { lang: 'en' },
      );
      made.get(slot)?.push(stored.id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return made;
}

// ---- Scenarios ------------------------------------------------------------------------------------

export function echoScenario(activities: Activities): Scenario {
  return {
    name: 'stock echo bot',
    target: 'echo',
    replies: true,
    request: (slot, id) => activities.message(slot, id, 'help'),
  };
}

export function helpScenario(activities: Activities): Scenario {
  return {
    name: '"help" (card)',
    target: 'bot',
    replies: true,
    request: (slot, id) => activities.message(slot, id, 'help'),
  };
}

/** Questions of the team's evaluation set the engine answers with the expected entry, by language. */
export function answeredQuestions(lang: 'en' | 'pl'): EvalCase[] {
  const engine = new FaqEngine();
  return readFileSync(path.resolve(__dirname, '../test/fixtures/faq-eval.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalCase)
    .filter((c) => c.expected !== null && c.locale.startsWith(lang))
    .filter((c) => engine.ask(c.text, { locale: c.locale }).entryId === c.expected);
}

export function faqScenario(activities: Activities, lang: 'en' | 'pl'): Scenario {
  const questions = answeredQuestions(lang);
  if (questions.length === 0) throw new Error(`No answered ${lang} questions in faq-eval.jsonl`);
  const next = new Map<number, number>();
  return {
    name: `FAQ question (${lang.toUpperCase()})`,
    target: 'bot',
    replies: true,
    request(slot, id) {
      const i = next.get(slot) ?? slot;
      next.set(slot, i + 1);
      const question = questions[i % questions.length] as EvalCase;
      return activities.message(slot, id, question.text, question.locale);
    },
  };
}

/**
 * "Next" on a wizard step. Each connection walks its own fresh drafts through every step (role to
 * details); a card answered once is out of date, so each request is the step the draft stands at,
 * and the answer must be the next step's card (rev moved on), or it counts as unsuccessful.
 */
export function wizardScenario(activities: Activities, db: () => Db): Scenario {
  const { steps } = wizardWalk();
  const fresh = new Map<number, string[]>();
  const at = new Map<number, { draftId: string; index: number; sent: boolean }>();
  return {
    name: 'wizard step (invoke)',
    target: 'bot',
    replies: false,
    async prepare(requests, connections) {
      fresh.clear();
      at.clear();
      const owners = Array.from({ length: connections }, (_, slot) => ({
        slot,
        count: Math.ceil(perConnection(requests, connections, slot) / steps.length) + 2,
      }));
      for (const [slot, ids] of await createDrafts(db(), newDraft(), owners)) fresh.set(slot, ids);
    },
    request(slot, id) {
      let current = at.get(slot);
      if (!current || current.index >= steps.length) {
        const draftId = fresh.get(slot)?.shift() ?? current?.draftId ?? 'no-draft-left';
        current = { draftId, index: 0, sent: false };
        at.set(slot, current);
      }
      const step = steps[current.index] as WizardStep;
      current.sent = true;
      return activities.execute(
        slot,
        id,
        VERB.wizardNext,
        { draftId: current.draftId, draftRev: step.draftRev, step: step.step, ...step.inputs },
        `card-${current.draftId}`,
      );
    },
    accept(slot, body) {
      const current = at.get(slot);
      if (!current) return false;
      current.sent = false;
      const shown = position(invokeCard(body));
      const expected = steps[current.index + 1]?.step ?? 'review';
      const sentRev = steps[current.index]?.draftRev ?? -1;
      const ok =
        shown?.draftId === current.draftId && shown.draftRev === sentRev + 1 && shown.step === expected;
      // Accepted: on to the next step; not: this draft is done with (a fresh one next time).
      current.index = ok ? current.index + 1 : steps.length;
      return ok;
    },
    abandoned(slot) {
      const current = at.get(slot);
      if (current?.sent) current.index = steps.length;
    },
  };
}

/** Tickets made by the submit scenario, per connection (its user), for the refresh scenario. */
export type TicketPool = Map<number, { ticketId: string; version: number }[]>;

/**
 * "Create ticket" on the review card of a fresh, complete draft: one new ticket per request; the
 * answer must be the ticket's card.
 */
export function submitScenario(activities: Activities, db: () => Db, made: TicketPool): Scenario {
  const { reviewed } = wizardWalk();
  const fresh = new Map<number, string[]>();
  const inFlight = new Map<number, string>();
  return {
    name: 'ticket submit (invoke)',
    target: 'bot',
    replies: false,
    async prepare(requests, connections) {
      fresh.clear();
      const owners = Array.from({ length: connections }, (_, slot) => ({
        slot,
        count: perConnection(requests, connections, slot) + 2,
      }));
      for (const [slot, ids] of await createDrafts(db(), reviewed, owners)) fresh.set(slot, ids);
    },
    request(slot, id) {
      const draftId = fresh.get(slot)?.shift() ?? inFlight.get(slot) ?? 'no-draft-left';
      inFlight.set(slot, draftId);
      return activities.execute(
        slot,
        id,
        VERB.wizardSubmit,
        { draftId, draftRev: reviewed.rev, step: 'review' },
        `card-${draftId}`,
      );
    },
    accept(slot, body) {
      const ticket = ticketOn(invokeCard(body));
      if (!ticket) return false;
      const list = made.get(slot) ?? [];
      // A few per user are enough to refresh; keep the latest.
      if (list.length >= 20) list.shift();
      list.push(ticket);
      made.set(slot, list);
      return true;
    },
  };
}

/** "Refresh" on a ticket card: the ticket as it stands now (one of the user's own tickets). */
export function refreshScenario(activities: Activities, made: TicketPool): Scenario {
  const next = new Map<number, number>();
  const asked = new Map<number, string>();
  return {
    name: 'card action on a ticket (refresh)',
    target: 'bot',
    replies: false,
    request(slot, id) {
      const list = made.get(slot) ?? [];
      const i = next.get(slot) ?? 0;
      next.set(slot, i + 1);
      const ticket = list[i % Math.max(list.length, 1)] ?? { ticketId: 'CSP-000000', version: 1 };
      asked.set(slot, ticket.ticketId);
      return activities.execute(slot, id, VERB.ticketRefresh, { ...ticket }, `card-${ticket.ticketId}`);
    },
    accept(slot, body) {
      return ticketOn(invokeCard(body))?.ticketId === asked.get(slot);
    },
  };
}

/**
 * The soak's mix, one user per connection going round: "help", an EN and a PL question, then a
 * whole ticket (the wizard started from its button, every step, submit) and a refresh of it. It
 * needs nothing prepared, so it can run for as long as asked; a turn that fails starts the round
 * again. The wizard is followed as its cards show it: from the second ticket on it opens past the
 * role (remembered from the user's last ticket), so each step sent is the one the last card showed,
 * at that card's revision.
 */
export function mixedScenario(activities: Activities): Scenario {
  const { steps } = wizardWalk();
  const en = answeredQuestions('en');
  const pl = answeredQuestions('pl');
  const kinds = ['help', 'en', 'pl', 'start', ...steps.map(() => 'step'), 'submit', 'refresh'] as const;
  const firstStep = kinds.indexOf('step');
  const submitAt = kinds.indexOf('submit');
  interface State {
    at: number;
    turn: number;
    draftId?: string;
    /** The revision the last wizard card showed. */
    rev: number;
    ticket?: { ticketId: string; version: number };
  }
  const states = new Map<number, State>();
  const state = (slot: number): State => {
    let s = states.get(slot);
    if (!s) states.set(slot, (s = { at: 0, turn: 0, rev: 0 }));
    return s;
  };
  const stepIndex = (at: number) => at - firstStep;
  /** Where a wizard card leaves the round (the step it shows, or submit at review), from `after` on. */
  const atCard = (body: string, after: number): { at: number; rev: number } | undefined => {
    const shown = position(invokeCard(body));
    if (!shown) return undefined;
    const index = shown.step === 'review' ? steps.length : steps.findIndex((st) => st.step === shown.step);
    const at = firstStep + index;
    return index >= 0 && at > after && at <= submitAt ? { at, rev: shown.draftRev } : undefined;
  };
  return {
    name: 'soak mix',
    target: 'bot',
    replies: (slot) => ['help', 'en', 'pl'].includes(kinds[state(slot).at] ?? ''),
    request(slot, id) {
      const s = state(slot);
      const kind = kinds[s.at];
      s.turn++;
      if (kind === 'help') return activities.message(slot, id, 'help');
      if (kind === 'en' || kind === 'pl') {
        const list = kind === 'en' ? en : pl;
        const q = list[(slot + s.turn) % list.length] as EvalCase;
        return activities.message(slot, id, q.text, q.locale);
      }
      if (kind === 'start')
        return activities.execute(slot, id, VERB.wizardStart, { origin: 'help', lang: 'en' }, `help-${slot}`);
      const draftId = s.draftId ?? 'none';
      if (kind === 'step') {
        const step = steps[stepIndex(s.at)] as WizardStep;
        return activities.execute(
          slot,
          id,
          VERB.wizardNext,
          { draftId, draftRev: s.rev, step: step.step, ...step.inputs },
          `card-${draftId}`,
        );
      }
      if (kind === 'submit') {
        return activities.execute(
          slot,
          id,
          VERB.wizardSubmit,
          { draftId, draftRev: s.rev, step: 'review' },
          `card-${draftId}`,
        );
      }
      return activities.execute(slot, id, VERB.ticketRefresh, { ...s.ticket }, `card-${draftId}`);
    },
    accept(slot, body) {
      const s = state(slot);
      const kind = kinds[s.at];
      if (kind === 'start' || kind === 'step') {
        const sentRev = s.rev;
        const next = atCard(body, s.at);
        const ok = next !== undefined && (kind === 'start' || next.rev === sentRev + 1);
        if (kind === 'start' && ok) s.draftId = position(invokeCard(body))?.draftId;
        if (next && ok) {
          s.at = next.at;
          s.rev = next.rev;
        } else s.at = 0;
        return ok;
      }
      let ok = true;
      if (kind === 'submit') {
        s.ticket = ticketOn(invokeCard(body));
        ok = s.ticket !== undefined;
      } else if (kind === 'refresh') {
        ok = ticketOn(invokeCard(body))?.ticketId === s.ticket?.ticketId;
      }
      s.at = ok ? (s.at + 1) % kinds.length : 0;
      return ok;
    },
    where(slot) {
      const s = state(slot);
      const kind = kinds[s.at] ?? '?';
      return kind === 'step' ? `step ${steps[stepIndex(s.at)]?.step ?? '?'}` : kind;
    },
    abandoned(slot) {
      state(slot).at = 0;
    },
  };
}
