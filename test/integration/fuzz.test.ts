import fc from 'fast-check';
import { FaqAskActionDataSchema, parseCardAction, VERB, VERBS } from '../../src/cards/verbs';
import { FIELD_IDS, STEPS } from '../../src/domain/wizard/model';
import { KNOWLEDGE_IDS } from '../../src/knowledge';
import { BotHarness, cardOf, type TurnResult } from '../helpers/botHarness';
import { documentSnapshot } from '../helpers/database';
import { rawPost } from '../helpers/rawHttp';
import { TokenIssuer } from '../helpers/tokenIssuer';
import { findAction } from '../helpers/wizardDriver';

/**
 * Property-based fuzzing of the whole bot through real HTTP turns and the real database: hostile
 * activities, card action payloads for every verb, raw bodies and tokens. For every input:
 *  - the process keeps serving (/healthz answers after each one);
 *  - a client error is never a 5xx (501 is only Bot Framework's answer to an invoke the bot has no
 *    handler for);
 *  - no turn fails with an unhandled error;
 *  - a refused input (a 4xx, or card data its verb's schema refuses) writes nothing to the database.
 * A failure prints fast-check's seed and the shrunk input that shows it.
 */

const RUNS = 120;
const ERROR = 50;
// Each property runs RUNS whole turns; generous, as CI machines are shared. No speed is asserted here.
jest.setTimeout(180_000);

/** Values an attacker may put anywhere: wrong types, long strings, deep or odd JSON. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 200, maxLength: 3_000 }),
  fc.constantFrom('', ' ', '\u0000', '<at>', '&#99999999;', '$ne', '__proto__', 'x'.repeat(600)),
  fc.constantFrom({ $ne: null }, { __proto__: { polluted: true } }, [[[[[]]]]], -0, 1e308, true),
);

/** Either a replacement value or the field removed. */
const mutation = fc.option(hostile, { nil: undefined, freq: 4 });

const FIELDS = [
  'type',
  'id',
  'name',
  'channelId',
  'conversation',
  'conversation.id',
  'conversation.tenantId',
  'conversation.conversationType',
  'from',
  'from.id',
  'from.name',
  'from.aadObjectId',
  'recipient',
  'recipient.id',
  'locale',
  'text',
  'entities',
  'attachments',
  'value',
  'channelData',
  'channelData.tenant',
  'channelData.channel',
  'replyToId',
  'membersAdded',
  'timestamp',
] as const;

function withField(activity: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(activity);
  const [head, tail] = path.split('.') as [string, string | undefined];
  const target: Record<string, unknown> =
    tail === undefined
      ? copy
      : ((copy[head] = { ...((copy[head] as object) ?? {}) }) as Record<string, unknown>);
  const key = tail ?? head;
  if (value === undefined) delete target[key];
  else target[key] = value;
  return copy;
}

function isServerError(result: { status: number }, activity: unknown): boolean {
  if (result.status < 500) return false;
  const a = activity as { type?: unknown; name?: unknown };
  // Bot Framework answers an invoke no handler takes with 501; adaptiveCard/action always has one.
  return !(result.status === 501 && a?.type === 'invoke' && a.name !== 'adaptiveCard/action');
}

describe('fuzzing activities and card actions (authentication off, real turns)', () => {
  const bot = new BotHarness();
  /** A real wizard draft, so wizard verbs also reach the step validation with hostile inputs. */
  let draft: Record<string, unknown> = {};

  beforeAll(async () => {
    await bot.start({ LOG_LEVEL: 'warn' });
    const started = await bot.message('new ticket');
    draft = { ...(findAction(cardOf(started.sent[0]), VERB.wizardNext)?.data ?? {}) };
  });
  afterAll(() => bot.stop());

  /** Runs one input; checks the invariants every input must keep. */
  async function check(send: () => Promise<TurnResult>, sent: unknown, refused: (r: TurnResult) => boolean) {
    const logsFrom = bot.logs.length;
    const before = await documentSnapshot(bot.db.db);
    const result = await send();
    expect(isServerError(result, sent)).toBe(false);
    expect(bot.logsAtLeast(ERROR, logsFrom)).toEqual([]);
    if (refused(result)) expect(await documentSnapshot(bot.db.db)).toBe(before);
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
  }

  it('keeps its invariants for activities with hostile fields', async () => {
    const base = fc.constantFrom(
      bot.activity('personal', { type: 'message', text: 'help' }),
      bot.activity('groupChat', { type: 'message', text: '<at>CSP Bot</at> my tickets' }),
      bot.activity('channel', { type: 'message', text: 'post tickets here' }),
      bot.activity('personal', { type: 'message', value: { verb: VERB.faqAsk, question: 'phone?' } }),
      bot.activity('personal', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: VERB.helpShow, data: {} } },
      }),
      bot.activity('groupChat', { type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] }),
    );
    await fc.assert(
      fc.asyncProperty(
        base,
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), mutation), { minLength: 1, maxLength: 4 }),
        async (activity, changes) => {
          const mutated = changes.reduce((a, [path, value]) => withField(a, path, value), activity);
          await check(
            () => bot.post(mutated),
            mutated,
            (r) => r.status >= 400 && r.status < 500,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps its invariants for card actions of every verb with hostile data', async () => {
    const verb = fc.oneof(fc.constantFrom(...VERBS), fc.string({ maxLength: 30 }));
    const fieldIds = [...FIELD_IDS];
    const plausible = fc.record(
      {
        draftId: fc.oneof(fc.constant(draft.draftId), fc.uuid(), hostile),
        draftRev: fc.oneof(fc.constant(draft.draftRev), fc.integer(), hostile),
        step: fc.oneof(fc.constantFrom(...STEPS), hostile),
        ticketId: fc.oneof(fc.constantFrom('CSP-000001', 'CSP-999999', 'csp-1'), hostile),
        version: fc.oneof(fc.integer({ min: -1, max: 3 }), hostile),
        knowledgeId: fc.oneof(fc.constantFrom(...KNOWLEDGE_IDS), hostile),
        helpful: fc.oneof(fc.boolean(), hostile),
        question: fc.oneof(fc.string({ maxLength: 200 }), hostile),
        lang: fc.oneof(fc.constantFrom('en', 'pl'), hostile),
        microsoftRequestNumber: fc.oneof(fc.stringMatching(/^[0-9]{10,20}$/), hostile),
        ...Object.fromEntries(fieldIds.map((id) => [id, fc.oneof(fc.string({ maxLength: 300 }), hostile)])),
      },
      { requiredKeys: [] },
    );
    const data = fc.oneof(plausible, fc.dictionary(fc.string({ maxLength: 12 }), hostile, { maxKeys: 6 }));
    await fc.assert(
      fc.asyncProperty(verb, data, fc.boolean(), async (v, d, asSubmit) => {
        if (asSubmit) {
          // Action.Submit: a message whose value names the verb; only faq.ask takes one.
          const value = { ...d, verb: v };
          const accepted = v === VERB.faqAsk && FaqAskActionDataSchema.safeParse(d).success;
          await check(
            () => bot.submit(value),
            { type: 'message' },
            () => !accepted,
          );
        } else {
          const accepted = parseCardAction(v, d).ok;
          await check(
            () => bot.execute(v, d),
            { type: 'invoke', name: 'adaptiveCard/action' },
            () => !accepted,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps its invariants for raw bodies and headers', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      fc.constant('['.repeat(5_000)),
      fc.constant(`${'['.repeat(100)}${']'.repeat(100)}`),
    );
    const headers = fc.record(
      {
        'content-type': fc.constantFrom(
          'application/json',
          'application/json; charset=latin1',
          'text/plain',
          '',
        ),
        'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, headers, async (b, h) => {
        const before = await documentSnapshot(bot.db.db);
        const answer = await rawPost(bot.url('/api/messages'), { ...h }, [b]);
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(await documentSnapshot(bot.db.db)).toBe(before);
        expect((await fetch(bot.url('/healthz'))).status).toBe(200);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing tokens (authentication on)', () => {
  const BOT_ID = '00000000-0000-4000-8000-0000000f022d';
  const issuer = new TokenIssuer();
  const bot = new BotHarness();
  beforeAll(async () => {
    await issuer.start();
    await bot.start(
      { BOT_ID, BOT_PASSWORD: 'not-a-real-secret', ALLOWED_TENANT_IDS: '*', LOG_LEVEL: 'warn' },
      { authenticationConfig: issuer.authenticationConfig() },
    );
  });
  afterAll(async () => {
    await bot.stop();
    await issuer.stop();
  });

  it('answers any forged token with 401 and one warn line, and writes nothing', async () => {
    const segment = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/),
    );
    const header = fc.oneof(
      fc.record({
        alg: fc.constantFrom('RS256', 'HS256', 'none', 'ES256'),
        kid: fc.oneof(fc.constant(issuer.kid), fc.string()),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const payload = fc.record(
      {
        iss: fc.constantFrom('https://api.botframework.com', 'https://sts.windows.net/x/', 'evil'),
        aud: fc.oneof(fc.constant(BOT_ID), fc.string()),
        exp: fc.oneof(fc.integer(), fc.constant(Math.floor(Date.now() / 1000) + 600)),
        serviceurl: fc.oneof(fc.constant(bot.connector.url), fc.string()),
        ver: fc.constantFrom('1.0', '2.0'),
        appid: fc.string(),
      },
      { requiredKeys: [] },
    );
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const token = fc.oneof(
      fc.tuple(header, payload, segment).map(([h, p, s]) => `Bearer ${b64(h)}.${b64(p)}.${s}`),
      fc.tuple(segment, segment, segment).map((parts) => `Bearer ${parts.join('.')}`),
      fc.string({ maxLength: 100 }),
    );
    await fc.assert(
      fc.asyncProperty(token, async (authorization) => {
        const logsFrom = bot.logs.length;
        const before = await documentSnapshot(bot.db.db);
        const result = await bot.post(
          bot.activity('personal', { type: 'message', text: 'help' }),
          'application/json',
          {
            authorization,
          },
        );
        expect(result.status).toBe(401);
        expect(result.body).toEqual({ error: 'Unauthorized', message: 'Authentication failed.' });
        expect(bot.logsAtLeast(40, logsFrom)).toHaveLength(1);
        expect(await documentSnapshot(bot.db.db)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
