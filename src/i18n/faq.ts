import { defineMessages } from './messages';

/** Text around FAQ answers: the answer card, abstention and feedback. Entry text lives in src/knowledge. */
export const faq = defineMessages({
  en: {
    'faq.notSure': 'I’m not sure I can answer that from what I know about CSP support.',
    'faq.closestTopics': 'These topics come closest:',
    'faq.noCloseTopics': 'I have nothing close to that. Try rephrasing, or type "help" to see what I can do.',
    'faq.startTicket': 'Start a ticket',
    'faq.helpful': 'Helpful',
    'faq.notHelpful': 'Not helpful',
    'faq.source': 'Source (Partner Center documentation): {pages}',
    'faq.relatedTitle': 'Related topics',
    'faq.stepsTitle': 'Steps',
    'faq.customerPortalHint':
      'Replace <customer domain> with the domain from the customer’s account page, e.g. {example}.',
    'faq.severityFocus.A':
      'Severity A (critical impact, production services down): first response within 2 hours for English-speaking support; in a local language, support is given during business hours.',
    'faq.severityFocus.B':
      'Severity B (moderate impact, production services partially affected): first response within 4 hours for English-speaking support; in a local language, support is given during business hours.',
    'faq.severityFocus.C':
      'Severity C (minimal impact, services still available or only non-production services affected): first response within 8 hours for English-speaking support; in a local language, support is given during business hours.',
  },
  pl: {
    'faq.notSure':
      'Nie jestem pewien, czy mogę na to odpowiedzieć na podstawie tego, co wiem o pomocy technicznej CSP.',
    'faq.closestTopics': 'Najbliższe tematy:',
    'faq.noCloseTopics':
      'Nie mam nic bliskiego temu pytaniu. Spróbuj je sformułować inaczej albo wpisz „pomoc”, aby zobaczyć, w czym mogę pomóc.',
    'faq.startTicket': 'Nowe zgłoszenie',
    'faq.helpful': 'Pomocne',
    'faq.notHelpful': 'Niepomocne',
    'faq.source': 'Źródło (dokumentacja Centrum partnerskiego): {pages}',
    'faq.relatedTitle': 'Powiązane tematy',
    'faq.stepsTitle': 'Kroki',
    'faq.customerPortalHint': 'Zamiast <domena klienta> wpisz domenę ze strony konta klienta, np. {example}.',
    'faq.severityFocus.A':
      'Istotność A (krytyczny wpływ, usługi produkcyjne nie działają): pierwsza odpowiedź w ciągu 2 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
    'faq.severityFocus.B':
      'Istotność B (umiarkowany wpływ, problem częściowo dotyczy usług produkcyjnych): pierwsza odpowiedź w ciągu 4 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
    'faq.severityFocus.C':
      'Istotność C (minimalny wpływ, usługi nadal dostępne lub problem dotyczy tylko usług nieprodukcyjnych): pierwsza odpowiedź w ciągu 8 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
  },
});
