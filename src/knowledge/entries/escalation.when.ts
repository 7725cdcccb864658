import type { EntryContent } from '../schema';

/**
 * What the bot says for `escalation.when`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/escalation.when.ts.
 */
export const content: EntryContent = {
  id: 'escalation.when',
  title: {
    en: 'When to report a customer’s problem to Microsoft',
    pl: 'Kiedy zgłosić problem klienta do firmy Microsoft',
  },
  button: { en: 'When to escalate', pl: 'Kiedy eskalować' },
  answer: {
    en: 'When your customer has a service problem that you cannot fix yourself and it meets the escalation criteria, a support ticket can be filed with Microsoft on the customer’s behalf. If you are an indirect reseller, your indirect provider can file it for your customer. The same route works for billing issues or disputes and for suspected fraud.',
    pl: 'Gdy klient ma problem z usługą, którego nie potrafisz rozwiązać samodzielnie, a problem spełnia kryteria eskalacji, można zgłosić go do firmy Microsoft w imieniu klienta. Jeśli jesteś odsprzedawcą pośrednim, zgłoszenie w imieniu Twojego klienta może złożyć Twój dostawca pośredni. Tą samą drogą eskaluje się problemy z rozliczeniami lub spory oraz podejrzenia oszustwa.',
  },
  links: ['partner-center'],
  facts: ['F002', 'F005', 'F006', 'F007'],
  related: ['escalation.criteria', 'escalation.roles', 'submit.partner-center'],
};
