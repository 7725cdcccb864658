import { BotHarness, cardOf, cardText } from '../helpers/botHarness';
import { cardActions } from '../helpers/wizardDriver';

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> };

describe('FAQ answering (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('answers an English question in English with the matching entry, steps, links and feedback buttons', async () => {
    const result = await bot.message('Is phone support available for CSP customers?');
    const card = cardOf(result.sent[0]);
    const text = cardText(card);
    expect(text).toMatch(/phone/i);
    expect(text).not.toMatch(/telefon/i);
    const verbs = cardActions(card).map((a) => a.verb ?? a.data?.verb);
    expect(verbs).toEqual(expect.arrayContaining(['faq.feedback', 'wizard.start']));
  });

  it('answers a Polish question in Polish even when the Teams client is English', async () => {
    const result = await bot.message('Czy mogę zadzwonić do pomocy technicznej Microsoft?', {
      locale: 'en-US',
    });
    const text = cardText(cardOf(result.sent[0]));
    expect(text).toMatch(/telefon/i);
    expect(text).not.toMatch(/kryptograficzn/i);
  });

  it('answers Polish written without diacritics', async () => {
    const result = await bot.message('jak szybko dostane pierwsza odpowiedz od microsoftu', {
      locale: 'pl-PL',
    });
    expect(cardText(cardOf(result.sent[0]))).toMatch(/godzin/);
  });

  it('follows up in context: "and for severity C?" after a response-time answer', async () => {
    await bot.message('How quickly will Microsoft respond to a severity A incident?', { kind: 'groupChat' });
    const followUp = await bot.message('and for severity C?', { kind: 'groupChat' });
    const text = cardText(cardOf(followUp.sent[0]));
    expect(text).toMatch(/Severity C/);
    expect(text).toMatch(/8 hours/);
  });

  it('follows up in Polish: "a dla B?"', async () => {
    await bot.message('Jakie są poziomy ważności zgłoszeń?', { locale: 'pl-PL' });
    const followUp = await bot.message('a dla B?', { locale: 'pl-PL' });
    expect(cardText(cardOf(followUp.sent[0]))).toMatch(/Istotność B.*4 godzin/s);
  });

  it('says it does not know an unrelated question, offering a ticket and help instead of a wrong answer', async () => {
    const result = await bot.message('What is the best pizza topping?');
    const card = cardOf(result.sent[0]);
    expect(cardText(card)).toMatch(/not sure|nothing close/i);
    expect(cardActions(card).map((a) => a.verb ?? a.data?.verb)).toEqual(
      expect.arrayContaining(['wizard.start', 'help.show']),
    );
  });

  it('answers an @mention in a channel, replying in the thread', async () => {
    const result = await bot.message('What does the CSP support entitlement include?', { kind: 'channel' });
    expect(result.sent).toHaveLength(1);
    expect(bot.connector.calls.at(-1)?.conversationId).toContain(';messageid=');
  });

  it('shows an entry when a related-topic button is pressed (Action.Submit)', async () => {
    const result = await bot.submit({ verb: 'faq.ask', knowledgeId: 'phone', lang: 'pl' });
    expect(cardText(cardOf(result.sent[0]))).toMatch(/telefon/i);
  });

  it('stores Helpful / Not helpful with entry, locale, question and user, and thanks the user in place', async () => {
    const vote = await bot.execute(
      'faq.feedback',
      { knowledgeId: 'phone', helpful: true, lang: 'en', question: 'phone support?' },
      { replyToId: 'answer-1' },
    );
    const body = vote.body as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/Thanks for the feedback/);
    expect(cardActions(body.value).some((a) => a.verb === 'faq.feedback')).toBe(false);
    await bot.execute(
      'faq.feedback',
      { knowledgeId: 'phone', helpful: false, lang: 'en', question: 'phone support?' },
      { replyToId: 'answer-1' },
    );
    const stored = await bot.db.db.collection('feedback').find({}).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      entryId: 'phone',
      helpful: false,
      locale: 'en-US',
      question: 'phone support?',
      userId: 'aad-user-1',
    });
    expect(stored[0]?.at).toBeInstanceOf(Date);
  });

  it.each([
    [{ knowledgeId: 'phone', helpful: 'yes' }],
    [{ knowledgeId: { $gt: '' }, helpful: true }],
    [{ knowledgeId: 'no.such.entry', helpful: true }],
  ])('rejects a malformed vote %j with a clear card and stores nothing', async (data) => {
    const before = await bot.db.db.collection('feedback').countDocuments();
    const vote = await bot.execute('faq.feedback', data);
    expect(cardText((vote.body as InvokeBody).value)).toMatch(/couldn’t read the data/);
    expect(await bot.db.db.collection('feedback').countDocuments()).toBe(before);
  });

  describe('bad input: a clear reply, nothing stored', () => {
    it.each([
      ['an empty message', '   ', /empty/],
      ['only emoji', '🙂🙂🙂', /didn’t understand|not sure|nothing close/i],
      ['markup', '<script>alert(1)</script> **bold**', /not sure|nothing close|didn’t understand/i],
    ])('%s', async (_name, text, expected) => {
      const before = await bot.db.db.collection('feedback').countDocuments();
      const result = await bot.message(text);
      expect(result.status).toBe(200);
      expect(cardText(cardOf(result.sent[0]))).toMatch(expected);
      expect(JSON.stringify(result.sent[0])).not.toContain('<script>');
      expect(await bot.db.db.collection('feedback').countDocuments()).toBe(before);
    });

    it('text over 10,000 characters', async () => {
      const result = await bot.message('phone support '.repeat(800));
      expect(cardText(cardOf(result.sent[0]))).toMatch(/too long \(11200 characters\)/);
    });

    it('a bare @mention in a group chat', async () => {
      const result = await bot.message('', { kind: 'groupChat' });
      expect(cardText(cardOf(result.sent[0]))).toMatch(/mentioned me without a question/);
    });
  });
});
