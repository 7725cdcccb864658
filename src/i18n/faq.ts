import { defineTexts } from './messages';

/** Text around FAQ answers: the answer card, abstention and feedback. Entry text lives in src/knowledge. */
export const faq = defineTexts({
  'faq.notSure': {
    en: 'I’m not sure I can answer that from what I know about CSP support.',
    pl: 'Nie jestem pewien, czy mogę na to odpowiedzieć na podstawie tego, co wiem o pomocy technicznej CSP.',
  },
  'faq.whichTopic': {
    en: 'Which of these topics do you mean?',
    pl: 'O który z tych tematów chodzi?',
  },
  'faq.closestTopics': {
    en: 'These topics come closest:',
    pl: 'Najbliższe tematy:',
  },
  'faq.otherLanguage': {
    en: 'I answer in English and Polish only. Please ask again in one of them.',
    pl: 'Odpowiadam tylko po angielsku i po polsku. Zadaj pytanie ponownie w jednym z tych języków.',
  },
  'faq.noCloseTopics': {
    en: 'I have nothing close to that. Try rephrasing, or type "help" to see what I can do.',
    pl: 'Nie mam nic bliskiego temu pytaniu. Spróbuj je sformułować inaczej albo wpisz „pomoc”, aby zobaczyć, w czym mogę pomóc.',
  },
  'faq.startTicket': {
    en: 'Start a ticket',
    pl: 'Nowe zgłoszenie',
  },
  'faq.helpful': {
    en: 'Helpful',
    pl: 'Pomocne',
  },
  'faq.notHelpful': {
    en: 'Not helpful',
    pl: 'Niepomocne',
  },
  'faq.source': {
    en: 'Source (Partner Center documentation): {pages}',
    pl: 'Źródło (dokumentacja Centrum partnerskiego): {pages}',
  },
  'faq.relatedTitle': {
    en: 'Related topics',
    pl: 'Powiązane tematy',
  },
  'faq.stepsTitle': {
    en: 'Steps',
    pl: 'Kroki',
  },
  'faq.customerPortalHint': {
    en: 'Replace <customer domain> with the domain from the customer’s account page, e.g. {example}.',
    pl: 'Zamiast <domena klienta> wpisz domenę ze strony konta klienta, np. {example}.',
  },
  'faq.severityFocus.A': {
    en: 'Severity A (critical impact, production services down): first response within 2 hours for English-speaking support; in a local language, support is given during business hours.',
    pl: 'Istotność A (krytyczny wpływ, usługi produkcyjne nie działają): pierwsza odpowiedź w ciągu 2 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
  },
  'faq.severityFocus.B': {
    en: 'Severity B (moderate impact, production services partially affected): first response within 4 hours for English-speaking support; in a local language, support is given during business hours.',
    pl: 'Istotność B (umiarkowany wpływ, problem częściowo dotyczy usług produkcyjnych): pierwsza odpowiedź w ciągu 4 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
  },
  'faq.severityFocus.C': {
    en: 'Severity C (minimal impact, services still available or only non-production services affected): first response within 8 hours for English-speaking support; in a local language, support is given during business hours.',
    pl: 'Istotność C (minimalny wpływ, usługi nadal dostępne lub problem dotyczy tylko usług nieprodukcyjnych): pierwsza odpowiedź w ciągu 8 godzin w pomocy technicznej w języku angielskim; w języku lokalnym pomoc jest świadczona w godzinach pracy.',
  },
});
