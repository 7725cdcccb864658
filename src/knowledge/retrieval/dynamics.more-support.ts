import type { EntryRetrieval } from '../schema';

/**
 * How questions find `dynamics.more-support`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/dynamics.more-support.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'dynamics.more-support',
  examples: {
    en: [
      'Where do I get more Dynamics 365 support?',
      'Dynamics 365 licensing question, who do I contact?',
      'Problem with Dynamics 365 Plan subscription',
      'Dynamics 365 billing issue',
      'Finance and Operations support contact',
      'Who handles Dynamics 365 product licenses?',
      'further technical support for Dynamics 365',
      'contact dynamics support',
      'D365 F&O issue who helps',
      'dynamics license problem',
      'additional help with dynamics 365',
    ],
    pl: [
      'Gdzie uzyskam dodatkową pomoc dla Dynamics 365?',
      'Pytanie o licencje Dynamics 365, z kim się skontaktować?',
      'Problem z subskrypcją Dynamics 365 Plan',
      'problem z rozliczeniem Dynamics 365',
      'kontakt do wsparcia Finance and Operations',
      'kto zajmuje sie licencjami produktu dynamics 365',
      'dalsza pomoc techniczna dynamics 365',
      'kontakt z pomoca techniczna dynamics',
      'problem z D365 F&O kto pomoze',
      'problem z licencja dynamics',
      'dodatkowe wsparcie dla dynamics 365',
    ],
  },
  keywords: {
    en: [
      'Dynamics 365',
      'D365',
      'licensing',
      'licenses',
      'billing',
      'Finance & Operations',
      'F&O',
      'Plan subscriptions',
      'Dynamics support',
      'contact',
    ],
    pl: [
      'Dynamics 365',
      'D365',
      'licencjonowanie',
      'licencje',
      'rozliczenia',
      'Finance & Operations',
      'F&O',
      'subskrypcje Plan',
      'pomoc techniczna Dynamics',
      'kontakt',
    ],
  },
};
