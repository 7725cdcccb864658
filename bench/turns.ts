import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../src/storage/embeddedDatabase';
import { BotHarness, cardOf } from '../test/helpers/botHarness';
import { findAction } from '../test/helpers/wizardDriver';
import type { BenchModule } from './run';

const ROUNDS = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

function wizardNextData(card: unknown): Record<string, unknown> {
  const next = findAction(card, 'wizard.next');
  if (!next) throw new Error('no wizard.next action in the card');
  return { ...(next.data ?? {}) };
}

/**
 * Whole turns through the real HTTP server, adapter, app and embedded database, with a recording
 * connector standing in for Teams. Baseline: a GET /healthz round trip on the same server, same run.
 */
export const turnsBench: BenchModule = {
  name: 'turns (HTTP + adapter + app + database)',
  async run() {
    const embedded = await startEmbeddedDatabase({
      projectRoot: path.resolve(__dirname, '..'),
      dataDir: path.join(mkdtempSync(path.join(tmpdir(), 'cspbot-bench-')), 'db'),
    });
    process.env.TEST_MONGODB_URI = embedded.uri;
    const bot = await new BotHarness().start();
    try {
      // Warm-up: JIT, connection pool, FAQ index.
      for (let i = 0; i < 10; i++) {
        await bot.message('help');
        await bot.message('How fast does Microsoft answer a severity A issue?');
      }
      // With --expose-gc (npm run bench), heap figures are taken after a full collection.
      const settledHeap = () => {
        (globalThis as { gc?: () => void }).gc?.();
        return process.memoryUsage().heapUsed;
      };
      const heapBefore = settledHeap();
      const baseline = await time(() => fetch(bot.url('/healthz')).then((r) => r.text()));
      const help = await time(() => bot.message('help'));
      const faq = await time(() => bot.message('Is there phone support in CSP?'));
      const wizard = await time(async () => {
        const started = await bot.message('new ticket');
        await bot.execute('wizard.next', { ...wizardNextData(cardOf(started.sent[0])), role: 'direct-bill' });
      });
      const heapAfter = settledHeap();
      const base = median(baseline);
      const line = (name: string, samples: number[]) =>
        `${name.padEnd(34)} median ${median(samples).toFixed(2)} ms  p95 ${p95(samples).toFixed(2)} ms  ratio to baseline ${(median(samples) / base).toFixed(1)}`;
      return [
        `${ROUNDS} turns each, after warm-up`,
        line('baseline GET /healthz', baseline),
        line('"help" message (card reply)', help),
        line('FAQ question (answer card)', faq),
        line('"new ticket" + first wizard step', wizard),
        `heap used after ${ROUNDS * 4} more turns: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB more (ratio ${(heapAfter / heapBefore).toFixed(2)})`,
      ];
    } finally {
      await bot.stop();
      await embedded.stop();
    }
  },
};
