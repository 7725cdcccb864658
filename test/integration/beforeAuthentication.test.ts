import { gzipSync } from 'node:zlib';
import { BotHarness } from '../helpers/botHarness';
import { documentCounts } from '../helpers/database';
import { rawPost } from '../helpers/rawHttp';
import { TokenIssuer } from '../helpers/tokenIssuer';

const BOT_ID = '00000000-0000-4000-8000-00000000b0d1';
const AUTH_ON = { BOT_ID, BOT_PASSWORD: 'not-a-real-secret', ALLOWED_TENANT_IDS: '*', LOG_LEVEL: 'warn' };
const WARN = 40;

type Body = Record<string, unknown>;

/**
 * The console and stderr, watched from before the bot starts (as in production, where nothing replaces
 * the console after start-up): `withoutConsoleOutput` asserts a request printed nothing there.
 */
const consoleSpies: jest.SpyInstance[] = [];
function watchConsole(): void {
  for (const method of ['error', 'warn', 'log', 'info'] as const)
    consoleSpies.push(jest.spyOn(console, method));
  consoleSpies.push(jest.spyOn(process.stderr, 'write'));
}
async function withoutConsoleOutput<T>(run: () => Promise<T>): Promise<T> {
  for (const spy of consoleSpies) spy.mockClear();
  const result = await run();
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  return result;
}
beforeAll(watchConsole);
afterAll(() => consoleSpies.forEach((spy) => spy.mockRestore()));

describe('requests before authentication (BOT_ID set, real HTTP)', () => {
  const issuer = new TokenIssuer();
  const bot = new BotHarness();
  let url = '';
  let before: Record<string, number> = {};

  beforeAll(async () => {
    await issuer.start();
    await bot.start(AUTH_ON, { authenticationConfig: issuer.authenticationConfig() });
    url = bot.url('/api/messages');
  });
  afterAll(async () => {
    await bot.stop();
    await issuer.stop();
  });
  beforeEach(async () => {
    before = await documentCounts(bot.db.db);
  });
  afterEach(async () => {
    // The bot is still serving, and no refused request wrote anything.
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
  });

  const activity = (extra: Body = {}) =>
    bot.activity('personal', { type: 'message', text: 'help', ...extra });
  const validToken = () => `Bearer ${issuer.token(BOT_ID, bot.connector.url)}`;
  const json = { 'content-type': 'application/json' };

  /** The one warn line a refused request leaves, and nothing in the database. */
  async function expectOneWarning(from: number, status: number): Promise<void> {
    const lines = bot.logsAtLeast(WARN, from);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: WARN, status });
    expect(await documentCounts(bot.db.db)).toEqual(before);
  }

  it('refuses a request without a bearer token with 401 before reading its body', async () => {
    const from = bot.logs.length;
    // Ten megabytes announced, one kilobyte sent, the rest never: the answer must not wait for it.
    const answer = await withoutConsoleOutput(() =>
      rawPost(
        url,
        { ...json, 'content-length': String(10 * 1024 * 1024) },
        ['{"type":"message",', ' '.repeat(1024)],
        {
          keepOpen: true,
        },
      ),
    );
    expect(answer.status).toBe(401);
    expect(answer.sentWhenAnswered).toBeLessThan(2048);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toEqual({ error: 'Unauthorized', message: 'Authentication failed.' });
    await expectOneWarning(from, 401);
  });

  it('refuses a token that is not a bearer JWT the same way, before the body', async () => {
    for (const authorization of [
      'Basic dXNlcjpwYXNz',
      'Bearer not-a-jwt',
      `Bearer ${'a'.repeat(9000)}.b.c`,
    ]) {
      const from = bot.logs.length;
      const answer = await rawPost(url, { ...json, authorization, 'content-length': '100000' }, ['{'], {
        keepOpen: true,
      });
      expect(answer.status).toBe(401);
      await expectOneWarning(from, 401);
    }
  });

  it('survives Content-Encoding: gzip on a body that is not gzip (restify/node-restify#1975)', async () => {
    const noToken = await rawPost(url, { ...json, 'content-encoding': 'gzip' }, ['{}']);
    expect(noToken.status).toBe(401);
    const from = bot.logs.length;
    const withToken = await withoutConsoleOutput(() =>
      rawPost(url, { ...json, 'content-encoding': 'gzip', authorization: validToken() }, ['{}']),
    );
    expect(withToken.status).toBe(415);
    expect(withToken.headers['accept-encoding']).toBe('identity');
    expect(JSON.parse(withToken.body)).toMatchObject({ error: 'UnsupportedMediaType' });
    await expectOneWarning(from, 415);
  });

  it('refuses a gzip bomb without inflating it', async () => {
    // 100 MB of spaces, about 100 KB compressed.
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
    const from = bot.logs.length;
    const heapBefore = process.memoryUsage().heapUsed;
    const answer = await rawPost(
      url,
      {
        ...json,
        'content-encoding': 'gzip',
        'content-length': String(bomb.length),
        authorization: validToken(),
      },
      [bomb],
    );
    expect(answer.status).toBe(415);
    // Nothing near 100 MB was ever held: the body is not even read.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
    await expectOneWarning(from, 415);
  });

  it('counts the bytes it reads: too large is 413, announced or not', async () => {
    const big = JSON.stringify(activity({ text: 'x'.repeat(300 * 1024) }));
    const announced = await rawPost(
      url,
      { ...json, 'content-length': String(big.length), authorization: validToken() },
      [big],
    );
    expect(announced.status).toBe(413);
    const from = bot.logs.length;
    // Chunked: no Content-Length, so only counting while reading can stop it.
    const chunked = await rawPost(
      url,
      { ...json, 'transfer-encoding': 'chunked', authorization: validToken() },
      [big.slice(0, 100_000), big.slice(100_000, 200_000), big.slice(200_000)],
    );
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: 'PayloadTooLarge' });
    await expectOneWarning(from, 413);
  });

  it.each([
    ['a key id the issuer never published', { kid: 'no-such-key' }],
    ['a published key id, signed with another key', { foreignKey: true }],
    ['an expired token', { expiresIn: -3600 }],
  ])('answers a forged token (%s) with a generic 401 and one warn line', async (_name, options) => {
    const from = bot.logs.length;
    const forged = `Bearer ${issuer.token(BOT_ID, bot.connector.url, options)}`;
    const result = await withoutConsoleOutput(() =>
      bot.post(activity(), 'application/json', { authorization: forged }),
    );
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ error: 'Unauthorized', message: 'Authentication failed.' });
    expect(result.sent).toHaveLength(0);
    await expectOneWarning(from, 401);
  });

  it('answers a token for another bot, or another service URL, with 401', async () => {
    for (const token of [
      issuer.token('someone-else', bot.connector.url),
      issuer.token(BOT_ID, 'https://elsewhere.example/'),
    ]) {
      const result = await bot.post(activity(), 'application/json', { authorization: `Bearer ${token}` });
      expect(result.status).toBe(401);
    }
  });

  it('gives no schema details to an unauthenticated caller, and names them to the Bot Framework', async () => {
    const forged = `Bearer ${issuer.token(BOT_ID, bot.connector.url, { foreignKey: true })}`;
    const unauthenticated = await bot.post({ type: 1 }, 'application/json', { authorization: forged });
    expect(unauthenticated.status).toBe(401);
    expect(JSON.stringify(unauthenticated.body)).not.toContain('type');

    const authenticated = await bot.post({ ...activity(), type: 1 }, 'application/json', {
      authorization: validToken(),
    });
    expect(authenticated.status).toBe(400);
    expect(JSON.stringify(authenticated.body)).toContain('type');
  });

  it('runs a turn for a valid token: a card action is answered with its card', async () => {
    bot.authorization = validToken();
    try {
      const result = await bot.execute('help.show', {});
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    } finally {
      bot.authorization = undefined;
    }
  });
});

describe('when the token issuer cannot be reached (BOT_ID set)', () => {
  const issuer = new TokenIssuer();
  const bot = new BotHarness();

  beforeAll(async () => {
    await issuer.start();
    const unreachable = issuer.authenticationConfig();
    await issuer.stop(); // the port now refuses connections
    await bot.start(AUTH_ON, { authenticationConfig: unreachable });
  });
  afterAll(() => bot.stop());

  it('answers 503 with a generic body and one warn line, never the internal error', async () => {
    const from = bot.logs.length;
    const token = `Bearer ${issuer.token(BOT_ID, bot.connector.url)}`;
    const result = await withoutConsoleOutput(() =>
      bot.post(bot.activity('personal', { type: 'message', text: 'help' }), 'application/json', {
        authorization: token,
      }),
    );
    expect(result.status).toBe(503);
    expect(result.body).toEqual({
      error: 'ServiceUnavailable',
      message: 'Authentication is temporarily unavailable.',
    });
    const lines = bot.logsAtLeast(WARN, from);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: WARN, status: 503 });
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
  });
});
