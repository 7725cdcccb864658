import { defineTexts } from './messages';

/** After a Helpful / Not helpful vote, and the `faq report` card for bot admins. */
export const faqFeedback = defineTexts({
  'faq.vote.failed': {
    en: 'Your vote couldn’t be recorded just now. Please press Helpful or Not helpful again in a moment.',
    pl: 'Nie udało się teraz zapisać Twojej oceny. Za chwilę naciśnij ponownie „Pomocne” lub „Niepomocne”.',
  },
  'faq.vote.helpful': {
    en: 'Your vote was recorded: helpful. Thank you.',
    pl: 'Twój głos został zapisany: pomocne. Dziękuję.',
  },
  'faq.vote.notHelpful': {
    en: 'Your vote was recorded: not helpful. The question is kept so this answer can be improved. A related topic below may come closer; you can also ask in other words or start a ticket.',
    pl: 'Twój głos został zapisany: niepomocne. Pytanie zostaje zapisane, żeby można było poprawić tę odpowiedź. Bliżej może być któryś z powiązanych tematów poniżej; możesz też zapytać innymi słowami albo utworzyć zgłoszenie.',
  },
  'faq.report.title': {
    en: 'FAQ report: the last {days} days',
    pl: 'Raport FAQ: ostatnie {days} dni',
  },
  'faq.report.period': { en: '{since} to {until}', pl: 'Od {since} do {until}' },
  'faq.report.unanswered': {
    en: 'Questions I could not answer, most asked first',
    pl: 'Pytania, na które nie umiałem odpowiedzieć, od najczęstszych',
  },
  'faq.report.unansweredNone': { en: 'None in this period.', pl: 'Brak w tym okresie.' },
  'faq.report.asked': { en: '{count}×', pl: '{count}×' },
  'faq.report.worst': {
    en: 'Answers voted not helpful, worst first',
    pl: 'Odpowiedzi oznaczone jako niepomocne, od najgorzej ocenianych',
  },
  'faq.report.worstNone': {
    en: 'No answer was voted not helpful in this period.',
    pl: 'W tym okresie żadna odpowiedź nie została oznaczona jako niepomocna.',
  },
  'faq.report.votes': {
    en: '{notHelpful} not helpful, {helpful} helpful',
    pl: 'niepomocne: {notHelpful}, pomocne: {helpful}',
  },
  'faq.report.kept': {
    en: 'Questions are shown as kept: in lower case, with email addresses, links, ids and long numbers masked.',
    pl: 'Pytania są pokazane tak, jak zostały zapisane: małymi literami, z ukrytymi adresami e-mail, linkami, identyfikatorami i długimi numerami.',
  },
  'faq.report.personalOnly': {
    en: 'The FAQ report holds other people’s questions, so I show it only in a personal chat with me. Ask me there.',
    pl: 'Raport FAQ zawiera pytania innych osób, więc pokazuję go tylko w czacie prywatnym ze mną. Zapytaj mnie tam.',
  },
  'faq.report.refused': {
    en: 'The FAQ report is only for the bot’s admins. If you need it, ask one of them.',
    pl: 'Raport FAQ jest dostępny tylko dla administratorów bota. Jeśli go potrzebujesz, poproś jednego z nich.',
  },
});
