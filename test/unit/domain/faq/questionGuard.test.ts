import {
  boundQuestion,
  isKeywordSearch,
  MAX_WORD_LENGTH,
  MAX_WORDS,
} from '../../../../src/domain/faq/questionGuard';
import { tokenize, stripMarkup } from '../../../../src/domain/faq/normalize';

const tokensOf = (text: string) => tokenize(stripMarkup(boundQuestion(text)));

describe('boundQuestion', () => {
  it('leaves a real question as it is', () => {
    const question = 'Jak długo czekać na odpowiedź przy zgłoszeniu o ważności A, gdy klient ma CSP?';
    expect(boundQuestion(question)).toBe(question);
  });

  it.each([
    ['one long word', 'x'.repeat(9_999)],
    ['a word with combining accents', 'a\u0301'.repeat(4_999)],
    ['a word spelt in entities', '&#97;'.repeat(1_999)],
    ['letters joined by entities', `${'a'.repeat(39)}&#97;`.repeat(200)],
  ])('cuts %s to MAX_WORD_LENGTH once decoded', (_name, text) => {
    const tokens = tokensOf(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
  });

  it.each([
    ['many words', 'custmer phnoe '.repeat(2_000)],
    ['words split by entities', 'ab&#32;'.repeat(1_400)],
    ['one-letter sentences', 'a. '.repeat(3_000)],
  ])('keeps at most MAX_WORDS tokens of %s, the last ones', (_name, text) => {
    expect(tokensOf(text).length).toBeLessThanOrEqual(MAX_WORDS);
    expect(tokensOf(`${text} phone`).at(-1)).toBe('phone');
  });
});

describe('isKeywordSearch', () => {
  it.each(['severity', 'ASfP', 'response times', "partner center's fees", 'czas odpowiedzi'])(
    'reads %j as keywords',
    (text) => {
      expect(isKeywordSearch(text)).toBe(true);
    },
  );

  it.each(['severity?', 'how fast is severity A', '<script>alert(1)</script> **bold**', '', '🦄🔥'])(
    'reads %j as no keyword search',
    (text) => {
      expect(isKeywordSearch(text)).toBe(false);
    },
  );
});
