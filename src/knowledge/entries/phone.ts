import type { EntryContent } from '../schema';

/**
 * What the bot says for `phone`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/phone.ts.
 */
export const content: EntryContent = {
  id: 'phone',
  title: {
    en: 'Phone support',
    pl: 'Pomoc telefoniczna',
  },
  answer: {
    en: 'No. This program does not offer phone support, so you cannot submit a service request by phone. Open requests for your customers through Partner Center instead.',
    pl: 'Nie. Ten program nie oferuje pomocy telefonicznej, więc zgłoszenia nie złożysz telefonicznie. Zgłoszenia dla klientów otwieraj przez Centrum partnerskie.',
  },
  links: ['partner-center'],
  facts: ['F062', 'F046'],
  related: ['submit.partner-center', 'entitlement.scope'],
};
