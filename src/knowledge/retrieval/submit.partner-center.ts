import type { EntryRetrieval } from '../schema';

/**
 * How questions find `submit.partner-center`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/submit.partner-center.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'submit.partner-center',
  examples: {
    en: [
      'How do I open a service request for a customer in Partner Center?',
      'How do I submit a support ticket on behalf of my customer?',
      'Steps to create a ticket for a customer',
      'Where is the New request button in Partner Center?',
      'How to raise a case for a client through Partner Center',
      'Where do I find Service requests for a customer?',
      'create support request for customer',
      'log a ticket with Microsoft for my customer',
      'how to file a service request',
      'What do I choose in the New request dropdown?',
      'open a case for a CSP customer',
      'how do I start a ticket for a tenant I manage',
      'submit service request partner center steps',
      'where do I report a problem for my customer in the portal',
    ],
    pl: [
      'Jak otworzyć zgłoszenie serwisowe dla klienta w Centrum partnerskim?',
      'Jak złożyć zgłoszenie do pomocy technicznej w imieniu klienta?',
      'Kroki tworzenia zgłoszenia dla klienta',
      'Gdzie jest przycisk Nowe żądanie w Partner Center?',
      'Jak założyć bilet dla klienta przez Partner Center?',
      'Gdzie znajdę żądania obsługi klienta?',
      'utworzenie żądania obsługi dla klienta',
      'jak zalozyc zgloszenie do microsoftu dla klienta',
      'jak zlozyc zadanie obsługi',
      'co wybrac w menu nowe zadanie',
      'otwarcie incydentu dla klienta CSP',
      'jak zglosic problem klienta w centrum partnerskim krok po kroku',
      'zgloszenie serwisowe partner center instrukcja',
      'gdzie utworzyc ticket dla klienta',
    ],
  },
  keywords: {
    en: [
      'service request',
      'support ticket',
      'case',
      'new request',
      'customers',
      'Partner Center',
      'open',
      'submit',
      'create',
      'file',
      'steps',
    ],
    pl: [
      'zgłoszenie',
      'żądanie obsługi',
      'bilet',
      'incydent',
      'nowe żądanie',
      'klienci',
      'Centrum partnerskie',
      'otworzyć',
      'złożyć',
      'utworzyć',
      'kroki',
    ],
  },
};
