import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startEmbeddedDatabase } from '../src/storage/embeddedDatabase';
import { BotHarness, cardOf } from '../test/helpers/botHarness';
import { rawPost } from '../test/helpers/rawHttp';
import { TokenIssuer } from '../test/helpers/tokenIssuer';
import { findAction } from '../test/helpers/wizardDriver';
import type { BenchModule } from './run';

const ROUNDS = 15;
/** No message may cost more than this much CPU. */
const TARGET_CPU_MS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** CPU time of this process (the bot, its HTTP client and driver) while `run` runs, in ms. */
async function cpu(run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples;
}

async function wall(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Distinct made-up words, as many as fit in the FAQ's 10,000 characters. */
const distinctWords = Array.from(
  { length: 1_000 },
  (_, i) => `q${(i * 7919 + 104729).toString(36).padStart(8, 'z')}`,
)
  .join(' ')
  .slice(0, 9_999);

/**
 * CPU per hostile message, whole turns through the HTTP server, adapter, app and embedded database
 * (requests an attacker would send). Baseline: a "help" message on the same server, same run. The target is at
 * most 50 ms of CPU for any message; ratios are to the baseline.
 */
export const hostileBench: BenchModule = {
  name: 'hostile input (CPU per message, whole turns)',
  async run() {
    const embedded = await startEmbeddedDatabase({
      projectRoot: path.resolve(__dirname, '..'),
      dataDir: path.join(mkdtempSync(path.join(tmpdir(), 'cspbot-bench-')), 'db'),
    });
    process.env.TEST_MONGODB_URI = embedded.uri;
    const issuer = await new TokenIssuer().start();
    const bot = await new BotHarness().start();
    const botId = '00000000-0000-4000-8000-00000000be4c';
    const guarded = await new BotHarness().start(
      { BOT_ID: botId, BOT_PASSWORD: 'bench-only', ALLOWED_TENANT_IDS: '*' },
      { authenticationConfig: issuer.authenticationConfig() },
    );
    try {
      for (let i = 0; i < 10; i++) {
        await bot.message('help');
        await bot.message('How fast does Microsoft answer a severity A issue?');
      }
      const started = await bot.message('new ticket');
      const step = { ...(findAction(cardOf(started.sent[0]), 'wizard.next')?.data ?? {}) };
      const api = bot.url('/api/messages');
      const json = { 'content-type': 'application/json' };
      const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
      const big = JSON.stringify(bot.activity('personal', { type: 'message', text: 'x'.repeat(300 * 1024) }));
      const forged = `Bearer ${issuer.token(botId, guarded.connector.url, { foreignKey: true })}`;

      const baseline = median(await cpu(() => bot.message('help')));
      const cases: [string, () => Promise<unknown>][] = [
        ['FAQ question (for scale)', () => bot.message('Is there phone support in CSP?')],
        ['"help" + 99,990 spaces + "x"', () => bot.message(`help${' '.repeat(99_990)}x`)],
        ['one 9,999-character word', () => bot.message('x'.repeat(9_999))],
        ['a 4,999-letter word with accents', () => bot.message('a\u0301'.repeat(4_999))],
        ['9,999 "<"', () => bot.message('<'.repeat(9_999))],
        ['a word of 1,999 HTML entities', () => bot.message('&#97;'.repeat(1_999))],
        ['1,000 distinct words', () => bot.message(distinctWords)],
        ['99,999 characters (too long)', () => bot.message('y'.repeat(99_999))],
        [
          '"new ticket:" + 3,990 chars of sev, a.',
          () => bot.message(`new ticket: ${`${'sev '.repeat(500)}${'a.'.repeat(900)}`.slice(0, 3_990)}`),
        ],
        [
          '"new ticket:" + 3,990 chars of domains',
          () =>
            bot.message(
              `new ticket: ${Array.from({ length: 400 }, (_, i) => `d${i}.example`).join(' ')}`.slice(
                0,
                4_002,
              ),
            ),
        ],
        [
          'wizard card action, 56 KB of inputs',
          () =>
            bot.execute('wizard.next', {
              ...step,
              role: 'direct-bill',
              ...Object.fromEntries(
                ['title', 'description', 'affectedResource', 'contactName'].map((k) => [
                  k,
                  'z '.repeat(7_000),
                ]),
              ),
            }),
        ],
        [
          'conversation.id of 2,048 (400)',
          () =>
            bot.post({
              ...bot.activity('personal', { type: 'message', text: 'help' }),
              conversation: { id: 'c'.repeat(2_048) },
            }),
        ],
        [
          'locale {} (400)',
          () => bot.post(bot.activity('personal', { type: 'message', text: 'help', locale: {} })),
        ],
        ['300 KB body (413)', () => rawPost(api, json, [big])],
        ['100 KB gzip bomb (415)', () => rawPost(api, { ...json, 'content-encoding': 'gzip' }, [bomb])],
        ['auth on: no token (401)', () => rawPost(guarded.url('/api/messages'), json, [big])],
        [
          'auth on: forged token (401)',
          () =>
            guarded.post(
              guarded.activity('personal', { type: 'message', text: 'help' }),
              'application/json',
              { authorization: forged },
            ),
        ],
      ];

      const lines = [`${ROUNDS} runs each, after warm-up; CPU of the whole process per message`];
      lines.push(`${'baseline "help" message'.padEnd(40)} median ${baseline.toFixed(1)} ms CPU`);
      let over = 0;
      for (const [name, run] of cases) {
        await run(); // warm-up of this path
        const samples = await cpu(run);
        const worst = Math.max(...samples);
        if (worst > TARGET_CPU_MS) over++;
        lines.push(
          `${name.padEnd(40)} median ${median(samples).toFixed(1).padStart(5)} ms  max ${worst.toFixed(1).padStart(5)} ms  ratio to baseline ${(median(samples) / baseline).toFixed(1).padStart(4)}  ${worst <= TARGET_CPU_MS ? 'ok' : 'OVER'}`,
        );
      }
      // The event loop stays free: /healthz while five of the worst messages are in flight.
      const idle = median(
        await Promise.all(Array.from({ length: 5 }, () => wall(() => fetch(bot.url('/healthz'))))),
      );
      const flood = Array.from({ length: 5 }, () => bot.message(`help${' '.repeat(99_990)}x`));
      const busy = await wall(() => fetch(bot.url('/healthz')));
      await Promise.all(flood);
      lines.push(
        `GET /healthz with five 100 KB messages in flight: ${busy.toFixed(1)} ms (idle ${idle.toFixed(1)} ms, ratio ${(busy / idle).toFixed(1)})`,
        `target: at most ${TARGET_CPU_MS} ms CPU for any message: ${over === 0 ? 'met by every case' : `${over} case(s) over`}`,
      );
      return lines;
    } finally {
      await guarded.stop();
      await bot.stop();
      await issuer.stop();
      await embedded.stop();
    }
  },
};
