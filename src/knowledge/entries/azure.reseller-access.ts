import type { EntryContent } from '../schema';

/**
 * What the bot says for `azure.reseller-access`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/azure.reseller-access.ts.
 */
export const content: EntryContent = {
  id: 'azure.reseller-access',
  title: {
    en: 'Azure requests as an indirect reseller',
    pl: 'Żądania obsługi Azure jako odsprzedawca pośredni',
  },
  answer: {
    en: 'As an indirect reseller you can create Azure service requests for a customer only after your indirect provider grants you access to that customer’s Azure account. This is different from administering on behalf of customers in Office 365. Ask your indirect provider for the access first.',
    pl: 'Jako odsprzedawca pośredni możesz tworzyć żądania obsługi Azure dla klienta dopiero wtedy, gdy Twój dostawca pośredni udzieli Ci dostępu do konta Azure tego klienta. Różni się to od administrowania w imieniu klientów w Office 365. Najpierw poproś dostawcę pośredniego o ten dostęp.',
  },
  links: ['azure-portal'],
  facts: ['F024', 'F025', 'F072'],
  related: ['azure.create-request', 'azure.no-admin-rights', 'escalation.when'],
};
