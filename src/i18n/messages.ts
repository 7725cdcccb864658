/** The two languages the bot speaks. English is the fallback. */
export const LANGS = ['en', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Declares one namespace of user-visible text. Both languages must have exactly the same keys:
 * the key type is inferred from both tables, so a key missing in either one fails to compile.
 * Placeholders are written `{name}` and filled by `t()`.
 */
export function defineMessages<K extends string>(tables: { en: Record<K, string>; pl: Record<K, string> }) {
  return tables;
}

/**
 * Declares one namespace with each key's English and Polish text side by side, which keeps a pair
 * together when it is written or changed. Gives the same tables as defineMessages().
 */
export function defineBilingual<K extends string>(pairs: Record<K, { en: string; pl: string }>) {
  const en = {} as Record<K, string>;
  const pl = {} as Record<K, string>;
  for (const key of Object.keys(pairs) as K[]) {
    en[key] = pairs[key].en;
    pl[key] = pairs[key].pl;
  }
  return defineMessages({ en, pl });
}
