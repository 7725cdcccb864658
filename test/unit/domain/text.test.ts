import { beginning, wellFormed } from '../../../src/domain/text';

const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify(text), 'utf8');

describe('wellFormed', () => {
  it('replaces each lone half of a surrogate pair by U+FFFD, and nothing else', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udfffa\ud83d')).toBe('\ufffda\ufffd');
    // Two halves in the wrong order are two lone halves; in the right order, one character.
    expect(wellFormed('\ude00\ud83d')).toBe('\ufffd\ufffd');
    expect(wellFormed('\ud83d\ude00 zażółć 中 "\\" \u0001')).toBe('😀 zażółć 中 "\\" \u0001');
    expect(wellFormed('')).toBe('');
  });

  it('keeps the length of what it reads, so limits in characters read the same', () => {
    const text = '\ud800x\udc00😀\ud83d';
    expect(wellFormed(text)).toHaveLength(text.length);
  });
});

describe('beginning', () => {
  it('counts the bytes of every character as JSON.stringify writes it in UTF-8', () => {
    // Every UTF-16 code unit alone (control characters, quote, backslash, lone halves included), and
    // characters of two units.
    const chars = [
      ...Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)),
      '😀',
      '\u{10FFFF}',
      '\u{10000}',
    ];
    for (const ch of chars) {
      const bytes = jsonBytes(ch);
      if (beginning(`${ch}${ch}`, 10, bytes) !== ch || beginning(ch, 10, bytes - 1) !== '')
        throw new Error(`miscounted U+${(ch.codePointAt(0) ?? 0).toString(16)}`);
    }
  });

  it('stops at the last whole character within the characters and bytes given', () => {
    expect(beginning('abcdef', 4)).toBe('abcd');
    expect(beginning('abc', 10)).toBe('abc');
    expect(beginning('😀😀😀', 3)).toBe('😀');
    expect(beginning('a😀', 2)).toBe('a');
    // Quotes count: "ab" is four bytes.
    expect(beginning('abc', 10, 4)).toBe('ab');
    expect(beginning('"\\\u0001x', 10, 2 + 2 + 2 + 6)).toBe('"\\\u0001');
    expect(beginning('ż中😀', 10, 2 + 2 + 3 + 3)).toBe('ż中');
    // Whatever the limits, what is kept is whole characters (the lone half among them is one).
    const text = '😀x😀\ud800😀';
    const wholes = [...text].map((_, i, all) => all.slice(0, i + 1).join(''));
    for (let chars = 0; chars < 12; chars++)
      for (let bytes = 2; bytes < 30; bytes++) {
        const kept = beginning(text, chars, bytes);
        expect(kept.length).toBeLessThanOrEqual(chars);
        expect(jsonBytes(kept)).toBeLessThanOrEqual(bytes);
        expect(['', ...wholes]).toContain(kept);
        // And as much of them as fits.
        const next = wholes[wholes.indexOf(kept) + 1];
        if (next) expect(next.length > chars || jsonBytes(next) > bytes).toBe(true);
      }
  });
});
