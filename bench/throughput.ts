import { loadavg } from 'node:os';
import { VERB } from '../src/cards/verbs';
import { FaqEngine } from '../src/domain/faq/engine';
import { newDraft } from '../src/domain/wizard/model';
import type { Child } from './children';
import { settle, type BenchEnvironment } from './environment';
import { drive, type LoadFigures } from './load';
import { cpuDuring } from './procfs';
import {
  answeredQuestions,
  createDrafts,
  echoScenario,
  faqScenario,
  helpScenario,
  invokeCard,
  position,
  refreshScenario,
  submitScenario,
  ticketOn,
  wizardScenario,
  wizardWalk,
  type Scenario,
  type TicketPool,
} from './scenarios';
import {
  addCounts,
  countDelta,
  describeCounts,
  median,
  num,
  range,
  ratiosToBaseline,
  sum,
  table,
  times,
  type RoundFigures,
} from './stats';

export interface ThroughputSettings {
  connections: number;
  rounds: number;
  /** Length of one scenario's run in a round: it sends as many requests as its last rate fills that. */
  phaseSeconds: number;
  /** Warm-up per scenario after a first short run that gauges its rate (0: that run only). */
  warmUpSeconds: number;
}

/** One scenario in one round, as measured. */
export interface Phase extends LoadFigures, RoundFigures {
  scenario: string;
  round: number;
  /** Message replies the connector received for the messages answered with 2xx. */
  delivered: number;
  /** Messages answered with 2xx whose reply never reached the connector. */
  lost: number;
  connectorUpdates: number;
  connectorConversations: number;
  /** Connections the connector accepted during the phase, and the calls it answered on them. */
  connectorConnections: number;
  connectorCalls: number;
  dbCpuMsPerTurn: number;
  /** Database commands the bot sent during the phase (including background work it caused). */
  commands: Record<string, number>;
}

type Counts = Record<string, number>;

// ---- Database commands per turn, one turn at a time -------------------------------------------------

/** The publisher's sweep for undelivered cards (every 10 s, whatever the turns): not a turn's work. */
const SWEEP = 'tickets.find(delivery.pending,delivery.nextAttemptAt)';

function withoutSweep(counts: Counts): Counts {
  const { [SWEEP]: _sweep, ...rest } = counts;
  return rest;
}

interface ProbeResult {
  turn: string;
  answering: Counts;
  after: Counts;
  /** Whether every repetition sent the same commands. */
  stable: boolean;
}

async function post(child: Child, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${child.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Sends one turn at a time to the idle bot and counts the database commands it sends: while
 * answering (before the HTTP answer) and after (background card delivery). Exact, since nothing
 * else runs; each turn kind three times, to show the count does not vary.
 */
export async function probeCommands(env: BenchEnvironment): Promise<ProbeResult[]> {
  const { bot, activities } = env;
  const slot = 9_000;
  let n = 0;
  const id = () => `probe.${++n}`;
  const measure = async (
    body: () => Promise<string> | string,
    check: (answer: { status: number; text: string }) => boolean,
  ) => {
    const before = await bot.call<Counts>('counts');
    const answer = await post(bot, await body());
    const answered = await bot.call<Counts>('counts');
    await settle(bot, 100);
    const after = await bot.call<Counts>('counts');
    if (!check(answer)) throw new Error(`probe turn failed: ${answer.status} ${answer.text.slice(0, 300)}`);
    return {
      answering: withoutSweep(countDelta(before, answered)),
      after: withoutSweep(countDelta(answered, after)),
    };
  };
  const ok = (a: { status: number }) => a.status >= 200 && a.status < 300;
  await settle(bot);
  const en = answeredQuestions('en');
  const pl = answeredQuestions('pl');
  const unanswerable = 'What is the weather like in Warsaw today?';
  if (new FaqEngine().ask(unanswerable, { locale: 'en-US' }).entryId !== null)
    throw new Error('The probe question meant to go unanswered is answered');

  const { steps, reviewed } = wizardWalk();
  const results: ProbeResult[] = [];
  const record = (turn: string, runs: { answering: Counts; after: Counts }[]) => {
    const last = runs[runs.length - 1] as { answering: Counts; after: Counts };
    // Background work (card delivery) may start before the answer is written: compare whole turns.
    const key = (r: { answering: Counts; after: Counts }) => describeCounts(addCounts(r.answering, r.after));
    results.push({ turn, ...last, stable: runs.every((r) => key(r) === key(last)) });
  };
  const repeat = async (turn: string, once: (i: number) => Promise<{ answering: Counts; after: Counts }>) => {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await once(i));
    record(turn, runs);
  };

  await repeat('"help"', () => measure(() => activities.message(slot, id(), 'help'), ok));
  await repeat('FAQ question (EN), answered', (i) =>
    measure(() => activities.message(slot, id(), en[i]?.text ?? '', 'en-US'), ok),
  );
  await repeat('FAQ question (PL), answered', (i) =>
    measure(() => activities.message(slot, id(), pl[i]?.text ?? '', 'pl-PL'), ok),
  );
  await repeat('FAQ question, not answered', () =>
    measure(() => activities.message(slot, id(), unanswerable, 'en-US'), ok),
  );
  await repeat('"new ticket" (wizard starts)', () =>
    measure(() => activities.message(slot, id(), 'new ticket'), ok),
  );
  // Every step of one draft each time.
  const drafts = (await createDrafts(env.prep.db, newDraft(), [{ slot, count: 3 }])).get(slot) ?? [];
  const perStep = new Map<string, { answering: Counts; after: Counts }[]>();
  for (const draftId of drafts) {
    for (const [index, step] of steps.entries()) {
      const result = await measure(
        () =>
          activities.execute(
            slot,
            id(),
            VERB.wizardNext,
            { draftId, draftRev: step.draftRev, step: step.step, ...step.inputs },
            `card-${draftId}`,
          ),
        (a) => {
          const shown = position(invokeCard(a.text));
          return (
            ok(a) &&
            shown?.draftRev === step.draftRev + 1 &&
            shown.step === (steps[index + 1]?.step ?? 'review')
          );
        },
      );
      perStep.set(step.step, [...(perStep.get(step.step) ?? []), result]);
    }
  }
  for (const [step, runs] of perStep) record(`wizard step "${step}"`, runs);
  const reviewedDrafts = (await createDrafts(env.prep.db, reviewed, [{ slot, count: 3 }])).get(slot) ?? [];
  const tickets: { ticketId: string; version: number }[] = [];
  await repeat('ticket submit', (i) =>
    measure(
      () =>
        activities.execute(
          slot,
          id(),
          VERB.wizardSubmit,
          { draftId: reviewedDrafts[i], draftRev: reviewed.rev, step: 'review' },
          `card-${reviewedDrafts[i]}`,
        ),
      (a) => {
        const ticket = ticketOn(invokeCard(a.text));
        if (ticket) tickets.push(ticket);
        return ok(a) && ticket !== undefined;
      },
    ),
  );
  await repeat('card action on a ticket (refresh)', (i) =>
    measure(
      () => activities.execute(slot, id(), VERB.ticketRefresh, { ...tickets[i % tickets.length] }, 'card-t'),
      (a) => ok(a) && ticketOn(invokeCard(a.text))?.ticketId === tickets[i % tickets.length]?.ticketId,
    ),
  );
  return results;
}

export function probeReport(results: readonly ProbeResult[]): string[] {
  return results.map((r) => {
    const total = sum(r.answering) + sum(r.after);
    const after = sum(r.after) > 0 ? `; after it: ${describeCounts(r.after)}` : '';
    const detail = total > 0 ? ` = before the HTTP answer: ${describeCounts(r.answering)}${after}` : '';
    return `${r.turn}: ${total}${detail}${r.stable ? '' : ' (varied between repetitions)'}`;
  });
}

// ---- Load phases --------------------------------------------------------------------------------------

async function runPhase(
  env: BenchEnvironment,
  scenario: Scenario,
  round: number,
  tag: string,
  settings: ThroughputSettings,
  run: { amount: number },
): Promise<Phase> {
  const target = scenario.target === 'bot' ? env.bot : env.echo;
  if (!target) throw new Error(`no ${scenario.target} running`);
  // The bot settled at the end of the previous phase; preparing drafts does not involve it.
  if (scenario.prepare) await scenario.prepare(run.amount, settings.connections);
  await env.connector.call('collect');
  const before = await env.bot.call<Counts>('counts');
  const { result: load, cpu } = await cpuDuring(
    { target: target.pid, database: env.databasePid },
    async () => {
      const figures = await drive(scenario, {
        url: target.url,
        connections: settings.connections,
        tag,
        amount: run.amount,
      });
      if (scenario.target === 'bot') await settle(env.bot, 100);
      else await new Promise((r) => setTimeout(r, 100));
      return figures;
    },
  );
  const after = await env.bot.call<Counts>('counts');
  const connector = await env.connector.call<{
    replied: string[];
    updates: number;
    conversations: number;
    connections: number;
    replies: number;
    other: number;
  }>('collect');
  const replied = new Set(connector.replied);
  const delivered = load.answeredIds.filter((id) => replied.has(id)).length;
  const turns = load.ok;
  return {
    ...load,
    scenario: scenario.name,
    round,
    turnsPerSecond: load.seconds > 0 ? turns / load.seconds : 0,
    delivered,
    lost: load.answeredIds.length - delivered,
    connectorUpdates: connector.updates,
    connectorConversations: connector.conversations,
    connectorConnections: connector.connections,
    connectorCalls: connector.replies + connector.updates + connector.conversations + connector.other,
    botCpuMsPerTurn: turns > 0 && cpu.target !== undefined ? cpu.target / turns : Number.NaN,
    dbCpuMsPerTurn:
      scenario.target === 'bot' && turns > 0 && cpu.database !== undefined
        ? cpu.database / turns
        : Number.NaN,
    commands: scenario.target === 'bot' ? withoutSweep(countDelta(before, after)) : {},
  };
}

export interface ThroughputResult {
  scenarios: string[];
  /** phases[scenario][round] */
  phases: Phase[][];
  probe: ProbeResult[];
  loadBefore: number[];
  loadAfter: number[];
}

/**
 * The throughput bench: the probe of database commands, a warm-up, then `rounds` rounds in each of
 * which the echo bot and then every scenario of the bot run in turn.
 */
export async function measureThroughput(
  env: BenchEnvironment,
  settings: ThroughputSettings,
  progress: (line: string) => void,
): Promise<ThroughputResult> {
  const loadBefore = loadavg();
  const tickets: TicketPool = new Map();
  const db = () => env.prep.db;
  const scenarios: Scenario[] = [
    echoScenario(env.activities),
    helpScenario(env.activities),
    faqScenario(env.activities, 'en'),
    faqScenario(env.activities, 'pl'),
    wizardScenario(env.activities, db),
    submitScenario(env.activities, db, tickets),
    refreshScenario(env.activities, tickets),
  ];

  progress('probe: database commands per turn, one turn at a time');
  const probe = await probeCommands(env);

  // Every phase sends a set number of requests, sized from the scenario's last measured rate, and
  // waits for every answer: nothing is cut off in flight, so per-turn figures count whole turns.
  const rate = new Map<string, number>();
  const runFor = (scenario: Scenario, seconds: number) => {
    const estimate = rate.get(scenario.name);
    const amount = estimate ? Math.round(estimate * seconds) : settings.connections * 4;
    return { amount: Math.max(settings.connections * 2, amount) };
  };

  progress(
    `warm-up: ${settings.connections * 4} requests${settings.warmUpSeconds > 0 ? `, then ${settings.warmUpSeconds} s` : ''} per scenario`,
  );
  for (const [i, scenario] of scenarios.entries()) {
    const calibration = await runPhase(env, scenario, 0, `c${i}`, settings, runFor(scenario, 0));
    rate.set(scenario.name, calibration.turnsPerSecond);
    if (settings.warmUpSeconds > 0) {
      const warm = await runPhase(
        env,
        scenario,
        0,
        `w${i}`,
        settings,
        runFor(scenario, settings.warmUpSeconds),
      );
      rate.set(scenario.name, warm.turnsPerSecond);
    }
  }

  const phases: Phase[][] = scenarios.map(() => []);
  for (let round = 1; round <= settings.rounds; round++) {
    for (const [i, scenario] of scenarios.entries()) {
      const phase = await runPhase(
        env,
        scenario,
        round,
        `r${round}s${i}`,
        settings,
        runFor(scenario, settings.phaseSeconds),
      );
      rate.set(scenario.name, phase.turnsPerSecond);
      phases[i]?.push(phase);
      progress(
        `round ${round} ${scenario.name}: ${num(phase.turnsPerSecond)} turns/s, p99 ${num(phase.p99Ms)} ms, ` +
          `${phase.ok} ok, ${phase.unsuccessful + phase.non2xx + phase.timeouts + phase.connectionErrors} failed, ${phase.lost} lost`,
      );
    }
  }
  return { scenarios: scenarios.map((s) => s.name), phases, probe, loadBefore, loadAfter: loadavg() };
}

// ---- Report -------------------------------------------------------------------------------------------

const ms = (v: number) => num(v, v < 10 ? 2 : 0);

export function throughputReport(result: ThroughputResult, settings: ThroughputSettings): string[] {
  const [baseline = []] = result.phases;
  const lines: string[] = [];
  const header = [
    'scenario',
    'turns/s',
    '× echo',
    'p50 ms',
    'p99 ms',
    'p99 × echo',
    'errors',
    'unsucc.',
    'replies / requests',
    'bot CPU/turn',
    '× echo',
    'db CPU/turn',
    'db cmds/turn',
  ];
  const rows: string[][] = [header];
  result.phases.forEach((rounds, i) => {
    const name = result.scenarios[i] ?? '';
    const r = ratiosToBaseline(rounds, baseline);
    const ok = rounds.reduce((a, p) => a + p.ok, 0);
    const errors = rounds.reduce((a, p) => a + p.non2xx + p.timeouts + p.connectionErrors, 0);
    const unsuccessful = rounds.reduce((a, p) => a + p.unsuccessful, 0);
    const replies = rounds[0] && rounds.some((p) => p.answeredIds.length > 0 || p.lost > 0);
    const delivered = rounds.reduce((a, p) => a + p.delivered, 0);
    const asked = rounds.reduce((a, p) => a + p.answeredIds.length, 0);
    const commands = rounds.reduce((a, p) => a + sum(p.commands), 0);
    const isBaseline = i === 0;
    rows.push([
      name,
      num(median(rounds.map((p) => p.turnsPerSecond))),
      isBaseline ? '1' : times(median(r.throughput)),
      ms(median(rounds.map((p) => p.p50Ms))),
      ms(median(rounds.map((p) => p.p99Ms))),
      isBaseline ? '1' : times(median(r.p99), 1),
      num(errors),
      num(unsuccessful),
      replies ? `${num(delivered)} / ${num(asked)}` : 'in the answer',
      ms(median(rounds.map((p) => p.botCpuMsPerTurn))),
      isBaseline ? '1' : times(median(r.cpu), 1),
      isBaseline ? '–' : ms(median(rounds.map((p) => p.dbCpuMsPerTurn))),
      isBaseline ? '–' : num(ok > 0 ? commands / ok : Number.NaN, 2),
    ]);
  });
  lines.push(
    `${settings.connections} connections; per scenario a warm-up of ${settings.connections * 4} requests${settings.warmUpSeconds > 0 ? ` and ${settings.warmUpSeconds} s` : ''}, ` +
      `then ${settings.rounds} rounds of about ${settings.phaseSeconds} s (a set number of requests, sized from the last rate, every one answered); ` +
      'figures are medians over rounds, ratios are to the echo bot of the same round',
    `load average before ${result.loadBefore.map((v) => v.toFixed(2)).join(' ')}, after ${result.loadAfter.map((v) => v.toFixed(2)).join(' ')} (2 shared cores)`,
    ...table(rows),
    '',
    'per round (turns/s × echo, p99 × echo, bot CPU × echo):',
  );
  const perRound: string[][] = [['scenario', ...result.phases[0]!.map((p) => `round ${p.round}`)]];
  result.phases.slice(1).forEach((rounds, i) => {
    perRound.push([
      result.scenarios[i + 1] ?? '',
      ...rounds.map((p, j) => {
        const base = baseline[j];
        if (!base) return '–';
        return `${times(p.turnsPerSecond / base.turnsPerSecond)} ${times(p.p99Ms / base.p99Ms, 1)} ${times(p.botCpuMsPerTurn / base.botCpuMsPerTurn, 1)}`;
      }),
    ]);
  });
  lines.push(
    ...table(perRound),
    '',
    'database commands per turn under load (all rounds; background card delivery included):',
  );
  result.phases.slice(1).forEach((rounds, i) => {
    const ok = rounds.reduce((a, p) => a + p.ok, 0);
    const total: Counts = {};
    for (const p of rounds) for (const [k, v] of Object.entries(p.commands)) total[k] = (total[k] ?? 0) + v;
    const perTurn = Object.fromEntries(Object.entries(total).map(([k, v]) => [k, ok > 0 ? v / ok : 0]));
    lines.push(`  ${(result.scenarios[i + 1] ?? '').padEnd(34)} ${describeCounts(perTurn, 2)}`);
  });
  const connector = result.phases.slice(1).flatMap((rounds, i) => {
    const updates = rounds.reduce((a, p) => a + p.connectorUpdates, 0);
    const conversations = rounds.reduce((a, p) => a + p.connectorConversations, 0);
    return updates + conversations > 0
      ? [
          `  ${result.scenarios[i + 1]}: ${num(updates)} card updates, ${num(conversations)} new conversations`,
        ]
      : [];
  });
  if (connector.length > 0) lines.push('', 'other connector calls (background card delivery):', ...connector);
  // One per call would mean the bot's HTTP agent does not keep connections alive.
  lines.push('', 'connections the connector accepted (all rounds; a few per scenario when kept alive):');
  result.phases.forEach((rounds, i) => {
    const opened = rounds.reduce((a, p) => a + p.connectorConnections, 0);
    const calls = rounds.reduce((a, p) => a + p.connectorCalls, 0);
    lines.push(`  ${(result.scenarios[i] ?? '').padEnd(34)} ${num(opened)} for ${num(calls)} calls`);
  });
  lines.push('', 'database commands per turn, one turn at a time on the idle bot (exact):');
  lines.push(...probeReport(result.probe).map((l) => `  ${l}`));
  return lines;
}

/** The issue's targets, each against this run's figures (a benchmark, not a test). */
export function targetLines(result: ThroughputResult): string[] {
  const [baseline = []] = result.phases;
  const by = (prefix: string) => {
    const i = result.scenarios.findIndex((s) => s.startsWith(prefix));
    return i < 0
      ? undefined
      : { name: result.scenarios[i] ?? '', ratios: ratiosToBaseline(result.phases[i] ?? [], baseline) };
  };
  const lines: string[] = [];
  const check = (label: string, value: number, ok: boolean, shown: string) =>
    lines.push(`  ${ok ? 'met    ' : 'not met'}  ${label}: ${shown}`);
  for (const prefix of ['FAQ question (EN)', 'FAQ question (PL)']) {
    const s = by(prefix);
    if (!s) continue;
    const t = median(s.ratios.throughput);
    const p = median(s.ratios.p99);
    const c = median(s.ratios.cpu);
    check(
      `${s.name} ≥ 0.9× echo throughput`,
      t,
      t >= 0.9,
      `${times(t)} (rounds ${range(s.ratios.throughput, (v) => times(v))})`,
    );
    check(
      `${s.name} p99 ≤ 1.5× echo p99`,
      p,
      p <= 1.5,
      `${times(p, 1)} (rounds ${range(s.ratios.p99, (v) => times(v, 1))})`,
    );
    check(
      `${s.name} bot CPU/turn ≤ 2× echo's`,
      c,
      c <= 2,
      `${times(c, 1)} (rounds ${range(s.ratios.cpu, (v) => times(v, 1))})`,
    );
  }
  for (const [prefix, target] of [
    ['wizard step', 0.7],
    ['ticket submit', 0.3],
  ] as const) {
    const s = by(prefix);
    if (!s) continue;
    const t = median(s.ratios.throughput);
    check(
      `${s.name} ≥ ${target}× echo throughput`,
      t,
      t >= target,
      `${times(t)} (rounds ${range(s.ratios.throughput, (v) => times(v))})`,
    );
  }
  const all = result.phases.flat();
  const lost = all.reduce((a, p) => a + p.lost, 0);
  const errors = all.reduce((a, p) => a + p.non2xx + p.timeouts + p.connectionErrors + p.unsuccessful, 0);
  check('zero lost replies', lost, lost === 0, `${num(lost)} lost`);
  check(
    'zero errors',
    errors,
    errors === 0,
    `${num(errors)} (non-2xx, timeouts, connection errors, unsuccessful 2xx)`,
  );
  return lines;
}
