import { t } from '../../src/i18n';
import { BotHarness } from '../helpers/botHarness';

describe('the privacy and terms pages the manifest links to', () => {
  it('are served in the reader’s language', async () => {
    const bot = await new BotHarness().start();
    try {
      const privacy = await fetch(bot.url('/privacy'));
      expect(privacy.status).toBe(200);
      expect(privacy.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await privacy.text()).toContain(t('en', 'page.privacy.title'));
      const terms = await fetch(bot.url('/terms'), { headers: { 'accept-language': 'pl-PL,pl;q=0.9' } });
      expect(terms.status).toBe(200);
      expect(terms.headers.get('content-language')).toBe('pl');
      expect(await terms.text()).toContain(t('pl', 'page.terms.title'));
    } finally {
      await bot.stop();
    }
  });

  it('redirect to the organization’s own pages when PRIVACY_URL and TERMS_URL are set', async () => {
    const bot = await new BotHarness().start({
      PRIVACY_URL: 'https://contoso.example.com/privacy',
      TERMS_URL: 'https://contoso.example.com/terms-of-use',
    });
    try {
      const privacy = await fetch(bot.url('/privacy'), { redirect: 'manual' });
      expect(privacy.status).toBe(302);
      expect(privacy.headers.get('location')).toBe('https://contoso.example.com/privacy');
      const terms = await fetch(bot.url('/terms'), { redirect: 'manual' });
      expect(terms.headers.get('location')).toBe('https://contoso.example.com/terms-of-use');
    } finally {
      await bot.stop();
    }
  });
});
