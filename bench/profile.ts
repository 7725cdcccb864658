import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sourceMaps, summarize, type CpuProfile, type FunctionTime } from './cpuProfile';
import { removeDir, startEnvironment, type BenchEnvironment } from './environment';
import { drive } from './load';
import type { BenchModule } from './run';
import { faqScenario, submitScenario, wizardScenario, type Scenario } from './scenarios';
import { num, table } from './stats';

const root = path.resolve(__dirname, '..');
const CONNECTIONS = 50;
const TOP = 15;

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Runs `scenario` for about `seconds` (a set number of requests for those that use up drafts). */
async function load(env: BenchEnvironment, scenario: Scenario, seconds: number, rate: number, tag: string) {
  const amount = scenario.prepare ? Math.max(CONNECTIONS * 2, Math.round(rate * seconds)) : undefined;
  if (scenario.prepare) await scenario.prepare(amount ?? CONNECTIONS, CONNECTIONS);
  return drive(scenario, {
    url: env.bot.url,
    connections: CONNECTIONS,
    tag,
    ...(amount !== undefined ? { amount } : { durationS: seconds }),
  });
}

const msOf = (us: number) => num(us / 1000);
const pctOf = (us: number, of: number) => `${((100 * us) / of).toFixed(1)}%`;

export function profileReport(
  name: string,
  turns: number,
  profile: CpuProfile,
  maps: Record<string, SourceMapPayload>,
  window: { fromUs: number; toUs: number },
): string[] {
  let summary = summarize(profile, root, sourceMaps(maps), window);
  const lines: string[] = [];
  if (summary.sampledUs === 0) {
    summary = summarize(profile, root, sourceMaps(maps));
    lines.push('(the load window matched no samples: the whole profile is shown)');
  }
  const busy = summary.busyUs;
  const shown = (f: FunctionTime) => f.functionName !== '(idle)';
  lines.push(
    `${name}: ${num(turns)} turns under load; ${msOf(summary.sampledUs)} ms sampled, ${msOf(busy)} ms busy ` +
      `(${num(busy / 1000 / Math.max(turns, 1), 2)} ms CPU of the main thread per turn)`,
    `self time by origin (share of busy time): ${summary.origins
      .filter((o) => o.origin !== '(idle)')
      .slice(0, 10)
      .map((o) => `${o.origin} ${pctOf(o.selfUs, busy)}`)
      .join(', ')}`,
    `top ${TOP} functions by self time:`,
  );
  const rows = [
    ['self', 'share', 'total', 'function', 'where', 'mostly under (our code, else the nearest JS caller)'],
  ];
  for (const f of summary.functions.filter(shown).slice(0, TOP)) {
    rows.push([
      `${msOf(f.selfUs)} ms`,
      pctOf(f.selfUs, busy),
      pctOf(f.totalUs, busy),
      f.functionName,
      f.location,
      f.via
        ? `${f.via.location} (${Math.round(f.via.share * 100)}%)`
        : f.caller
          ? `lib: ${f.caller.location} (${Math.round(f.caller.share * 100)}%)`
          : '',
    ]);
  }
  lines.push(
    ...table(rows, ['r', 'r', 'r', 'l', 'l', 'l']).map((l) => `  ${l}`),
    `our functions by total time (callees included), top ${TOP}:`,
  );
  const ours = [...summary.functions]
    .filter((f) => f.origin === 'our code' && !f.location.startsWith('bench/'))
    .sort((a, b) => b.totalUs - a.totalUs)
    .slice(0, TOP);
  const oursRows = [['total', 'share', 'self', 'function', 'where']];
  for (const f of ours)
    oursRows.push([
      `${msOf(f.totalUs)} ms`,
      pctOf(f.totalUs, busy),
      pctOf(f.selfUs, busy),
      f.functionName,
      f.location,
    ]);
  lines.push(...table(oursRows, ['r', 'r', 'r', 'l', 'l']).map((l) => `  ${l}`));
  return lines;
}

/**
 * `npm run bench -- --profile`: the bot under the FAQ load (EN and PL questions) and under the
 * wizard load, each in a bot process of its own started with `node --cpu-prof`; prints the
 * functions taking the most time while the load ran, with our files and lines through the source
 * maps, and keeps the .cpuprofile files (open them in Chrome DevTools or VS Code).
 */
export const profileBench: BenchModule = {
  name: 'CPU profiles of the bot under load (node --cpu-prof)',
  async run({ quick }) {
    const seconds = quick ? 4 : 20;
    const keep = mkdtempSync(path.join(tmpdir(), 'cspbot-profiles-'));
    const lines: string[] = [
      `${CONNECTIONS} connections, ${seconds} s of load per scenario after a warm-up; profiles kept in ${keep}`,
    ];
    const targets: { name: string; make: (env: BenchEnvironment) => Scenario[] }[] = [
      {
        name: 'FAQ questions (EN and PL)',
        make: (env) => [faqScenario(env.activities, 'en'), faqScenario(env.activities, 'pl')],
      },
      { name: 'wizard steps', make: (env) => [wizardScenario(env.activities, () => env.prep.db)] },
      {
        name: 'ticket submits',
        make: (env) => [submitScenario(env.activities, () => env.prep.db, new Map())],
      },
    ];
    for (const target of targets) {
      const profileDir = path.join(keep, target.name.replace(/[^a-z]+/gi, '-').toLowerCase());
      const mapsFile = path.join(profileDir, 'sourcemaps.json');
      const env = await startEnvironment({
        echo: false,
        botFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
        botEnv: { BENCH_SOURCE_MAPS: mapsFile },
      });
      let turns = 0;
      let window = { fromUs: 0, toUs: 0 };
      try {
        const scenarios = target.make(env);
        const rates = new Map<Scenario, number>();
        for (const [i, scenario] of scenarios.entries()) {
          const warm = await load(env, scenario, 2, 0, `pw${i}`);
          rates.set(scenario, warm.ok / warm.seconds);
        }
        progress(`profile: ${target.name}, ${seconds} s`);
        window.fromUs = await env.bot.call<number>('now');
        for (const [i, scenario] of scenarios.entries()) {
          const figures = await load(
            env,
            scenario,
            seconds / scenarios.length,
            rates.get(scenario) ?? 0,
            `p${i}`,
          );
          turns += figures.ok;
          if (figures.unsuccessful + figures.non2xx + figures.timeouts > 0)
            lines.push(
              `(${scenario.name}: ${figures.unsuccessful + figures.non2xx + figures.timeouts} turns failed under the profiler)`,
            );
        }
        window = { ...window, toUs: await env.bot.call<number>('now') };
      } finally {
        await env.stop();
        removeDir(env.dir);
      }
      // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (tsx's
      // module loader runs in another).
      const file = readdirSync(profileDir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
      if (!file) {
        lines.push(`${target.name}: no profile was written`);
        continue;
      }
      const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;
      const maps = JSON.parse(readFileSync(mapsFile, 'utf8')) as Record<string, SourceMapPayload>;
      lines.push(
        '',
        ...profileReport(target.name, turns, profile, maps, window),
        `profile: ${path.join(profileDir, file)}`,
      );
    }
    return lines;
  },
};
