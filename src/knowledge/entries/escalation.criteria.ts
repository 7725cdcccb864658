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
  answer: {
    en: 'You are expected to solve customer problems yourself first: check service health for known, documented issues, then troubleshoot the software, settings and configuration with your admin privileges. Hand a problem to Microsoft only when it falls into one of five categories. Always start the request from the Partner Center dashboard, so the partner–customer relationship is kept.',
    pl: 'Oczekuje się, że najpierw sam rozwiążesz problemy klienta: sprawdź kondycję usług pod kątem znanych, udokumentowanych problemów, a potem z uprawnieniami administratora zbadaj oprogramowanie, ustawienia i konfigurację. Do firmy Microsoft przekazuj tylko problemy należące do jednej z pięciu kategorii. Zgłoszenie zawsze zaczynaj od pulpitu Centrum partnerskiego, żeby zachować relację między partnerem a klientem.',
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
  facts: ['F007', 'F008', 'F009', 'F010', 'F011', 'F012', 'F013', 'F014', 'F017'],
  related: ['escalation.when', 'service-health', 'submit.partner-center'],
};
