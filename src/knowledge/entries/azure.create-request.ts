import type { EntryContent } from '../schema';

/**
 * What the bot says for `azure.create-request`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/azure.create-request.ts.
 */
export const content: EntryContent = {
  id: 'azure.create-request',
  title: {
    en: 'Create an Azure support request for a customer',
    pl: 'Tworzenie żądania obsługi Azure dla klienta',
  },
  button: { en: 'Azure request for a customer', pl: 'Żądanie Azure dla klienta' },
  answer: {
    en: 'After choosing Azure under New request in Partner Center, you land in the Azure portal in the customer’s context. Create a new support request, set the Support plan to Cloud Solution Provider in the Basics section, and give your own contact details, not the customer’s. You can follow the request later under Manage support requests.',
    pl: 'Po wybraniu Azure w menu Nowe żądanie w Centrum partnerskim trafiasz do portalu Azure w kontekście klienta. Utwórz nowe żądanie obsługi, w sekcji Podstawy (Basics) ustaw Plan pomocy technicznej (Support plan) na Cloud Solution Provider i podaj swoje dane kontaktowe, a nie dane klienta. Później możesz śledzić żądanie, wybierając Zarządzaj żądaniami pomocy technicznej (Manage support requests).',
  },
  steps: {
    en: [
      'Select New support request.',
      'In the Basics section, set the Support plan field to Cloud Solution Provider.',
      'In the contact information section, enter your own details, not your customer’s, then select Create.',
      'Later, review the customer’s requests in the Azure portal under Manage support requests.',
    ],
    pl: [
      'Wybierz Nowe żądanie obsługi (New support request).',
      'W sekcji Podstawy (Basics) ustaw pole Plan pomocy technicznej (Support plan) na Cloud Solution Provider.',
      'W sekcji danych kontaktowych wpisz swoje dane, a nie dane klienta, i wybierz Utwórz (Create).',
      'Później przejrzyj żądania obsługi klienta w portalu Azure, wybierając Zarządzaj żądaniami pomocy technicznej (Manage support requests).',
    ],
  },
  links: ['partner-center', 'azure-portal'],
  facts: ['F021', 'F027', 'F028', 'F029', 'F030', 'F031'],
  related: ['submit.partner-center', 'azure.no-admin-rights', 'azure.reseller-access'],
};
