import type { EntryRetrieval } from '../schema';

/**
 * How questions find `bypass.office365`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/bypass.office365.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'bypass.office365',
  examples: {
    en: [
      'What happens if I sign in to the Office 365 admin center and bypass Partner Center?',
      'Can I open a customer ticket straight from admin.microsoft.com?',
      'Why does the Microsoft 365 admin center show my own tenant?',
      'Should I go directly to the Office 365 admin portal?',
      'office 365 admin center direct sign in own context',
      'skip partner center and use the m365 admin center',
      'logged in to the admin center directly and can’t see the customer',
      'when can I log into the office 365 admin center directly',
      'bypass partner center office 365',
      'is it fine to raise the customer request directly in microsoft 365 admin',
    ],
    pl: [
      'Co się stanie, jeśli zaloguję się do centrum administracyjnego Office 365 z pominięciem Centrum partnerskiego?',
      'Czy mogę otworzyć zgłoszenie klienta prosto z admin.microsoft.com?',
      'Dlaczego centrum administracyjne Microsoft 365 pokazuje moją dzierżawę?',
      'Czy wejść bezpośrednio do portalu administracyjnego Office 365?',
      'bezposrednie logowanie do centrum administracyjnego office 365',
      'pominac partner center i uzyc centrum administracyjnego m365',
      'zalogowalem sie bezposrednio do centrum administracyjnego i nie widze klienta',
      'kiedy moge logowac sie bezposrednio do centrum administracyjnego office 365',
      'pominiecie centrum partnerskiego office 365',
      'czy mozna zglosic sprawe klienta bezposrednio w admin center microsoft 365',
    ],
  },
  keywords: {
    en: [
      'Office 365 admin center',
      'Microsoft 365 admin center',
      'admin.microsoft.com',
      'sign in directly',
      'bypass',
      'own context',
      'own subscriptions',
    ],
    pl: [
      'centrum administracyjne Office 365',
      'centrum administracyjne Microsoft 365',
      'admin.microsoft.com',
      'bezpośrednio',
      'z pominięciem',
      'własny kontekst',
      'własne subskrypcje',
    ],
  },
};
