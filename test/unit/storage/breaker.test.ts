import { MongoNetworkError } from 'mongodb';
import type { Logger } from '../../../src/log';
import { DatabaseBreaker } from '../../../src/storage/breaker';
import { DatabaseTimeoutError, withDeadline } from '../../../src/storage/deadline';

const TIMEOUT = 2_000;

/** A database the test switches between answering, hanging (no answer ever) and refusing connections. */
class FakeDatabase {
  mode: 'answers' | 'hangs' | 'refuses' = 'answers';
  calls = 0;
  pings: number[] = [];

  operation<T>(value: T): Promise<T> {
    this.calls += 1;
    return this.settle(value);
  }

  ping(): Promise<unknown> {
    this.pings.push(Date.now());
    return this.settle({ ok: 1 });
  }

  private settle<T>(value: T): Promise<T> {
    if (this.mode === 'hangs') return new Promise<T>(() => undefined);
    if (this.mode === 'refuses') return Promise.reject(new MongoNetworkError('connect ECONNREFUSED'));
    return new Promise((resolve) => setTimeout(() => resolve(value), 5));
  }
}

/** A store as the bot's are: async methods that call the database, and a synchronous cache lookup. */
class Store {
  constructor(private readonly database: FakeDatabase) {}
  async read(key: string): Promise<string> {
    return this.database.operation(key);
  }
  async create(key: string): Promise<string> {
    return this.database.operation(key);
  }
  async duplicate(): Promise<never> {
    throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
  }
  /** A call the server is slow to answer, whatever it does with the others. */
  async slow(): Promise<string> {
    return new Promise<string>(() => undefined);
  }
  cached(key: string): string {
    return `cached ${key}`;
  }
}

function fakeLog() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_fields: unknown, msg: string) => void lines.push({ level, msg });
  return { lines, log: { warn: at('warn'), info: at('info') } as unknown as Logger };
}

function setUp() {
  const database = new FakeDatabase();
  const { lines, log } = fakeLog();
  const changes: boolean[] = [];
  const breaker = new DatabaseBreaker({
    probe: () => database.ping(),
    timeoutMs: TIMEOUT,
    probeEveryMs: 1_000,
    log,
    onChange: (answering) => changes.push(answering),
  });
  const store = withDeadline(new Store(database), 'things', TIMEOUT, { create: 8_000 }, breaker);
  return { database, breaker, store, lines, changes };
}

/** How long (fake) ms `promise` takes to settle, and how. */
async function timed<T>(promise: Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const started = Date.now();
  let outcome: { error?: unknown; value?: T } | undefined;
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  for (let i = 0; i < 200 && !outcome; i++) await jest.advanceTimersByTimeAsync(50);
  return { ms: Date.now() - started, ...outcome };
}

describe('DatabaseBreaker with withDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes calls through while the database answers', async () => {
    const { store, breaker, database, lines } = setUp();
    await expect(timed(store.read('a'))).resolves.toMatchObject({ value: 'a' });
    expect(breaker.answering).toBe(true);
    expect(database.pings).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('after one timeout, fails every later call at once without sending it, until a ping is answered', async () => {
    const { store, breaker, database, lines, changes } = setUp();
    database.mode = 'hangs';
    const first = await timed(store.read('a'));
    expect(first.error).toBeInstanceOf(DatabaseTimeoutError);
    expect(first.ms).toBeGreaterThanOrEqual(TIMEOUT);
    expect(first.ms).toBeLessThan(TIMEOUT + 100);
    expect(breaker.answering).toBe(false);

    // Ten more calls, one after another: no wait at all, and none reaches the database.
    const sent = database.calls;
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      const error = await store.read(`b${i}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseTimeoutError);
      expect(error).toMatchObject({ store: 'things', operation: 'read', atOnce: true });
    }
    expect(Date.now() - started).toBe(0);
    expect(database.calls).toBe(sent);
    // What needs no database still works.
    expect(store.cached('c')).toBe('cached c');

    // It probes (one ping at a time, each bounded by the timeout) and closes when one is answered.
    await jest.advanceTimersByTimeAsync(5_000);
    expect(database.pings.length).toBeGreaterThanOrEqual(2);
    database.mode = 'answers';
    await jest.advanceTimersByTimeAsync(TIMEOUT + 1_000);
    expect(breaker.answering).toBe(true);
    await expect(timed(store.read('d'))).resolves.toMatchObject({ value: 'd' });

    // One warning when it opened, one info line when it closed: nothing per refused call.
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info']);
    expect(changes).toEqual([false, true]);
  });

  it('pings at most once a second while the database refuses connections', async () => {
    const { store, breaker, database } = setUp();
    database.mode = 'refuses';
    const error = await store.read('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoNetworkError);
    expect(breaker.answering).toBe(false);
    await jest.advanceTimersByTimeAsync(10_000);
    const gaps = database.pings.slice(1).map((at, i) => at - (database.pings[i] ?? 0));
    expect(database.pings.length).toBeGreaterThanOrEqual(9);
    expect(database.pings.length).toBeLessThanOrEqual(11);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
  });

  it('fails the calls in flight as soon as a connection fails or a ping is not answered', async () => {
    const { store, database } = setUp();
    database.mode = 'hangs';
    // Allowed 8 s; a refused connection elsewhere gives it up at once.
    const waiting = store.create('a').catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(500);
    database.mode = 'refuses';
    await expect(store.read('b')).rejects.toBeInstanceOf(MongoNetworkError);
    expect(await waiting).toMatchObject({ name: 'DatabaseTimeoutError', atOnce: true });
  });

  it('fails only the slow call when the server still answers pings: the calls in flight go on', async () => {
    const { store, breaker, lines } = setUp();
    const slow = store.slow().catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(TIMEOUT - 2);
    // In flight when the slow call times out; the database answers it 5 ms after it was sent.
    const inFlight = store.read('a');
    await jest.advanceTimersByTimeAsync(2);
    expect(await slow).toMatchObject({ name: 'DatabaseTimeoutError', atOnce: false });
    await jest.advanceTimersByTimeAsync(10);
    await expect(inFlight).resolves.toBe('a');
    // The ping sent at once is answered: calls go through again.
    expect(breaker.answering).toBe(true);
    await expect(timed(store.read('b'))).resolves.toMatchObject({ value: 'b' });
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info']);
  });

  it('asks the server after the usual time when a call may wait longer, and gives up if it does not answer', async () => {
    const { store, database, breaker } = setUp();
    database.mode = 'hangs';
    const create = await timed(store.create('a'));
    expect(create.error).toBeInstanceOf(DatabaseTimeoutError);
    // The ping sent after 2 s gets no answer within 2 s: about 4 s in all, not the 8 s allowed.
    expect(create.ms).toBeGreaterThanOrEqual(2 * TIMEOUT);
    expect(create.ms).toBeLessThan(2 * TIMEOUT + 100);
    expect(breaker.answering).toBe(false);
  });

  it('lets a call wait its longer limit while the server answers pings', async () => {
    const { breaker, database } = setUp();
    const slow = withDeadline(
      { create: async () => new Promise((r) => setTimeout(() => r('done'), 5_000)) },
      'tickets',
      TIMEOUT,
      { create: 8_000 },
      breaker,
    );
    await expect(timed(slow.create())).resolves.toMatchObject({ value: 'done', ms: 5_000 });
    expect(database.pings).toHaveLength(1);
    expect(breaker.answering).toBe(true);
  });

  it('stays closed on errors the server answered with', async () => {
    const { store, breaker } = setUp();
    await expect(store.duplicate()).rejects.toMatchObject({ code: 11000 });
    expect(breaker.answering).toBe(true);
  });

  it('opens on a failed readiness check only when its own ping is not answered either', async () => {
    const { breaker, database } = setUp();
    breaker.suspect();
    await jest.advanceTimersByTimeAsync(100);
    expect(breaker.answering).toBe(true);
    database.mode = 'hangs';
    breaker.suspect();
    breaker.suspect();
    await jest.advanceTimersByTimeAsync(TIMEOUT + 50);
    expect(breaker.answering).toBe(false);
    // The two checks shared one ping; then probing started.
    expect(database.pings).toHaveLength(3);
  });

  it('does nothing more once stopped', async () => {
    const { breaker, database, lines } = setUp();
    breaker.stop();
    breaker.open(new Error('closing'));
    await jest.advanceTimersByTimeAsync(5_000);
    expect(breaker.answering).toBe(true);
    expect(database.pings).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('refuses options that make no sense', () => {
    expect(() => new DatabaseBreaker({ probe: async () => undefined, timeoutMs: 0 })).toThrow();
    expect(
      () => new DatabaseBreaker({ probe: async () => undefined, timeoutMs: 100, probeEveryMs: -1 }),
    ).toThrow();
  });
});
