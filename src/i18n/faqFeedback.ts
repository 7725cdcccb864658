import { defineBilingual } from './messages';

/** After a Helpful / Not helpful vote, and the `faq report` card for bot admins. */
export const faqFeedback = defineBilingual({
  'faq.vote.helpful': {
    en: 'Your vote was recorded: helpful. Thank you.',
    pl: 'Twój głos został zapisany: pomocne. Dziękuję.',
  },
  'faq.vote.notHelpful': {
    en: 'Your vote was recorded: not helpful. The question is kept so this answer can be improved. A related topic below may come closer; you can also ask in other words or start a ticket.',
    pl: 'Twój głos został zapisany: niepomocne. Pytanie zostaje zapisane, żeby można było poprawić tę odpowiedź. Bliżej może być któryś z powiązanych tematów poniżej; możesz też zapytać innymi słowami albo utworzyć zgłoszenie.',
  },
});
