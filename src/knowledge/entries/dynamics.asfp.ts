import type { EntryContent } from '../schema';

/**
 * What the bot says for `dynamics.asfp`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/dynamics.asfp.ts.
 */
export const content: EntryContent = {
  id: 'dynamics.asfp',
  title: {
    en: 'Dynamics 365 incidents require Advanced Support for Partners or higher',
    pl: 'Incydenty Dynamics 365 wymagają Advanced Support for Partners lub wyższego planu',
  },
  button: { en: 'Dynamics 365 and ASfP', pl: 'Dynamics 365 a umowa ASfP' },
  answer: {
    en: 'Partners who sell Dynamics 365 through CSP must keep a support agreement at the Advanced Support for Partners (ASfP) level or higher. Without that agreement you cannot submit Dynamics 365 incidents on behalf of a CSP customer. The partner support page compares the agreement options.',
    pl: 'Partnerzy sprzedający Dynamics 365 w ramach CSP muszą utrzymywać umowę pomocy technicznej na poziomie Advanced Support for Partners (ASfP) lub wyższym. Bez tej umowy nie zgłosisz incydentów Dynamics 365 w imieniu klienta CSP. Opcje umowy pomocy technicznej porównuje strona planów pomocy technicznej dla partnerów.',
  },
  links: ['partner-support-plans'],
  facts: ['F022', 'F023'],
  related: ['dynamics.more-support', 'partner.support-plans', 'm365.create-request'],
};
