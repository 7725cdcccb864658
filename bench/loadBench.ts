import { removeDir, startEnvironment } from './environment';
import type { BenchModule } from './run';
import { soak } from './soak';
import { measureThroughput, targetLines, throughputReport, type ThroughputSettings } from './throughput';

const FULL: ThroughputSettings = { connections: 50, rounds: 3, phaseSeconds: 15, warmUpSeconds: 5 };
const QUICK: ThroughputSettings = { connections: 50, rounds: 3, phaseSeconds: 1, warmUpSeconds: 1 };

const started = Date.now();
const progress = (line: string) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${line}\n`);

/**
 * Throughput under load against the stock echo bot, the database commands per turn, and the soak,
 * on one fresh database and one bot process (see bench/environment.ts).
 */
export const loadBench: BenchModule = {
  name: 'throughput (autocannon, whole turns over HTTP, the bot against a stock echo bot in the same run)',
  async run({ quick }) {
    const settings = quick ? QUICK : FULL;
    const env = await startEnvironment({ echo: true });
    progress(
      `bot pid ${env.bot.pid}, echo bot pid ${env.echo?.pid}, database: ${env.databaseLabel}; logs in ${env.dir}`,
    );
    let ok = false;
    try {
      const result = await measureThroughput(env, settings, progress);
      const lines = [
        `database: ${env.databaseLabel}`,
        `bot: this project (src/compose.ts, production log level and telemetry), own process (pid ${env.bot.pid}); ` +
          `baseline: stock botbuilder 4.23 echo bot, CloudAdapter + restify 11, authentication off, own process (pid ${env.echo?.pid})`,
        ...throughputReport(result, settings),
        '',
        'targets (benchmark, not tests):',
        ...targetLines(result),
        '',
        '== soak',
      ];
      progress(`soak: ${quick ? 8 : 300} s`);
      lines.push(
        ...(await soak(env, {
          connections: settings.connections,
          seconds: quick ? 8 : 300,
          sampleEverySeconds: quick ? 2 : 30,
        })),
      );
      ok = true;
      return lines;
    } finally {
      await env.stop();
      if (ok) removeDir(env.dir);
      else progress(`logs kept in ${env.dir}`);
    }
  },
};
