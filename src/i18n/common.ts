import { defineTexts } from './messages';

/** Help, the fallback, generic errors and the checks every message passes. */
export const common = defineTexts({
  'help.title': {
    en: 'CSP escalation assistant',
    pl: 'Asystent eskalacji CSP',
  },
  'help.intro': {
    en: 'I help you report a customer’s service problem to Microsoft through the Cloud Solution Provider (CSP) program: whether it qualifies, which route to take, how urgent it is, and what happens next.',
    pl: 'Pomagam zgłosić do firmy Microsoft problem z usługą klienta w ramach programu Cloud Solution Provider (CSP, dostawca rozwiązań w chmurze): czy kwalifikuje się do eskalacji, którą drogą go zgłosić, jak jest pilny i co dalej.',
  },
  'help.can.faq': {
    en: 'Answer questions about CSP support: entitlement, response times, phone support, severity levels, and more.',
    pl: 'Odpowiadam na pytania o pomoc techniczną CSP: uprawnienia, czasy odpowiedzi, pomoc telefoniczną, poziomy istotności i inne.',
  },
  'help.can.ticket': {
    en: 'Walk you through eligibility and severity, then record a ticket and post it to a channel.',
    pl: 'Przeprowadzam przez ocenę kwalifikacji i istotności, a potem zapisuję zgłoszenie i publikuję je na kanale.',
  },
  'help.can.language': {
    en: 'Write in English or Polish: I answer in the language you use.',
    pl: 'Pisz po polsku lub po angielsku: odpowiadam w języku pytania.',
  },
  'help.examples.title': {
    en: 'Try asking',
    pl: 'Zapytaj na przykład',
  },
  'help.example.1': {
    en: 'How quickly will I get an initial response?',
    pl: 'Jak szybko dostanę pierwszą odpowiedź?',
  },
  'help.example.2': {
    en: 'Is phone support available?',
    pl: 'Czy jest pomoc telefoniczna?',
  },
  'help.example.3': {
    en: 'Can I sign in to the Azure portal directly?',
    pl: 'Czy mogę zalogować się bezpośrednio do portalu Azure?',
  },
  'help.action.newTicket': {
    en: 'Start a new ticket',
    pl: 'Nowe zgłoszenie',
  },
  'help.action.help': {
    en: 'Show help',
    pl: 'Pomoc',
  },
  'smallTalk.thanks': {
    en: 'You’re welcome. Ask me again any time, or type "new ticket" to report a customer’s problem.',
    pl: 'Nie ma za co. Pytaj w każdej chwili albo wpisz „nowe zgłoszenie”, aby zgłosić problem klienta.',
  },
  'smallTalk.ack': {
    en: 'Good. If anything else comes up, just ask, or type "help" to see what I can do.',
    pl: 'W porządku. Jeśli pojawi się coś jeszcze, po prostu zapytaj albo wpisz „pomoc”, aby zobaczyć, w czym pomagam.',
  },
  'smallTalk.bye': {
    en: 'Bye for now. I’m here whenever a customer’s problem needs to go to Microsoft.',
    pl: 'Do usłyszenia. Jestem tu, gdy problem klienta trzeba będzie przekazać do firmy Microsoft.',
  },
  'smallTalk.joke': {
    en: 'Jokes are not my strong side: I help CSP partners take customers’ problems to Microsoft. Ask me about CSP support, or type "new ticket".',
    pl: 'Żarty to nie moja mocna strona: pomagam partnerom CSP przekazywać problemy klientów do firmy Microsoft. Zapytaj o pomoc techniczną CSP albo wpisz „nowe zgłoszenie”.',
  },
  'smallTalk.question': {
    en: 'Go ahead: ask me your question about CSP support, or type "new ticket" to report a customer’s problem.',
    pl: 'Śmiało, zadaj pytanie o pomoc techniczną CSP albo wpisz „nowe zgłoszenie”, aby zgłosić problem klienta.',
  },
  'smallTalk.presence': {
    en: 'I’m here. Ask me a question about CSP support, or type "new ticket" to report a customer’s problem.',
    pl: 'Jestem. Zadaj pytanie o pomoc techniczną CSP albo wpisz „nowe zgłoszenie”, aby zgłosić problem klienta.',
  },
  'smallTalk.human': {
    en: 'I’m a bot, so I can’t put you through to a person. Type "new ticket" to record a customer’s problem as a ticket: where your team has chosen a channel for tickets, it is posted there for your support engineers.',
    pl: 'Jestem botem, więc nie połączę Cię z człowiekiem. Wpisz „nowe zgłoszenie”, aby zapisać problem klienta jako zgłoszenie: jeśli Twój zespół wybrał kanał na zgłoszenia, trafi ono tam do inżynierów wsparcia.',
  },
  'smallTalk.manage': {
    en: 'To change a ticket, open it from "my tickets". On its card, Edit changes its answers and Withdraw takes back a ticket that is no longer needed (these two only for the person who created it); Add Microsoft request number records that it was filed with Microsoft.',
    pl: 'Aby zmienić zgłoszenie, otwórz je z listy „moje zgłoszenia”. Na jego karcie Edytuj zmienia odpowiedzi, a Wycofaj wycofuje zgłoszenie, które nie jest już potrzebne (te dwa przyciski działają tylko dla osoby, która je utworzyła); Dodaj numer zgłoszenia Microsoft zapisuje, że trafiło do firmy Microsoft.',
  },
  'smallTalk.language': {
    en: 'I answer in the language you write in: ask your question in English and the answer is in English.',
    pl: 'Odpowiadam w języku, w którym piszesz: zadaj pytanie po polsku, a odpowiedź też będzie po polsku.',
  },
  'fallback.notUnderstood': {
    en: 'Sorry, I didn’t understand that. Here is what I can do:',
    pl: 'Niestety nie rozumiem. Oto w czym mogę pomóc:',
  },
  'error.generic': {
    en: 'Something went wrong on my side. Nothing you entered was lost: please try again in a moment.',
    pl: 'Coś poszło nie tak po mojej stronie. Nic z wprowadzonych danych nie zginęło: spróbuj ponownie za chwilę.',
  },
  'input.empty': {
    en: 'Your message is empty. Ask me a question about CSP support, or type "help".',
    pl: 'Wiadomość jest pusta. Zadaj pytanie o pomoc techniczną CSP albo wpisz „pomoc”.',
  },
  'input.tooLong': {
    en: 'That message is too long ({length} characters). Please keep it under {max} characters.',
    pl: 'Ta wiadomość jest za długa (liczba znaków: {length}). Skróć ją tak, aby miała mniej niż {max} znaków.',
  },
  'input.mentionOnly': {
    en: 'You mentioned me without a question. Ask me something about CSP support, or type "help".',
    pl: 'Ta wzmianka o mnie nie zawiera pytania. Zadaj pytanie o pomoc techniczną CSP albo wpisz „pomoc”.',
  },
  'action.unknown': {
    en: 'This button is not something I know how to handle (it may come from an older version of this app). Nothing was changed.',
    pl: 'Nie wiem, jak obsłużyć ten przycisk (może pochodzić ze starszej wersji aplikacji). Nic nie zostało zmienione.',
  },
  'action.invalid': {
    en: 'I couldn’t read the data this card sent. Nothing was changed: please try again from a new card.',
    pl: 'Nie udało mi się odczytać danych wysłanych przez tę kartę. Nic nie zostało zmienione: spróbuj ponownie z nowej karty.',
  },
  'action.failedTitle': {
    en: 'That didn’t work',
    pl: 'Nie udało się',
  },
  'action.notOwner': {
    en: 'This ticket form belongs to someone else, so I left it unchanged. Type "new ticket" to start your own.',
    pl: 'Ten formularz zgłoszenia należy do kogoś innego, więc go nie zmieniłem. Wpisz „nowe zgłoszenie”, aby zacząć własne.',
  },
  'channel.bound': {
    en: 'From now on, new tickets from this tenant are posted in this channel, and their cards stay current as the tickets move.',
    pl: 'Od teraz nowe zgłoszenia z tej dzierżawy będą publikowane na tym kanale, a ich karty będą aktualizowane wraz ze zmianami zgłoszeń.',
  },
  'channel.onlyInChannel': {
    en: 'Tickets can only be posted to a team channel. @mention me with "post tickets here" in the channel you want.',
    pl: 'Zgłoszenia można publikować tylko na kanale zespołu. Na wybranym kanale oznacz mnie (@wzmianka) i napisz „publikuj zgłoszenia tutaj”.',
  },
});
