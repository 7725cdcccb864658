import { defineTexts } from './messages';

/** Who may use the bot, and who may do what with a ticket or the ticket channel. */
export const access = defineTexts({
  'action.retry': { en: 'Retry', pl: 'Ponów' },
  'db.unavailable': {
    en: 'The ticket database isn’t answering right now, so nothing was saved or changed. Please try again in a moment.',
    pl: 'Baza zgłoszeń w tej chwili nie odpowiada, więc nic nie zostało zapisane ani zmienione. Spróbuj ponownie za chwilę.',
  },
  'db.unavailableRetry': {
    en: 'The ticket database isn’t answering right now, so nothing was saved or changed. Press Retry in a moment.',
    pl: 'Baza zgłoszeń w tej chwili nie odpowiada, więc nic nie zostało zapisane ani zmienione. Za chwilę naciśnij Ponów.',
  },
  'db.unavailableKept': {
    en: 'The ticket database isn’t answering right now, so nothing was saved or changed. What you entered is kept: press Retry in a moment.',
    pl: 'Baza zgłoszeń w tej chwili nie odpowiada, więc nic nie zostało zapisane ani zmienione. Wprowadzone dane są zachowane: za chwilę naciśnij Ponów.',
  },
  'tenant.refused': {
    en: 'Sorry, this bot isn’t available for your organization.',
    pl: 'Przepraszamy, ten bot nie jest dostępny dla Twojej organizacji.',
  },
  'ticket.forbidden.requester': {
    en: 'Only {name}, who reported this ticket, can do that. Nothing was changed.',
    pl: 'Może to zrobić tylko {name}, osoba, która zgłosiła ten problem. Nic nie zostało zmienione.',
  },
  'ticket.forbidden.support': {
    en: 'Only the support engineers of the ticket channel’s team can do that. Nothing was changed.',
    pl: 'Mogą to zrobić tylko inżynierowie wsparcia z zespołu kanału zgłoszeń. Nic nie zostało zmienione.',
  },
  'ticket.forbidden.requester-or-support': {
    en: 'Only {name}, who reported this ticket, or the support engineers of the ticket channel’s team can do that. Nothing was changed.',
    pl: 'Może to zrobić tylko {name}, osoba, która zgłosiła ten problem, albo inżynierowie wsparcia z zespołu kanału zgłoszeń. Nic nie zostało zmienione.',
  },
  'channel.refused.admins': {
    en: 'Only the bot’s administrators can choose the ticket channel. Nothing was changed.',
    pl: 'Kanał zgłoszeń mogą wybrać tylko administratorzy bota. Nic nie zostało zmienione.',
  },
  'channel.refused.owner': {
    en: 'Only {name}, who chose the current ticket channel, can move it. Nothing was changed.',
    pl: 'Kanał zgłoszeń może zmienić tylko osoba, która go wybrała: {name}. Nic nie zostało zmienione.',
  },
  'channel.moved': {
    en: 'New tickets are posted in this channel from now on, instead of the one chosen before.',
    pl: 'Od teraz nowe zgłoszenia będą publikowane na tym kanale zamiast na wybranym wcześniej.',
  },
  'channel.movedAway': {
    en: '{name} moved the ticket channel: new tickets are posted in another channel from now on. Cards already posted here stay current.',
    pl: '{name} zmienił(a) kanał zgłoszeń: od teraz nowe zgłoszenia będą publikowane na innym kanale. Karty już opublikowane tutaj nadal będą aktualizowane.',
  },
});
