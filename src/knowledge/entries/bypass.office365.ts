import type { EntryContent } from '../schema';

/**
 * What the bot says for `bypass.office365`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/bypass.office365.ts.
 */
export const content: EntryContent = {
  id: 'bypass.office365',
  title: {
    en: 'Signing in to the Office 365 admin center directly',
    pl: 'Bezpośrednie logowanie do centrum administracyjnego Office 365',
  },
  answer: {
    en: 'Signing in to the Office 365 (Microsoft 365) admin center directly shows it in your own context, not the customer’s. Sign in directly only when you create a service request for your own subscriptions; for a customer, start from Partner Center so the request is opened in their context.',
    pl: 'Po bezpośrednim zalogowaniu do centrum administracyjnego Office 365 (Microsoft 365) widzisz je w swoim własnym kontekście, a nie w kontekście klienta. Loguj się bezpośrednio tylko wtedy, gdy tworzysz żądanie obsługi dla własnych subskrypcji; w sprawach klienta zaczynaj od Centrum partnerskiego, żeby żądanie powstało w jego kontekście.',
  },
  links: ['partner-center', 'm365-admin-center'],
  facts: ['F067', 'F017'],
  related: ['bypass.azure-portal', 'm365.create-request', 'entitlement.own-subscription'],
};
