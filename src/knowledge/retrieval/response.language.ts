import type { EntryRetrieval } from '../schema';

/**
 * How questions find `response.language`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/response.language.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'response.language',
  examples: {
    en: [
      'Do the response times apply to support in Polish?',
      'Can I get support in my local language?',
      'Is local language support available 24/7?',
      'Are the response times only for English?',
      'support in Polish business hours',
      'language of support and response times',
      'Can Microsoft support answer in Polish?',
      'native language support hours',
      'will they reply in my language at night',
      'english speaking support only for SLA',
      'does the 2 hour response work for non-English requests',
    ],
    pl: [
      'Czy czasy odpowiedzi obowiązują dla wsparcia po polsku?',
      'Czy mogę dostać pomoc w języku polskim?',
      'Czy wsparcie w języku lokalnym jest dostępne całą dobę?',
      'Czy czasy reakcji dotyczą tylko języka angielskiego?',
      'wsparcie po polsku w godzinach pracy',
      'jezyk obslugi a czasy odpowiedzi',
      'czy support microsoftu odpowie po polsku',
      'godziny wsparcia w jezyku lokalnym',
      'czy w nocy odpowiedza po polsku',
      'wsparcie tylko po angielsku dla SLA',
      'czy 2 godziny dotycza zgloszen w jezyku polskim',
      'zgloszenie po polsku kiedy odpowiedz',
    ],
  },
  keywords: {
    en: [
      'language',
      'English',
      'Polish',
      'local language',
      'business hours',
      'native language',
      'English-speaking',
      'preferred language',
      'prefers',
      'when',
    ],
    pl: [
      'język',
      'angielski',
      'polski',
      'po polsku',
      'po angielsku',
      'język lokalny',
      'godziny pracy',
      'dni robocze',
      'preferowany język',
      'woli',
      'kiedy',
    ],
  },
};
