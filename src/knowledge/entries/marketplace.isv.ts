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
  answer: {
    en: 'Microsoft does not provide product support for commercial marketplace products. Contact the independent software vendor (ISV) that published the product. Open the product on the Marketplace page: its product page lists the ISV’s support contacts, which may be a link to their support site, a support email address or a support phone number.',
    pl: 'Firma Microsoft nie zapewnia pomocy technicznej dla produktów z komercyjnego marketplace. Skontaktuj się z niezależnym dostawcą oprogramowania (ISV), który opublikował produkt. Otwórz produkt na stronie Marketplace: na stronie produktu znajdziesz dane kontaktowe pomocy technicznej ISV, np. link do jego witryny pomocy, adres e-mail lub numer telefonu pomocy technicznej.',
  },
  steps: {
    en: [
      'On the Marketplace page, select the product you need help with.',
      'On the product page, find the support contact: a support site link, a support email or a support phone number.',
    ],
    pl: [
      'Na stronie Marketplace wybierz produkt, z którym potrzebujesz pomocy.',
      'Na stronie produktu znajdź kontakt do pomocy technicznej: link do witryny pomocy, adres e-mail lub numer telefonu.',
    ],
  },
  links: [],
  facts: ['F043', 'F044', 'F045'],
  related: ['entitlement.scope', 'escalation.when'],
};
