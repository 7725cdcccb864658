import type { EntryRetrieval } from '../schema';

/**
 * How questions find `bypass.azure-portal`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/bypass.azure-portal.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'bypass.azure-portal',
  examples: {
    en: [
      'What happens if I sign in to the Azure portal and bypass Partner Center?',
      'Can I log in to portal.azure.com directly to open a customer ticket?',
      'Why do I only see my own subscriptions in the Azure portal?',
      'Should I skip Partner Center and go straight to Azure?',
      'azure portal direct login own context',
      'I opened the Azure portal directly and the customer is not there',
      'is it ok to create the customer request directly in azure',
      'when is it fine to sign straight into the azure portal',
      'bypass partner center azure',
      'the azure portal shows my tenant instead of the customer',
      'going directly to the Azure portal instead of through Partner Center',
    ],
    pl: [
      'Co się stanie, jeśli zaloguję się do portalu Azure z pominięciem Centrum partnerskiego?',
      'Czy mogę zalogować się bezpośrednio do portal.azure.com, żeby otworzyć zgłoszenie klienta?',
      'Dlaczego w portalu Azure widzę tylko swoje subskrypcje?',
      'Czy mogę pominąć Partner Center i wejść od razu do Azure?',
      'bezposrednie logowanie do portalu azure wlasny kontekst',
      'otworzylem portal azure bezposrednio i nie widze klienta',
      'czy mozna utworzyc zgloszenie klienta bezposrednio w azure',
      'kiedy wolno logowac sie prosto do portalu azure',
      'pominiecie centrum partnerskiego azure',
      'portal azure pokazuje moja dzierzawe zamiast klienta',
      'wejscie do portalu azure z pominieciem partner center',
    ],
  },
  keywords: {
    en: [
      'sign in directly',
      'log in directly',
      'bypass',
      'skip',
      'own context',
      'Azure portal',
      'own subscriptions',
      'directly',
    ],
    pl: [
      'zalogować się bezpośrednio',
      'logowanie',
      'pominąć',
      'z pominięciem',
      'własny kontekst',
      'portal Azure',
      'własne subskrypcje',
      'bezpośrednio',
    ],
  },
};
