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
  button: { en: 'Azure portal directly', pl: 'Portal Azure bezpośrednio' },
  answer: {
    en: 'Opening the Azure portal on your own, rather than arriving from Partner Center, puts you in your own context: you see your organization, not the customer. That is why a direct sign-in is only for service requests about your own subscriptions. For a customer, start from Partner Center; the one exception is a customer you have no admin rights for, whose Azure portal you open through their domain (https://portal.azure.com/<customer domain>).',
    pl: 'Gdy otwierasz portal Azure samodzielnie, a nie przechodząc z Centrum partnerskiego, pracujesz we własnym kontekście: widzisz swoją organizację, a nie klienta. Dlatego bezpośrednie logowanie służy tylko do żądań obsługi dotyczących Twoich własnych subskrypcji. W sprawach klienta zaczynaj od Centrum partnerskiego; jedyny wyjątek to klient, u którego nie masz uprawnień administratora: jego portal Azure otwierasz przez domenę klienta (https://portal.azure.com/<domena klienta>).',
  },
  links: ['partner-center', 'azure-portal'],
  facts: ['F063', 'F064', 'F017', 'F032', 'F036'],
  related: ['bypass.office365', 'entitlement.own-subscription', 'azure.no-admin-rights'],
};
