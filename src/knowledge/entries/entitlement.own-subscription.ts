import type { EntryContent } from '../schema';

/**
 * What the bot says for `entitlement.own-subscription`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/entitlement.own-subscription.ts.
 */
export const content: EntryContent = {
  id: 'entitlement.own-subscription',
  title: {
    en: 'Support for your own partner subscription',
    pl: 'Pomoc techniczna dla własnej subskrypcji partnerskiej',
  },
  button: { en: 'Your own subscription', pl: 'Własna subskrypcja' },
  answer: {
    en: 'The CSP support benefit covers your customers, not your own partner tenant or subscription. For a request about your own subscription, provide a valid support plan entitlement, such as your MPN contract ID, a Premier agreement or an Azure support plan. The Azure support FAQ has more detail.',
    pl: 'Korzyść z pomocy technicznej CSP obejmuje Twoich klientów, a nie Twoją własną dzierżawę (tenant) ani subskrypcję partnera. W żądaniu obsługi dotyczącym własnej subskrypcji podaj obowiązujące uprawnienie do planu pomocy technicznej, np. identyfikator umowy MPN, umowę Premier lub plan pomocy technicznej Azure. Szczegóły są w często zadawanych pytaniach o pomoc techniczną Azure.',
  },
  links: ['azure-support-faq'],
  facts: ['F049', 'F065', 'F066'],
  related: ['bypass.azure-portal', 'entitlement.scope', 'partner.support-plans'],
};
