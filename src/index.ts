import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { composeBot, telemetryFor, type ComposedBot } from './compose';
import { ConfigError, envName, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './log';
import { shutDown } from './shutdown';
import {
  DatabaseUnavailableError,
  EmbeddedDatabaseError,
  openDatabase,
  type OpenedDatabase,
} from './storage';

/** The folder holding package.json, whether running from src/ (tsx) or dist/src/ (node). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const projectRoot = findProjectRoot(__dirname);

/** env/.env.<ENV_NAME> (committed defaults) and env/.env.<ENV_NAME>.user (secrets); real env vars win. */
function loadEnvFiles(): void {
  const name = envName(process.env);
  for (const file of [`.env.${name}.user`, `.env.${name}`]) {
    const path = join(projectRoot, 'env', file);
    if (existsSync(path)) dotenv.config({ path, quiet: true } as dotenv.DotenvConfigOptions);
  }
}

/** The version in package.json, reported with the telemetry. */
function packageVersion(): string | undefined {
  const parsed = z
    .object({ version: z.string() })
    .safeParse(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')));
  return parsed.success ? parsed.data.version : undefined;
}

async function main(): Promise<void> {
  loadEnvFiles();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  // The embedded database kept stopping on its own: stop, with the reason, so that the process
  // manager starts the bot (and the database) again.
  let stop: (code: number) => Promise<void> = async (code) => process.exit(code);
  const opened = await openDatabase(config, log, projectRoot, {
    onLost: (error) => {
      log.fatal({ err: error }, 'the embedded database keeps stopping: the bot stops');
      process.stderr.write(`\n${error.message}\n\n`);
      void stop(1);
    },
  });
  try {
    stop = await serve(config, log, opened);
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** Thrown when the HTTP server cannot listen; the message names PORT or HOST and what to do. */
class ListenError extends Error {
  override readonly name = 'ListenError';
}

/** Listens on HOST:PORT, or rejects with a ListenError that says why not. */
function listen(server: ComposedBot['server'], config: Config): Promise<void> {
  return new Promise<void>((done, fail) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `HOST=${config.HOST} PORT=${config.PORT}`;
      const why =
        error.code === 'EADDRINUSE'
          ? `PORT=${config.PORT} is already in use on ${config.HOST} (another bot, or another program, listens there).\n` +
            'Stop that process, or set PORT to a free port.'
          : error.code === 'EACCES'
            ? `PORT=${config.PORT} needs privileges this process does not have.\nSet PORT to 1024 or above.`
            : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
              ? `HOST=${config.HOST} is not an address of this machine.\n` +
                'Set HOST to one of its addresses, or 0.0.0.0 for all of them.'
              : `Cannot listen on ${where}: ${error.message}`;
      fail(new ListenError(`The bot cannot listen: ${why}`));
    };
    server.once('error', failed);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', failed);
      done();
    });
  });
}

/** Listens; returns the graceful shutdown, which ends the process with `code`. */
async function serve(
  config: Config,
  log: Logger,
  opened: OpenedDatabase,
): Promise<(code: number) => Promise<void>> {
  const { server, drain, stop, telemetry } = composeBot({
    config,
    log,
    db: opened.database.db,
    ready: () => opened.database.ping(),
    telemetry: telemetryFor(config, packageVersion()),
  });

  try {
    await listen(server, config);
  } catch (error) {
    await stop();
    throw error;
  }
  log.info(
    {
      url: server.url,
      embeddedDatabase: Boolean(opened.embedded),
      metrics: config.METRICS_ENABLED ? (config.METRICS_TOKEN ? 'bearer token' : 'open') : 'off',
      azureMonitor: Boolean(config.APPLICATIONINSIGHTS_CONNECTION_STRING),
    },
    'bot listening',
  );

  let stopping = false;
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    // Stop accepting, let turns in flight finish, let card deliveries in flight finish (the rest stays
    // recorded for the next start), close the database (and stop the embedded one), and send Azure
    // Monitor what is buffered: all within SHUTDOWN_LIMITS.totalMs (8 s), inside Docker's 10 s.
    const { cutShort, failed } = await shutDown({
      requests: () =>
        Promise.all([new Promise<void>((done) => server.close(() => done())), drain()]).then(() => undefined),
      background: (timeoutMs) => stop(timeoutMs),
      database: () => opened.close(),
      telemetry: () => telemetry.shutdown(),
    });
    for (const { step, error } of failed) log.warn({ err: error, step }, 'a shutdown step failed');
    if (cutShort.length > 0) log.warn({ cutShort }, 'shutdown steps cut short to stop in time');
    log.info('stopped');
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return (code) => shutdown('the embedded database was lost', code);
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof ListenError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof EmbeddedDatabaseError;
  process.stderr.write(
    `\n${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n\n`,
  );
  process.exit(1);
});
