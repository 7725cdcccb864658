import type { Lang } from '../domain/lang';

export { LANGS, type Lang } from '../domain/lang';

/**
 * Declares one namespace of user-visible text with each key's English and Polish side by side.
 * Every key needs both languages, or it fails to compile.
 */
export function defineTexts<K extends string>(texts: Record<K, Readonly<Record<Lang, string>>>) {
  const en = {} as Record<K, string>;
  const pl = {} as Record<K, string>;
  for (const key of Object.keys(texts) as K[]) {
    en[key] = texts[key].en;
    pl[key] = texts[key].pl;
  }
  return { en, pl };
}
