import { t } from '../../../../src/i18n';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { RouteHarness } from '../../../helpers/routeHarness';
import { invokeCard } from '../../../helpers/wizardDriver';

describe('unknown card actions', () => {
  let bot: RouteHarness;
  beforeEach(async () => {
    bot = new RouteHarness();
    await bot.message('new ticket');
  });

  it.each([
    ['en-US', undefined, 'en'],
    ['pl-PL', undefined, 'pl'],
    ['en-US', 'pl', 'pl'],
    ['pl-PL', 'en', 'en'],
  ] as const)(
    'an Action.Execute with a verb nobody handles (%s client, %s card) gets the unknown-action card in %s, nothing changed',
    async (locale, cardLang, lang) => {
      const before = bot.snapshot();
      const draftId = [...bot.drafts.drafts.keys()][0];
      const result = await bot.execute(
        'wizard.skipToEnd',
        { draftId, draftRev: 0, step: 'role', ...(cardLang && { lang: cardLang }) },
        { locale },
      );
      expect(result.status).toBe(200);
      const card = invokeCard(result);
      expect(cardText(card)).toContain(t(lang, 'action.failedTitle'));
      expect(cardText(card)).toContain(t(lang, 'action.unknown'));
      expect(bot.snapshot()).toEqual(before);
      expect(bot.logs).toContainEqual(
        expect.objectContaining({ verb: 'wizard.skipToEnd', msg: 'unknown card verb' }),
      );
    },
  );

  it('an Action.Submit without a known verb gets the same card as a message', async () => {
    const before = bot.snapshot();
    const result = await bot.submit({ verb: 'faq.teleport', knowledgeId: 'phone' }, { locale: 'pl-PL' });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('pl', 'action.unknown'));
    expect(bot.snapshot()).toEqual(before);
  });
});
