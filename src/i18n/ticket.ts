import { defineTexts } from './messages';

/** Ticket cards, the ticket list and what a ticket action answers. */
export const ticket = defineTexts({
  'ticket.title': {
    en: '{id}: {title}',
    pl: '{id}: {title}',
  },
  'ticket.list.title': {
    en: 'Your recent tickets',
    pl: 'Twoje ostatnie zgłoszenia',
  },
  'ticket.list.empty': {
    en: 'You have no tickets yet. Type "new ticket" to start one.',
    pl: 'Nie masz jeszcze zgłoszeń. Wpisz „nowe zgłoszenie”, aby utworzyć pierwsze.',
  },
  'ticket.list.elsewhere': {
    en: 'Only the tickets made or posted in this chat are listed here; I list all of yours in a personal chat with me, where only you see them.',
    pl: 'Wyświetlam tu tylko zgłoszenia utworzone lub opublikowane w tym czacie; wszystkie Twoje zgłoszenia pokazuję w czacie prywatnym ze mną, gdzie widzisz je tylko Ty.',
  },
  'ticket.list.open': {
    en: 'Open',
    pl: 'Otwórz',
  },
  'ticket.list.status': {
    en: '{status} · updated {when}',
    pl: '{status} · zmienione {when}',
  },
  'ticket.status.draft': {
    en: 'Draft: not ready to file',
    pl: 'Wersja robocza: jeszcze niegotowe do zgłoszenia',
  },
  'ticket.status.ready-to-file': {
    en: 'Ready to file',
    pl: 'Gotowe do zgłoszenia',
  },
  'ticket.status.filed-with-microsoft': {
    en: 'Filed with Microsoft',
    pl: 'Zgłoszone do firmy Microsoft',
  },
  'ticket.status.withdrawn': {
    en: 'Withdrawn',
    pl: 'Wycofane',
  },
  'ticket.field.status': {
    en: 'Status',
    pl: 'Stan',
  },
  'ticket.field.customer': {
    en: 'Customer',
    pl: 'Klient',
  },
  'ticket.field.organization': {
    en: 'Partner organization',
    pl: 'Organizacja partnera',
  },
  'ticket.field.service': {
    en: 'Service',
    pl: 'Usługa',
  },
  'ticket.field.problemType': {
    en: 'Problem type',
    pl: 'Rodzaj problemu',
  },
  'ticket.field.severity': {
    en: 'Severity',
    pl: 'Istotność',
  },
  'ticket.field.role': {
    en: 'Requester’s role',
    pl: 'Rola zgłaszającego',
  },
  'ticket.field.criteria': {
    en: 'Escalation criteria',
    pl: 'Kryteria eskalacji',
  },
  'ticket.field.requester': {
    en: 'Created by',
    pl: 'Utworzone przez',
  },
  'ticket.field.contact': {
    en: 'Contact',
    pl: 'Kontakt',
  },
  'ticket.field.affectedResource': {
    en: 'Affected resource',
    pl: 'Zasób, którego dotyczy problem',
  },
  'ticket.field.microsoftRequestNumber': {
    en: 'Microsoft request number',
    pl: 'Numer zgłoszenia Microsoft',
  },
  'ticket.field.created': {
    en: 'Created',
    pl: 'Utworzono',
  },
  'ticket.section.description': {
    en: 'Description',
    pl: 'Opis',
  },
  'ticket.descriptionShortened': {
    en: '(Shortened to fit on this card. The ticket keeps the whole description.)',
    pl: '(Skrócono, aby zmieścić się na tej karcie. Zgłoszenie zachowuje cały opis.)',
  },
  'ticket.section.decision': {
    en: 'Decision',
    pl: 'Decyzja',
  },
  'ticket.section.reasons': {
    en: 'Why',
    pl: 'Uzasadnienie',
  },
  'ticket.section.howTo': {
    en: 'When you file',
    pl: 'Przy zgłaszaniu',
  },
  'ticket.section.blockers': {
    en: 'Do this first',
    pl: 'Najpierw zrób to',
  },
  'ticket.section.nextSteps': {
    en: 'Next steps',
    pl: 'Dalsze kroki',
  },
  'ticket.section.history': {
    en: 'History',
    pl: 'Historia',
  },
  'ticket.requestNumberInChannel': {
    en: 'The support engineers add the Microsoft request number on this ticket’s card in the ticket channel.',
    pl: 'Numer zgłoszenia Microsoft dodają inżynierowie wsparcia na karcie tego zgłoszenia w kanale zgłoszeń.',
  },
  'ticket.action.addMsNumber': {
    en: 'Add Microsoft request number',
    pl: 'Dodaj numer zgłoszenia Microsoft',
  },
  'ticket.action.edit': {
    en: 'Edit',
    pl: 'Edytuj',
  },
  'ticket.action.withdraw': {
    en: 'Withdraw',
    pl: 'Wycofaj',
  },
  'ticket.action.refresh': {
    en: 'Refresh',
    pl: 'Odśwież',
  },
  'ticket.action.openNextStep': {
    en: 'Read more',
    pl: 'Więcej informacji',
  },
  'ticket.input.microsoftRequestNumber': {
    en: 'Microsoft request number',
    pl: 'Numer zgłoszenia Microsoft',
  },
  'ticket.notice.created': {
    en: 'Ticket {id} was recorded.',
    pl: 'Zgłoszenie {id} zostało zapisane.',
  },
  'ticket.notice.filed': {
    en: 'Microsoft request number saved: the ticket is filed with Microsoft.',
    pl: 'Zapisano numer zgłoszenia Microsoft: zgłoszenie zostało przekazane do firmy Microsoft.',
  },
  'ticket.notice.withdrawn': {
    en: 'The ticket was withdrawn.',
    pl: 'Zgłoszenie zostało wycofane.',
  },
  'ticket.notice.edited': {
    en: 'The ticket was updated.',
    pl: 'Zgłoszenie zostało zaktualizowane.',
  },
  'ticket.error.invalid-request-number': {
    en: 'A Microsoft request number has 10 to 20 digits. Nothing was changed.',
    pl: 'Numer zgłoszenia Microsoft ma od 10 do 20 cyfr. Nic nie zostało zmienione.',
  },
  'ticket.error.invalid-transition': {
    en: 'That isn’t possible while the ticket is “{status}”. Nothing was changed.',
    pl: 'Nie jest to możliwe, gdy zgłoszenie ma stan „{status}”. Nic nie zostało zmienione.',
  },
  'ticket.error.ticket-withdrawn': {
    en: 'The ticket was withdrawn and can’t be changed.',
    pl: 'Zgłoszenie zostało wycofane i nie można go zmienić.',
  },
  'ticket.error.incomplete-answers': {
    en: 'Some answers are missing, so the ticket wasn’t changed.',
    pl: 'Brakuje niektórych odpowiedzi, więc zgłoszenie nie zostało zmienione.',
  },
  'ticket.error.conflict': {
    en: 'Someone changed this ticket at the same time. Here is the latest version; your changes weren’t saved.',
    pl: 'Ktoś zmienił to zgłoszenie w tym samym czasie. Oto najnowsza wersja; Twoje zmiany nie zostały zapisane.',
  },
  'ticket.onlyPersonal': {
    en: 'Ticket {id} was not made or posted in this chat, so I show it only in a personal chat with me, where only you see it. Ask me there.',
    pl: 'Zgłoszenie {id} nie zostało utworzone ani opublikowane w tym czacie, więc pokazuję je tylko w czacie prywatnym ze mną, gdzie widzisz je tylko Ty. Zapytaj mnie tam.',
  },
  'ticket.error.notFound': {
    en: 'I couldn’t find ticket {id}.',
    pl: 'Nie udało mi się znaleźć zgłoszenia {id}.',
  },
  'ticket.error.stale': {
    en: 'This card showed an older version of the ticket, so nothing was changed. Here is the current one.',
    pl: 'Ta karta pokazywała starszą wersję zgłoszenia, więc nic nie zostało zmienione. Oto aktualna wersja.',
  },
});
