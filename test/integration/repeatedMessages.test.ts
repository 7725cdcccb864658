import { t } from '../../src/i18n';
import { BotHarness, cardOf, cardText } from '../helpers/botHarness';

/**
 * Teams delivers a message again when its answer was slow or failed (the same activity, same id):
 * real HTTP turns on the real database, each message answered once.
 */
describe('a message Teams delivers twice (real turns)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ LOG_LEVEL: 'warn' }));
  afterAll(() => bot.stop());

  const message = (text: string, id: string, conversation = 'personal') =>
    bot.activity(conversation === 'personal' ? 'personal' : 'groupChat', {
      type: 'message',
      id,
      text,
      entities: [],
    });

  it('"new ticket" delivered twice opens one draft and sends one wizard card', async () => {
    const drafts = bot.db.db.collection('drafts');
    const before = await drafts.countDocuments();
    const activity = message('new ticket', 'repeat-1');
    const first = await bot.post(activity);
    const again = await bot.post(activity);
    expect(first.status).toBe(200);
    expect(cardText(cardOf(first.sent[0]))).toContain(t('en', 'wizard.title'));
    expect(again.status).toBe(200);
    expect(again.sent).toEqual([]);
    expect(await drafts.countDocuments()).toBe(before + 1);
  });

  it('the same id twice at once is answered once', async () => {
    const activity = message('Is there phone support in CSP?', 'repeat-2');
    const results = await Promise.all([bot.post(activity), bot.post(activity)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const replies = bot.connector.calls.filter((c) => c.method === 'POST' && c.activityId === 'repeat-2');
    expect(replies).toHaveLength(1);
  });

  it('another message, or the same id in another conversation, is answered', async () => {
    const first = await bot.post(message('help', 'repeat-3'));
    const other = await bot.post(message('help', 'repeat-4'));
    const elsewhere = await bot.post(message('help', 'repeat-3', 'group'));
    for (const result of [first, other, elsewhere]) expect(result.sent).toHaveLength(1);
  });

  it('card actions are not held back: the same invoke twice is answered twice', async () => {
    const invoke = bot.activity('personal', {
      type: 'invoke',
      id: 'repeat-5',
      name: 'adaptiveCard/action',
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', verb: 'help.show', data: {} }, trigger: 'manual' },
    });
    const first = await bot.post(invoke);
    const again = await bot.post(invoke);
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });
});
