import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectDatabase, type Database } from '../../src/storage/database';
import {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseError,
  type EmbeddedExit,
  type EmbeddedRestarts,
} from '../../src/storage/embeddedDatabase';
import { processAlive, processGone } from '../helpers/botProcess';

const projectRoot = resolve(__dirname, '..', '..');

/** Restart callbacks that record what they are told. */
function recorder(limits: Partial<EmbeddedRestarts> = {}) {
  const exits: EmbeddedExit[] = [];
  const restarted: number[] = [];
  const gaveUp: EmbeddedDatabaseError[] = [];
  const restarts: EmbeddedRestarts = {
    firstDelayMs: 100,
    ...limits,
    onExit: (exit) => exits.push(exit),
    onRestarted: ({ pid }) => restarted.push(pid),
    onGiveUp: (error) => gaveUp.push(error),
  };
  return { restarts, exits, restarted, gaveUp };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The embedded database started again, on the same data and port, when its process dies (kill -9),
 * while the connection the bot holds reconnects by itself; never after a deliberate stop; and given
 * up, with a clear error, when it keeps dying.
 */
describe('the embedded database stopping on its own (real server)', () => {
  let embedded: EmbeddedDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await embedded?.stop();
    database = undefined;
    embedded = undefined;
  });

  it('is started again after kill -9, and a later operation on the same connection finds the data', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cspbot-embedded-')), 'db');
    const seen = recorder();
    embedded = await startEmbeddedDatabase({ projectRoot, dataDir, restarts: seen.restarts });
    database = await connectDatabase(embedded.uri, 'restart');
    const things = database.db.collection<{ _id: string; n: number }>('things');
    await things.insertOne({ _id: 'kept', n: 1 });

    const first = embedded.pid;
    process.kill(first, 'SIGKILL');
    expect(await processGone(first, 10_000)).toBe(true);
    await until(() => seen.restarted.length === 1, 30_000);
    expect(seen.exits).toEqual([expect.objectContaining({ reason: 'exited with SIGKILL', pid: first })]);
    expect(embedded.pid).not.toBe(first);
    expect(processAlive(embedded.pid)).toBe(true);

    // The same client, no reconnect by hand: the next operations succeed on their own.
    const started = Date.now();
    let found: unknown;
    while (found === undefined && Date.now() - started < 30_000) {
      found = await things.findOne({ _id: 'kept' }).catch(() => undefined);
    }
    expect(found).toEqual({ _id: 'kept', n: 1 });
    await things.updateOne({ _id: 'kept' }, { $inc: { n: 1 } });
    expect(await things.findOne({ _id: 'kept' })).toEqual({ _id: 'kept', n: 2 });
    expect(seen.gaveUp).toEqual([]);
  }, 60_000);

  it('is not started again after a deliberate stop', async () => {
    const seen = recorder();
    embedded = await startEmbeddedDatabase({
      projectRoot,
      dataDir: join(mkdtempSync(join(tmpdir(), 'cspbot-embedded-')), 'db'),
      restarts: seen.restarts,
    });
    const pid = embedded.pid;
    await embedded.stop();
    await new Promise((r) => setTimeout(r, 500));
    expect(processAlive(pid)).toBe(false);
    expect(seen.exits).toEqual([]);
    expect(seen.restarted).toEqual([]);
  }, 30_000);

  it('gives up, saying so, when it stops more often than allowed within the window', async () => {
    const seen = recorder({ maxRestarts: 1, windowMs: 60_000 });
    embedded = await startEmbeddedDatabase({
      projectRoot,
      dataDir: join(mkdtempSync(join(tmpdir(), 'cspbot-embedded-')), 'db'),
      restarts: seen.restarts,
    });
    process.kill(embedded.pid, 'SIGKILL');
    await until(() => seen.restarted.length === 1, 30_000);
    const second = embedded.pid;
    process.kill(second, 'SIGKILL');
    await until(() => seen.gaveUp.length === 1, 10_000);
    expect(seen.gaveUp[0]?.message).toMatch(/stopped 2 times within 1 min \(last: exited with SIGKILL\)/);
    expect(seen.gaveUp[0]?.message).toContain('is not started again');
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.restarted).toHaveLength(1);
    expect(processAlive(second)).toBe(false);
  }, 60_000);

  it('counts a restart that does not start (its port taken meanwhile) as one, and says why', async () => {
    const seen = recorder({ maxRestarts: 2, windowMs: 60_000, firstDelayMs: 300 });
    embedded = await startEmbeddedDatabase({
      projectRoot,
      dataDir: join(mkdtempSync(join(tmpdir(), 'cspbot-embedded-')), 'db'),
      restarts: seen.restarts,
      // The server does not exit when its port is taken: it is given up on after this.
      startTimeoutMs: 5_000,
    });
    const port = Number(new URL(embedded.uri).port);
    const pid = embedded.pid;
    process.kill(pid, 'SIGKILL');
    expect(await processGone(pid, 10_000)).toBe(true);
    const squatter = createServer();
    await new Promise<void>((done) => squatter.listen(port, '127.0.0.1', done));
    try {
      await until(() => seen.gaveUp.length === 1, 30_000);
    } finally {
      await new Promise((done) => squatter.close(done));
    }
    expect(seen.restarted).toEqual([]);
    expect(seen.exits.map((exit) => exit.reason)).toEqual([
      'exited with SIGKILL',
      'did not start again (no answer within 5 s)',
    ]);
    expect(seen.exits.map((exit) => exit.restartInMs)).toEqual([300, 600]);
    expect(seen.gaveUp[0]?.message).toMatch(/stopped 3 times within 1 min \(last: did not start again/);
  }, 60_000);
});

/** A 4 MiB filesystem of its own, or undefined where this process may not mount one. */
function smallFilesystem(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cspbot-small-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return undefined;
  }
}

describe('the embedded database on a full disk (real server, a small filesystem)', () => {
  const mounted = smallFilesystem();
  afterAll(() => {
    if (mounted) execFileSync('umount', ['-l', mounted]);
  });
  // Mounting needs root (CI and the development machines run as root).
  const maybe = mounted ? it : it.skip;

  maybe(
    'stops, saying why, and is started again; once there is room it takes writes again',
    async () => {
      const dir = mounted as string;
      const seen = recorder();
      const embedded = await startEmbeddedDatabase({
        projectRoot,
        dataDir: join(dir, 'db'),
        restarts: seen.restarts,
      });
      const database = await connectDatabase(embedded.uri, 'full', { timeoutMs: 5_000 });
      try {
        const things = database.db.collection<{ _id: string; text?: string }>('things');
        await things.insertOne({ _id: 'kept' });
        const filler = join(dir, 'filler');
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'ignore' });
        } catch {
          // dd stops when the filesystem is full: that is the point
        }
        await expect(things.insertOne({ _id: 'too-much', text: 'x'.repeat(200_000) })).rejects.toThrow();
        // The server does not stay up with a store that refuses every write and answers pings.
        await until(() => seen.exits.length >= 1, 15_000);
        expect(seen.exits[0]?.reason).toBe('exited with code 3');
        expect(seen.exits[0]?.output.join('\n')).toMatch(/No space left on device/);

        rmSync(filler);
        const started = Date.now();
        let stored = false;
        while (!stored && Date.now() - started < 30_000) {
          stored = await things.insertOne({ _id: 'after' }).then(
            () => true,
            () => new Promise<boolean>((r) => setTimeout(() => r(false), 200)),
          );
        }
        expect(stored).toBe(true);
        const ids = (await things.find().toArray()).map((thing) => thing._id).sort();
        expect(ids).toEqual(['after', 'kept']);
        expect(seen.gaveUp).toEqual([]);
      } finally {
        await database.close();
        await embedded.stop();
      }
    },
    90_000,
  );
});
