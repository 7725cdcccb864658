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
  button: { en: 'Response times by language', pl: 'Czas odpowiedzi a język' },
  answer: {
    en: 'The initial response times are promised for English-speaking support only. Support in a local language, such as Polish, is given during business hours, and the documentation names no response time for it.',
    pl: 'Czasy pierwszej odpowiedzi obowiązują wyłącznie w pomocy technicznej w języku angielskim. Pomoc w języku lokalnym, np. po polsku, jest świadczona w godzinach pracy, a dokumentacja nie podaje dla niej czasu odpowiedzi.',
  },
  links: [],
  facts: ['F059', 'F060'],
  related: ['response.severity', 'response.non-break-fix'],
};
