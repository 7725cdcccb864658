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
    en: 'Support for Office 365, Dynamics CRM Online and Enterprise Mobility Suite costs nothing extra: neither you nor your customers pay for a separate support subscription. Azure is the exception, with a support fee of its own, which you can cover with Signature Cloud Support or any other MPN (Microsoft Partner Network) benefit you are entitled to.',
    pl: 'Pomoc techniczna dla Office 365, Dynamics CRM Online i Enterprise Mobility Suite nie kosztuje nic dodatkowo: ani Ty, ani Twoi klienci nie płacicie za osobną subskrypcję pomocy technicznej. Wyjątkiem jest Azure, który ma własną opłatę za pomoc techniczną; jeśli przysługuje Ci Signature Cloud Support lub inne korzyści Microsoft Partner Network (MPN), możesz nimi tę opłatę pokryć.',
  },
  links: ['partner-support-plans'],
  facts: ['F050', 'F051'],
  related: ['entitlement.scope', 'partner.support-plans', 'entitlement.own-subscription'],
};
