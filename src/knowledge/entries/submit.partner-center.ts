import type { EntryContent } from '../schema';

/**
 * What the bot says for `submit.partner-center`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/submit.partner-center.ts.
 */
export const content: EntryContent = {
  id: 'submit.partner-center',
  title: {
    en: 'Open a service request for a customer in Partner Center',
    pl: 'Żądanie obsługi dla klienta w Centrum partnerskim',
  },
  button: { en: 'Request in Partner Center', pl: 'Żądanie w Centrum partnerskim' },
  answer: {
    en: 'Customer service requests start in Partner Center, not in the product portals. Find the customer, open Service requests and pick the product family from New request; Partner Center then sends you to the Azure portal or the Microsoft 365 admin center in the customer’s context to finish the request. The one exception is Azure when you have no admin rights for the customer: then you go straight to https://portal.azure.com/<customer domain>.',
    pl: 'Żądanie obsługi dla klienta zaczynasz w Centrum partnerskim, a nie bezpośrednio w portalach produktów. Znajdź klienta, otwórz Żądania obsługi (Service requests) i w menu Nowe żądanie (New request) wybierz rodzinę produktów; Centrum partnerskie przekieruje Cię do portalu Azure albo centrum administracyjnego Microsoft 365 w kontekście klienta, gdzie dokończysz żądanie. Jedyny wyjątek to Azure, gdy nie masz uprawnień administratora u klienta: wtedy wchodzisz bezpośrednio pod adres https://portal.azure.com/<domena klienta>.',
  },
  steps: {
    en: [
      'In the Partner Center menu, under CSP, select Customers.',
      'Select the customer, or search for them on the Customers page.',
      'In the customer’s menu, select Service requests.',
      'Open the New request drop-down and choose Azure, or Office 365, Dynamics 365, Enterprise Mobility Suite. You are redirected to the Azure portal or the Microsoft 365 admin center.',
    ],
    pl: [
      'W menu Centrum partnerskiego, w sekcji CSP, wybierz Klienci (Customers).',
      'Wybierz klienta lub wyszukaj go na stronie Klienci.',
      'W menu klienta wybierz Żądania obsługi (Service requests).',
      'Rozwiń menu Nowe żądanie (New request) i wybierz Azure albo Office 365, Dynamics 365, Enterprise Mobility Suite. Nastąpi przekierowanie do portalu Azure lub centrum administracyjnego Microsoft 365.',
    ],
  },
  links: ['partner-center'],
  facts: ['F017', 'F018', 'F019', 'F020', 'F021', 'F046', 'F032', 'F036'],
  related: ['azure.create-request', 'm365.create-request', 'escalation.criteria'],
};
