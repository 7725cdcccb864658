import type { EntryContent } from '../schema';

/**
 * What the bot says for `partner.support-plans`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/partner.support-plans.ts.
 */
export const content: EntryContent = {
  id: 'partner.support-plans',
  title: {
    en: 'Microsoft support plans for partners',
    pl: 'Plany pomocy technicznej Microsoft dla partnerów',
  },
  button: { en: 'Support plans for partners', pl: 'Plany pomocy dla partnerów' },
  answer: {
    en: 'When you cannot resolve an issue, Microsoft offers several support vehicles. Support for commercial issues is available to every CSP partner. For technical issues: Premier Support for Partners (paid, all products), Advanced Support for Partners (paid, cloud products only), Signature Cloud Support (included with MPN Gold or Silver competency benefits, cloud products only) and Product Support Incidents (MPN Gold, Silver or Action Pack benefits, recent on-premises products only).',
    pl: 'Gdy nie możesz rozwiązać problemu, firma Microsoft oferuje kilka form pomocy technicznej. Pomoc w sprawach handlowych jest dostępna dla każdego partnera CSP. W sprawach technicznych: Premier Support for Partners (płatny, wszystkie produkty), Advanced Support for Partners (płatny, tylko produkty chmurowe), Signature Cloud Support (w ramach korzyści MPN za kompetencje Gold lub Silver, tylko produkty chmurowe) oraz Product Support Incidents (korzyści MPN Gold, Silver lub Action Pack, tylko najnowsze produkty lokalne).',
  },
  links: ['partner-support-plans'],
  facts: ['F074', 'F075'],
  related: ['dynamics.asfp', 'entitlement.fees', 'partner.duties'],
};
