import type { EntryContent } from '../schema';

/**
 * What the bot says for `dynamics.more-support`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/dynamics.more-support.ts.
 */
export const content: EntryContent = {
  id: 'dynamics.more-support',
  title: {
    en: 'More help with Dynamics 365',
    pl: 'Dodatkowa pomoc dla Dynamics 365',
  },
  button: { en: 'More Dynamics 365 support', pl: 'Więcej pomocy: Dynamics 365' },
  answer: {
    en: 'For Dynamics 365 Plan subscriptions, licensing, billing, Finance & Operations, Dynamics 365 product licenses, or when you need further technical help, contact Dynamics support directly.',
    pl: 'W sprawach subskrypcji Dynamics 365 Plan, licencjonowania, rozliczeń, Finance & Operations i licencji na produkty Dynamics 365, a także gdy potrzebujesz dalszej pomocy technicznej, skontaktuj się bezpośrednio z pomocą techniczną Dynamics.',
  },
  links: ['dynamics-support'],
  facts: ['F068'],
  related: ['dynamics.asfp', 'partner.support-plans'],
};
