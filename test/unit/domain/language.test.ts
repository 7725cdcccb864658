import { detectLanguage, localeToLang } from '../../../src/domain/language';

describe('detectLanguage', () => {
  it.each([
    ['Jak szybko dostanę pierwszą odpowiedź?', 'en-US'],
    ['jak szybko dostane odpowiedz', 'en-US'],
    ['czy moge zadzwonic do microsoftu', 'en-US'],
    ['kto zglasza problem klienta', undefined],
    ['a dla B?', 'en-US'],
    ['oplata za support azure', 'en-US'],
  ])('reads %j as Polish whatever the locale', (text, locale) => {
    expect(detectLanguage(text, locale)).toBe('pl');
  });

  it.each([
    ['How quickly will I get an initial response?', 'pl-PL'],
    ['Can I call Microsoft?', 'pl-PL'],
    ['what about B?', 'pl-PL'],
    ['and for severity C?', 'pl-PL'],
  ])('reads %j as English whatever the locale', (text, locale) => {
    expect(detectLanguage(text, locale)).toBe('en');
  });

  it.each([
    ['CSP?', 'pl-PL', 'pl'],
    ['CSP?', 'en-US', 'en'],
    ['Azure', 'pl', 'pl'],
    ['😀', 'pl-PL', 'pl'],
    ['😀', undefined, 'en'],
    ['', 'pl_PL', 'pl'],
  ] as const)('lets the locale break the tie for %j (%s)', (text, locale, expected) => {
    expect(detectLanguage(text, locale)).toBe(expected);
  });
});

describe('localeToLang', () => {
  it('maps Polish locales to pl and everything else to en', () => {
    expect(localeToLang('pl-PL')).toBe('pl');
    expect(localeToLang('PL')).toBe('pl');
    expect(localeToLang('en-GB')).toBe('en');
    expect(localeToLang('plx')).toBe('en');
    expect(localeToLang(undefined)).toBe('en');
  });
});
