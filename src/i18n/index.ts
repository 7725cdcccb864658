import { access } from './access';
import { common } from './common';
import { decision } from './decision';
import { faq } from './faq';
import { faqFeedback } from './faqFeedback';
import { fields } from './fields';
import { pages } from './pages';
import { quickStart } from './quickStart';
import { ticketChanges } from './ticketChanges';
import { ticket } from './ticket';
import { wizard } from './wizard';
import type { Lang } from './messages';

export { LANGS, type Lang } from './messages';

/** Every namespace of user-visible text, merged. Add a namespace here when you add a file. */
const catalogs = [
  access,
  common,
  wizard,
  decision,
  ticket,
  faq,
  faqFeedback,
  fields,
  ticketChanges,
  pages,
  quickStart,
] as const;

type KeysOf<C> = C extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof catalogs)[number]>;

const tables: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, ...catalogs.map((c) => c.en)),
  pl: Object.assign({}, ...catalogs.map((c) => c.pl)),
};

/** Every message key, for completeness tests. */
export const messageTables: Readonly<Record<Lang, Readonly<Record<string, string>>>> = tables;

/** Localized text for `key`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = tables[lang][key] ?? tables.en[key] ?? key;
  // Most messages have no placeholder: no pattern to run over them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  pl: new Intl.PluralRules('pl'),
};

/**
 * The form a noun takes after `count` in `lang`, for keys that end in it: English has "one" and
 * "other"; Polish "one" (1), "few" (2–4, 22–24, not 12–14), "many" (5–21, 25…) and "other" (fractions).
 */
export function pluralOf(lang: Lang, count: number): PluralCategory {
  const category = pluralRules[lang].select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}
