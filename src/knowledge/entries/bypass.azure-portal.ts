import type { EntryContent } from '../schema';

/**
 * What the bot says for `bypass.azure-portal`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/bypass.azure-portal.ts.
 */
export const content: EntryContent = {
  id: 'bypass.azure-portal',
  title: {
    en: 'Signing in to the Azure portal directly',
    pl: 'Bezpośrednie logowanie do portalu Azure',
  },
  answer: {
    en: 'If you sign in to the Azure portal directly instead of going through Partner Center, you see it in your own context, not the customer’s. So sign in directly only when you create a service request for your own subscriptions; for a customer, always start from Partner Center.',
    pl: 'Jeśli logujesz się do portalu Azure bezpośrednio, z pominięciem Centrum partnerskiego, widzisz go w swoim własnym kontekście, a nie w kontekście klienta. Dlatego loguj się bezpośrednio tylko wtedy, gdy tworzysz żądanie obsługi dla własnych subskrypcji; w sprawach klienta zawsze zaczynaj od Centrum partnerskiego.',
  },
  links: ['partner-center', 'azure-portal'],
  facts: ['F063', 'F064', 'F017'],
  related: ['bypass.office365', 'entitlement.own-subscription', 'azure.no-admin-rights'],
};
