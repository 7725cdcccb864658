import type { EntryContent } from '../schema';

/**
 * What the bot says for `escalation.roles`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/escalation.roles.ts.
 */
export const content: EntryContent = {
  id: 'escalation.roles',
  title: {
    en: 'Who can file a request for a customer',
    pl: 'Kto może złożyć zgłoszenie w imieniu klienta',
  },
  button: { en: 'Who can file', pl: 'Kto może zgłaszać' },
  answer: {
    en: 'Partner Center names four partner roles for escalating a customer’s problem to Microsoft: Admin agent, Global admin, Sales agent and Helpdesk agent. The same four roles can check the customer’s service health first. Keep the Helpdesk agent apart from the Helpdesk admin: the Helpdesk agent may escalate, while a Helpdesk admin can’t create Azure service requests and works through a support group in the Azure portal instead. If you are an indirect reseller, your indirect provider can file the ticket for your customer.',
    pl: 'Centrum partnerskie wymienia cztery role partnera, które mogą eskalować problem klienta do firmy Microsoft: Agent administracyjny (Admin agent), Administrator globalny (Global admin), Agent sprzedaży (Sales agent) i Agent pomocy technicznej (Helpdesk agent). Te same cztery role mogą najpierw sprawdzić kondycję usług klienta. Nie myl agenta pomocy technicznej z administratorem pomocy technicznej (Helpdesk admin): agent może eskalować, a administrator pomocy technicznej nie utworzy żądania obsługi Azure i zamiast tego korzysta z grupy pomocy technicznej w portalu Azure. Jeśli jesteś odsprzedawcą pośrednim, zgłoszenie dla Twojego klienta może złożyć Twój dostawca pośredni.',
  },
  links: ['partner-center'],
  facts: ['F003', 'F004', 'F026', 'F005'],
  related: ['escalation.when', 'azure.helpdesk-admin', 'submit.partner-center'],
};
