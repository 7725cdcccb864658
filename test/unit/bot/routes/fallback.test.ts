import { t } from '../../../../src/i18n';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { RouteHarness } from '../../../helpers/routeHarness';

describe('fallback: a message with nothing to answer', () => {
  it('an attachment without text gets the help card saying it did not understand', async () => {
    const bot = new RouteHarness();
    const result = await bot.post(
      bot.activity(
        { locale: 'pl-PL' },
        {
          type: 'message',
          attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/a.png' }],
        },
      ),
    );
    const text = cardText(cardOf(result.sent[0]));
    expect(text).toContain(t('pl', 'fallback.notUnderstood'));
    expect(text).toContain(t('pl', 'help.title'));
  });
});
