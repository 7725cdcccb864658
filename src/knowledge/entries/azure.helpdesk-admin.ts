import type { EntryContent } from '../schema';

/**
 * What the bot says for `azure.helpdesk-admin`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/azure.helpdesk-admin.ts.
 */
export const content: EntryContent = {
  id: 'azure.helpdesk-admin',
  title: {
    en: 'Helpdesk admins and Azure support requests',
    pl: 'Administrator pomocy technicznej a żądania obsługi Azure',
  },
  button: { en: 'Helpdesk admin and Azure', pl: 'Helpdesk admin a Azure' },
  answer: {
    en: 'Someone whose Partner Center role is Helpdesk admin can’t open service requests in the Azure portal. The way around it: in the Azure portal, the Helpdesk admin can create a support group and let that group log support requests, so its members can open them. Don’t confuse this role with the Helpdesk agent, one of the roles Partner Center lists for escalating problems to Microsoft.',
    pl: 'Osoba, która w Centrum partnerskim ma rolę administratora pomocy technicznej (Helpdesk admin), nie może otwierać żądań obsługi w portalu Azure. Obejście: administrator pomocy technicznej tworzy w portalu Azure grupę pomocy technicznej i nadaje tej grupie uprawnienie do rejestrowania żądań obsługi, dzięki czemu mogą je otwierać członkowie grupy. Nie myl tej roli z agentem pomocy technicznej (Helpdesk agent), jedną z ról, które Centrum partnerskie wymienia przy eskalacji problemów do firmy Microsoft.',
  },
  links: ['azure-portal'],
  facts: ['F026', 'F003'],
  related: ['azure.create-request', 'azure.reseller-access', 'escalation.roles'],
};
