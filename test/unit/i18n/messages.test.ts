import { LANGS, messageTables, t } from '../../../src/i18n';

describe('message catalogs', () => {
  it('have the same keys in every language, none empty', () => {
    const [first, ...rest] = LANGS.map((lang) => Object.keys(messageTables[lang]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(messageTables[lang])) {
        expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(messageTables.en)) {
      const names = (text: string | undefined) =>
        [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(messageTables.pl[key])]).toEqual([key, names(messageTables.en[key])]);
    }
  });

  it('never call CSP a cryptographic service provider in Polish', () => {
    for (const text of Object.values(messageTables.pl)) expect(text).not.toMatch(/kryptograficzn/i);
  });

  it('fills placeholders', () => {
    expect(t('en', 'input.tooLong', { length: 12001, max: 10000 })).toBe(
      'That message is too long (12001 characters). Please keep it under 10000 characters.',
    );
  });
});
