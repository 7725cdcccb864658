import type { EntryContent } from '../schema';

/**
 * What the bot says for `partner.duties`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/partner.duties.ts.
 */
export const content: EntryContent = {
  id: 'partner.duties',
  title: {
    en: 'Your support duties as a CSP partner',
    pl: 'Twoje obowiązki w zakresie pomocy technicznej jako partnera CSP',
  },
  button: { en: 'Your duties as a partner', pl: 'Obowiązki partnera CSP' },
  answer: {
    en: 'CSP customers cannot open support tickets with Microsoft themselves: they come to you. You take their support requests, diagnose issues as well as you can and resolve what falls within baseline support, escalating to Microsoft only what you cannot fix. You may resell another company’s support, outsource part or all of it, or provide it yourself, and you may charge for it; tell customers the types of support, service hours, contact method and, if you charge, the prices. Indirect resellers work with their indirect provider to support customers.',
    pl: 'Klienci CSP nie mogą sami tworzyć zgłoszeń do firmy Microsoft: zwracają się do Ciebie. Przyjmujesz ich zgłoszenia, diagnozujesz problemy najlepiej, jak potrafisz, i rozwiązujesz to, co mieści się w podstawowym zakresie pomocy technicznej, a do firmy Microsoft eskalujesz tylko to, czego nie możesz rozwiązać. Możesz odsprzedawać pomoc techniczną innej firmy, zlecić ją w całości lub części na zewnątrz albo świadczyć ją samodzielnie; możesz też pobierać za nią opłaty. Poinformuj klientów o rodzajach pomocy technicznej, godzinach jej świadczenia, sposobie kontaktu i cenach (jeśli pobierasz opłaty). Odsprzedawcy pośredni obsługują klientów we współpracy ze swoim dostawcą pośrednim.',
  },
  links: [],
  facts: ['F007', 'F070', 'F071', 'F072', 'F073'],
  related: ['escalation.when', 'partner.support-plans', 'escalation.criteria'],
};
