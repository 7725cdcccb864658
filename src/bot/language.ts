import type { Lang } from '../i18n';

/** The language a Teams client locale ("pl-PL", "en-US", ...) stands for; anything else gets the default. */
export function langFromLocale(locale: unknown, fallback: Lang): Lang {
  if (typeof locale !== 'string') return fallback;
  const primary = locale.slice(0, 8).toLowerCase().split(/[-_]/)[0];
  if (primary === 'pl') return 'pl';
  if (primary === 'en') return 'en';
  return fallback;
}
