import { compileTemplate, type CompiledTemplate } from './cardTemplate';

/** An Adaptive Card as plain JSON, ready to be wrapped in an attachment. */
export interface CardJson {
  type: 'AdaptiveCard';
  [key: string]: unknown;
}

const compiled = new WeakMap<object, CompiledTemplate>();

/** Optional properties no card keeps empty, since some clients reject them (e.g. `placeholder: ""`). */
export const OMITTED_WHEN_EMPTY: readonly string[] = ['placeholder', 'errorMessage'];

/**
 * Expands an Adaptive Card template (https://adaptivecards.io/templating) with `data`, as
 * adaptivecards-templating does (see cardTemplate.ts for the part of the language supported),
 * leaving out the OMITTED_WHEN_EMPTY properties that came out empty.
 * The template object is never modified; it is compiled on first use, once per template.
 * A field missing from `data` stays visible as `${field}`, so card tests catch incomplete view models.
 */
export function renderCard(template: object, data: object): CardJson {
  let expand = compiled.get(template);
  if (!expand) {
    expand = compileTemplate(template, { omitWhenEmpty: OMITTED_WHEN_EMPTY });
    compiled.set(template, expand);
  }
  return expand(data) as CardJson;
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|>~<&]/g;

/**
 * Makes user-supplied text safe to show in a TextBlock, which renders a markdown subset:
 * every markdown or HTML-significant character is shown as itself, never as markup.
 */
export function asPlainText(text: string): string {
  // CommonMark lets a backslash escape any ASCII punctuation, so this renders the text verbatim.
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Like asPlainText, for text the user wrote on several lines (a description): each line stays a line.
 * Teams joins lines a TextBlock or fact separates with a single line break, so they are joined with a
 * blank line; runs of blank lines collapse to one.
 */
export function asPlainLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(asPlainText)
    .join('\n\n');
}
