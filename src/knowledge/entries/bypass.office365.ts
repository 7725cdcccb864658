import type { EntryContent } from '../schema';

/**
 * What the bot says for `bypass.office365`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/bypass.office365.ts.
 */
export const content: EntryContent = {
  id: 'bypass.office365',
  title: {
    en: 'Signing in to the Microsoft 365 admin center directly',
    pl: 'Bezpośrednie logowanie do centrum administracyjnego Microsoft 365',
  },
  button: { en: 'Microsoft 365 admin center', pl: 'Logowanie do Microsoft 365' },
  answer: {
    en: 'The Microsoft 365 admin center, opened on its own rather than from Partner Center, shows your organization in your own context instead of the customer’s. Use such a direct sign-in only for a service request about your own subscriptions; for a customer, begin in Partner Center so the request is opened in the customer’s context.',
    pl: 'Centrum administracyjne Microsoft 365 otwarte samodzielnie, a nie z Centrum partnerskiego, pokazuje Twoją organizację we własnym kontekście zamiast w kontekście klienta. Z takiego bezpośredniego logowania korzystaj tylko przy żądaniu obsługi dotyczącym własnych subskrypcji; w sprawach klienta zacznij od Centrum partnerskiego, żeby żądanie powstało w kontekście klienta.',
  },
  links: ['partner-center', 'm365-admin-center'],
  facts: ['F067', 'F017'],
  related: ['bypass.azure-portal', 'm365.create-request', 'entitlement.own-subscription'],
};
