import type { EntryContent } from '../schema';

/**
 * What the bot says for `response.non-break-fix`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/response.non-break-fix.ts.
 */
export const content: EntryContent = {
  id: 'response.non-break-fix',
  title: {
    en: 'Response time for requests that are not break-fix',
    pl: 'Czas odpowiedzi dla zgłoszeń innych niż break-fix',
  },
  button: { en: 'Non-break-fix response time', pl: 'Zgłoszenia inne niż break-fix' },
  answer: {
    en: 'The 2, 4 and 8 hour targets apply to technical break-fix incidents, where something is broken. For a request that falls within the support entitlement but is not a break-fix incident, the initial response may take up to one business day. Like the other response times, this holds for English-speaking support.',
    pl: 'Docelowe czasy 2, 4 i 8 godzin dotyczą technicznych incydentów typu break-fix, czyli sytuacji, gdy coś przestało działać. Dla zgłoszenia, które mieści się w zakresie uprawnienia do pomocy technicznej, ale nie jest incydentem break-fix, czas pierwszej odpowiedzi może wynieść do jednego dnia roboczego. Podobnie jak pozostałe czasy odpowiedzi dotyczy to pomocy technicznej w języku angielskim.',
  },
  links: [],
  facts: ['F055', 'F061', 'F059'],
  related: ['response.severity', 'response.language'],
};
