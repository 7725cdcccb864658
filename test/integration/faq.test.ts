import { t } from '../../src/i18n';
import { getEntry } from '../../src/knowledge';
import { BotHarness, cardOf, cardText, type Sender } from '../helpers/botHarness';
import { cardActions } from '../helpers/wizardDriver';

const BOB: Sender = { id: 'user-2', name: 'Bob Colleague', aadObjectId: 'aad-user-2' };

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
    expect(cardText(body.value).split('\n')[0]).toBe(t('en', 'faq.vote.helpful'));
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
      question: 'phone support',
      userId: 'aad-user-1',
    });
    expect(stored[0]?.at).toBeInstanceOf(Date);
  });

  it('"Not helpful" keeps the answer’s direct line and says the vote was recorded (Polish, severity B)', async () => {
    const asked = await bot.message('Jaki jest czas odpowiedzi dla istotności B?', { locale: 'pl-PL' });
    const answer = cardOf(asked.sent[0]);
    expect(cardText(answer)).toContain('pierwsza odpowiedź w ciągu 4 godzin');
    const notHelpful = cardActions(answer).find(
      (a) => a.verb === 'faq.feedback' && (a.data as { helpful?: boolean }).helpful === false,
    );
    expect(notHelpful?.data).toMatchObject({ knowledgeId: 'response.severity', severity: 'B', lang: 'pl' });

    const vote = await bot.execute('faq.feedback', notHelpful?.data ?? {}, {
      locale: 'pl-PL',
      replyToId: 'answer-b',
    });
    const after = (vote.body as InvokeBody).value;
    const text = cardText(after);
    expect(text.split('\n')[0]).toBe(t('pl', 'faq.vote.notHelpful'));
    expect(text).toContain('pierwsza odpowiedź w ciągu 4 godzin');
    expect(text).toContain(t('pl', 'faq.severityFocus.B'));
    // Not the same card again: no vote buttons, no repeated sources; related topics and a ticket instead.
    expect(text).not.toContain(t('pl', 'faq.source', { pages: '' }).slice(0, 10));
    const verbs = cardActions(after).map((a) => a.verb ?? a.data?.verb);
    expect(verbs).not.toContain('faq.feedback');
    expect(verbs).toEqual(expect.arrayContaining(['faq.ask', 'wizard.start']));
    expect(
      await bot.db.db.collection('feedback').findOne({ _id: 'answer-b:aad-user-1' as never }),
    ).toMatchObject({
      entryId: 'response.severity',
      helpful: false,
      // Kept as the report shows it: lower case, no trailing punctuation.
      question: 'jaki jest czas odpowiedzi dla istotności b',
    });
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
      ['only emoji', '🦄🔥🎉', /didn’t understand|not sure|nothing close/i],
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

describe('FAQ follow-up context: per user, expiring, never in the way (real turns, real database)', () => {
  let now = new Date('2025-03-07T10:00:00.000Z');
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  const bot = new BotHarness();
  beforeAll(() => bot.start({}, { clock: { now: () => now } }));
  afterAll(() => bot.stop());

  const titleOf = (result: { sent: Record<string, unknown>[] }) =>
    cardText(cardOf(result.sent[0])).split('\n')[0];

  it('keeps two users in one group chat apart: each follow-up reads its own asker’s topic', async () => {
    await bot.message('Is phone support available?', { kind: 'groupChat' });
    await bot.message('What does the CSP support entitlement include?', { kind: 'groupChat', from: BOB });
    // Each asks "and in Polish?": each gets their own previous answer again, in Polish.
    const ada = await bot.message('a po polsku?', { kind: 'groupChat' });
    const bob = await bot.message('a po polsku?', { kind: 'groupChat', from: BOB });
    expect(titleOf(ada)).toBe(getEntry('phone').title.pl);
    expect(titleOf(bob)).toBe(getEntry('entitlement.scope').title.pl);
    // Stored per user and conversation, not per conversation.
    expect(await bot.db.db.collection('faqFollowUps').countDocuments()).toBe(2);
  });

  it('uses a context up to 15 minutes old, and not an expired one', async () => {
    await bot.message('Is phone support available?', { kind: 'personal' });
    now = minutes(14);
    expect(titleOf(await bot.message('a po polsku?'))).toBe(getEntry('phone').title.pl);
    // The follow-up was answered too, so its 15 minutes start again now; 16 minutes later they are over.
    now = minutes(16);
    const late = await bot.message('a po polsku?');
    expect(cardText(cardOf(late.sent[0]))).not.toContain(getEntry('phone').title.pl);
    // With no answer to give again, "and in Polish?" is told how the answer's language is chosen.
    expect(titleOf(late)).toBe(t('pl', 'smallTalk.language'));
  });

  it('keeps no context for a question it could not answer, and no turn state at all', async () => {
    const before = await bot.db.db.collection('faqFollowUps').countDocuments();
    await bot.message('What is the best pizza topping?');
    expect(await bot.db.db.collection('faqFollowUps').countDocuments()).toBe(before);
    const collections = (await bot.db.db.listCollections({}, { nameOnly: true }).toArray()).map(
      (c) => c.name,
    );
    expect(collections).not.toContain('botState');
  });
});

describe('FAQ answers when the follow-up context cannot be read or written (real turns)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('still answers, and follow-ups are simply read on their own', async () => {
    // The database goes away: the follow-up store fails on every read and write.
    await bot.db.client.close();
    const first = await bot.message('Is phone support available?', { kind: 'groupChat' });
    expect(first.status).toBe(200);
    expect(cardText(cardOf(first.sent[0]))).toContain(getEntry('phone').title.en);
    const followUp = await bot.message('and for severity C?', { kind: 'groupChat' });
    expect(followUp.status).toBe(200);
    expect(cardText(cardOf(followUp.sent[0]))).toContain(t('en', 'faq.severityFocus.C'));
    for (const result of [first, followUp]) {
      expect(result.sent.map((a) => a.text)).not.toContain(t('en', 'error.generic'));
    }
  });
});
