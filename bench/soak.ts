import type { BenchEnvironment } from './environment';
import { settle } from './environment';
import { drive } from './load';
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
  const timer = setInterval(() => void sample(), settings.sampleEverySeconds * 1000);
  const load = await drive(mixedScenario(env.activities), {
    url: env.bot.url,
    connections: settings.connections,
    durationS: settings.seconds,
    tag: 'soak',
  }).finally(() => clearInterval(timer));
  await settle(env.bot);
  await sample();
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
    `  ${Number.isFinite(rssGrowth) && rssGrowth < 0.1 ? 'met    ' : 'not met'}  RSS growth < 10% over the soak`,
  ];
}
