import type { EntryContent } from '../schema';

/**
 * What the bot says for `entitlement.scope`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/entitlement.scope.ts.
 */
export const content: EntryContent = {
  id: 'entitlement.scope',
  title: {
    en: 'What the CSP support entitlement includes',
    pl: 'Co obejmuje uprawnienie do pomocy technicznej CSP',
  },
  button: { en: 'What CSP support includes', pl: 'Zakres pomocy CSP' },
  answer: {
    en: 'Service requests for your customers are filed through Partner Center and cover Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite. As a Cloud Solution Provider partner you get priority response for major issues. The benefit applies to every CSP partner, whether paid or on a trial, and billing and subscription management support is included free of charge.',
    pl: 'Żądania obsługi dla klientów składa się przez Centrum partnerskie; można je składać dla Azure, Office 365, Dynamics CRM Online i Enterprise Mobility Suite. Jako partner programu Cloud Solution Provider możesz liczyć na priorytetowy czas odpowiedzi w przypadku poważnych problemów. Korzyść przysługuje każdemu partnerowi CSP, niezależnie od tego, czy uczestniczy w programie odpłatnie, czy w okresie próbnym, a pomoc w sprawach rozliczeń i zarządzania subskrypcjami wchodzi w skład pakietu bez dodatkowych opłat.',
  },
  links: ['partner-center'],
  facts: ['F046', 'F047', 'F048', 'F052', 'F053'],
  related: ['entitlement.fees', 'entitlement.own-subscription', 'response.severity'],
};
