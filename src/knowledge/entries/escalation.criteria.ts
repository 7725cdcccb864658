import type { EntryContent } from '../schema';

/**
 * What the bot says for `escalation.criteria`: titles, answer, steps, links, facts and related topics.
 * How questions find it (examples, keywords) is kept apart, in ../retrieval/escalation.criteria.ts.
 */
export const content: EntryContent = {
  id: 'escalation.criteria',
  title: {
    en: 'Which problems qualify for escalation to Microsoft',
    pl: 'Jakie problemy kwalifikują się do eskalacji do firmy Microsoft',
  },
  button: { en: 'What qualifies', pl: 'Kryteria eskalacji' },
  answer: {
    en: 'You are expected to solve customer problems yourself first: check service health for known, documented issues, then troubleshoot the software, settings and configuration with your admin privileges. A technical problem goes to Microsoft when it falls into one of the five categories below. These criteria are for technical problems: billing issues, disputes and fraud concerns can be escalated as well, and so can requests within the support entitlement that are not break-fix incidents. Start from the Partner Center dashboard so the relationship between partner and customer is kept; only for Azure without admin rights do you go through the customer’s domain instead.',
    pl: 'Oczekuje się, że najpierw sam rozwiążesz problemy klienta: sprawdź kondycję usług pod kątem znanych, udokumentowanych problemów, a potem z uprawnieniami administratora zbadaj oprogramowanie, ustawienia i konfigurację. Problem techniczny przekazuje się firmie Microsoft, gdy należy do jednej z pięciu kategorii poniżej. Te kryteria dotyczą problemów technicznych: eskalować można też problemy z rozliczeniami, spory i podejrzenia oszustwa, a także zgłoszenia mieszczące się w uprawnieniu do pomocy technicznej, które nie są incydentami break-fix. Zaczynaj od pulpitu Centrum partnerskiego, żeby zachować relację między partnerem a klientem; tylko przy Azure bez uprawnień administratora wchodzisz zamiast tego przez domenę klienta.',
  },
  steps: {
    en: [
      'Undocumented problems with services that do not work as their service descriptions say.',
      'Services that are unavailable.',
      'Bugs and other irregularities that affect how a service looks or works.',
      'Large-scale network disruptions.',
      'Regional issues that affect many tenants.',
    ],
    pl: [
      'Nieudokumentowane problemy z usługami, które nie działają zgodnie z opisem usługi.',
      'Niedostępne usługi.',
      'Usterki i inne nieprawidłowości wpływające na wygląd lub działanie usługi.',
      'Zakłócenia sieci na dużą skalę.',
      'Problemy regionalne, które dotyczą wielu dzierżaw (tenantów).',
    ],
  },
  links: ['partner-center'],
  facts: ['F006', 'F007', 'F008', 'F009', 'F010', 'F011', 'F012', 'F013', 'F014', 'F017', 'F061'],
  related: ['escalation.when', 'service-health', 'submit.partner-center'],
};
