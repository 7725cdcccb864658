import type { EntryRetrieval } from '../schema';

/**
 * How questions find `entitlement.fees`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/entitlement.fees.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'entitlement.fees',
  examples: {
    en: [
      'Do we pay a fee for support?',
      'Is there a support fee for Office 365?',
      'Does Azure support cost extra?',
      'How can I pay the Azure support fee?',
      'Can I use Signature Cloud Support to pay for Azure support?',
      'Is support free for customers?',
      'MPN benefits to cover the Azure support charge',
      'how much does CSP support cost',
      'separate support subscription fee',
      'is there a charge for Dynamics CRM Online support',
      'who pays for azure support',
      'how much do partners pay for support',
    ],
    pl: [
      'Czy płacimy za pomoc techniczną?',
      'Czy jest opłata za wsparcie Office 365?',
      'Czy wsparcie Azure kosztuje dodatkowo?',
      'Jak mogę zapłacić za wsparcie Azure?',
      'Czy mogę użyć Signature Cloud Support do opłacenia wsparcia Azure?',
      'czy wsparcie jest darmowe dla klientow',
      'korzysci MPN na pokrycie oplaty za wsparcie azure',
      'ile kosztuje pomoc techniczna csp',
      'osobna oplata za subskrypcje pomocy technicznej',
      'czy jest oplata za wsparcie dynamics crm online',
      'kto placi za support azure',
      'ile placimy za wsparcie',
    ],
  },
  keywords: {
    en: [
      'bill us',
      'extra',
      'separately',
      'fee',
      'cost',
      'charge',
      'pay',
      'price',
      'free',
      'Signature Cloud Support',
      'MPN benefits',
      'Azure support fee',
      'support subscription fee',
    ],
    pl: [
      'pobiera opłatę',
      'nalicza',
      'osobno',
      'dodatkowo',
      'opłata',
      'koszt',
      'płacić',
      'cena',
      'darmowe',
      'bezpłatne',
      'Signature Cloud Support',
      'korzyści MPN',
      'opłata za wsparcie Azure',
      'opłata za subskrypcję pomocy',
    ],
  },
};
