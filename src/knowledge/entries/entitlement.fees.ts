import type { EntryContent } from '../schema';

/**
 * What the bot says for `entitlement.fees`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/entitlement.fees.ts.
 */
export const content: EntryContent = {
  id: 'entitlement.fees',
  title: {
    en: 'Support fees',
    pl: 'Opłaty za pomoc techniczną',
  },
  answer: {
    en: 'Office 365, Dynamics CRM Online and Enterprise Mobility Suite charge no separate support subscription fee to either partners or customers. Azure does charge a support fee; if you are entitled to Signature Cloud Support or other Microsoft Partner Network (MPN) benefits, you can use them to cover it.',
    pl: 'Office 365, Dynamics CRM Online i Enterprise Mobility Suite nie pobierają osobnej opłaty za subskrypcję pomocy technicznej ani od partnerów, ani od klientów. Azure pobiera opłatę za pomoc techniczną; jeśli przysługuje Ci Signature Cloud Support lub inne korzyści Microsoft Partner Network (MPN), możesz nimi pokryć tę opłatę.',
  },
  links: ['partner-support-plans'],
  facts: ['F050', 'F051'],
  related: ['entitlement.scope', 'partner.support-plans', 'entitlement.own-subscription'],
};
