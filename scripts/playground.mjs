#!/usr/bin/env node
// Opens the bot in the Microsoft 365 Agents Playground, Microsoft's local Teams emulator: personal
// chat, a group chat and team channels in the browser, with no Azure bot registration and no tunnel.
//
//   npm start                          terminal 1: the bot on PORT (default 3978), auth off (empty BOT_ID)
//   npm run playground                 terminal 2: the Playground, pointed at that bot
//   npm run playground -- --with-bot   or both at once: builds, starts the bot with BOT_ID empty, then the Playground
//
// Environment: PORT (the bot's port, default 3978), PLAYGROUND_PORT (default 56150; the Playground
// silently takes a random port when that one is taken, so the URL printed is the one to open).
// The Playground runs in .playground/ (git-ignored), where it writes its log. Ctrl-C stops everything.
// A bot that outlives a Playground keeps state from the previous one (its personal chat id is new on
// every start), so restart both when in doubt.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(root, '.playground');
const withBot = process.argv.includes('--with-bot');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--with-bot');
if (unknown.length > 0) fail(`unknown argument ${unknown.join(' ')} (the only option is --with-bot)`);

const botPort = process.env.PORT || '3978';
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
const children = new Set();
let stopping = false;
let exitCode = 0;

function say(message) {
  process.stderr.write(`[playground] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[playground] ${message}\n\n`);
  process.exit(1);
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

async function botAnswers() {
  try {
    const response = await Promise.race([
      fetch(`http://127.0.0.1:${botPort}/healthz`),
      sleep(1_000).then(() => undefined),
    ]);
    return response?.ok === true;
  } catch {
    return false;
  }
}

/** Children get their own process group, so a Ctrl-C reaches them once, through stop(), not twice. */
function start(name, command, args, options) {
  const child = spawn(command, args, { detached: true, ...options });
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    say(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`);
    void stop(code || 1);
  });
  return child;
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const child of children) child.kill('SIGTERM');
  // The bot drains turns in flight and closes the database (up to 10 s); after that, force it.
  for (let waited = 0; children.size > 0 && waited < 12_000; waited += 100) await sleep(100);
  for (const child of children) child.kill('SIGKILL');
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function startBot() {
  if (await botAnswers()) fail(`something already answers on port ${botPort}: stop it, or drop --with-bot`);
  say('building (npm run build)');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
  if (!process.env.MONGODB_URI) {
    const database = spawnSync(process.execPath, ['scripts/embedded-db.mjs', 'ensure'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (database.status !== 0) fail('the embedded database is not available (see above), or set MONGODB_URI');
  }
  say(`starting the bot on port ${botPort}, authentication off`);
  // Real environment variables win over env/.env.local, so an empty BOT_ID here turns auth off.
  start(
    'the bot',
    process.execPath,
    ['--enable-source-maps', '--max-old-space-size=256', '--max-semi-space-size=32', 'dist/src/index.js'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PORT: botPort, BOT_ID: '', BOT_PASSWORD: '' },
    },
  );
  for (let waited = 0; !(await botAnswers()); waited += 500) {
    if (stopping) return false;
    if (waited > 60_000) {
      say(`the bot did not answer on http://127.0.0.1:${botPort}/healthz within 60 s`);
      void stop(1);
      return false;
    }
    await sleep(500);
  }
  return true;
}

async function main() {
  if (withBot) {
    if (!(await startBot())) return;
  } else if (!(await botAnswers())) {
    say(`nothing answers on port ${botPort} yet: run 'npm start' in another terminal (or use --with-bot)`);
  }

  mkdirSync(scratch, { recursive: true });
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = start(
    'the Playground',
    process.execPath,
    [cli, '-e', endpoint, '-c', 'msteams', '--dt', '-p', playgroundPort],
    {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Without this the CLI tries to open a browser, and exits silently where it cannot.
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(scratch, 'playground.log'),
      },
    },
  );
  const relay = (chunk) => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      const listening = /Listening on (\d+)/.exec(line);
      if (listening) {
        say(`open http://localhost:${listening[1]}/  (bot: ${endpoint}; Ctrl-C to stop)`);
      } else {
        say(line);
      }
    }
  };
  playground.stdout.on('data', relay);
  playground.stderr.on('data', relay);
}

main().catch((error) => {
  say(String(error?.stack ?? error));
  void stop(1);
});
