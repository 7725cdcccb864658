import { beginning } from '../domain/text';
import { OUTPUT_LIMITS } from '../limits';
import type { CardJson } from './render';

/** The bytes of `value` as JSON, as it is sent. */
function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * The card `build` makes with `text` on it (`show` makes it card text), whole when the card takes at
 * most OUTPUT_LIMITS.cardBytes; else with as much of its beginning as fits, "…" where it is cut and
 * `note` after it, saying so. Only the card is shortened: what it shows keeps all of the text.
 * `build` puts what it is given on the card once, as one string, so the rest of the card takes the
 * same bytes whatever that string is.
 */
export function withTextThatFits(
  text: string,
  show: (text: string) => string,
  note: string,
  build: (shown: string) => CardJson,
): CardJson {
  const shown = show(text);
  const whole = build(shown);
  const size = jsonBytes(whole);
  if (size <= OUTPUT_LIMITS.cardBytes) return whole;
  const rest = size - jsonBytes(shown);
  const shortened = (chars: number) => `${show(`${beginning(text, chars).trimEnd()}…`)}\n\n${note}`;
  let [fits, tooLong] = [0, text.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (rest + jsonBytes(shortened(middle)) <= OUTPUT_LIMITS.cardBytes) fits = middle;
    else tooLong = middle;
  }
  return build(shortened(fits));
}
