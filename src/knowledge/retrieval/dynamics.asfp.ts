import type { EntryRetrieval } from '../schema';

/**
 * How questions find `dynamics.asfp`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/dynamics.asfp.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'dynamics.asfp',
  examples: {
    en: [
      'Do I need ASfP to open Dynamics 365 tickets for a customer?',
      'What support agreement is required for Dynamics 365 in CSP?',
      'Can I submit Dynamics 365 incidents on behalf of a CSP customer?',
      'Advanced Support for Partners requirement for Dynamics',
      'dynamics 365 csp support agreement',
      'Why can’t I log a Dynamics 365 incident for my customer?',
      'Is Premier enough to raise Dynamics 365 cases?',
      'D365 customer ticket needs which support plan',
      'minimum support plan to escalate dynamics issues',
      'we resell Dynamics 365, what support contract do we need',
      'ASfP or higher Dynamics',
    ],
    pl: [
      'Czy potrzebuję ASfP, żeby zgłaszać incydenty Dynamics 365 dla klienta?',
      'Jaka umowa pomocy technicznej jest wymagana dla Dynamics 365 w CSP?',
      'Czy mogę zgłosić incydent Dynamics 365 w imieniu klienta CSP?',
      'wymóg Advanced Support for Partners dla Dynamics',
      'umowa wsparcia dynamics 365 csp',
      'dlaczego nie moge zglosic incydentu dynamics 365 dla klienta',
      'czy premier wystarczy do zgloszen dynamics 365',
      'zgloszenie D365 dla klienta wymaga jakiego planu',
      'minimalny plan wsparcia do eskalacji problemow dynamics',
      'sprzedajemy dynamics 365, jakiej umowy serwisowej potrzebujemy',
      'ASfP lub wyzszy dynamics',
    ],
  },
  keywords: {
    en: [
      'Dynamics 365',
      'D365',
      'ASfP',
      'Advanced Support for Partners',
      'support agreement',
      'contract',
      'incident',
      'required',
    ],
    pl: [
      'Dynamics 365',
      'D365',
      'ASfP',
      'Advanced Support for Partners',
      'umowa pomocy technicznej',
      'umowa',
      'incydent',
      'wymagana',
    ],
  },
};
