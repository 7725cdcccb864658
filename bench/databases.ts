/**
 * `npm run bench:databases`: the embedded database candidates side by side, on what the bot needs of
 * them: restart on their own data, a change answered as saved surviving kill -9, conflicting writes
 * from 50 callers at once, server CPU per operation at 100 and 10,000 documents, disk use after many
 * updates to a few live documents, and every operation and index the bot uses (the bot's own
 * `ensureIndexes` and store calls).
 *
 * Candidates: the embedded server the project ships (always), and FerretDB when FERRETDB_BIN names a
 * FerretDB 1.24 binary (the project's earlier embedded database, kept here for comparison).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { ensureIndexes } from '../src/storage/indexes';
import { freePort, startEmbeddedDatabase } from '../src/storage/embeddedDatabase';

const root = join(__dirname, '..');

interface Running {
  uri: string;
  pid: number;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

interface Candidate {
  name: string;
  start(dataDir: string): Promise<Running>;
}

function waitExit(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

async function waitPort(uri: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 300, retryWrites: false });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
}

const shipped: Candidate = {
  name: 'shipped embedded server',
  async start(dataDir) {
    const db = await startEmbeddedDatabase({ projectRoot: root, dataDir });
    return {
      uri: db.uri,
      pid: db.pid,
      kill9: async () => {
        process.kill(db.pid, 'SIGKILL');
        await db.stop();
      },
      stop: () => db.stop(),
    };
  },
};

function ferretdb(binary: string): Candidate {
  return {
    name: 'FerretDB (SQLite)',
    async start(dataDir) {
      const [port, debugPort] = [await freePort(), await freePort()];
      const child = spawn(
        binary,
        [
          '--handler=sqlite',
          `--sqlite-url=file:${dataDir}/`,
          `--listen-addr=127.0.0.1:${port}`,
          `--debug-addr=127.0.0.1:${debugPort}`,
          '--state-dir=-',
          '--telemetry=disable',
          '--log-level=error',
        ],
        { stdio: 'ignore' },
      );
      const uri = `mongodb://127.0.0.1:${port}/`;
      await waitPort(uri, 15_000);
      return {
        uri,
        pid: child.pid ?? -1,
        kill9: async () => {
          child.kill('SIGKILL');
          await waitExit(child);
        },
        stop: async () => {
          child.kill('SIGTERM');
          await waitExit(child);
        },
      };
    },
  };
}

/** User + system CPU time of a process, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(/\d+/.exec(line ?? '')?.[0] ?? 0) / 1024);
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

async function connect(uri: string): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(uri, { retryWrites: false, serverSelectionTimeoutMS: 5_000 });
  await client.connect();
  return { client, db: client.db('bench') };
}

type Report = Record<string, string>;

async function restartCheck(candidate: Candidate): Promise<Report> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dbbench-restart-'));
  const outcome: string[] = [];
  for (const [step, end] of [
    ['first start', 'stop'],
    ['after SIGTERM', 'kill9'],
    ['after kill -9', 'stop'],
  ] as const) {
    const server = await candidate.start(dataDir);
    try {
      const { client, db } = await connect(server.uri);
      try {
        await ensureIndexes(db);
        const before = await db.collection<{ _id: string }>('tickets').countDocuments();
        await db
          .collection<{ _id: string; idempotencyKey: string }>('tickets')
          .insertOne({ _id: `t-${step}`, idempotencyKey: step });
        outcome.push(`${step}: ok (${before} kept)`);
      } finally {
        await client.close();
      }
    } catch (error) {
      outcome.push(`${step}: FAILED (${(error as Error).message.slice(0, 80)})`);
    }
    if (end === 'stop') await server.stop();
    else await server.kill9();
  }
  return { restart: outcome.join('; ') };
}

/** Writes acknowledged one after another, then kill -9 at once: how many acknowledged writes are gone? */
async function durabilityCheck(candidate: Candidate): Promise<Report> {
  let lost = 0;
  let acknowledged = 0;
  for (let trial = 0; trial < 5; trial++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'dbbench-kill-'));
    const server = await candidate.start(dataDir);
    const { client, db } = await connect(server.uri);
    await ensureIndexes(db);
    const written = 20 + trial * 10;
    for (let i = 0; i < written; i++) {
      await db
        .collection<{ _id: number; idempotencyKey: string }>('tickets')
        .updateOne({ _id: i }, { $set: { idempotencyKey: `k${i}` } }, { upsert: true });
    }
    await server.kill9();
    await client.close(true).catch(() => undefined);
    acknowledged += written;
    const again = await candidate.start(dataDir);
    const check = await connect(again.uri);
    lost += written - (await check.db.collection('tickets').countDocuments());
    await check.client.close();
    await again.stop();
  }
  return { 'kill -9 right after the answer': `${lost} of ${acknowledged} acknowledged writes lost` };
}

async function concurrencyCheck(candidate: Candidate): Promise<Report> {
  const server = await candidate.start(mkdtempSync(join(tmpdir(), 'dbbench-conc-')));
  const { client, db } = await connect(server.uri);
  try {
    await ensureIndexes(db);
    const counters = db.collection<{ _id: string; seq: number }>('counters');
    const runs: string[] = [];
    for (let round = 0; round < 3; round++) {
      await counters.deleteMany({});
      await counters.insertOne({ _id: 'c', seq: 0 });
      await Promise.all(
        Array.from({ length: 50 }, () => counters.updateOne({ _id: 'c' }, { $inc: { seq: 1 } })),
      );
      const inc = (await counters.findOne({ _id: 'c' }))?.seq;
      const returned = await Promise.all(
        Array.from({ length: 50 }, () =>
          counters.findOneAndUpdate({ _id: 'c' }, { $inc: { seq: 1 } }, { returnDocument: 'after' }),
        ),
      );
      const distinct = new Set(returned.map((doc) => doc?.seq)).size;
      const docs = db.collection<{ _id: string; version: number; by?: number }>('drafts');
      await docs.deleteMany({});
      await docs.insertOne({ _id: 'd', version: 1 });
      const replaced = await Promise.all(
        Array.from({ length: 50 }, (_, by) => docs.replaceOne({ _id: 'd', version: 1 }, { version: 2, by })),
      );
      const matched = replaced.filter((r) => r.matchedCount === 1).length;
      const tickets = db.collection<{ _id: string; idempotencyKey: string }>('tickets');
      await tickets.deleteMany({});
      const inserts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => tickets.insertOne({ _id: `T${i}`, idempotencyKey: 'same' })),
      );
      const won = inserts.filter((r) => r.status === 'fulfilled').length;
      runs.push(
        `$inc ${inc}/50, findOneAndUpdate $inc distinct answers ${distinct}/50, ` +
          `replace matched ${matched}/1, unique insert ${won}/1`,
      );
    }
    return { '50 concurrent writes': runs.join('; ') };
  } finally {
    await client.close();
    await server.stop();
  }
}

async function cpuCheck(candidate: Candidate): Promise<Report> {
  const report: Report = {};
  for (const size of [100, 10_000]) {
    const server = await candidate.start(mkdtempSync(join(tmpdir(), 'dbbench-cpu-')));
    const { client, db } = await connect(server.uri);
    try {
      await ensureIndexes(db);
      const drafts = db.collection<{ _id: string; rev: number; data: string; expiresAt: Date }>('drafts');
      const tickets = db.collection<{ _id: string; idempotencyKey: string; version: number }>('tickets');
      const far = new Date(Date.now() + 86_400_000);
      for (let i = 0; i < size; i += 500) {
        const n = Math.min(500, size - i);
        await drafts.insertMany(
          Array.from({ length: n }, (_, j) => ({
            _id: `d${i + j}`,
            rev: 0,
            data: 'x'.repeat(600),
            expiresAt: far,
          })),
        );
        await tickets.insertMany(
          Array.from({ length: n }, (_, j) => ({
            _id: `t${i + j}`,
            idempotencyKey: `k${i + j}`,
            version: 1,
          })),
        );
      }
      const ops = 1000;
      const measure = async (label: string, op: (i: number) => Promise<unknown>) => {
        for (let i = 0; i < 500; i++) await op(i); // warm-up (the JVM compiles hot code first)
        const before = cpuMs(server.pid);
        const started = Date.now();
        for (let i = 0; i < ops; i++) await op(i);
        const cpu = (cpuMs(server.pid) - before) / ops;
        const wall = (Date.now() - started) / ops;
        report[`${label} @${size}`] = `${cpu.toFixed(2)} ms CPU, ${wall.toFixed(2)} ms round trip`;
      };
      const id = (i: number) => `d${(i * 7919) % size}`;
      await measure('update by _id', (i) => drafts.updateOne({ _id: id(i) }, { $set: { data: `v${i}` } }));
      await measure('find {_id, expiresAt > now}', (i) =>
        drafts.findOne({ _id: id(i), expiresAt: { $gt: new Date() } }),
      );
      await measure('find by idempotencyKey', (i) =>
        tickets.findOne({ idempotencyKey: `k${(i * 7919) % size}` }),
      );
      report[`RSS @${size}`] = `${rssMiB(server.pid)} MiB`;
    } finally {
      await client.close();
      await server.stop();
    }
  }
  return report;
}

async function diskCheck(candidate: Candidate, updates: number): Promise<Report> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dbbench-disk-'));
  const server = await candidate.start(dataDir);
  const { client, db } = await connect(server.uri);
  try {
    await ensureIndexes(db);
    const state = db.collection<{ _id: string; state: string; eTag: number }>('drafts');
    const live = 50;
    await state.insertMany(Array.from({ length: live }, (_, i) => ({ _id: `s${i}`, state: '', eTag: 0 })));
    const start = dirBytes(dataDir);
    const payload = 'y'.repeat(1500);
    const workers = 10;
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < updates) {
          const i = next++;
          await state.updateOne({ _id: `s${i % live}` }, { $set: { state: `${payload}${i}`, eTag: i } });
        }
      }),
    );
    const after = dirBytes(dataDir);
    await new Promise((r) => setTimeout(r, 20_000));
    const idle = dirBytes(dataDir);
    await client.close();
    await server.stop();
    const closed = dirBytes(dataDir);
    const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
    return {
      [`disk after ${updates} updates of ${live} live documents`]: `${mib(start)} -> ${mib(after)}, ${mib(idle)} after 20 s idle, ${mib(closed)} after a clean stop`,
    };
  } catch (error) {
    await client.close();
    await server.stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const candidates = [shipped];
  if (process.env.FERRETDB_BIN) candidates.push(ferretdb(process.env.FERRETDB_BIN));
  for (const candidate of candidates) {
    console.log(`== ${candidate.name}`);
    const checks: Record<string, () => Promise<Report>> = {
      restart: () => restartCheck(candidate),
      durability: () => durabilityCheck(candidate),
      concurrency: () => concurrencyCheck(candidate),
      cpu: () => cpuCheck(candidate),
      disk: () => diskCheck(candidate, quick ? 10_000 : 60_000),
    };
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',');
    for (const [name, check] of Object.entries(checks)) {
      if (only && !only.includes(name)) continue;
      try {
        for (const [key, value] of Object.entries(await check())) console.log(`${key}: ${value}`);
      } catch (error) {
        console.log(`FAILED: ${(error as Error).message}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
