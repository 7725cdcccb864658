import { pageLanguage, renderInfoPage } from '../../../src/bot/pages';
import { t } from '../../../src/i18n';

describe('privacy and terms pages', () => {
  it('pick the reader’s language from Accept-Language, weights included', () => {
    expect(pageLanguage('pl-PL,pl;q=0.9,en;q=0.8', 'en')).toBe('pl');
    expect(pageLanguage('de-DE,en;q=0.5,pl;q=0.7', 'en')).toBe('pl');
    expect(pageLanguage('en-GB', 'pl')).toBe('en');
    expect(pageLanguage('de-DE', 'pl')).toBe('pl');
    expect(pageLanguage(undefined, 'en')).toBe('en');
    expect(pageLanguage('pl;q=0', 'en')).toBe('en');
  });

  it('render every paragraph of the localized text', () => {
    const html = renderInfoPage('privacy', 'pl');
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain(`<h1>${t('pl', 'page.privacy.title')}</h1>`);
    const paragraphs = t('pl', 'page.privacy.body').split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(html.match(/<p>/g)).toHaveLength(paragraphs.length);
    expect(renderInfoPage('terms', 'en')).toContain(t('en', 'page.terms.title'));
  });
});
