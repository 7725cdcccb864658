import type { EntryContent } from '../schema';

/**
 * What the bot says for `m365.create-request`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/m365.create-request.ts.
 */
export const content: EntryContent = {
  id: 'm365.create-request',
  title: {
    en: 'Office 365, Dynamics CRM Online or EMS request for a customer',
    pl: 'Żądanie obsługi Office 365, Dynamics CRM Online lub EMS dla klienta',
  },
  button: { en: 'Office 365, CRM, EMS request', pl: 'Żądanie Office 365, CRM, EMS' },
  answer: {
    en: 'After choosing Office 365, Dynamics 365, Enterprise Mobility Suite under New request in Partner Center, you are taken to the Microsoft 365 admin center for that customer. Pick the support category (More... shows additional articles), fill in the form with your own contact details, not the customer’s, and submit it. You can follow the customer’s requests later under See all support tickets.',
    pl: 'Po wybraniu Office 365, Dynamics 365, Enterprise Mobility Suite w menu Nowe żądanie w Centrum partnerskim trafiasz do centrum administracyjnego Microsoft 365 dla tego klienta. Wybierz kategorię pomocy technicznej (opcja Więcej... / More... pokazuje dodatkowe artykuły), wypełnij formularz swoimi danymi kontaktowymi, a nie danymi klienta, i prześlij go. Później możesz śledzić żądania obsługi klienta, wybierając Pokaż wszystkie zgłoszenia (See all support tickets).',
  },
  steps: {
    en: [
      'In Create a service request, choose the right support category; you may need to select More... to see additional articles.',
      'Complete the service request form with your own contact information, not your customer’s.',
      'Select Submit.',
      'Later, review the customer’s requests in the Microsoft 365 admin center under See all support tickets.',
    ],
    pl: [
      'W sekcji Utwórz żądanie obsługi (Create a service request) wybierz właściwą kategorię pomocy technicznej; może być konieczne wybranie Więcej... (More...), aby wyświetlić dodatkowe artykuły.',
      'Wypełnij formularz żądania obsługi swoimi danymi kontaktowymi, a nie danymi klienta.',
      'Wybierz Prześlij (Submit).',
      'Później przejrzyj żądania obsługi klienta w centrum administracyjnym Microsoft 365, wybierając Pokaż wszystkie zgłoszenia (See all support tickets).',
    ],
  },
  links: ['partner-center', 'm365-admin-center'],
  facts: ['F021', 'F039', 'F040', 'F041', 'F042'],
  related: ['submit.partner-center', 'bypass.office365', 'dynamics.asfp'],
};
