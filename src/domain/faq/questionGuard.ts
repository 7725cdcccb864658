/**
 * What the FAQ engine reads of a message, bounded before any regex, spelling correction or search sees
 * it: every word cut to MAX_WORD_LENGTH characters and at most MAX_WORDS words, the last ones (a long
 * message puts its question last). The longest word in the knowledge and the evaluation sets has 22
 * letters and the longest question 59 words, so real questions pass unchanged.
 */
export const MAX_WORD_LENGTH = 40;
export const MAX_WORDS = 80;

// Word characters as the tokenizer will see them: letters and digits, combining marks (folded away, so
// they join their neighbours) and HTML entity syntax (decoded into letters by stripMarkup).
const WORD = /[\p{L}\p{M}\p{N}&#;]+/gu;
// A word the way the tokenizer counts them (entity syntax splits): no more tokens than these runs.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function boundQuestion(text: string): string {
  let start = 0;
  const tokenStarts: number[] = [];
  for (const match of text.matchAll(TOKEN)) tokenStarts.push(match.index);
  if (tokenStarts.length > MAX_WORDS) start = tokenStarts[tokenStarts.length - MAX_WORDS] ?? 0;
  const kept = text.slice(start);
  let out = '';
  let from = 0;
  for (const match of kept.matchAll(WORD)) {
    if (match[0].length <= MAX_WORD_LENGTH) continue;
    out += kept.slice(from, match.index) + match[0].slice(0, MAX_WORD_LENGTH);
    from = match.index + match[0].length;
  }
  return from === 0 ? kept : out + kept.slice(from);
}

/** At most this many plain words, no question mark nor markup: a search by keywords, not a question. */
const KEYWORD_WORDS = 3;
const KEYWORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/** "severity", "ASfP", "response times": keywords to find a topic by, not a question to be unsure of. */
export function isKeywordSearch(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= KEYWORD_WORDS && words.every((word) => KEYWORD.test(word));
}
