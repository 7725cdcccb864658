/** Text as the bot keeps it and puts it on cards, whatever a client sent. */

/** A lone half of a surrogate pair: with the `u` flag, \p{Cs} matches no half that is part of a pair. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * `text` with each lone half of a surrogate pair replaced by U+FFFD, as String.prototype.toWellFormed
 * does. Such a half is no character anyone can type again (it is what is left of one, an emoji cut
 * in two), the database cannot store it (BSON strings are UTF-8: the driver writes U+FFFD in its
 * place), and on a card it takes six bytes ("\ud800"). Replaced where text comes in, what is checked
 * and shown is what is stored, and the user sees where a character was broken.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The bytes one character (`code`: a code point, or a lone half of a pair) takes inside a JSON
 * string in UTF-8, as JSON.stringify writes it: quote, backslash and the usual control characters
 * escaped in two, other control characters and lone halves of pairs as "\u0001" in six.
 */
function jsonCharBytes(code: number): number {
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x20) return [0x08, 0x09, 0x0a, 0x0c, 0x0d].includes(code) ? 2 : 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 6;
  return code < 0x10000 ? 3 : 4;
}

/**
 * The longest beginning of `text` of at most `chars` UTF-16 code units that takes at most `jsonBytes`
 * bytes as a JSON string (quotes included), never ending on half of a surrogate pair.
 */
export function beginning(text: string, chars: number, jsonBytes = Infinity): string {
  let end = 0;
  let bytes = 2;
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0;
    const units = code > 0xffff ? 2 : 1;
    if (end + units > chars) break;
    bytes += jsonCharBytes(code);
    if (bytes > jsonBytes) break;
    end += units;
  }
  return text.slice(0, end);
}
