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
});
