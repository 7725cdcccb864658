import type { EntryRetrieval } from '../schema';

/**
 * How questions find `azure.reseller-access`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/azure.reseller-access.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'azure.reseller-access',
  examples: {
    en: [
      'I am an indirect reseller, can I create Azure support requests for my customer?',
      'Why can’t I open an Azure ticket as a reseller?',
      'Who gives a reseller access to the customer’s Azure account?',
      'Does my indirect provider need to grant me Azure access?',
      'Azure access for an indirect reseller',
      'reseller cannot see customer Azure subscription',
      'Is Azure access the same as admin on behalf of for Office 365?',
      'Our distributor has to give us access to Azure?',
      'how do resellers get access to a customer azure account',
      'AOBO works for Office 365 but not for Azure',
      'tier 2 partner azure support request',
      'we buy through a distributor, can we raise Azure tickets',
    ],
    pl: [
      'Jestem odsprzedawcą pośrednim, czy mogę tworzyć zgłoszenia Azure dla klienta?',
      'Dlaczego jako odsprzedawca nie mogę otworzyć zgłoszenia w Azure?',
      'Kto daje odsprzedawcy dostęp do konta Azure klienta?',
      'Czy dostawca pośredni musi mi przyznać dostęp do Azure?',
      'odsprzedawca pośredni dostęp do Azure',
      'odsprzedawca nie widzi subskrypcji Azure klienta',
      'czy dostep do azure to to samo co administrowanie w imieniu klienta w office 365',
      'dystrybutor musi nam dac dostep do azure?',
      'jak reseller dostaje dostep do konta azure klienta',
      'administrowanie w imieniu dziala dla office 365 a dla azure nie',
      'partner drugiego poziomu zgloszenie azure',
      'kupujemy przez dystrybutora, czy mozemy zglaszac problemy azure',
    ],
  },
  keywords: {
    en: [
      'indirect reseller',
      'reseller',
      'indirect provider',
      'distributor',
      'grant access',
      'Azure account',
      'AOBO',
      'admin on behalf of',
      'tier 2',
    ],
    pl: [
      'odsprzedawca pośredni',
      'odsprzedawca',
      'dostawca pośredni',
      'dystrybutor',
      'przyznać dostęp',
      'konto Azure',
      'administrowanie w imieniu',
    ],
  },
};
