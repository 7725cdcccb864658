import type { EntryContent } from '../schema';

/**
 * What the bot says for `response.severity`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/response.severity.ts.
 */
export const content: EntryContent = {
  id: 'response.severity',
  title: {
    en: 'Severity levels and initial response times',
    pl: 'Poziomy istotności i czasy pierwszej odpowiedzi',
  },
  button: { en: 'Severity and response times', pl: 'Istotność i czas odpowiedzi' },
  answer: {
    en: 'The initial response time depends on the severity, which follows the business impact you state when you submit the request. For technical break-fix incidents: severity A (critical: significant loss or degradation, production services down) gets a first response within 2 hours; severity B (moderate: production services partially affected) within 4 hours; severity C (minimal: services still available, or only non-production services affected) within 8 hours. These times hold for English-speaking support; support in a local language is given during business hours.',
    pl: 'Czas pierwszej odpowiedzi zależy od istotności (severity), którą wyznacza wpływ na działalność wskazany przy składaniu zgłoszenia. Dla technicznych incydentów typu break-fix (naprawa awarii): istotność A (krytyczny wpływ: znacząca utrata lub pogorszenie działania usług, usługi produkcyjne nie działają) – pierwsza odpowiedź w ciągu 2 godzin; istotność B (umiarkowany wpływ: problem częściowo dotyczy usług produkcyjnych) – w ciągu 4 godzin; istotność C (minimalny wpływ: usługi nadal dostępne lub problem dotyczy tylko usług nieprodukcyjnych) – w ciągu 8 godzin. Te czasy dotyczą pomocy technicznej w języku angielskim; pomoc w języku lokalnym jest świadczona w godzinach pracy.',
  },
  links: [],
  facts: ['F054', 'F055', 'F056', 'F057', 'F058', 'F059', 'F060'],
  related: ['response.language', 'response.non-break-fix', 'entitlement.scope'],
};
