import type { EntryRetrieval } from '../schema';

/**
 * How questions find `marketplace.isv`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/marketplace.isv.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'marketplace.isv',
  examples: {
    en: [
      'Does Microsoft support products bought from the commercial marketplace?',
      'Who supports a third-party app from Azure Marketplace?',
      'How do I find the ISV’s support contact?',
      'marketplace product support',
      'A marketplace app is broken, can I open a Microsoft ticket?',
      'Where is the vendor’s support email for a marketplace offer?',
      'third party software from AppSource not working',
      'independent software vendor contact details',
      'SaaS offer from the marketplace has a bug, who fixes it',
      'who do I call about a marketplace product',
      'publisher support for marketplace solution',
    ],
    pl: [
      'Czy Microsoft wspiera produkty kupione w komercyjnym marketplace?',
      'Kto wspiera aplikację innej firmy z Azure Marketplace?',
      'Jak znaleźć kontakt do pomocy technicznej ISV?',
      'pomoc techniczna dla produktu z marketplace',
      'aplikacja z marketplace nie działa, czy mogę zgłosić to do Microsoft?',
      'gdzie jest e-mail do wsparcia dostawcy oferty z marketplace',
      'oprogramowanie firmy trzeciej z AppSource nie dziala',
      'dane kontaktowe niezaleznego dostawcy oprogramowania',
      'oferta SaaS z marketplace ma blad, kto to naprawia',
      'do kogo dzwonic w sprawie produktu z marketplace',
      'wsparcie wydawcy rozwiazania z marketplace',
    ],
  },
  keywords: {
    en: [
      'marketplace',
      'commercial marketplace',
      'Azure Marketplace',
      'AppSource',
      'ISV',
      'independent software vendor',
      'third party',
      'publisher',
      'vendor',
      'product page',
    ],
    pl: [
      'marketplace',
      'komercyjny marketplace',
      'Azure Marketplace',
      'AppSource',
      'ISV',
      'niezależny dostawca oprogramowania',
      'firma trzecia',
      'wydawca',
      'dostawca',
      'strona produktu',
    ],
  },
};
