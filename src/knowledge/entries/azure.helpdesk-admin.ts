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
  answer: {
    en: 'A Partner Center helpdesk admin cannot create service requests in the Azure portal. What the helpdesk admin can do is create a support group in the Azure portal and give that group permission to log support requests; members of the group can then open them.',
    pl: 'Administrator pomocy technicznej (helpdesk admin) w Centrum partnerskim nie może tworzyć żądań obsługi w portalu Azure. Może natomiast utworzyć w portalu Azure grupę pomocy technicznej i nadać tej grupie uprawnienia do rejestrowania żądań obsługi; członkowie grupy mogą je wtedy tworzyć.',
  },
  links: ['azure-portal'],
  facts: ['F026'],
  related: ['azure.create-request', 'azure.reseller-access'],
};
