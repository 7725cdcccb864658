import { Template } from 'adaptivecards-templating';
import { OMITTED_WHEN_EMPTY } from '../../src/cards/render';

/**
 * The reference the compiled card templates are held to: adaptivecards-templating (a development
 * dependency only), used as renderCard used it before templates were compiled.
 */

const prepared = new WeakMap<object, Template>();

/** `template` expanded by adaptivecards-templating with `data` as `$root`. */
export function expandWithLibrary(template: object, data: object): unknown {
  let expander = prepared.get(template);
  if (!expander) {
    expander = new Template(structuredClone(template));
    prepared.set(template, expander);
  }
  return expander.expand({ $root: data }) as unknown;
}

/**
 * Optional properties left empty, removed as the card builders removed them after the library
 * expanded a card (some clients reject e.g. `placeholder: ""`): the reference for `omitWhenEmpty`.
 */
export function withoutEmpty(node: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((element) => withoutEmpty(element, keys));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === '' && keys.includes(key)) continue;
    out[key] = withoutEmpty(value, keys);
  }
  return out;
}

/** What renderCard is held to: the library's expansion without the OMITTED_WHEN_EMPTY properties. */
export function expandAsCard(template: object, data: object): unknown {
  return withoutEmpty(expandWithLibrary(template, data), OMITTED_WHEN_EMPTY);
}
