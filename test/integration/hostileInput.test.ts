import { t } from '../../src/i18n';
import { INPUT_LIMITS } from '../../src/limits';
import { BotHarness, cardOf, cardText } from '../helpers/botHarness';
import { documentCounts } from '../helpers/database';

/**
 * Input that used to cost seconds of CPU or break every turn, answered through real HTTP turns with
 * authentication off. No timing assertions (speed is measured by `npm run bench`): each test checks
 * the answer and that /healthz still answers.
 */
describe('input that costs too much (real turns)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ LOG_LEVEL: 'warn' }));
  afterAll(() => bot.stop());
  afterEach(async () => {
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
    // None of these is a bug in the bot: no turn failed.
    expect(bot.logs.filter((line) => line.msg === 'unhandled error in turn')).toEqual([]);
  });

  const textOf = (result: { sent: Record<string, unknown>[] }) => cardText(cardOf(result.sent[0]));

  it('"help" + 99,990 spaces + "x" is no command: the too-long answer, not a frozen event loop', async () => {
    const text = `help${' '.repeat(99_990)}x`;
    const result = await bot.message(text);
    expect(result.status).toBe(200);
    expect(textOf(result)).toContain(t('en', 'input.tooLong', { length: text.length, max: 10_000 }));
  });

  it('still reads a command padded with spaces, within the command length', async () => {
    const result = await bot.message(`  help${' '.repeat(150)}!  `);
    expect(textOf(result)).toContain(t('en', 'help.title'));
    const start = await bot.message(`new   ticket${' '.repeat(100)}.`);
    expect(textOf(start)).toContain(t('en', 'wizard.title'));
  });

  it('answers five of them at once, and /healthz meanwhile', async () => {
    const text = `help${' '.repeat(99_990)}x`;
    const turns = Array.from({ length: 5 }, () => bot.message(text));
    const health = await fetch(bot.url('/healthz'));
    expect(health.status).toBe(200);
    for (const result of await Promise.all(turns)) expect(result.status).toBe(200);
  });

  it.each([
    ['one 9,999-character word', 'x'.repeat(9_999)],
    ['one word of 4,999 letters with combining accents', 'a\u0301'.repeat(4_999)],
    ['9,999 "<" (markup that never closes)', '<'.repeat(9_999)],
    ['a word spelt in 1,999 HTML entities', '&#97;'.repeat(1_999)],
  ])('answers %s with a card saying it found no topic', async (_name, text) => {
    const result = await bot.message(text);
    expect(result.status).toBe(200);
    expect(result.sent).toHaveLength(1);
    const shown = textOf(result);
    const unsure = ['faq.notSure', 'faq.noCloseTopics', 'fallback.notUnderstood'] as const;
    expect(unsure.some((key) => shown.includes(t('en', key)))).toBe(true);
  });

  it('answers 2,000 different words with one card', async () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `w${(i * 7919).toString(36)}`).join(' ');
    const result = await bot.message(words);
    expect(result.status).toBe(200);
    expect(result.sent).toHaveLength(1);
    expect(textOf(result)).not.toContain(t('en', 'error.generic'));
  });

  it('answers a question holding an entity past the last code point', async () => {
    const result = await bot.message('Is there &#99999999; phone support in CSP?');
    expect(result.status).toBe(200);
    expect(textOf(result)).not.toContain(t('en', 'error.generic'));
  });

  it('still answers a long question whose last words ask it', async () => {
    const context = 'We have a customer with many subscriptions and a lot of history. '.repeat(30);
    const result = await bot.message(`${context} Is there phone support in CSP?`);
    expect(textOf(result)).toMatch(/phone/i);
  });
});

describe('activities the envelope refuses (real HTTP, nothing written)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  async function refused(activity: Record<string, unknown>): Promise<string[]> {
    const before = await documentCounts(bot.db.db);
    const result = await bot.post(activity);
    expect(result.status).toBe(400);
    expect(result.sent).toHaveLength(0);
    expect(await documentCounts(bot.db.db)).toEqual(before);
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
    return (result.body as { problems: string[] }).problems;
  }

  it.each([{}, 42, ['en-US'], null])(
    'refuses a locale that is not a string (%j) with a clear 400',
    async (locale) => {
      const problems = await refused(bot.activity('personal', { type: 'message', text: 'help', locale }));
      expect(problems).toEqual([expect.stringMatching(/^locale: /)]);
    },
  );

  it.each([600, 2_048])(
    'refuses a conversation.id of %i characters with a 400 that names it',
    async (length) => {
      const activity = bot.activity('personal', { type: 'message', text: 'help' });
      const problems = await refused({
        ...activity,
        conversation: { id: 'c'.repeat(length), conversationType: 'personal', tenantId: 'tenant-1' },
      });
      expect(problems).toEqual([
        `conversation.id: String must contain at most ${INPUT_LIMITS.idChars} character(s)`,
      ]);
    },
  );

  it('refuses card data over the size limit, and an adaptiveCard/action that is no Action.Execute', async () => {
    await refused(
      bot.activity('personal', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'wizard.next', data: { x: 'y'.repeat(70_000) } } },
      }),
    );
    const problems = await refused(
      bot.activity('personal', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { verb: 'x' } },
      }),
    );
    expect(problems.join()).toContain('value.action.type');
  });

  it('takes the longest ids the envelope allows, and remembers the FAQ topic for them', async () => {
    const id = (prefix: string) => prefix + 'x'.repeat(INPUT_LIMITS.idChars - prefix.length);
    const activity = bot.activity('personal', {
      type: 'message',
      text: 'Is there phone support in CSP?',
      from: { id: id('29:'), name: 'n'.repeat(INPUT_LIMITS.nameChars), aadObjectId: id('aad-') },
      recipient: { id: '2'.repeat(INPUT_LIMITS.botIdChars), name: 'CSP Bot' },
      conversation: { id: id('a:'), conversationType: 'personal', tenantId: 'tenant-1' },
    });
    const result = await bot.post(activity);
    expect(result.status).toBe(200);
    expect(cardText(cardOf(result.sent[0]))).not.toContain(t('en', 'error.generic'));
    // The FAQ topic is remembered for follow-ups (written after the answer went out).
    const followUps = bot.db.db.collection('faqFollowUps');
    for (let i = 0; i < 40 && (await followUps.countDocuments()) === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await followUps.findOne({})).toMatchObject({ entryId: 'phone' });
  });
});
