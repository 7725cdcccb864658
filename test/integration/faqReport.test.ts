import { t } from '../../src/i18n';
import { getEntry } from '../../src/knowledge';
import { BotHarness, cardOf, cardText, type Sender } from '../helpers/botHarness';

const ADMIN_ID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ADMIN: Sender = { id: 'user-9', name: 'Ola Admin', aadObjectId: ADMIN_ID.toUpperCase() };
const ADA: Sender = { id: 'user-1', name: 'Ada Partner', aadObjectId: 'aad-user-1' };
const BOB: Sender = { id: 'user-2', name: 'Bob Colleague', aadObjectId: 'aad-user-2' };

describe('faq report / raport faq for bot admins (real turns, real database)', () => {
  const today = new Date('2025-03-31T12:00:00.000Z');
  let now = new Date('2025-02-01T09:00:00.000Z'); // 58 days earlier: outside the report's 30 days
  const bot = new BotHarness();

  const vote = (from: Sender, knowledgeId: string, helpful: boolean, answer: string) =>
    bot.execute(
      'faq.feedback',
      { knowledgeId, helpful, lang: 'en', question: 'q?' },
      { from, replyToId: answer },
    );

  beforeAll(async () => {
    await bot.start(
      { BOT_ADMINS: `00000000-0000-0000-0000-000000000001, ${ADMIN_ID}` },
      { clock: { now: () => now } },
    );
    // Long ago: an unanswered question and not-helpful votes the report must leave out.
    await bot.message('How do I reset a password in Entra?', { from: ADA });
    await vote(ADA, 'response.severity', false, 'old-1');
    await vote(BOB, 'response.severity', false, 'old-2');

    now = today;
    await bot.message('What’s the weather like today?', { from: ADA });
    await bot.message('what’s the weather like TODAY', { from: BOB, kind: 'groupChat' });
    await bot.message('Can you send the lunch menu to ada.nowak@contoso.com?', { from: BOB });
    await bot.message('Is phone support available?', { from: ADA }); // answered: not kept
    await vote(ADA, 'phone', false, 'a-1');
    await vote(BOB, 'phone', false, 'a-1');
    await vote(ADMIN, 'phone', true, 'a-1');
    await vote(ADA, 'entitlement.fees', false, 'a-2');
    await vote(BOB, 'response.severity', true, 'a-3');
  });
  afterAll(() => bot.stop());

  it('shows an admin the top unanswered questions and the worst-rated entries of the last 30 days', async () => {
    const result = await bot.message('faq report', { from: ADMIN });
    const card = cardOf(result.sent[0]);
    const text = cardText(card);
    expect(text).toContain(t('en', 'faq.report.title', { days: 30 }));

    const facts = (card?.body as { type: string; facts?: { title: string; value: string }[] }[])
      .filter((b) => b.type === 'FactSet')
      .map((b) => b.facts ?? []);
    const [unanswered, worst] = facts;
    // The same question asked twice, in any case and punctuation, counts as one; personal details masked.
    expect(unanswered).toEqual([
      { title: '2×', value: 'what’s the weather like today' },
      { title: '1×', value: 'can you send the lunch menu to \\[email\\]' },
    ]);
    expect(text).not.toContain('reset a password');
    expect(text).not.toContain('ada.nowak');
    // Most "not helpful" votes first; entries voted only helpful, and votes older than 30 days, are left out.
    expect(worst).toEqual([
      {
        title: getEntry('phone').title.en,
        value: t('en', 'faq.report.votes', { notHelpful: 2, helpful: 1 }),
      },
      {
        title: getEntry('entitlement.fees').title.en,
        value: t('en', 'faq.report.votes', { notHelpful: 1, helpful: 0 }),
      },
    ]);
  });

  it('answers "raport faq" in Polish', async () => {
    const result = await bot.message('raport faq', { from: ADMIN });
    const text = cardText(cardOf(result.sent[0]));
    expect(text).toContain(t('pl', 'faq.report.title', { days: 30 }));
    expect(text).toContain(t('pl', 'faq.report.unanswered'));
    expect(text).toContain(getEntry('phone').title.pl);
    expect(text).toContain(t('pl', 'faq.report.votes', { notHelpful: 2, helpful: 1 }));
  });

  it.each(['groupChat', 'channel'] as const)(
    'shows an admin who asks in a %s no report there, only where to ask for it',
    async (kind) => {
      const result = await bot.message('faq report', { from: ADMIN, kind });
      const text = cardText(cardOf(result.sent[0]));
      expect(text).toContain(t('en', 'faq.report.personalOnly'));
      expect(text).not.toContain('weather');
    },
  );

  it.each([
    ['faq report', 'en'],
    ['Raport FAQ', 'pl'],
  ] as const)(
    'refuses "%s" to a user who is not a bot admin, in %s, showing nothing',
    async (command, lang) => {
      const result = await bot.message(command, { from: ADA });
      const text = cardText(cardOf(result.sent[0]));
      expect(text).toContain(t(lang, 'faq.report.refused'));
      expect(text).not.toContain('weather');
      expect(text).not.toContain(getEntry('phone').title[lang]);
    },
  );

  it('keeps unanswered questions without names or ids of who asked', async () => {
    const docs = await bot.db.db.collection('unanswered').find({}).toArray();
    expect(docs.length).toBeGreaterThanOrEqual(3);
    for (const doc of docs) {
      expect(Object.keys(doc).sort()).toEqual(['_id', 'at', 'lang', 'question', 'suggestions']);
      expect(JSON.stringify(doc)).not.toMatch(/Ada|Bob|aad-user|contoso/);
    }
  });
});

describe('faq report with no BOT_ADMINS configured', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('refuses everyone', async () => {
    const result = await bot.message('faq report', { from: { ...ADMIN, aadObjectId: ADMIN_ID } });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('en', 'faq.report.refused'));
  });
});
