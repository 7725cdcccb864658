import { defineTexts } from './messages';

/** The escalation wizard: steps, questions, choices, hints and its errors. */
export const wizard = defineTexts({
  'wizard.title': {
    en: 'Report a customer’s problem to Microsoft',
    pl: 'Zgłoś problem klienta do firmy Microsoft',
  },
  'wizard.title.marketplace': {
    en: 'Get support for a marketplace product',
    pl: 'Pomoc techniczna dla produktu z marketplace',
  },
  'wizard.title.own-subscription': {
    en: 'Get support for your own subscription',
    pl: 'Pomoc techniczna dla własnej subskrypcji',
  },
  'wizard.title.edit': {
    en: 'Edit ticket {id}',
    pl: 'Edycja zgłoszenia {id}',
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
    en: 'Service and problem type',
    pl: 'Usługa i rodzaj problemu',
  },
  'wizard.step.criteria': {
    en: 'Before you escalate',
    pl: 'Przed eskalacją',
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
    en: 'What is affected, and what kind of problem is it?',
    pl: 'Czego dotyczy problem i jakiego jest rodzaju?',
  },
  'wizard.intro.criteria': {
    en: 'You are expected to solve your customers’ problems yourself first. Microsoft takes over only certain kinds of issues. A few questions about that, about your access to this customer and, for a break-fix, its severity.',
    pl: 'Od partnera oczekuje się, że najpierw sam rozwiąże problemy swoich klientów. Firma Microsoft przejmuje tylko określone rodzaje problemów. Kilka pytań o to, o Twój dostęp do tego klienta i, przy awarii, o istotność.',
  },
  'wizard.hint.severity': {
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
  'wizard.intro.review.edit': {
    en: 'Check your answers and what happens next, then save your changes to the ticket.',
    pl: 'Sprawdź odpowiedzi i dalsze kroki, a potem zapisz zmiany w zgłoszeniu.',
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
  'wizard.action.saveChanges': {
    en: 'Save changes',
    pl: 'Zapisz zmiany',
  },
  'wizard.action.start': {
    en: 'Start a new ticket',
    pl: 'Nowe zgłoszenie',
  },
  'wizard.errors.title': {
    en: 'Please correct the fields marked below. Everything else you entered is kept.',
    pl: 'Popraw pola oznaczone poniżej. Pozostałe wprowadzone dane zostały zachowane.',
  },
  'wizard.action.continueDraft': {
    en: 'Continue as a draft',
    pl: 'Kontynuuj jako wersję roboczą',
  },
  'wizard.blocked.title': {
    en: 'With this answer the request can’t go to Microsoft yet',
    pl: 'Przy tej odpowiedzi zgłoszenia nie można jeszcze przekazać do firmy Microsoft',
  },
  'wizard.blocked.wayForward': {
    en: 'Change your answer if it was a slip. Otherwise you can continue: the ticket is then saved as a draft, and you file it once this is sorted out.',
    pl: 'Jeśli to pomyłka, zmień odpowiedź. W przeciwnym razie możesz kontynuować: zgłoszenie zostanie zapisane jako wersja robocza, którą zgłosisz, gdy sprawa zostanie wyjaśniona.',
  },
  'wizard.blocked.incomplete-answers': {
    en: 'Some answers are still missing.',
    pl: 'Brakuje jeszcze niektórych odpowiedzi.',
  },
  'wizard.blocked.service-health-not-checked': {
    en: 'Service health not checked: Microsoft expects you to look there first, because the problem may already be known and documented, with updates on the fix. Check service health for this customer in Partner Center, then switch this on.',
    pl: 'Kondycja usługi nie została sprawdzona: firma Microsoft oczekuje, że najpierw zajrzysz właśnie tam, bo problem może być już znany i opisany, z informacjami o postępach naprawy. Sprawdź kondycję usług tego klienta w Centrum partnerskim, a potem zaznacz tę opcję.',
  },
  'wizard.blocked.troubleshooting-not-done': {
    en: 'Troubleshooting not done: you are expected to look into the software, settings and configuration with your admin privileges before you escalate.',
    pl: 'Brak diagnozy: przed eskalacją należy samodzielnie sprawdzić oprogramowanie, ustawienia i konfigurację, korzystając z uprawnień administratora.',
  },
  'wizard.blocked.no-escalation-criterion': {
    en: 'No escalation criterion: Microsoft takes over only undocumented behaviour, unavailable services, bugs and irregularities, large-scale network disruptions and regional issues affecting multiple tenants. Otherwise the problem stays with you to solve.',
    pl: 'Żadne kryterium eskalacji nie jest spełnione: firma Microsoft przejmuje tylko nieudokumentowane problemy, niedostępne usługi, usterki i nieprawidłowości, zakłócenia sieci na dużą skalę oraz problemy regionalne wpływające na wiele dzierżaw. W innych przypadkach problem rozwiązujesz sam.',
  },
  'wizard.blocked.reseller-azure-access-missing': {
    en: 'No access from your indirect provider: as an indirect reseller you can create Azure requests for this customer only once your provider grants you access to the customer’s Azure account. Ask your provider for that access, or ask them to file the request.',
    pl: 'Brak dostępu od dostawcy pośredniego: jako odsprzedawca pośredni możesz tworzyć żądania obsługi Azure dla tego klienta dopiero wtedy, gdy dostawca pośredni udzieli Ci dostępu do konta Azure klienta. Poproś dostawcę o ten dostęp albo o utworzenie zgłoszenia.',
  },
  'wizard.blocked.helpdesk-admin-azure': {
    en: 'Helpdesk admin: this Partner Center role can’t create Azure support requests. Ask someone with another role (for example an admin agent) to file it, or, as Helpdesk admin, create a support group in the Azure portal and give that group permission to log support requests.',
    pl: 'Administrator pomocy technicznej (Helpdesk admin): ta rola w Centrum partnerskim nie może tworzyć żądań obsługi Azure. Poproś o zgłoszenie osobę z inną rolą (np. agenta administracyjnego) albo, jako Helpdesk admin, utwórz w portalu Azure grupę pomocy technicznej i nadaj tej grupie uprawnienia do rejestrowania żądań obsługi.',
  },
  'wizard.blocked.delegated-admin-missing': {
    en: 'No delegated admin privileges for this customer.',
    pl: 'Brak delegowanych uprawnień administratora dla tego klienta.',
  },
  'wizard.blocked.asfp-missing': {
    en: 'No ASfP agreement: Dynamics 365 incidents for a CSP customer can be filed only under an Advanced Support for Partners (ASfP) agreement or a higher plan. Get such an agreement first (the partner support plans page compares them).',
    pl: 'Brak umowy ASfP: zgłoszenia Dynamics 365 w imieniu klienta CSP można składać tylko w ramach umowy Advanced Support for Partners (ASfP) lub wyższego planu. Najpierw zawrzyj taką umowę (porównanie znajdziesz na stronie planów pomocy technicznej dla partnerów).',
  },
  'wizard.stale': {
    en: 'That card was out of date, so nothing was changed. This is where your ticket stands now; please continue here.',
    pl: 'Ta karta była nieaktualna, więc nic nie zostało zmienione. Tak wygląda teraz Twoje zgłoszenie; kontynuuj tutaj.',
  },
  'wizard.cancelled.title': {
    en: 'Ticket cancelled',
    pl: 'Zgłoszenie anulowane',
  },
  'wizard.cancelTyped': {
    en: 'To stop a ticket form, press Cancel on its card. Until you create the ticket, nothing is sent to anyone; an unfinished form expires on its own.',
    pl: 'Aby przerwać formularz zgłoszenia, naciśnij Anuluj na jego karcie. Dopóki nie utworzysz zgłoszenia, nic nie jest nikomu wysyłane; niedokończony formularz wygasa sam.',
  },
  'wizard.cancelled.text': {
    en: 'Nothing was saved. You can start again at any time.',
    pl: 'Nic nie zostało zapisane. Możesz zacząć od nowa w dowolnej chwili.',
  },
  'wizard.cancelled.edit.title': {
    en: 'Edit cancelled',
    pl: 'Edycja anulowana',
  },
  'wizard.cancelled.edit.text': {
    en: 'Nothing was changed: ticket {id} stays as it was.',
    pl: 'Nic nie zostało zmienione: zgłoszenie {id} pozostaje bez zmian.',
  },
  'wizard.action.showTicket': {
    en: 'Show ticket {id}',
    pl: 'Pokaż zgłoszenie {id}',
  },
  'wizard.closed.title': {
    en: 'This ticket form is no longer open',
    pl: 'Ten formularz zgłoszenia jest już zamknięty',
  },
  'wizard.closed.text': {
    en: 'It was already submitted or cancelled. Start a new ticket if you need one.',
    pl: 'Zgłoszenie zostało już wysłane albo anulowane. W razie potrzeby utwórz nowe.',
  },
  'wizard.expired.title': {
    en: 'This ticket form has expired',
    pl: 'Ten formularz zgłoszenia wygasł',
  },
  'wizard.expired.text': {
    en: 'Unfinished ticket forms are kept for {days} days after their last change. This one was left longer, so it was removed with its answers, and no ticket was made from it. Start a new ticket to report the problem.',
    pl: 'Niedokończone formularze zgłoszeń są przechowywane przez {days} dni od ostatniej zmiany. Ten czekał dłużej, więc został usunięty razem z odpowiedziami i nie utworzono z niego zgłoszenia. Aby zgłosić problem, utwórz nowe zgłoszenie.',
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
    en: 'Will you file this with the Partner Center Helpdesk admin role? (That role can’t create Azure support requests.)',
    pl: 'Czy zgłaszasz to z rolą administratora pomocy technicznej (Helpdesk admin) w Centrum partnerskim? (Ta rola nie może tworzyć żądań obsługi Azure.)',
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
    en: 'Title (optional)',
    pl: 'Tytuł (opcjonalnie)',
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
  'wizard.checks.subject': {
    en: 'For {service}: {problem}',
    pl: 'Dotyczy: {service}, {problem}',
  },
  'wizard.hint.problemType': {
    en: 'Billing includes licensing and, for Dynamics 365, Dynamics 365 Plan subscriptions.',
    pl: 'Rozliczenia obejmują też licencjonowanie, a w Dynamics 365 także subskrypcje Dynamics 365 Plan.',
  },
  'wizard.hint.title': {
    en: 'Optional: left empty, the title is made from the description (up to {max} characters) and changes with it until you type one.',
    pl: 'Jeśli zostawisz to pole puste, tytuł powstanie z opisu (do {max} znaków) i będzie się zmieniać razem z nim, dopóki nie wpiszesz własnego.',
  },
  'wizard.hint.criteria': {
    en: 'Leave all unselected if none applies.',
    pl: 'Jeśli nic nie pasuje, niczego nie zaznaczaj.',
  },
  'wizard.hint.customerDomain': {
    en: 'For example contoso.onmicrosoft.com or contoso.com, as shown on the customer’s account page in Partner Center.',
    pl: 'Na przykład contoso.onmicrosoft.com lub contoso.com, tak jak na stronie konta klienta w Centrum partnerskim.',
  },
  'wizard.hint.customerDomain.own': {
    en: 'Your organization’s primary domain, for example fabrikam.onmicrosoft.com or fabrikam.com.',
    pl: 'Domena podstawowa Twojej organizacji, na przykład fabrikam.onmicrosoft.com lub fabrikam.com.',
  },
  'wizard.hint.customerTenantId': {
    en: 'A GUID such as 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
    pl: 'Identyfikator GUID, np. 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
  },
  'wizard.hint.contact': {
    en: 'Give your own contact details, not your customer’s: Microsoft will contact you.',
    pl: 'Podaj swoje dane kontaktowe, a nie dane klienta: firma Microsoft skontaktuje się z Tobą.',
  },
  'wizard.hint.contact.marketplace': {
    en: 'Give your own contact details, not your customer’s.',
    pl: 'Podaj swoje dane kontaktowe, a nie dane klienta.',
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
    pl: 'Za długi tekst: maksymalna liczba znaków to {max}.',
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
    en: 'This contains control or text-direction characters that can’t be used (often pasted along with the text): type it again.',
    pl: 'Tekst zawiera niedozwolone znaki sterujące lub znaki kierunku tekstu (często wklejane razem z tekstem): wpisz go ponownie.',
  },
  'wizard.review.answers': {
    en: 'Your answers',
    pl: 'Twoje odpowiedzi',
  },
  'wizard.review.decision': {
    en: 'Decision',
    pl: 'Decyzja',
  },
  'wizard.review.automaticTitle': {
    en: '{title} (made from the description)',
    pl: '{title} (utworzony z opisu)',
  },
  'wizard.review.descriptionShortened': {
    en: '(Shortened to fit on this card. The whole description is kept and goes into the ticket.)',
    pl: '(Skrócono, aby zmieścić się na tej karcie. Cały opis jest zachowany i trafi do zgłoszenia.)',
  },
  'wizard.review.none': {
    en: 'none',
    pl: 'brak',
  },
});
