import { defineTexts } from './messages';

/** What a card says when a ticket changed under someone's feet. */
export const ticketChanges = defineTexts({
  'edit.changedMeanwhile': {
    en: 'While you were editing, this ticket was changed by {by}: {fields}. Those changes are now in your answers below. Check them and save again.',
    pl: 'Podczas Twojej edycji to zgłoszenie zmienił(a): {by}. Zmiany: {fields}. Są już w Twoich odpowiedziach poniżej. Sprawdź je i zapisz ponownie.',
  },
  'edit.changedMeanwhileConflicts': {
    en: 'While you were editing, this ticket was changed by {by}: {fields}. Where you changed the same answer ({conflicts}), yours is kept; their other changes are now in your answers below. Check them and save again.',
    pl: 'Podczas Twojej edycji to zgłoszenie zmienił(a): {by}. Zmiany: {fields}. Tam, gdzie Ty też zmieniłeś(-aś) tę samą odpowiedź ({conflicts}), zostaje Twoja wersja; pozostałe zmiany są już w Twoich odpowiedziach poniżej. Sprawdź je i zapisz ponownie.',
  },
  // Who changed it, when more than the names shown: in Polish the noun agrees with the count.
  'edit.changedBy.more.one': {
    en: '{names} and {count} more',
    pl: '{names} i jeszcze {count} osoba',
  },
  'edit.changedBy.more.few': {
    en: '{names} and {count} more',
    pl: '{names} i jeszcze {count} osoby',
  },
  'edit.changedBy.more.many': {
    en: '{names} and {count} more',
    pl: '{names} i jeszcze {count} osób',
  },
  'edit.changedBy.more.other': {
    en: '{names} and {count} more',
    pl: '{names} i jeszcze {count} osoby',
  },
});
