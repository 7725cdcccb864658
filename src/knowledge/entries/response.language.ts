import type { EntryContent } from '../schema';

/**
 * What the bot says for `response.language`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/response.language.ts.
 */
export const content: EntryContent = {
  id: 'response.language',
  title: {
    en: 'Response times and support language',
    pl: 'Czasy odpowiedzi a język pomocy technicznej',
  },
  answer: {
    en: 'The initial response times apply to English-language support only. Support in your local language, such as Polish, is provided during business hours, so outside business hours a reply in the local language may have to wait until the next business day.',
    pl: 'Czasy pierwszej odpowiedzi dotyczą wyłącznie pomocy technicznej w języku angielskim. Pomoc w języku lokalnym, np. po polsku, jest świadczona w godzinach pracy, więc poza godzinami pracy odpowiedź w języku lokalnym może nastąpić dopiero w następnym dniu roboczym.',
  },
  links: [],
  facts: ['F059', 'F060'],
  related: ['response.severity', 'response.non-break-fix'],
};
