import { Template } from 'adaptivecards-templating';

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
