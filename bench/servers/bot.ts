import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import type { CommandStartedEvent } from 'mongodb';
import { composeBot, telemetryFor } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { connectDatabase } from '../../src/storage/database';
import { ensureIndexes } from '../../src/storage/indexes';
import { serveParent } from '../children';
import { commandLabel } from '../databaseCommands';

/**
 * The bot as `npm start` composes it (src/compose.ts, production log level and telemetry), on the
 * database at MONGODB_URI, in its own process so that its CPU time is its own. The one addition is
 * the driver's command monitoring, which counts every command sent to the database by collection
 * and name (`drafts.find`, `tickets.insert`, ...): the parent reads the counts with `counts`.
 */

/** The URI with the driver's command monitoring on (a connection-string option of the driver). */
function monitored(uri: string): string {
  const url = new URL(uri);
  url.searchParams.set('monitorCommands', 'true');
  return url.toString();
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set');
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
  const log = createLogger(config.LOG_LEVEL);
  const database = await connectDatabase(monitored(uri), config.MONGODB_DB, {
    timeoutMs: config.MONGODB_TIMEOUT_MS,
  });
  await ensureIndexes(database.db);

  const counts: Record<string, number> = {};
  database.client.on('commandStarted', (event: CommandStartedEvent) => {
    const name = commandLabel(event.commandName, event.command);
    counts[name] = (counts[name] ?? 0) + 1;
  });

  const bot = composeBot({
    config,
    log,
    db: database.db,
    ready: () => database.ping(),
    telemetry: telemetryFor(config),
  });
  await new Promise<void>((done) => bot.server.listen(0, '127.0.0.1', done));
  serveParent((bot.server.address() as AddressInfo).port, {
    counts: () => ({ ...counts }),
    memory: () => process.memoryUsage(),
    /** The heap after a full garbage collection: what is still referenced, by V8 heap space. */
    liveHeap: async () => {
      const session = new Session();
      session.connect();
      try {
        await session.post('HeapProfiler.collectGarbage');
      } finally {
        session.disconnect();
      }
      return {
        memory: process.memoryUsage(),
        spaces: Object.fromEntries(
          getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]),
        ),
      };
    },
    /** Its clock (process.hrtime, in µs, the clock of a CPU profile's samples). */
    now: () => Number(process.hrtime.bigint() / 1000n),
    /** Waits for the ticket cards still being delivered. */
    idle: () => bot.publisher.idle(),
  });

  // As src/index.ts shuts down: stop accepting, let turns and deliveries in flight finish. Exiting
  // through process.exit also writes the --cpu-prof profile.
  process.once('SIGTERM', () => {
    writeSourceMaps();
    const closed = new Promise<void>((done) => bot.server.close(() => done()));
    void Promise.race([Promise.all([closed, bot.drain()]), new Promise((r) => setTimeout(r, 5_000))])
      .then(() => bot.stop())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}

/**
 * With BENCH_SOURCE_MAPS set, writes there the source maps of the modules loaded from TypeScript
 * (tsx compiles them in memory), so a CPU profile's positions can be read as our files and lines.
 */
function writeSourceMaps(): void {
  const file = process.env.BENCH_SOURCE_MAPS;
  if (!file) return;
  const maps: Record<string, SourceMapPayload> = {};
  for (const loaded of Object.keys(require.cache)) {
    if (loaded.includes('/node_modules/')) continue;
    const map = findSourceMap(loaded);
    if (map) maps[loaded] = map.payload;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(maps));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
