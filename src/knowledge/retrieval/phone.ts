import type { EntryRetrieval } from '../schema';

/**
 * How questions find `phone`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/phone.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'phone',
  examples: {
    en: [
      'Can I submit a service request by phone?',
      'Is phone support available?',
      'Can I call Microsoft support?',
      'What number do I call to open a ticket?',
      'phone support CSP',
      'Is there a hotline for partners?',
      'Can we report a problem over the telephone?',
      'call Microsoft about a customer outage',
      'support phone number',
      'can I ring someone instead of filing online',
      'do they offer telephone support',
      'speak to an engineer on the phone',
    ],
    pl: [
      'Czy mogę złożyć zgłoszenie telefonicznie?',
      'Czy jest dostępna pomoc telefoniczna?',
      'Czy mogę zadzwonić do pomocy technicznej Microsoft?',
      'Pod jaki numer zadzwonić, żeby otworzyć zgłoszenie?',
      'wsparcie telefoniczne CSP',
      'czy jest infolinia dla partnerow',
      'czy mozna zglosic problem przez telefon',
      'zadzwonic do microsoftu w sprawie awarii u klienta',
      'numer telefonu do wsparcia',
      'czy moge zadzwonic zamiast zglaszac online',
      'czy oferuja pomoc przez telefon',
      'rozmowa telefoniczna z inzynierem',
    ],
  },
  keywords: {
    en: [
      'phone line',
      'phone number',
      'phone',
      'telephone',
      'call',
      'hotline',
      'number',
      'ring',
      'by phone',
      'call Microsoft',
      'call support',
      'pick up the phone',
    ],
    pl: [
      'linia telefoniczna',
      'numer',
      'telefon',
      'telefonicznie',
      'pomoc telefoniczna',
      'zadzwonić',
      'infolinia',
      'numer telefonu',
      'przez telefon',
      'zadzwonić do Microsoftu',
      'rozmowa telefoniczna',
    ],
  },
};
