import type { EntryContent } from '../schema';

/**
 * What the bot says for `service-health`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/service-health.ts.
 */
export const content: EntryContent = {
  id: 'service-health',
  title: {
    en: 'Check a customer’s service health',
    pl: 'Sprawdzanie kondycji usług klienta',
  },
  button: { en: 'Check service health', pl: 'Kondycja usług klienta' },
  answer: {
    en: 'Before you escalate, check whether there is a known outage. In Partner Center open the customer from the customer list and select Service management: it lists the customer’s services and the health of each. The links there open the Microsoft 365 admin center or the Azure portal as delegated admin, with outage details and Microsoft’s regular updates. If the problem persists after the outage has ended, submit a service request; Microsoft 365 and Azure also offer service health APIs.',
    pl: 'Przed eskalacją sprawdź, czy nie trwa znana awaria. W Centrum partnerskim wybierz klienta z listy klientów, a następnie Zarządzanie usługami (Service management): zobaczysz usługi klienta i kondycję każdej z nich. Linki otwierają centrum administracyjne Microsoft 365 lub portal Azure z uprawnieniami administratora delegowanego; znajdziesz tam szczegóły awarii i regularne aktualizacje od firmy Microsoft. Jeśli problem trwa po zakończeniu awarii, złóż żądanie obsługi; Microsoft 365 i Azure udostępniają też interfejsy API kondycji usług.',
  },
  steps: {
    en: [
      'In Partner Center, select the customer with the issue from the customer list.',
      'Select Service management in the left menu to see each service and its health.',
      'Open a service’s health link to see outage details in the Microsoft 365 admin center or the Azure portal.',
      'If the problem continues after the outage ends, submit a service request for the customer.',
    ],
    pl: [
      'W Centrum partnerskim wybierz z listy klienta, którego dotyczy problem.',
      'W menu po lewej wybierz Zarządzanie usługami (Service management), aby zobaczyć usługi i ich kondycję.',
      'Otwórz link kondycji usługi, aby zobaczyć szczegóły awarii w centrum administracyjnym Microsoft 365 lub w portalu Azure.',
      'Jeśli problem trwa po zakończeniu awarii, złóż żądanie obsługi w imieniu klienta.',
    ],
  },
  links: ['partner-center', 'm365-admin-center', 'azure-portal'],
  facts: ['F004', 'F008', 'F015', 'F076', 'F077', 'F078'],
  related: ['escalation.criteria', 'submit.partner-center'],
};
