import { VERB } from '../../../../src/cards/verbs';
import { t } from '../../../../src/i18n';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { RouteHarness } from '../../../helpers/routeHarness';
import { findAction, invokeCard } from '../../../helpers/wizardDriver';

describe('welcome route: help and the welcome card', () => {
  const bot = new RouteHarness();

  it.each([
    ['help', 'en-US', 'en'],
    ['help', 'pl-PL', 'pl'],
    ['pomoc', 'en-US', 'pl'],
    ['Pomoc!', 'en-GB', 'pl'],
    ['?', 'pl-PL', 'pl'],
  ] as const)('answers "%s" (%s client) with the help card in %s', async (text, locale, lang) => {
    const result = await bot.message(text, { locale });
    expect(result.sent).toHaveLength(1);
    const card = cardOf(result.sent[0]);
    expect(card?.type).toBe('AdaptiveCard');
    expect(cardText(card)).toContain(t(lang, 'help.title'));
    expect(cardText(card)).not.toContain(t(lang === 'en' ? 'pl' : 'en', 'help.title'));
    expect(cardText(card)).toContain(t(lang, 'help.can.ticket'));
    expect(findAction(card, VERB.wizardStart)?.title).toBe(t(lang, 'help.action.newTicket'));
  });

  it('answers an @mention "help" in a team channel', async () => {
    const result = await bot.message('help', { kind: 'channel' });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('en', 'help.title'));
  });

  it('answers the help button (Action.Execute) in place, in the language of the card pressed', async () => {
    const card = invokeCard(await bot.execute(VERB.helpShow, { lang: 'pl' }, { locale: 'en-US' }));
    expect(cardText(card)).toContain(t('pl', 'help.title'));
  });

  it('welcomes with the help card when the bot is added, and not when someone else joins', async () => {
    const added = await bot.post(
      bot.activity(
        { kind: 'groupChat', locale: 'pl-PL' },
        { type: 'conversationUpdate', membersAdded: [{ id: '28:csp-bot', name: 'CSP Bot' }] },
      ),
    );
    expect(cardText(cardOf(added.sent[0]))).toContain(t('pl', 'help.title'));
    const other = await bot.post(
      bot.activity(
        { kind: 'groupChat' },
        { type: 'conversationUpdate', membersAdded: [{ id: '29:someone', name: 'Someone' }] },
      ),
    );
    expect(other.sent).toEqual([]);
  });

  it.each([
    ['Thanks!', 'en-US', 'en', 'smallTalk.thanks'],
    ['Dzięki 🙏', 'en-US', 'pl', 'smallTalk.thanks'],
    ['ok', 'pl-PL', 'pl', 'smallTalk.ack'],
    ['👍', 'en-US', 'en', 'smallTalk.ack'],
    ['Na razie!', 'en-GB', 'pl', 'smallTalk.bye'],
    ['tell me a joke', 'pl-PL', 'en', 'smallTalk.joke'],
    ['are you there?', 'en-US', 'en', 'smallTalk.presence'],
    ['talk to a human', 'en-US', 'en', 'smallTalk.human'],
    ['zamknij zgłoszenie', 'en-US', 'pl', 'smallTalk.manage'],
  ] as const)('answers the small talk "%s" (%s client) in %s', async (text, locale, lang, key) => {
    const result = await bot.message(text, { locale });
    expect(result.sent).toHaveLength(1);
    const shown = cardText(cardOf(result.sent[0]));
    expect(shown).toContain(t(lang, key));
    expect(shown).not.toContain(t(lang, 'faq.noCloseTopics'));
  });

  it.each([
    ['good morning', 'en-US', 'en'],
    ['Hej!', 'pl-PL', 'pl'],
    ['siema', 'en-US', 'pl'],
    ['I need help', 'en-US', 'en'],
    ['pomocy!', 'en-US', 'pl'],
    ['menu', 'pl-PL', 'pl'],
  ] as const)(
    'answers the greeting or plea "%s" (%s client) with the help card in %s',
    async (text, locale, lang) => {
      const result = await bot.message(text, { locale });
      expect(cardText(cardOf(result.sent[0]))).toContain(t(lang, 'help.intro'));
    },
  );

  it('answers "who are you?" with the help card', async () => {
    const result = await bot.message('Kim jesteś?', { locale: 'en-US' });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('pl', 'help.intro'));
  });

  it('leaves a question that starts with thanks to the FAQ', async () => {
    const result = await bot.message('thanks, and how fast is the first response for severity A?');
    const shown = cardText(cardOf(result.sent[0]));
    expect(shown).not.toContain(t('en', 'smallTalk.thanks'));
    expect(shown).toContain('Severity levels and initial response times');
  });
});
