import { VERB } from '../../../../src/cards/verbs';
import { t } from '../../../../src/i18n';
import type { Sender } from '../../../helpers/botHarness';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { ADA, RouteHarness } from '../../../helpers/routeHarness';
import { cardActions, invokeCard, type Card } from '../../../helpers/wizardDriver';

const ADMIN: Sender = {
  id: '29:admin',
  name: 'Bot Admin',
  aadObjectId: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
};

/** The Helpful / Not helpful buttons' data: which entry the card answers with, in which language. */
const votesOf = (card: Card | undefined) =>
  cardActions(card)
    .filter((a) => a.verb === VERB.faqFeedback)
    .map((a) => a.data as { knowledgeId: string; helpful: boolean; lang: string });

describe('faq route', () => {
  let bot: RouteHarness;
  beforeEach(() => {
    bot = new RouteHarness({ BOT_ADMINS: ADMIN.aadObjectId ?? '' });
  });

  it('answers an English question in English, and remembers the topic for a follow-up', async () => {
    const card = cardOf((await bot.message('Is phone support available for CSP customers?')).sent[0]);
    expect(votesOf(card)).toEqual([
      expect.objectContaining({ knowledgeId: 'phone', helpful: true, lang: 'en' }),
      expect.objectContaining({ knowledgeId: 'phone', helpful: false, lang: 'en' }),
    ]);
    expect(cardText(card)).toMatch(/phone/i);
    expect(cardText(card)).not.toMatch(/telefon/i);
    expect([...bot.followUps.items.values()].map((i) => i.entryId)).toEqual(['phone']);
  });

  it('answers a Polish question in Polish, even from an English client', async () => {
    const card = cardOf(
      (await bot.message('Czy mogę zadzwonić do pomocy technicznej Microsoft?', { locale: 'en-US' })).sent[0],
    );
    expect(votesOf(card)[0]).toMatchObject({ knowledgeId: 'phone', lang: 'pl' });
    expect(cardText(card)).toMatch(/telefon/i);
  });

  it('follows up in context in a group chat: "and for severity C?"', async () => {
    await bot.message('How quickly will Microsoft respond to a severity A incident?', { kind: 'groupChat' });
    const text = cardText(cardOf((await bot.message('and for severity C?', { kind: 'groupChat' })).sent[0]));
    expect(text).toMatch(/Severity C/);
    expect(text).toMatch(/8 hours/);
  });

  it('says it is not sure about an unrelated question, and keeps it for the report', async () => {
    const card = cardOf((await bot.message('What is the best pizza topping?')).sent[0]);
    expect(cardText(card)).toMatch(/not sure|nothing close/i);
    expect(votesOf(card)).toEqual([]);
    expect(bot.unanswered.questions).toEqual([expect.objectContaining({ lang: 'en' })]);
  });

  it('keeps the severity an answer was about when it is asked for again in the other language', async () => {
    await bot.message('What is the response time for severity A?');
    await bot.message('and for severity C?');
    const polish = cardOf((await bot.message('a po polsku?')).sent[0]);
    expect(cardText(polish)).toContain(t('pl', 'faq.severityFocus.C'));
    expect(votesOf(polish)[0]).toMatchObject({ knowledgeId: 'response.severity', lang: 'pl', severity: 'C' });
    const english = cardOf((await bot.message('in English please')).sent[0]);
    expect(cardText(english)).toContain(t('en', 'faq.severityFocus.C'));
    // A question about another topic forgets the severity.
    await bot.message('Is phone support available?');
    const phone = cardOf((await bot.message('po polsku?')).sent[0]);
    expect(cardText(phone)).not.toContain(t('pl', 'faq.severityFocus.C'));
  });

  it('says how it chooses the language when asked for one with no answer to give again', async () => {
    const card = cardOf((await bot.message('a po polsku?', { locale: 'en-US' })).sent[0]);
    expect(cardText(card)).toContain(t('pl', 'smallTalk.language'));
  });

  it('gives the last answer again in the language asked for, and with none says how it chooses', async () => {
    const cold = cardOf((await bot.message('english please', { locale: 'pl-PL' })).sent[0]);
    expect(cardText(cold)).toContain(t('en', 'smallTalk.language'));
    await bot.message('Is phone support available?');
    const again = cardOf((await bot.message('po polsku?')).sent[0]);
    expect(votesOf(again)[0]).toMatchObject({ knowledgeId: 'phone', lang: 'pl' });
    expect(cardText(again)).toMatch(/telefon/i);
  });

  it('offers the topics of a keyword search without saying it is unsure', async () => {
    const card = cardOf((await bot.message('severity', { locale: 'en-US' })).sent[0]);
    expect(cardText(card)).toContain(t('en', 'faq.whichTopic'));
    expect(cardText(card)).not.toContain(t('en', 'faq.notSure'));
    expect(cardText(card)).toContain(t('en', 'faq.closestTopics'));
    const polish = cardOf((await bot.message('istotność', { locale: 'pl-PL' })).sent[0]);
    expect(cardText(polish)).toContain(t('pl', 'faq.whichTopic'));
    // A question is still one the bot may be unsure of.
    const question = cardOf((await bot.message('severity?')).sent[0]);
    expect(cardText(question)).not.toContain(t('en', 'faq.whichTopic'));
  });

  it('says which languages it answers when a question it cannot answer is in another language', async () => {
    const card = cardOf(
      (await bot.message('Wie eröffne ich ein Ticket für einen Kunden?', { locale: 'de-DE' })).sent[0],
    );
    expect(cardText(card)).toContain(t('en', 'faq.otherLanguage'));
    const polish = cardOf(
      (await bot.message('¿Cómo abro un ticket para un cliente?', { locale: 'pl-PL' })).sent[0],
    );
    expect(cardText(polish)).toContain(t('pl', 'faq.otherLanguage'));
    const english = cardOf((await bot.message('What is the best pizza topping?')).sent[0]);
    expect(cardText(english)).not.toContain(t('en', 'faq.otherLanguage'));
  });

  it('answers a related-topic button (Action.Submit) in the card’s language', async () => {
    const card = cardOf((await bot.submit({ verb: VERB.faqAsk, knowledgeId: 'phone', lang: 'pl' })).sent[0]);
    expect(votesOf(card)[0]).toMatchObject({ knowledgeId: 'phone', lang: 'pl' });
  });

  it('stores one vote per user and answer, the last one counting, and thanks in place', async () => {
    const vote = (helpful: boolean) =>
      bot.execute(
        VERB.faqFeedback,
        { knowledgeId: 'phone', helpful, lang: 'en', question: 'phone support?' },
        { replyToId: 'answer-1' },
      );
    const thanked = invokeCard(await vote(true));
    expect(cardText(thanked).split('\n')[0]).toBe(t('en', 'faq.vote.helpful'));
    expect(votesOf(thanked)).toEqual([]);
    await vote(false);
    expect([...bot.feedback.votes.values()]).toEqual([
      expect.objectContaining({ entryId: 'phone', helpful: false, userId: ADA.aadObjectId, locale: 'en-US' }),
    ]);
  });

  it('a vote the database refused keeps the answer and its buttons, to press again', async () => {
    bot.feedback.failing = true;
    const card = invokeCard(
      await bot.execute(
        VERB.faqFeedback,
        { knowledgeId: 'phone', helpful: true, lang: 'pl' },
        { locale: 'pl-PL' },
      ),
    );
    expect(cardText(card)).toContain(t('pl', 'faq.vote.failed'));
    expect(votesOf(card).map((v) => v.knowledgeId)).toEqual(['phone', 'phone']);
    expect(bot.feedback.votes.size).toBe(0);
  });

  it('a vote for an entry that does not exist: the invalid-action notice, nothing stored', async () => {
    const card = invokeCard(
      await bot.execute(VERB.faqFeedback, { knowledgeId: 'no.such.entry', helpful: true }),
    );
    expect(cardText(card)).toContain(t('en', 'action.invalid'));
    expect(bot.feedback.votes.size).toBe(0);
  });

  it('"faq report" is for bot admins, in a personal chat only', async () => {
    const refused = cardText(cardOf((await bot.message('faq report')).sent[0]));
    expect(refused).toContain(t('en', 'faq.report.refused'));
    const inGroup = cardText(
      cardOf((await bot.message('raport faq', { kind: 'groupChat', from: ADMIN })).sent[0]),
    );
    expect(inGroup).toContain(t('pl', 'faq.report.personalOnly'));
    await bot.message('What is the best pizza topping?');
    const report = cardText(cardOf((await bot.message('faq report', { from: ADMIN })).sent[0]));
    expect(report).toContain(t('en', 'faq.report.title', { days: 30 }));
    expect(report).toContain('what is the best pizza topping');
  });

  it('a bare @mention in a channel is answered with a hint', async () => {
    const result = await bot.message('', { kind: 'channel' });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('en', 'input.mentionOnly'));
  });
});
