import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, isOtherLanguage, localeToLang } from '../../../src/domain/language';

describe('detectLanguage', () => {
  it.each([
    ['Jak szybko dostanę pierwszą odpowiedź?', 'en-US'],
    ['jak szybko dostane odpowiedz', 'en-US'],
    ['czy moge zadzwonic do microsoftu', 'en-US'],
    ['kto zglasza problem klienta', undefined],
    ['a dla B?', 'en-US'],
    ['oplata za support azure', 'en-US'],
    // English jargon, Polish grammar
    ['jak szybko first response na severity A?', 'en-US'],
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

describe('isOtherLanguage', () => {
  it.each([
    'Wie eröffne ich ein Ticket für einen Kunden?',
    '¿Cómo abro un ticket para un cliente?',
    'Comment ouvrir un ticket pour un client ?',
    'Come posso aprire un ticket per il cliente?',
    'Hoe open ik een ticket voor een klant?',
    'Как открыть заявку для клиента?',
    // short questions: a German question word or a Spanish ¿ with one more word of the language
    'Wie lange dauert die Antwort?',
    '¿Cuánto tarda la respuesta para severidad A?',
  ])('reads %j as neither English nor Polish', (text) => {
    expect(isOtherLanguage(text)).toBe(true);
  });

  it.each([
    'die Kunden',
    'CSP?',
    '',
    'Czy de facto mogę to zgłosić?',
    'Is the SLA per la carte?',
    '¿severity A?',
  ])('does not read %j as another language', (text) => {
    expect(isOtherLanguage(text)).toBe(false);
  });

  it('reads none of the English and Polish evaluation questions as another language', () => {
    const dir = join(__dirname, '../../fixtures');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(dir, f)),
      ...['faq-gate', 'faq-holdout']
        .filter((sub) => existsSync(join(dir, sub)))
        .flatMap((sub) =>
          readdirSync(join(dir, sub))
            .filter((f) => f.endsWith('.jsonl'))
            .map((f) => join(dir, sub, f)),
        ),
    ];
    const texts = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(texts.length).toBeGreaterThan(2000);
    expect(texts.filter(isOtherLanguage)).toEqual([]);
  });
});
