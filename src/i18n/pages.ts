import { defineTexts } from './messages';

/**
 * The privacy and terms pages the Teams manifest links to (GET /privacy, GET /terms). Paragraphs are
 * separated by a blank line.
 */
export const pages = defineTexts({
  'page.privacy.title': {
    en: 'CSP escalation assistant: privacy',
    pl: 'Asystent eskalacji CSP: prywatność',
  },
  'page.privacy.body': {
    en: 'The CSP escalation assistant is run by your organization for its Cloud Solution Provider (CSP) partner engineers. Everything it stores stays in your organization’s database.\n\nIt stores the tickets you record (your answers in the wizard, your Teams name and user id, the conversation and channel where the ticket was created or posted, the Microsoft request number and every change with who made it), Helpful / Not helpful votes together with the question they rate, and the conversation state it needs to continue a wizard. An unfinished wizard is deleted when it expires.\n\nIt sends nothing to Microsoft support on your behalf and shares nothing with third parties. Your messages reach it through Microsoft Teams and the Azure Bot Service, as for any Teams app. Its logs and metrics record technical events, not the text of your messages.\n\nTo have your data shown, corrected or deleted, contact the administrator who added this app for your organization.',
    pl: 'Asystenta eskalacji CSP prowadzi Twoja organizacja dla swoich inżynierów partnera programu Cloud Solution Provider (dostawca rozwiązań w chmurze). Wszystko, co zapisuje, pozostaje w bazie danych Twojej organizacji.\n\nZapisuje zgłoszenia, które tworzysz (odpowiedzi z kreatora, Twoją nazwę i identyfikator w Teams, rozmowę i kanał, w których zgłoszenie utworzono lub opublikowano, numer zgłoszenia w firmie Microsoft oraz każdą zmianę wraz z jej autorem), oceny Pomocne / Niepomocne razem z pytaniem, którego dotyczą, oraz stan rozmowy potrzebny do kontynuowania kreatora. Niedokończony kreator jest usuwany po wygaśnięciu.\n\nNiczego nie wysyła w Twoim imieniu do pomocy technicznej firmy Microsoft i niczego nie udostępnia podmiotom trzecim. Twoje wiadomości docierają do niego przez Microsoft Teams i Azure Bot Service, jak w przypadku każdej aplikacji Teams. Jego dzienniki i metryki rejestrują zdarzenia techniczne, a nie treść Twoich wiadomości.\n\nAby zobaczyć, poprawić lub usunąć swoje dane, skontaktuj się z administratorem, który dodał tę aplikację w Twojej organizacji.',
  },
  'page.terms.title': {
    en: 'CSP escalation assistant: terms of use',
    pl: 'Asystent eskalacji CSP: warunki korzystania',
  },
  'page.terms.body': {
    en: 'The CSP escalation assistant helps you decide whether and how to escalate a customer’s service problem to Microsoft through the CSP program, and records the ticket.\n\nIts answers, routes and severity suggestions are guidance based on Microsoft’s published partner support documentation. Where they differ, Microsoft’s current documentation and your organization’s agreements with Microsoft prevail.\n\nFiling the request with Microsoft stays your responsibility: the assistant records tickets, it does not submit them. Enter only the customer information the escalation needs.\n\nThe assistant is provided by your organization for its own work, as is; your organization’s rules for using its systems apply.',
    pl: 'Asystent eskalacji CSP pomaga zdecydować, czy i jak eskalować problem z usługą klienta do firmy Microsoft w ramach programu CSP, i zapisuje zgłoszenie.\n\nJego odpowiedzi, wskazane drogi zgłoszenia i proponowane poziomy istotności to wskazówki oparte na opublikowanej przez firmę Microsoft dokumentacji pomocy technicznej dla partnerów. Jeśli się od niej różnią, rozstrzyga aktualna dokumentacja firmy Microsoft i umowy Twojej organizacji z firmą Microsoft.\n\nZłożenie zgłoszenia w firmie Microsoft pozostaje Twoim zadaniem: asystent zapisuje zgłoszenia, ale ich nie wysyła. Podawaj tylko te informacje o kliencie, których wymaga eskalacja.\n\nAsystenta udostępnia Twoja organizacja do własnej pracy, w obecnej postaci; obowiązują zasady korzystania z systemów Twojej organizacji.',
  },
});
