import type { EntryRetrieval } from '../schema';

/**
 * How questions find `escalation.roles`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/escalation.roles.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'escalation.roles',
  examples: {
    en: [
      'Who is allowed to file a ticket on the customer’s behalf?',
      'Which Partner Center roles can escalate a problem to Microsoft?',
      'What role do I need to open a support request for a customer?',
      'Can a sales agent submit a service request for a customer?',
      'Is the admin agent role enough to escalate to Microsoft?',
      'Can a global admin raise a ticket with Microsoft for a customer?',
      'Can a helpdesk agent escalate a customer issue?',
      'appropriate roles for escalating problems',
      'which permissions does my Partner Center user need to report a customer problem',
      'I am only a sales agent, may I report the customer problem to Microsoft',
      'difference between helpdesk agent and helpdesk admin',
      'who in our company may log a case for the customer',
    ],
    pl: [
      'kto moze zglosic problem w imieniu klienta',
      'Które role w Centrum partnerskim mogą eskalować problem do Microsoftu?',
      'Jakiej roli potrzebuję, żeby złożyć zgłoszenie za klienta?',
      'Czy agent sprzedaży może utworzyć żądanie obsługi dla klienta?',
      'Czy rola agenta administracyjnego wystarczy do eskalacji?',
      'czy administrator globalny moze zglosic problem klienta do microsoftu',
      'czy agent pomocy technicznej moze eskalowac sprawe klienta',
      'odpowiednie role do eskalacji problemow',
      'jakie uprawnienia w partner center sa potrzebne do zgloszenia problemu klienta',
      'jestem tylko agentem sprzedazy, czy moge zglosic problem klienta do microsoftu',
      'roznica miedzy agentem pomocy technicznej a administratorem pomocy technicznej',
      'kto w naszej firmie moze zalozyc zgloszenie dla klienta',
    ],
  },
  keywords: {
    en: [
      'role',
      'roles',
      'Admin agent',
      'Global admin',
      'Sales agent',
      'Helpdesk agent',
      'appropriate roles',
      'permissions',
    ],
    pl: [
      'rola',
      'role',
      'agent administracyjny',
      'administrator globalny',
      'agent sprzedaży',
      'agent pomocy technicznej',
      'odpowiednie role',
      'uprawnienia',
    ],
  },
};
