import type { EntryRetrieval } from '../schema';

/**
 * How questions find `azure.helpdesk-admin`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/azure.helpdesk-admin.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'azure.helpdesk-admin',
  examples: {
    en: [
      'Can a helpdesk admin create Azure support requests?',
      'Our helpdesk agent cannot open tickets in the Azure portal, why?',
      'How can helpdesk staff log Azure support requests?',
      'Create a support group in Azure with permission to log requests',
      'helpdesk admin azure ticket',
      'helpdesk role cannot create service request in Azure',
      'Which role do I need to raise Azure tickets if I am helpdesk?',
      'give a group permission to create support requests in Azure',
      'support group permissions azure portal',
      'helpdesk agent partner center azure support',
      'our service desk team cannot file azure cases',
    ],
    pl: [
      'Czy administrator pomocy technicznej może tworzyć zgłoszenia Azure?',
      'Nasz agent helpdesku nie może otworzyć zgłoszenia w portalu Azure, dlaczego?',
      'Jak pracownicy helpdesku mogą rejestrować zgłoszenia Azure?',
      'Utworzenie grupy pomocy technicznej w Azure z uprawnieniami do zgłoszeń',
      'helpdesk admin zgłoszenie azure',
      'rola helpdesk nie moze utworzyc zadania obslugi w azure',
      'jakiej roli potrzebuje do zgloszen azure jako helpdesk',
      'nadac grupie uprawnienia do tworzenia zgloszen w azure',
      'uprawnienia grupy wsparcia w portalu azure',
      'agent pomocy technicznej centrum partnerskie azure',
      'nasz service desk nie moze zglaszac problemow azure',
    ],
  },
  keywords: {
    en: [
      'helpdesk',
      'helpdesk admin',
      'helpdesk agent',
      'service desk',
      'support group',
      'permissions',
      'role',
      'log support requests',
    ],
    pl: [
      'helpdesk',
      'administrator pomocy technicznej',
      'agent pomocy technicznej',
      'grupa pomocy technicznej',
      'uprawnienia',
      'rola',
      'rejestrowanie zgłoszeń',
    ],
  },
};
