import {
  analyze,
  foldDiacritics,
  hasWords,
  normalizeTerm,
  stemPolish,
  stripMarkup,
  tokenize,
} from '../../../../src/domain/faq/normalize';

describe('foldDiacritics', () => {
  it('folds every Polish letter and lower-cases', () => {
    expect(foldDiacritics('ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż')).toBe('acelnoszz acelnoszz');
    expect(foldDiacritics('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });
});

describe('stripMarkup and tokenize', () => {
  it('drops mentions, tags, entities and markdown but keeps the words', () => {
    expect(
      tokenize(stripMarkup('<at>CSP Bot</at> **Is** <b>phone</b> support&nbsp;[offered](https://x.y)?')),
    ).toEqual(['is', 'phone', 'support', 'offered']);
  });

  it('knows when nothing readable is left', () => {
    expect(hasWords('<at>Bot</at>')).toBe(false);
    expect(hasWords('🙂🙂 !!! ***')).toBe(false);
    expect(hasWords('<p><br/></p>')).toBe(false);
    expect(hasWords('B?')).toBe(true);
  });
});

describe('Polish stemming', () => {
  it.each([
    [['zgłoszenie', 'zgłoszenia', 'zgłoszeniu', 'zgłoszeń', 'zgłoszeniem']],
    [['klient', 'klienta', 'klientowi', 'klientów', 'klientem']],
    [['subskrypcja', 'subskrypcji', 'subskrypcje', 'subskrypcją']],
    [['ważność', 'ważności', 'waznosc']],
    [['portal', 'portalu', 'portalem']],
  ])('brings %j to one term', (forms) => {
    const terms = new Set(forms.map((form) => normalizeTerm(form, 'pl')));
    expect(terms.size).toBe(1);
  });

  it('leaves short words alone', () => {
    expect(stemPolish('plan')).toBe('plan');
  });
});

describe('English stemming and synonyms', () => {
  it('meets inflected forms and interchangeable words', () => {
    expect(normalizeTerm('escalating', 'en')).toBe(normalizeTerm('escalation', 'en'));
    expect(normalizeTerm('tickets', 'en')).toBe(normalizeTerm('ticket', 'en'));
    expect(normalizeTerm('client', 'en')).toBe(normalizeTerm('customers', 'en'));
    expect(normalizeTerm('telephone', 'en')).toBe(normalizeTerm('phone', 'en'));
    expect(normalizeTerm('zadzwonić', 'pl')).toBe(normalizeTerm('telefonicznie', 'pl'));
    expect(normalizeTerm('bilet', 'pl')).toBe(normalizeTerm('zgłoszenie', 'pl'));
  });

  it('drops stop words per language', () => {
    expect(analyze('How do I get the phone support?', 'en')).toEqual(['phone', 'support']);
    expect(analyze('Czy jest pomoc telefoniczna?', 'pl')).toEqual(['pomoc', 'telefon']);
  });

  it('applies a correction before stemming', () => {
    expect(analyze('custmer', 'en', (token) => (token === 'custmer' ? 'customer' : token))).toEqual([
      'custom',
    ]);
  });
});
