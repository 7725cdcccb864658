import { defineTexts } from './messages';

/** The escalation wizard: steps, questions, choices, hints and its errors. */
export const wizard = defineTexts({
  'wizard.title': {
    en: 'Report a customer’s problem to Microsoft',
    pl: 'Zgłoś problem klienta do firmy Microsoft',
  },
  'wizard.progress': {
    en: 'Step {index} of {total}: {step}',
    pl: 'Krok {index} z {total}: {step}',
  },
  'wizard.step.role': {
    en: 'Your role',
    pl: 'Twoja rola',
  },
  'wizard.step.service': {
    en: 'Affected service',
    pl: 'Usługa, której dotyczy problem',
  },
  'wizard.step.problem': {
    en: 'Type of problem',
    pl: 'Rodzaj problemu',
  },
  'wizard.step.criteria': {
    en: 'Before you escalate',
    pl: 'Przed eskalacją',
  },
  'wizard.step.access': {
    en: 'Access',
    pl: 'Dostęp',
  },
  'wizard.step.severity': {
    en: 'Severity',
    pl: 'Istotność',
  },
  'wizard.step.details': {
    en: 'Customer, problem and contact',
    pl: 'Klient, problem i kontakt',
  },
  'wizard.step.review': {
    en: 'Review',
    pl: 'Podsumowanie',
  },
  'wizard.intro.role': {
    en: 'Which role do you have in the Cloud Solution Provider (CSP) program?',
    pl: 'Jaką rolę pełnisz w programie Cloud Solution Provider (CSP, dostawca rozwiązań w chmurze)?',
  },
  'wizard.intro.service': {
    en: 'What is affected?',
    pl: 'Czego dotyczy problem?',
  },
  'wizard.intro.problem': {
    en: 'What kind of problem is it?',
    pl: 'Jakiego rodzaju jest to problem?',
  },
  'wizard.intro.criteria': {
    en: 'You are expected to solve your customers’ problems yourself first. Microsoft takes over only certain kinds of issues.',
    pl: 'Od partnera oczekuje się, że najpierw sam rozwiąże problemy swoich klientów. Firma Microsoft przejmuje tylko określone rodzaje problemów.',
  },
  'wizard.intro.access': {
    en: 'A few questions about your access to this customer.',
    pl: 'Kilka pytań o Twój dostęp do tego klienta.',
  },
  'wizard.intro.severity': {
    en: 'Severity is set by the business impact you indicate. Initial response times for technical break-fix incidents, which hold for English-speaking support (support in other languages is given during business hours, with no stated response time):',
    pl: 'Istotność wynika ze wskazanego przez Ciebie wpływu na działalność biznesową. Czas pierwszej odpowiedzi dla awarii technicznych (break-fix) w pomocy technicznej w języku angielskim (pomoc w innych językach jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi):',
  },
  'wizard.intro.details': {
    en: 'Describe the customer and the problem. Fields marked optional may stay empty.',
    pl: 'Opisz klienta i problem. Pola oznaczone jako opcjonalne możesz zostawić puste.',
  },
  'wizard.intro.review': {
    en: 'Check your answers and what happens next, then create the ticket.',
    pl: 'Sprawdź odpowiedzi i dalsze kroki, a potem utwórz zgłoszenie.',
  },
  'wizard.action.back': {
    en: 'Back',
    pl: 'Wstecz',
  },
  'wizard.action.next': {
    en: 'Next',
    pl: 'Dalej',
  },
  'wizard.action.cancel': {
    en: 'Cancel',
    pl: 'Anuluj',
  },
  'wizard.action.submit': {
    en: 'Create ticket',
    pl: 'Utwórz zgłoszenie',
  },
  'wizard.action.submitDraft': {
    en: 'Save as draft ticket',
    pl: 'Zapisz jako wersję roboczą',
  },
  'wizard.action.start': {
    en: 'Start a new ticket',
    pl: 'Nowe zgłoszenie',
  },
  'wizard.errors.title': {
    en: 'Please correct the following. Everything else you entered is kept.',
    pl: 'Popraw poniższe pola. Pozostałe wprowadzone dane zostały zachowane.',
  },
  'wizard.errors.item': {
    en: '{field}: {message}',
    pl: '{field}: {message}',
  },
  'wizard.stale': {
    en: 'That card was out of date, so nothing was changed. This is where your ticket stands now; please continue here.',
    pl: 'Ta karta była nieaktualna, więc nic nie zostało zmienione. Tak wygląda teraz Twoje zgłoszenie; kontynuuj tutaj.',
  },
  'wizard.cancelled.title': {
    en: 'Ticket cancelled',
    pl: 'Zgłoszenie anulowane',
  },
  'wizard.cancelled.text': {
    en: 'Nothing was saved. You can start again at any time.',
    pl: 'Nic nie zostało zapisane. Możesz zacząć od nowa w dowolnej chwili.',
  },
  'wizard.expired.title': {
    en: 'This ticket form is no longer open',
    pl: 'Ten formularz zgłoszenia jest już zamknięty',
  },
  'wizard.expired.text': {
    en: 'It was already submitted or cancelled. Start a new ticket if you need one.',
    pl: 'Zgłoszenie zostało już wysłane albo anulowane. W razie potrzeby utwórz nowe.',
  },
  'wizard.invalidAction': {
    en: 'I couldn’t read that card action, so nothing was changed. Please try again from the latest card.',
    pl: 'Nie udało mi się odczytać akcji z tej karty, więc nic nie zostało zmienione. Spróbuj ponownie z najnowszej karty.',
  },
  'wizard.saveFailed': {
    en: 'The ticket database isn’t answering right now, so this wasn’t saved, but nothing was lost: your inputs are kept below. Press Retry in a moment.',
    pl: 'Baza zgłoszeń w tej chwili nie odpowiada, więc nie udało się tego zapisać, ale nic nie zginęło: wprowadzone dane są zachowane poniżej. Za chwilę naciśnij Ponów.',
  },
  'wizard.incomplete': {
    en: 'A few answers are still missing. Please answer this step, then continue.',
    pl: 'Brakuje jeszcze kilku odpowiedzi. Odpowiedz na pytania w tym kroku i kontynuuj.',
  },
  'wizard.field.role': {
    en: 'Role',
    pl: 'Rola',
  },
  'wizard.field.service': {
    en: 'Service',
    pl: 'Usługa',
  },
  'wizard.field.problemType': {
    en: 'Problem type',
    pl: 'Rodzaj problemu',
  },
  'wizard.field.criteria': {
    en: 'Which of these describe the problem? Select all that apply.',
    pl: 'Co opisuje ten problem? Zaznacz wszystkie pasujące odpowiedzi.',
  },
  'wizard.field.serviceHealthChecked': {
    en: 'Service health',
    pl: 'Kondycja usługi',
  },
  'wizard.field.troubleshootingDone': {
    en: 'Troubleshooting',
    pl: 'Rozwiązywanie problemów',
  },
  'wizard.field.delegatedAdmin': {
    en: 'Do you have delegated admin privileges for this customer?',
    pl: 'Czy masz delegowane uprawnienia administratora dla tego klienta?',
  },
  'wizard.field.providerGrantedAccess': {
    en: 'Has your indirect provider granted you access to the customer’s Azure account?',
    pl: 'Czy dostawca pośredni udzielił Ci dostępu do konta Azure klienta?',
  },
  'wizard.field.helpdeskAdmin': {
    en: 'Is your Partner Center role Helpdesk admin?',
    pl: 'Czy Twoja rola w Centrum partnerskim to administrator pomocy technicznej (Helpdesk admin)?',
  },
  'wizard.field.asfp': {
    en: 'Does your organization keep an Advanced Support for Partners (ASfP) support agreement or a higher plan?',
    pl: 'Czy Twoja organizacja ma umowę Advanced Support for Partners (ASfP) lub wyższy plan pomocy technicznej?',
  },
  'wizard.field.severity': {
    en: 'Severity',
    pl: 'Istotność',
  },
  'wizard.field.customerName': {
    en: 'Customer name',
    pl: 'Nazwa klienta',
  },
  'wizard.field.customerDomain': {
    en: 'Customer’s primary domain',
    pl: 'Domena podstawowa klienta',
  },
  'wizard.field.customerTenantId': {
    en: 'Customer tenant ID (optional)',
    pl: 'Identyfikator dzierżawy klienta (opcjonalnie)',
  },
  'wizard.field.title': {
    en: 'Title',
    pl: 'Tytuł',
  },
  'wizard.field.description': {
    en: 'Description of the problem',
    pl: 'Opis problemu',
  },
  'wizard.field.affectedResource': {
    en: 'Affected resource (optional)',
    pl: 'Zasób, którego dotyczy problem (opcjonalnie)',
  },
  'wizard.field.contactName': {
    en: 'Your name',
    pl: 'Twoje imię i nazwisko',
  },
  'wizard.field.contactEmail': {
    en: 'Your email',
    pl: 'Twój adres e-mail',
  },
  'wizard.field.contactPhone': {
    en: 'Your phone number (optional)',
    pl: 'Twój numer telefonu (opcjonalnie)',
  },
  'wizard.field.contactLanguage': {
    en: 'Preferred language',
    pl: 'Preferowany język',
  },
  'wizard.field.microsoftRequestNumber': {
    en: 'Microsoft support request number, if you already filed one (optional)',
    pl: 'Numer zgłoszenia w pomocy technicznej Microsoft, jeśli zostało już utworzone (opcjonalnie)',
  },
  'wizard.field.customerName.own': {
    en: 'Your organization’s name',
    pl: 'Nazwa Twojej organizacji',
  },
  'wizard.field.customerDomain.own': {
    en: 'Your organization’s primary domain',
    pl: 'Domena podstawowa Twojej organizacji',
  },
  'wizard.toggle.serviceHealthChecked': {
    en: 'I checked service health for existing, documented problems',
    pl: 'Kondycja usługi została sprawdzona pod kątem znanych, udokumentowanych problemów',
  },
  'wizard.toggle.troubleshootingDone': {
    en: 'I troubleshot the software, settings and configuration with admin privileges',
    pl: 'Oprogramowanie, ustawienia i konfiguracja zostały sprawdzone z uprawnieniami administratora',
  },
  'wizard.hint.criteria': {
    en: 'Leave all unselected if none applies.',
    pl: 'Jeśli nic nie pasuje, niczego nie zaznaczaj.',
  },
  'wizard.hint.customerDomain': {
    en: 'For example contoso.onmicrosoft.com or contoso.com, as shown on the customer’s account page in Partner Center.',
    pl: 'Na przykład contoso.onmicrosoft.com lub contoso.com, tak jak na stronie konta klienta w Centrum partnerskim.',
  },
  'wizard.hint.customerTenantId': {
    en: 'A GUID such as 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
    pl: 'Identyfikator GUID, np. 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
  },
  'wizard.hint.contact': {
    en: 'Give your own contact details, not your customer’s: Microsoft will contact you.',
    pl: 'Podaj swoje dane kontaktowe, a nie dane klienta: firma Microsoft skontaktuje się z Tobą.',
  },
  'wizard.hint.microsoftRequestNumber': {
    en: '10 to 20 digits.',
    pl: 'Od 10 do 20 cyfr.',
  },
  'wizard.placeholder.customerDomain': {
    en: 'contoso.onmicrosoft.com',
    pl: 'contoso.onmicrosoft.com',
  },
  'wizard.placeholder.contactEmail': {
    en: 'name@example.com',
    pl: 'imie@example.com',
  },
  'wizard.choice.yes': {
    en: 'Yes',
    pl: 'Tak',
  },
  'wizard.choice.no': {
    en: 'No',
    pl: 'Nie',
  },
  'wizard.role.indirect-reseller': {
    en: 'Indirect reseller',
    pl: 'Odsprzedawca pośredni',
  },
  'wizard.role.indirect-provider': {
    en: 'Indirect provider',
    pl: 'Dostawca pośredni',
  },
  'wizard.role.direct-bill': {
    en: 'Direct-bill partner',
    pl: 'Partner z rozliczeniem bezpośrednim',
  },
  'wizard.service.azure': {
    en: 'Microsoft Azure',
    pl: 'Microsoft Azure',
  },
  'wizard.service.office365': {
    en: 'Office 365',
    pl: 'Office 365',
  },
  'wizard.service.dynamics365': {
    en: 'Dynamics 365',
    pl: 'Dynamics 365',
  },
  'wizard.service.ems': {
    en: 'Enterprise Mobility Suite',
    pl: 'Enterprise Mobility Suite',
  },
  'wizard.service.dynamics-crm-online': {
    en: 'Dynamics CRM Online',
    pl: 'Dynamics CRM Online',
  },
  'wizard.service.marketplace': {
    en: 'A commercial marketplace product',
    pl: 'Produkt z komercyjnego marketplace',
  },
  'wizard.service.own-subscription': {
    en: 'Our own partner subscription',
    pl: 'Nasza własna subskrypcja partnerska',
  },
  'wizard.problem.break-fix': {
    en: 'Technical break-fix: something is broken',
    pl: 'Awaria techniczna (break-fix): coś przestało działać',
  },
  'wizard.problem.non-break-fix': {
    en: 'Technical request that isn’t a break-fix',
    pl: 'Zgłoszenie techniczne, które nie jest awarią',
  },
  'wizard.problem.billing': {
    en: 'Billing issue or dispute',
    pl: 'Problem z rozliczeniami lub spór',
  },
  'wizard.problem.billing.dynamics365': {
    en: 'Billing, licensing or Dynamics 365 Plan subscription issue',
    pl: 'Problem z rozliczeniami, licencjonowaniem lub subskrypcją Dynamics 365 Plan',
  },
  'wizard.problem.fraud': {
    en: 'Fraud concern',
    pl: 'Podejrzenie oszustwa',
  },
  'wizard.criterion.undocumented-behaviour': {
    en: 'Undocumented problem: the service isn’t working as its service description says',
    pl: 'Nieudokumentowany problem: usługa nie działa zgodnie z opisem usługi',
  },
  'wizard.criterion.service-unavailable': {
    en: 'The service is unavailable',
    pl: 'Usługa jest niedostępna',
  },
  'wizard.criterion.bug-or-irregularity': {
    en: 'A bug or other irregularity affecting how the service looks or works',
    pl: 'Usterka lub inna nieprawidłowość wpływająca na wygląd lub działanie usługi',
  },
  'wizard.criterion.network-disruption': {
    en: 'A large-scale network disruption',
    pl: 'Zakłócenie sieci na dużą skalę',
  },
  'wizard.criterion.regional-multi-tenant': {
    en: 'A regional issue affecting multiple tenants',
    pl: 'Problem regionalny wpływający na wiele dzierżaw',
  },
  'wizard.severity.A': {
    en: 'A: critical impact',
    pl: 'A: krytyczny wpływ',
  },
  'wizard.severity.B': {
    en: 'B: moderate impact',
    pl: 'B: umiarkowany wpływ',
  },
  'wizard.severity.C': {
    en: 'C: minimal impact',
    pl: 'C: minimalny wpływ',
  },
  'wizard.severity.A.impact': {
    en: 'Significant loss or degradation of services; production services are down. Initial response: 2 hours for English-speaking support.',
    pl: 'Znacząca utrata lub pogorszenie działania usług; usługi produkcyjne nie działają. Pierwsza odpowiedź: 2 godziny w pomocy technicznej w języku angielskim.',
  },
  'wizard.severity.B.impact': {
    en: 'Moderate loss or degradation of services; production services are partially affected. Initial response: 4 hours for English-speaking support.',
    pl: 'Umiarkowana utrata lub pogorszenie działania usług; problem częściowo dotyczy usług produkcyjnych. Pierwsza odpowiedź: 4 godziny w pomocy technicznej w języku angielskim.',
  },
  'wizard.severity.C.impact': {
    en: 'Minimal loss or degradation of services; services are still available, or non-production services are affected. Initial response: 8 hours for English-speaking support.',
    pl: 'Minimalna utrata lub pogorszenie działania usług; usługi są nadal dostępne lub problem dotyczy usług nieprodukcyjnych. Pierwsza odpowiedź: 8 godzin w pomocy technicznej w języku angielskim.',
  },
  'wizard.severity.localLanguage': {
    en: 'Your contact prefers {language}: support in that language is given during business hours, so these times don’t apply to this request.',
    pl: 'Preferowany język kontaktu to {language}: pomoc w tym języku jest świadczona w godzinach pracy, więc te czasy nie dotyczą tego zgłoszenia.',
  },
  'wizard.language.en': {
    en: 'English',
    pl: 'angielski',
  },
  'wizard.language.pl': {
    en: 'Polish',
    pl: 'polski',
  },
  'wizard.language.de': {
    en: 'German',
    pl: 'niemiecki',
  },
  'wizard.language.fr': {
    en: 'French',
    pl: 'francuski',
  },
  'wizard.language.es': {
    en: 'Spanish',
    pl: 'hiszpański',
  },
  'wizard.language.it': {
    en: 'Italian',
    pl: 'włoski',
  },
  'wizard.error.required': {
    en: 'This is required.',
    pl: 'To pole jest wymagane.',
  },
  'wizard.error.wrongType': {
    en: 'This value has the wrong type; enter text or pick an option.',
    pl: 'Nieprawidłowy typ wartości; wpisz tekst lub wybierz opcję.',
  },
  'wizard.error.choice': {
    en: 'Pick one of the options shown.',
    pl: 'Wybierz jedną z podanych opcji.',
  },
  'wizard.error.tooLong': {
    en: 'Too long: at most {max} characters.',
    pl: 'Za długie: maksymalnie {max} znaków.',
  },
  'wizard.error.email': {
    en: 'Enter an email address such as name@example.com.',
    pl: 'Wpisz adres e-mail, np. imie@example.com.',
  },
  'wizard.error.phone': {
    en: 'Enter a phone number with at least 6 digits, such as +48 22 123 45 67.',
    pl: 'Wpisz numer telefonu z co najmniej 6 cyframi, np. +48 22 123 45 67.',
  },
  'wizard.error.domain': {
    en: 'Enter a domain such as contoso.onmicrosoft.com or contoso.com.',
    pl: 'Wpisz domenę, np. contoso.onmicrosoft.com lub contoso.com.',
  },
  'wizard.error.guid': {
    en: 'Enter the tenant ID as a GUID, or leave it empty.',
    pl: 'Wpisz identyfikator dzierżawy w formacie GUID albo zostaw pole puste.',
  },
  'wizard.error.requestNumber': {
    en: 'A Microsoft request number has 10 to 20 digits.',
    pl: 'Numer zgłoszenia Microsoft ma od 10 do 20 cyfr.',
  },
  'wizard.error.controlChars': {
    en: 'This contains characters that can’t be used.',
    pl: 'Tekst zawiera niedozwolone znaki.',
  },
  'wizard.review.answers': {
    en: 'Your answers',
    pl: 'Twoje odpowiedzi',
  },
  'wizard.review.decision': {
    en: 'Decision',
    pl: 'Decyzja',
  },
  'wizard.review.none': {
    en: 'none',
    pl: 'brak',
  },
});
