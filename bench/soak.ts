import type { BenchEnvironment } from './environment';
import { settle } from './environment';
import { drive, type Rejected } from './load';
import { rssMiB } from './procfs';
import { mixedScenario } from './scenarios';
import { growth, num } from './stats';

export interface SoakSettings {
  connections: number;
  seconds: number;
  sampleEverySeconds: number;
}

interface Sample {
  atS: number;
  botRssMiB: number | undefined;
  botHeapMiB: number | undefined;
  databaseRssMiB: number | undefined;
}

interface LiveHeap {
  memory: NodeJS.MemoryUsage;
  spaces: Record<string, number>;
}

const mib = (bytes: number | undefined) => (bytes === undefined ? Number.NaN : bytes / 1024 / 1024);

/** What a full garbage collection leaves, before and after the soak: growth here is memory kept. */
function liveHeapLines(before: LiveHeap | undefined, after: LiveHeap | undefined): string[] {
  if (!before || !after) return ['live heap after a full GC: not read'];
  const spaces = Object.keys(after.spaces)
    .map((name) => ({ name, from: mib(before.spaces[name]), to: mib(after.spaces[name]) }))
    .filter((s) => Math.max(s.from, s.to) >= 1)
    .map((s) => `${s.name} ${num(s.from, 1)} → ${num(s.to, 1)}`);
  return [
    `live heap after a full GC, before → after the soak: ${num(mib(before.memory.heapUsed), 1)} → ${num(mib(after.memory.heapUsed), 1)} MiB ` +
      `(heap total ${num(mib(before.memory.heapTotal), 0)} → ${num(mib(after.memory.heapTotal), 0)}, ` +
      `RSS ${num(mib(before.memory.rss), 0)} → ${num(mib(after.memory.rss), 0)}, external ${num(mib(before.memory.external), 1)} → ${num(mib(after.memory.external), 1)})`,
    `  by space (MiB used): ${spaces.join(', ')}`,
  ];
}

/** The answers the soak did not accept, grouped by where the user stood and the start of the body. */
function rejectedLines(rejected: readonly Rejected[], total: number): string[] {
  if (total === 0) return [];
  const groups = new Map<string, number>();
  for (const r of rejected) {
    const key = `${r.where ?? '?'}: ${r.status} ${r.body.replace(/\s+/g, ' ').slice(0, 240)}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [
    `unsuccessful turns (${rejected.length} of ${total} kept), by step, status and answer:`,
    ...[...groups].map(([key, count]) => `  ${count} × ${key}`),
  ];
}

/**
 * The soak: the mixed load (help, FAQ in both languages, a whole ticket and its refresh, per user)
 * for `seconds`, the bot's resident memory read every `sampleEverySeconds`; growth is from the
 * first sample (taken as the load starts, after the throughput bench warmed everything) to the last.
 */
export async function soak(env: BenchEnvironment, settings: SoakSettings): Promise<string[]> {
  const samples: Sample[] = [];
  const start = performance.now();
  const sample = async () => {
    const memory = await env.bot.call<NodeJS.MemoryUsage>('memory').catch(() => undefined);
    samples.push({
      atS: (performance.now() - start) / 1000,
      botRssMiB: rssMiB(env.bot.pid),
      botHeapMiB: memory ? memory.heapUsed / 1024 / 1024 : undefined,
      databaseRssMiB: rssMiB(env.databasePid),
    });
  };
  await sample();
  // After the first sample, so that the collection does not lower the RSS growth is measured from.
  const liveBefore = await env.bot.call<LiveHeap>('liveHeap').catch(() => undefined);
  const timer = setInterval(() => void sample(), settings.sampleEverySeconds * 1000);
  const load = await drive(mixedScenario(env.activities), {
    url: env.bot.url,
    connections: settings.connections,
    durationS: settings.seconds,
    tag: 'soak',
  }).finally(() => clearInterval(timer));
  await settle(env.bot);
  await sample();
  const liveAfter = await env.bot.call<LiveHeap>('liveHeap').catch(() => undefined);
  const connector = await env.connector.call<{ replied: string[] }>('collect');
  const replied = new Set(connector.replied);
  const lost = load.answeredIds.filter((id) => !replied.has(id)).length;

  const rss = samples.map((s) => s.botRssMiB ?? Number.NaN);
  const heap = samples.map((s) => s.botHeapMiB ?? Number.NaN);
  const pct = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%` : '–');
  const rssGrowth = growth(rss);
  return [
    `${settings.connections} connections for ${settings.seconds} s, each a user going round: "help", an EN and a PL question, ` +
      'a whole ticket (wizard started from its button, every step, submit) and a refresh of it',
    `${num(load.ok)} turns, ${num(load.ok / load.seconds)} turns/s, p50 ${num(load.p50Ms)} ms, p99 ${num(load.p99Ms)} ms; ` +
      `errors ${load.non2xx + load.timeouts + load.connectionErrors} (non-2xx ${load.non2xx}, timeouts ${load.timeouts}), ` +
      `unsuccessful ${load.unsuccessful}, replies ${num(load.answeredIds.length - lost)} / ${num(load.answeredIds.length)} (lost ${lost})`,
    `bot RSS MiB every ${settings.sampleEverySeconds} s: ${samples.map((s) => num(s.botRssMiB, 0)).join(' ')}`,
    `bot heap used MiB:           ${samples.map((s) => num(s.botHeapMiB, 0)).join(' ')}`,
    `database RSS MiB:            ${samples.map((s) => num(s.databaseRssMiB, 0)).join(' ')}`,
    `bot RSS growth first to last sample: ${pct(rssGrowth)} (max ${num(Math.max(...rss.filter(Number.isFinite)), 0)} MiB); heap ${pct(growth(heap))}`,
    ...liveHeapLines(liveBefore, liveAfter),
    ...rejectedLines(load.rejected, load.unsuccessful),
    `  ${Number.isFinite(rssGrowth) && rssGrowth < 0.1 ? 'met    ' : 'not met'}  RSS growth < 10% over the soak`,
  ];
}
