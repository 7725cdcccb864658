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
  answer: {
    en: 'The 2, 4 and 8 hour targets apply to technical break-fix incidents, where something is broken. For requests that fall within the support entitlement but are not break-fix, such as advisory, how-to or billing questions, the initial response can take up to one business day.',
    pl: 'Docelowe czasy 2, 4 i 8 godzin dotyczą technicznych incydentów typu break-fix, czyli sytuacji, gdy coś przestało działać. Dla zgłoszeń mieszczących się w zakresie uprawnienia do pomocy technicznej, ale niebędących break-fix (np. pytania doradcze, „jak to zrobić” lub o rozliczenia), czas pierwszej odpowiedzi może wynieść do jednego dnia roboczego.',
  },
  links: [],
  facts: ['F055', 'F061'],
  related: ['response.severity', 'response.language'],
};
