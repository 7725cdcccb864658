import type { EntryContent } from '../schema';

/**
 * What the bot says for `azure.no-admin-rights`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/azure.no-admin-rights.ts.
 */
export const content: EntryContent = {
  id: 'azure.no-admin-rights',
  title: {
    en: 'Azure request without admin rights for the customer',
    pl: 'Żądanie obsługi Azure bez uprawnień administratora u klienta',
  },
  button: { en: 'Azure without admin rights', pl: 'Azure bez praw administratora' },
  answer: {
    en: 'You may have no admin rights for a customer in two cases: you did not ask for admin privileges when the relationship was set up, or you manage only the customer’s Azure subscriptions and therefore have no admin permissions. You can still open an Azure request by going to the Azure portal through the customer’s domain: https://portal.azure.com/<customer domain>, for example https://portal.azure.com/contoso.onmicrosoft.com.',
    pl: 'Możesz nie mieć uprawnień administratora u klienta w dwóch sytuacjach: przy nawiązywaniu relacji nie poproszono o uprawnienia administratora albo zarządzasz tylko subskrypcjami Azure klienta i dlatego nie masz uprawnień administracyjnych. Żądanie obsługi Azure nadal możesz utworzyć, wchodząc do portalu Azure przez domenę klienta: https://portal.azure.com/<domena klienta>, na przykład https://portal.azure.com/contoso.onmicrosoft.com.',
  },
  steps: {
    en: [
      'Copy the customer’s domain name from their account page in Partner Center.',
      'Go to https://portal.azure.com/<customer domain>, with the domain straight after the slash.',
      'Select the Azure subscription that needs support.',
      'Select New support request and follow the prompts.',
    ],
    pl: [
      'Skopiuj nazwę domeny klienta ze strony jego konta w Centrum partnerskim.',
      'Przejdź pod adres https://portal.azure.com/<domena klienta>, z domeną wpisaną bezpośrednio po ukośniku.',
      'Wybierz subskrypcję Azure, która wymaga pomocy technicznej.',
      'Wybierz Nowe żądanie obsługi (New support request) i postępuj zgodnie z instrukcjami.',
    ],
  },
  links: ['partner-center', 'customer-portal'],
  facts: ['F032', 'F033', 'F034', 'F035', 'F036', 'F037', 'F038'],
  related: ['azure.create-request', 'azure.reseller-access', 'bypass.azure-portal'],
};
