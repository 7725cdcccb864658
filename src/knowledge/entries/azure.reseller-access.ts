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
  button: { en: 'Azure as indirect reseller', pl: 'Azure: odsprzedawca pośredni' },
  answer: {
    en: 'Indirect resellers depend on their indirect provider for Azure: until the provider lets you into the customer’s Azure account, you can’t open Azure service requests for that customer. Azure access is a separate thing from administering on behalf of the customer in Office 365. So ask your indirect provider for the Azure access first.',
    pl: 'Odsprzedawca pośredni zależy w sprawach Azure od swojego dostawcy pośredniego: dopóki dostawca nie da Ci dostępu do konta Azure klienta, nie otworzysz dla tego klienta żądań obsługi Azure. Dostęp do Azure to coś innego niż administrowanie w imieniu klienta w Office 365. Dlatego najpierw poproś dostawcę pośredniego o dostęp do Azure.',
  },
  links: ['azure-portal'],
  facts: ['F024', 'F025', 'F072'],
  related: ['azure.create-request', 'azure.no-admin-rights', 'escalation.when'],
};
