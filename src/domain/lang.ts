/** The two languages the bot speaks. English is the fallback. */
export const LANGS = ['en', 'pl'] as const;
export type Lang = (typeof LANGS)[number];
