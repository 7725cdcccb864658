import { defineMessages } from './messages';

export const common = defineMessages({
  en: {
    'help.title': 'CSP escalation assistant',
    'help.intro':
      'I help you report a customer’s service problem to Microsoft through the Cloud Solution Provider (CSP) program: whether it qualifies, which route to take, how urgent it is, and what happens next.',
    'help.can.faq':
      'Answer questions about CSP support: entitlement, response times, phone support, severity levels, and more.',
    'help.can.ticket':
      'Walk you through eligibility and severity, then record a ticket and post it to a channel.',
    'help.can.language': 'Write in English or Polish: I answer in the language you use.',
    'help.examples.title': 'Try asking',
    'help.example.1': 'How quickly will I get an initial response?',
    'help.example.2': 'Is phone support available?',
    'help.example.3': 'Can I sign in to the Azure portal directly?',
    'help.action.newTicket': 'Start a new ticket',
    'help.action.help': 'Show help',
    'fallback.notUnderstood': 'Sorry, I didn’t understand that. Here is what I can do:',
    'error.generic':
      'Something went wrong on my side. Nothing you entered was lost: please try again in a moment.',
    'input.empty': 'Your message is empty. Ask me a question about CSP support, or type "help".',
    'input.tooLong': 'That message is too long ({length} characters). Please keep it under {max} characters.',
    'input.mentionOnly':
      'You mentioned me without a question. Ask me something about CSP support, or type "help".',
    'action.unknown':
      'This button is not something I know how to handle (it may come from an older version of this app). Nothing was changed.',
    'action.invalid':
      'I couldn’t read the data this card sent. Nothing was changed: please try again from a new card.',
    'action.failedTitle': 'That didn’t work',
    'action.notOwner':
      'This ticket form belongs to someone else, so I left it unchanged. Type "new ticket" to start your own.',
    'channel.bound':
      'From now on, new tickets from this tenant are posted in this channel, and their cards stay current as the tickets move.',
    'channel.onlyInChannel':
      'Tickets can only be posted to a team channel. @mention me with "post tickets here" in the channel you want.',
  },
  pl: {
    'help.title': 'Asystent eskalacji CSP',
    'help.intro':
      'Pomagam zgłosić do firmy Microsoft problem z usługą klienta w ramach programu Cloud Solution Provider (CSP, dostawca rozwiązań w chmurze): czy kwalifikuje się do eskalacji, którą drogą go zgłosić, jak jest pilny i co dalej.',
    'help.can.faq':
      'Odpowiadam na pytania o pomoc techniczną CSP: uprawnienia, czasy odpowiedzi, pomoc telefoniczną, poziomy istotności i inne.',
    'help.can.ticket':
      'Przeprowadzam przez ocenę kwalifikacji i istotności, a potem zapisuję zgłoszenie i publikuję je na kanale.',
    'help.can.language': 'Pisz po polsku lub po angielsku: odpowiadam w języku pytania.',
    'help.examples.title': 'Zapytaj na przykład',
    'help.example.1': 'Jak szybko dostanę pierwszą odpowiedź?',
    'help.example.2': 'Czy jest pomoc telefoniczna?',
    'help.example.3': 'Czy mogę zalogować się bezpośrednio do portalu Azure?',
    'help.action.newTicket': 'Nowe zgłoszenie',
    'help.action.help': 'Pomoc',
    'fallback.notUnderstood': 'Niestety nie rozumiem. Oto w czym mogę pomóc:',
    'error.generic':
      'Coś poszło nie tak po mojej stronie. Nic z wprowadzonych danych nie zginęło: spróbuj ponownie za chwilę.',
    'input.empty': 'Wiadomość jest pusta. Zadaj pytanie o pomoc techniczną CSP albo wpisz „pomoc”.',
    'input.tooLong':
      'Ta wiadomość jest za długa (liczba znaków: {length}). Skróć ją tak, aby miała mniej niż {max} znaków.',
    'input.mentionOnly':
      'Ta wzmianka o mnie nie zawiera pytania. Zadaj pytanie o pomoc techniczną CSP albo wpisz „pomoc”.',
    'action.unknown':
      'Nie wiem, jak obsłużyć ten przycisk (może pochodzić ze starszej wersji aplikacji). Nic nie zostało zmienione.',
    'action.invalid':
      'Nie udało mi się odczytać danych wysłanych przez tę kartę. Nic nie zostało zmienione: spróbuj ponownie z nowej karty.',
    'action.failedTitle': 'Nie udało się',
    'action.notOwner':
      'Ten formularz zgłoszenia należy do kogoś innego, więc go nie zmieniłem. Wpisz „nowe zgłoszenie”, aby zacząć własne.',
    'channel.bound':
      'Od teraz nowe zgłoszenia z tej dzierżawy będą publikowane na tym kanale, a ich karty będą aktualizowane wraz ze zmianami zgłoszeń.',
    'channel.onlyInChannel':
      'Zgłoszenia można publikować tylko na kanale zespołu. Na wybranym kanale oznacz mnie (@wzmianka) i napisz „publikuj zgłoszenia tutaj”.',
  },
});
