import { FIELDS } from '../../../src/domain/wizard/fields';
import { LANGS, messageTables, pluralOf, t } from '../../../src/i18n';

/** The Polish form of "characters" a count takes: 2–4 (not 12–14) "znaki", 1 "znak", else "znaków". */
function polishCharacters(n: number): string {
  if (n === 1) return 'znak';
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? 'znaki' : 'znaków';
}

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

  it('in Polish, put every length limit of the wizard with a noun that agrees with it', () => {
    const limits = Object.values(FIELDS).flatMap((field) => (field.maxLength ? [field.maxLength] : []));
    // The phone's 32, the domain's 253 and the email's 254 take "znaki", not "znaków".
    expect(limits).toEqual(expect.arrayContaining([32, 253, 254]));
    for (const max of limits) {
      const text = t('pl', 'wizard.error.tooLong', { max });
      for (const form of ['znak', 'znaki', 'znaków']) {
        if (form !== polishCharacters(max))
          expect(text).not.toMatch(new RegExp(`(?<!\\d)${max} ${form}(?!\\p{L})`, 'u'));
      }
    }
  });

  it('says which form a noun takes after a count: in Polish 1, 2–4 (not 12–14) and the rest differ', () => {
    expect([1, 2, 5, 21, 100].map((n) => pluralOf('en', n))).toEqual([
      'one',
      'other',
      'other',
      'other',
      'other',
    ]);
    expect([1, 2, 4, 5, 12, 14, 21, 22, 24, 25, 102, 112].map((n) => pluralOf('pl', n))).toEqual([
      'one',
      'few',
      'few',
      'many',
      'many',
      'many',
      'many',
      'few',
      'few',
      'many',
      'few',
      'many',
    ]);
    // The Polish noun agrees with the count, as "znak" does in polishCharacters.
    const people: Record<string, string> = { znak: 'osoba', znaki: 'osoby', znaków: 'osób' };
    for (const n of [1, 2, 3, 4, 5, 11, 12, 13, 14, 21, 22, 23, 24, 25, 101, 102, 112, 122]) {
      const text = t('pl', `edit.changedBy.more.${pluralOf('pl', n)}`, { names: 'A', count: n });
      expect(text).toBe(`A i jeszcze ${n} ${people[polishCharacters(n)]}`);
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'input.tooLong', { length: 12001, max: 10000 })).toBe(
      'That message is too long (12001 characters). Please keep it under 10000 characters.',
    );
  });
});
