import type { EntryContent } from '../schema';

/**
 * What the bot says for `marketplace.isv`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/marketplace.isv.ts.
 */
export const content: EntryContent = {
  id: 'marketplace.isv',
  title: {
    en: 'Support for commercial marketplace products',
    pl: 'Pomoc techniczna dla produktów z komercyjnego marketplace',
  },
  button: { en: 'Marketplace products', pl: 'Produkty z marketplace' },
  answer: {
    en: 'Product support for apps and services bought in the commercial marketplace comes from the independent software vendor (ISV) that publishes them, not from Microsoft. The ISV’s support contacts are on the product’s page in the marketplace. Only product support goes to the ISV: billing issues, disputes and fraud concerns about a marketplace purchase are escalated the usual way, through Partner Center.',
    pl: 'Pomocy technicznej dla aplikacji i usług kupionych w komercyjnym marketplace udziela niezależny dostawca oprogramowania (ISV), który je publikuje, a nie firma Microsoft. Dane kontaktowe jego pomocy technicznej są na stronie produktu w marketplace. Do ISV trafia tylko pomoc dotycząca produktu: problemy z rozliczeniami, spory i podejrzenia oszustwa związane z zakupem w marketplace eskaluje się zwykłą drogą, przez Centrum partnerskie.',
  },
  steps: {
    en: [
      'Open the marketplace and pick the product the customer needs help with.',
      'Look for the support contact on the product’s page: a link to the ISV’s support site, a support email address or a support phone number, or more than one of these.',
    ],
    pl: [
      'Otwórz marketplace i wybierz produkt, z którym klient potrzebuje pomocy.',
      'Na stronie produktu znajdź kontakt do pomocy technicznej: link do witryny pomocy ISV, adres e-mail lub numer telefonu pomocy technicznej albo kilka z nich.',
    ],
  },
  links: ['marketplace'],
  facts: ['F043', 'F044', 'F045', 'F006'],
  related: ['entitlement.scope', 'escalation.when'],
};
