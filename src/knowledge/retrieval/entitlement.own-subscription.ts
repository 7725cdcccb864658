import type { EntryRetrieval } from '../schema';

/**
 * How questions find `entitlement.own-subscription`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/entitlement.own-subscription.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'entitlement.own-subscription',
  examples: {
    en: [
      'do we need a separate support plan for tickets about our own subscription',
      'our internal tenant is broken, is that covered by CSP support',
      'Is our own partner tenant covered by CSP support?',
      'How do I get support for our own subscription?',
      'Problem with our internal Azure subscription, can we use CSP support?',
      'What do I need to open a ticket for my own partner subscription?',
      'Can I use my MPN contract ID for support?',
      'support for the partner’s own tenant',
      'our company tenant has an issue, not a customer',
      'internal use rights subscription support',
      'valid support plan for our own subscription',
      'Premier or Azure support plan for our own tenant',
      'demo tenant problem, who supports us',
    ],
    pl: [
      'czy dla zgłoszeń dotyczących naszej subskrypcji potrzebny jest osobny plan wsparcia',
      'nasz wewnętrzny tenant ma awarię, czy wsparcie CSP to obejmuje',
      'Czy nasza własna dzierżawa partnera jest objęta wsparciem CSP?',
      'Jak uzyskać pomoc dla naszej własnej subskrypcji?',
      'Problem z naszą wewnętrzną subskrypcją Azure, czy możemy skorzystać ze wsparcia CSP?',
      'Czego potrzebuję, żeby otworzyć zgłoszenie dla własnej subskrypcji partnera?',
      'czy moge uzyc identyfikatora umowy MPN do wsparcia',
      'wsparcie dla wlasnego tenanta partnera',
      'problem dotyczy naszego firmowego tenanta, nie klienta',
      'wsparcie dla subskrypcji do uzytku wewnetrznego',
      'wazny plan pomocy technicznej dla wlasnej subskrypcji',
      'premier albo plan wsparcia azure dla naszej dzierzawy',
      'problem z tenantem demo, kto nam pomoze',
    ],
  },
  keywords: {
    en: [
      'own subscription',
      'own tenant',
      'partner tenant',
      'internal',
      'our company',
      'not covered',
      'MPN contract ID',
      'Premier',
      'Azure support plan',
      'valid support plan',
    ],
    pl: [
      'własna subskrypcja',
      'własna dzierżawa',
      'tenant partnera',
      'wewnętrzna',
      'nasza firma',
      'nie obejmuje',
      'identyfikator umowy MPN',
      'Premier',
      'plan wsparcia Azure',
    ],
  },
};
