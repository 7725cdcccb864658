import { defineMessages } from './messages';

/** The escalation wizard, decisions, response targets and ticket cards. */
export const wizard = defineMessages({
  en: {
    'wizard.title': 'Report a customer’s problem to Microsoft',
    'wizard.progress': 'Step {index} of {total}: {step}',
    'wizard.step.role': 'Your role',
    'wizard.step.service': 'Affected service',
    'wizard.step.problem': 'Type of problem',
    'wizard.step.criteria': 'Before you escalate',
    'wizard.step.access': 'Access',
    'wizard.step.severity': 'Severity',
    'wizard.step.details': 'Customer, problem and contact',
    'wizard.step.review': 'Review',
    'wizard.intro.role': 'Which role do you have in the Cloud Solution Provider (CSP) program?',
    'wizard.intro.service': 'What is affected?',
    'wizard.intro.problem': 'What kind of problem is it?',
    'wizard.intro.criteria':
      'You are expected to solve your customers’ problems yourself first. Microsoft takes over only certain kinds of issues.',
    'wizard.intro.access': 'A few questions about your access to this customer.',
    'wizard.intro.severity':
      'Severity is set by the business impact you indicate. Initial response times for technical break-fix incidents, which hold for English-speaking support (support in other languages is given during business hours, with no stated response time):',
    'wizard.intro.details': 'Describe the customer and the problem. Fields marked optional may stay empty.',
    'wizard.intro.review': 'Check your answers and what happens next, then create the ticket.',
    'wizard.action.back': 'Back',
    'wizard.action.next': 'Next',
    'wizard.action.cancel': 'Cancel',
    'wizard.action.submit': 'Create ticket',
    'wizard.action.submitDraft': 'Save as draft ticket',
    'wizard.action.start': 'Start a new ticket',
    'wizard.errors.title': 'Please correct the following. Everything else you entered is kept.',
    'wizard.errors.item': '{field}: {message}',
    'wizard.stale':
      'That card was out of date, so nothing was changed. This is where your ticket stands now; please continue here.',
    'wizard.cancelled.title': 'Ticket cancelled',
    'wizard.cancelled.text': 'Nothing was saved. You can start again at any time.',
    'wizard.expired.title': 'This ticket form is no longer open',
    'wizard.expired.text': 'It was already submitted or cancelled. Start a new ticket if you need one.',
    'wizard.invalidAction':
      'I couldn’t read that card action, so nothing was changed. Please try again from the latest card.',
    'wizard.saveFailed':
      'The ticket database isn’t answering right now, so this wasn’t saved, but nothing was lost: your inputs are kept below. Press Retry in a moment.',
    'wizard.incomplete': 'A few answers are still missing. Please answer this step, then continue.',

    'wizard.field.role': 'Role',
    'wizard.field.service': 'Service',
    'wizard.field.problemType': 'Problem type',
    'wizard.field.criteria': 'Which of these describe the problem? Select all that apply.',
    'wizard.field.serviceHealthChecked': 'Service health',
    'wizard.field.troubleshootingDone': 'Troubleshooting',
    'wizard.field.delegatedAdmin': 'Do you have delegated admin privileges for this customer?',
    'wizard.field.providerGrantedAccess':
      'Has your indirect provider granted you access to the customer’s Azure account?',
    'wizard.field.helpdeskAdmin': 'Is your Partner Center role Helpdesk admin?',
    'wizard.field.asfp':
      'Does your organization keep an Advanced Support for Partners (ASfP) support agreement or a higher plan?',
    'wizard.field.severity': 'Severity',
    'wizard.field.customerName': 'Customer name',
    'wizard.field.customerDomain': 'Customer’s primary domain',
    'wizard.field.customerTenantId': 'Customer tenant ID (optional)',
    'wizard.field.title': 'Title',
    'wizard.field.description': 'Description of the problem',
    'wizard.field.affectedResource': 'Affected resource (optional)',
    'wizard.field.contactName': 'Your name',
    'wizard.field.contactEmail': 'Your email',
    'wizard.field.contactPhone': 'Your phone number (optional)',
    'wizard.field.contactLanguage': 'Preferred language',
    'wizard.field.microsoftRequestNumber':
      'Microsoft support request number, if you already filed one (optional)',
    'wizard.field.customerName.own': 'Your organization’s name',
    'wizard.field.customerDomain.own': 'Your organization’s primary domain',

    'wizard.toggle.serviceHealthChecked': 'I checked service health for existing, documented problems',
    'wizard.toggle.troubleshootingDone':
      'I troubleshot the software, settings and configuration with admin privileges',
    'wizard.hint.criteria': 'Leave all unselected if none applies.',
    'wizard.hint.customerDomain':
      'For example contoso.onmicrosoft.com or contoso.com, as shown on the customer’s account page in Partner Center.',
    'wizard.hint.customerTenantId': 'A GUID such as 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
    'wizard.hint.contact': 'Give your own contact details, not your customer’s: Microsoft will contact you.',
    'wizard.hint.microsoftRequestNumber': '10 to 20 digits.',
    'wizard.placeholder.customerDomain': 'contoso.onmicrosoft.com',
    'wizard.placeholder.contactEmail': 'name@example.com',

    'wizard.choice.yes': 'Yes',
    'wizard.choice.no': 'No',
    'wizard.role.indirect-reseller': 'Indirect reseller',
    'wizard.role.indirect-provider': 'Indirect provider',
    'wizard.role.direct-bill': 'Direct-bill partner',
    'wizard.service.azure': 'Microsoft Azure',
    'wizard.service.office365': 'Office 365',
    'wizard.service.dynamics365': 'Dynamics 365',
    'wizard.service.ems': 'Enterprise Mobility Suite',
    'wizard.service.dynamics-crm-online': 'Dynamics CRM Online',
    'wizard.service.marketplace': 'A commercial marketplace product',
    'wizard.service.own-subscription': 'Our own partner subscription',
    'wizard.problem.break-fix': 'Technical break-fix: something is broken',
    'wizard.problem.non-break-fix': 'Technical request that isn’t a break-fix',
    'wizard.problem.billing': 'Billing issue or dispute',
    'wizard.problem.billing.dynamics365': 'Billing, licensing or Dynamics 365 Plan subscription issue',
    'wizard.problem.fraud': 'Fraud concern',
    'wizard.criterion.undocumented-behaviour':
      'Undocumented problem: the service isn’t working as its service description says',
    'wizard.criterion.service-unavailable': 'The service is unavailable',
    'wizard.criterion.bug-or-irregularity':
      'A bug or other irregularity affecting how the service looks or works',
    'wizard.criterion.network-disruption': 'A large-scale network disruption',
    'wizard.criterion.regional-multi-tenant': 'A regional issue affecting multiple tenants',
    'wizard.severity.A': 'A: critical impact',
    'wizard.severity.B': 'B: moderate impact',
    'wizard.severity.C': 'C: minimal impact',
    'wizard.severity.A.impact':
      'Significant loss or degradation of services; production services are down. Initial response: 2 hours for English-speaking support.',
    'wizard.severity.B.impact':
      'Moderate loss or degradation of services; production services are partially affected. Initial response: 4 hours for English-speaking support.',
    'wizard.severity.C.impact':
      'Minimal loss or degradation of services; services are still available, or non-production services are affected. Initial response: 8 hours for English-speaking support.',
    'wizard.severity.localLanguage':
      'Your contact prefers {language}: support in that language is given during business hours, so these times don’t apply to this request.',
    'wizard.language.en': 'English',
    'wizard.language.pl': 'Polish',
    'wizard.language.de': 'German',
    'wizard.language.fr': 'French',
    'wizard.language.es': 'Spanish',
    'wizard.language.it': 'Italian',

    'wizard.error.required': 'This is required.',
    'wizard.error.wrongType': 'This value has the wrong type; enter text or pick an option.',
    'wizard.error.choice': 'Pick one of the options shown.',
    'wizard.error.tooLong': 'Too long: at most {max} characters.',
    'wizard.error.email': 'Enter an email address such as name@example.com.',
    'wizard.error.phone': 'Enter a phone number with at least 6 digits, such as +48 22 123 45 67.',
    'wizard.error.domain': 'Enter a domain such as contoso.onmicrosoft.com or contoso.com.',
    'wizard.error.guid': 'Enter the tenant ID as a GUID, or leave it empty.',
    'wizard.error.requestNumber': 'A Microsoft request number has 10 to 20 digits.',
    'wizard.error.controlChars': 'This contains characters that can’t be used.',

    'wizard.review.answers': 'Your answers',
    'wizard.review.decision': 'Decision',
    'wizard.review.none': 'none',

    'decision.outcome.eligible': 'Ready to report',
    'decision.outcome.not-yet': 'Not ready to escalate yet',
    'decision.route.azure-portal': 'Azure portal, through Partner Center',
    'decision.route.customer-domain-portal': 'Azure portal in the customer’s context',
    'decision.route.m365-admin-center': 'Microsoft 365 admin center, through Partner Center',
    'decision.route.dynamics-asfp': 'Dynamics 365, through Partner Center with your ASfP agreement',
    'decision.route.dynamics-support': 'Dynamics Support',
    'decision.route.partner-center': 'Service request in Partner Center',
    'decision.route.isv': 'The product’s publisher (ISV)',
    'decision.route.own-support-plan': 'Your own support plan',
    'decision.routeDetail.azure-portal':
      'In Partner Center, under CSP, select Customers, the customer, Service requests, then New request > Azure. In the Azure portal select New support request.',
    'decision.routeDetail.customer-domain-portal':
      'Without admin rights for this customer, copy the customer’s domain from their account page in Partner Center, open the link below, select the Azure subscription that needs support, then New support request.',
    'decision.routeDetail.m365-admin-center':
      'In Partner Center, under CSP, select Customers, the customer, Service requests, then New request > Office 365, Dynamics 365, Enterprise Mobility Suite. Choose the support category in the admin center and submit the form.',
    'decision.routeDetail.dynamics-asfp':
      'Dynamics 365 incidents for a CSP customer need your ASfP (or higher) support agreement. In Partner Center select Customers, the customer, Service requests, then New request > Office 365, Dynamics 365, Enterprise Mobility Suite.',
    'decision.routeDetail.partner-center':
      'Billing issues, disputes and fraud concerns are filed through Partner Center: select Customers, the customer, then Service requests. Commercial support is available to all CSP partners.',
    'decision.routeDetail.dynamics-support':
      'Dynamics 365 billing, licensing, plan subscriptions, Finance & Operations and product licenses are handled by Dynamics Support directly, not through a service request in Partner Center. Use the link below to contact them.',
    'decision.routeDetail.isv':
      'Product support for a commercial marketplace product comes from its publisher (ISV), not from Microsoft. The product’s page in the marketplace gives the publisher’s support link, email address or phone number.',
    'decision.routeDetail.own-support-plan':
      'Support for your own partner subscription isn’t part of the CSP support benefit. Sign in to the Azure portal or the Office 365 admin center directly, only for your own subscription, and give your own support plan (for example an MPN contract ID, Premier, or an Azure support plan).',
    'decision.reason.criteria-met': 'The problem is of a kind Microsoft takes over.',
    'decision.reason.prerequisites-done': 'You checked service health and troubleshot with admin privileges.',
    'decision.reason.non-break-fix':
      'Not a break-fix incident: the initial response may take up to one business day.',
    'decision.reason.commercial-support':
      'Billing issues, disputes and fraud concerns can be escalated without the technical criteria.',
    'decision.reason.delegated-admin':
      'You have delegated admin privileges, so you file from Partner Center in the customer’s context.',
    'decision.reason.no-admin-rights':
      'You have no admin rights for this customer, so you use the portal link built from the customer’s domain.',
    'decision.reason.csp-support-plan':
      'In the Basics section, select “Cloud Solution Provider” in the Support plan field.',
    'decision.reason.azure-support-fee':
      'Azure charges a support fee; Signature Cloud Support or other MPN benefits can pay for it.',
    'decision.reason.provider-granted-access':
      'Your indirect provider has granted you access to the customer’s Azure account.',
    'decision.reason.asfp-in-place':
      'Your organization keeps Advanced Support for Partners (ASfP) or higher.',
    'decision.reason.partner-contact': 'Enter your own contact details on the request, not your customer’s.',
    'decision.reason.reseller-with-provider':
      'As an indirect reseller, work with your indirect provider to support the customer.',
    'decision.reason.marketplace-isv':
      'Product support for marketplace products comes from their publisher, not from Microsoft.',
    'decision.reason.marketplace-commercial':
      'Only product support goes to a marketplace product’s publisher: billing issues, disputes and fraud concerns about the purchase are filed through Partner Center.',
    'decision.reason.dynamics-billing-licensing':
      'Dynamics 365 billing and licensing issues go to Dynamics Support.',
    'decision.reason.own-subscription-not-covered':
      'The CSP support benefit doesn’t cover your own partner subscription.',
    'decision.blocker.incomplete-answers': 'Some answers are missing. Go back and answer every question.',
    'decision.blocker.service-health-not-checked':
      'Check service health first: the problem may already be known and documented.',
    'decision.blocker.troubleshooting-not-done':
      'Troubleshoot the software, settings and configuration with your admin privileges first.',
    'decision.blocker.no-escalation-criterion':
      'None of the escalation criteria applies. Microsoft takes over only undocumented behavior, unavailable services, bugs and irregularities, large-scale network disruptions and regional issues affecting multiple tenants.',
    'decision.blocker.reseller-azure-access-missing':
      'Ask your indirect provider to grant you access to the customer’s Azure account, or ask the provider to file the request.',
    'decision.blocker.helpdesk-admin-azure':
      'A Helpdesk admin can’t create Azure support requests. Create a support group in the Azure portal and give that group permission to log support requests.',
    'decision.blocker.delegated-admin-missing':
      'You need delegated admin privileges for this customer to file from Partner Center in the customer’s context.',
    'decision.blocker.asfp-missing':
      'Dynamics 365 incidents for CSP customers need an Advanced Support for Partners (ASfP) agreement or higher. The partner support plans page compares the agreements.',
    'response.title': 'Initial response target',
    'response.target.PT2H': '2 hours (severity A), for English-speaking support',
    'response.target.PT4H': '4 hours (severity B), for English-speaking support',
    'response.target.PT8H': '8 hours (severity C), for English-speaking support',
    'response.target.P1BD': 'Up to one business day, for English-speaking support',
    'response.respondBy': 'Expect a first response by {when}.',
    'response.ifFiledNow': 'If you file now, expect a first response by {when}.',
    'response.none': 'The CSP response targets don’t apply to this route.',
    'response.englishNote':
      'Response targets hold for English-speaking support only. Support in other languages is given during business hours, with no stated response time.',
    'response.localLanguage':
      'The contact prefers {language}: support in that language is given during business hours, with no stated response time, so no first-response time is set here.',
    'response.businessDayNote':
      'One business day is counted here as the same clock time on the next business day (Monday to Friday in UTC, skipping configured holidays).',

    'ticket.title': '{id}: {title}',
    'ticket.list.title': 'Your recent tickets',
    'ticket.list.empty': 'You have no tickets yet. Type "new ticket" to start one.',
    'ticket.list.open': 'Open',
    'ticket.list.status': '{status} · updated {when}',
    'ticket.status.draft': 'Draft: not ready to file',
    'ticket.status.ready-to-file': 'Ready to file',
    'ticket.status.filed-with-microsoft': 'Filed with Microsoft',
    'ticket.status.withdrawn': 'Withdrawn',
    'ticket.field.status': 'Status',
    'ticket.field.customer': 'Customer',
    'ticket.field.service': 'Service',
    'ticket.field.problemType': 'Problem type',
    'ticket.field.severity': 'Severity',
    'ticket.field.role': 'Your role',
    'ticket.field.criteria': 'Escalation criteria',
    'ticket.field.requester': 'Created by',
    'ticket.field.contact': 'Contact',
    'ticket.field.affectedResource': 'Affected resource',
    'ticket.field.microsoftRequestNumber': 'Microsoft request number',
    'ticket.field.created': 'Created',
    'ticket.section.description': 'Description',
    'ticket.section.decision': 'Decision',
    'ticket.section.reasons': 'Why',
    'ticket.section.blockers': 'Do this first',
    'ticket.section.nextSteps': 'Next steps',
    'ticket.section.history': 'History',
    'ticket.action.addMsNumber': 'Add Microsoft request number',
    'ticket.action.edit': 'Edit',
    'ticket.action.withdraw': 'Withdraw',
    'ticket.action.refresh': 'Refresh',
    'ticket.action.openNextStep': 'Read more',
    'ticket.input.microsoftRequestNumber': 'Microsoft request number',
    'ticket.notice.created': 'Ticket {id} was recorded.',
    'ticket.notice.filed': 'Microsoft request number saved: the ticket is filed with Microsoft.',
    'ticket.notice.withdrawn': 'The ticket was withdrawn.',
    'ticket.notice.edited': 'The ticket was updated.',
    'ticket.error.invalid-request-number':
      'A Microsoft request number has 10 to 20 digits. Nothing was changed.',
    'ticket.error.invalid-transition':
      'That isn’t possible while the ticket is “{status}”. Nothing was changed.',
    'ticket.error.ticket-withdrawn': 'The ticket was withdrawn and can’t be changed.',
    'ticket.error.incomplete-answers': 'Some answers are missing, so the ticket wasn’t changed.',
    'ticket.error.conflict':
      'Someone changed this ticket at the same time. Here is the latest version; your changes weren’t saved.',
    'ticket.error.notFound': 'I couldn’t find ticket {id}.',
    'ticket.error.stale':
      'This card showed an older version of the ticket, so nothing was changed. Here is the current one.',
  },
  pl: {
    'wizard.title': 'Zgłoś problem klienta do firmy Microsoft',
    'wizard.progress': 'Krok {index} z {total}: {step}',
    'wizard.step.role': 'Twoja rola',
    'wizard.step.service': 'Usługa, której dotyczy problem',
    'wizard.step.problem': 'Rodzaj problemu',
    'wizard.step.criteria': 'Przed eskalacją',
    'wizard.step.access': 'Dostęp',
    'wizard.step.severity': 'Istotność',
    'wizard.step.details': 'Klient, problem i kontakt',
    'wizard.step.review': 'Podsumowanie',
    'wizard.intro.role':
      'Jaką rolę pełnisz w programie Cloud Solution Provider (CSP, dostawca rozwiązań w chmurze)?',
    'wizard.intro.service': 'Czego dotyczy problem?',
    'wizard.intro.problem': 'Jakiego rodzaju jest to problem?',
    'wizard.intro.criteria':
      'Od partnera oczekuje się, że najpierw sam rozwiąże problemy swoich klientów. Firma Microsoft przejmuje tylko określone rodzaje problemów.',
    'wizard.intro.access': 'Kilka pytań o Twój dostęp do tego klienta.',
    'wizard.intro.severity':
      'Istotność wynika ze wskazanego przez Ciebie wpływu na działalność biznesową. Czas pierwszej odpowiedzi dla awarii technicznych (break-fix) w pomocy technicznej w języku angielskim (pomoc w innych językach jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi):',
    'wizard.intro.details': 'Opisz klienta i problem. Pola oznaczone jako opcjonalne możesz zostawić puste.',
    'wizard.intro.review': 'Sprawdź odpowiedzi i dalsze kroki, a potem utwórz zgłoszenie.',
    'wizard.action.back': 'Wstecz',
    'wizard.action.next': 'Dalej',
    'wizard.action.cancel': 'Anuluj',
    'wizard.action.submit': 'Utwórz zgłoszenie',
    'wizard.action.submitDraft': 'Zapisz jako wersję roboczą',
    'wizard.action.start': 'Nowe zgłoszenie',
    'wizard.errors.title': 'Popraw poniższe pola. Pozostałe wprowadzone dane zostały zachowane.',
    'wizard.errors.item': '{field}: {message}',
    'wizard.stale':
      'Ta karta była nieaktualna, więc nic nie zostało zmienione. Tak wygląda teraz Twoje zgłoszenie; kontynuuj tutaj.',
    'wizard.cancelled.title': 'Zgłoszenie anulowane',
    'wizard.cancelled.text': 'Nic nie zostało zapisane. Możesz zacząć od nowa w dowolnej chwili.',
    'wizard.expired.title': 'Ten formularz zgłoszenia jest już zamknięty',
    'wizard.expired.text': 'Zgłoszenie zostało już wysłane albo anulowane. W razie potrzeby utwórz nowe.',
    'wizard.invalidAction':
      'Nie udało mi się odczytać akcji z tej karty, więc nic nie zostało zmienione. Spróbuj ponownie z najnowszej karty.',
    'wizard.saveFailed':
      'Baza zgłoszeń w tej chwili nie odpowiada, więc nie udało się tego zapisać, ale nic nie zginęło: wprowadzone dane są zachowane poniżej. Za chwilę naciśnij Ponów.',
    'wizard.incomplete': 'Brakuje jeszcze kilku odpowiedzi. Odpowiedz na pytania w tym kroku i kontynuuj.',

    'wizard.field.role': 'Rola',
    'wizard.field.service': 'Usługa',
    'wizard.field.problemType': 'Rodzaj problemu',
    'wizard.field.criteria': 'Co opisuje ten problem? Zaznacz wszystkie pasujące odpowiedzi.',
    'wizard.field.serviceHealthChecked': 'Kondycja usługi',
    'wizard.field.troubleshootingDone': 'Rozwiązywanie problemów',
    'wizard.field.delegatedAdmin': 'Czy masz delegowane uprawnienia administratora dla tego klienta?',
    'wizard.field.providerGrantedAccess': 'Czy dostawca pośredni udzielił Ci dostępu do konta Azure klienta?',
    'wizard.field.helpdeskAdmin':
      'Czy Twoja rola w Centrum partnerskim to administrator pomocy technicznej (Helpdesk admin)?',
    'wizard.field.asfp':
      'Czy Twoja organizacja ma umowę Advanced Support for Partners (ASfP) lub wyższy plan pomocy technicznej?',
    'wizard.field.severity': 'Istotność',
    'wizard.field.customerName': 'Nazwa klienta',
    'wizard.field.customerDomain': 'Domena podstawowa klienta',
    'wizard.field.customerTenantId': 'Identyfikator dzierżawy klienta (opcjonalnie)',
    'wizard.field.title': 'Tytuł',
    'wizard.field.description': 'Opis problemu',
    'wizard.field.affectedResource': 'Zasób, którego dotyczy problem (opcjonalnie)',
    'wizard.field.contactName': 'Twoje imię i nazwisko',
    'wizard.field.contactEmail': 'Twój adres e-mail',
    'wizard.field.contactPhone': 'Twój numer telefonu (opcjonalnie)',
    'wizard.field.contactLanguage': 'Preferowany język',
    'wizard.field.microsoftRequestNumber':
      'Numer zgłoszenia w pomocy technicznej Microsoft, jeśli zostało już utworzone (opcjonalnie)',
    'wizard.field.customerName.own': 'Nazwa Twojej organizacji',
    'wizard.field.customerDomain.own': 'Domena podstawowa Twojej organizacji',

    'wizard.toggle.serviceHealthChecked':
      'Kondycja usługi została sprawdzona pod kątem znanych, udokumentowanych problemów',
    'wizard.toggle.troubleshootingDone':
      'Oprogramowanie, ustawienia i konfiguracja zostały sprawdzone z uprawnieniami administratora',
    'wizard.hint.criteria': 'Jeśli nic nie pasuje, niczego nie zaznaczaj.',
    'wizard.hint.customerDomain':
      'Na przykład contoso.onmicrosoft.com lub contoso.com, tak jak na stronie konta klienta w Centrum partnerskim.',
    'wizard.hint.customerTenantId': 'Identyfikator GUID, np. 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c.',
    'wizard.hint.contact':
      'Podaj swoje dane kontaktowe, a nie dane klienta: firma Microsoft skontaktuje się z Tobą.',
    'wizard.hint.microsoftRequestNumber': 'Od 10 do 20 cyfr.',
    'wizard.placeholder.customerDomain': 'contoso.onmicrosoft.com',
    'wizard.placeholder.contactEmail': 'imie@example.com',

    'wizard.choice.yes': 'Tak',
    'wizard.choice.no': 'Nie',
    'wizard.role.indirect-reseller': 'Odsprzedawca pośredni',
    'wizard.role.indirect-provider': 'Dostawca pośredni',
    'wizard.role.direct-bill': 'Partner z rozliczeniem bezpośrednim',
    'wizard.service.azure': 'Microsoft Azure',
    'wizard.service.office365': 'Office 365',
    'wizard.service.dynamics365': 'Dynamics 365',
    'wizard.service.ems': 'Enterprise Mobility Suite',
    'wizard.service.dynamics-crm-online': 'Dynamics CRM Online',
    'wizard.service.marketplace': 'Produkt z komercyjnego marketplace',
    'wizard.service.own-subscription': 'Nasza własna subskrypcja partnerska',
    'wizard.problem.break-fix': 'Awaria techniczna (break-fix): coś przestało działać',
    'wizard.problem.non-break-fix': 'Zgłoszenie techniczne, które nie jest awarią',
    'wizard.problem.billing': 'Problem z rozliczeniami lub spór',
    'wizard.problem.billing.dynamics365':
      'Problem z rozliczeniami, licencjonowaniem lub subskrypcją Dynamics 365 Plan',
    'wizard.problem.fraud': 'Podejrzenie oszustwa',
    'wizard.criterion.undocumented-behaviour':
      'Nieudokumentowany problem: usługa nie działa zgodnie z opisem usługi',
    'wizard.criterion.service-unavailable': 'Usługa jest niedostępna',
    'wizard.criterion.bug-or-irregularity':
      'Usterka lub inna nieprawidłowość wpływająca na wygląd lub działanie usługi',
    'wizard.criterion.network-disruption': 'Zakłócenie sieci na dużą skalę',
    'wizard.criterion.regional-multi-tenant': 'Problem regionalny wpływający na wiele dzierżaw',
    'wizard.severity.A': 'A: krytyczny wpływ',
    'wizard.severity.B': 'B: umiarkowany wpływ',
    'wizard.severity.C': 'C: minimalny wpływ',
    'wizard.severity.A.impact':
      'Znacząca utrata lub pogorszenie działania usług; usługi produkcyjne nie działają. Pierwsza odpowiedź: 2 godziny w pomocy technicznej w języku angielskim.',
    'wizard.severity.B.impact':
      'Umiarkowana utrata lub pogorszenie działania usług; problem częściowo dotyczy usług produkcyjnych. Pierwsza odpowiedź: 4 godziny w pomocy technicznej w języku angielskim.',
    'wizard.severity.C.impact':
      'Minimalna utrata lub pogorszenie działania usług; usługi są nadal dostępne lub problem dotyczy usług nieprodukcyjnych. Pierwsza odpowiedź: 8 godzin w pomocy technicznej w języku angielskim.',
    'wizard.severity.localLanguage':
      'Preferowany język kontaktu to {language}: pomoc w tym języku jest świadczona w godzinach pracy, więc te czasy nie dotyczą tego zgłoszenia.',
    'wizard.language.en': 'angielski',
    'wizard.language.pl': 'polski',
    'wizard.language.de': 'niemiecki',
    'wizard.language.fr': 'francuski',
    'wizard.language.es': 'hiszpański',
    'wizard.language.it': 'włoski',

    'wizard.error.required': 'To pole jest wymagane.',
    'wizard.error.wrongType': 'Nieprawidłowy typ wartości; wpisz tekst lub wybierz opcję.',
    'wizard.error.choice': 'Wybierz jedną z podanych opcji.',
    'wizard.error.tooLong': 'Za długie: maksymalnie {max} znaków.',
    'wizard.error.email': 'Wpisz adres e-mail, np. imie@example.com.',
    'wizard.error.phone': 'Wpisz numer telefonu z co najmniej 6 cyframi, np. +48 22 123 45 67.',
    'wizard.error.domain': 'Wpisz domenę, np. contoso.onmicrosoft.com lub contoso.com.',
    'wizard.error.guid': 'Wpisz identyfikator dzierżawy w formacie GUID albo zostaw pole puste.',
    'wizard.error.requestNumber': 'Numer zgłoszenia Microsoft ma od 10 do 20 cyfr.',
    'wizard.error.controlChars': 'Tekst zawiera niedozwolone znaki.',

    'wizard.review.answers': 'Twoje odpowiedzi',
    'wizard.review.decision': 'Decyzja',
    'wizard.review.none': 'brak',

    'decision.outcome.eligible': 'Można zgłosić',
    'decision.outcome.not-yet': 'Jeszcze nie można eskalować',
    'decision.route.azure-portal': 'Portal Azure, przez Centrum partnerskie',
    'decision.route.customer-domain-portal': 'Portal Azure w kontekście klienta',
    'decision.route.m365-admin-center': 'Centrum administracyjne Microsoft 365, przez Centrum partnerskie',
    'decision.route.dynamics-asfp': 'Dynamics 365, przez Centrum partnerskie w ramach umowy ASfP',
    'decision.route.dynamics-support': 'Pomoc techniczna Dynamics',
    'decision.route.partner-center': 'Żądanie obsługi w Centrum partnerskim',
    'decision.route.isv': 'Wydawca produktu (ISV)',
    'decision.route.own-support-plan': 'Twój własny plan pomocy technicznej',
    'decision.routeDetail.azure-portal':
      'W Centrum partnerskim, w sekcji CSP, wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Azure. W portalu Azure wybierz Nowe żądanie obsługi (New support request).',
    'decision.routeDetail.customer-domain-portal':
      'Bez uprawnień administratora dla tego klienta skopiuj domenę klienta ze strony jego konta w Centrum partnerskim, otwórz poniższy link, wybierz subskrypcję Azure, której dotyczy problem, a następnie Nowe żądanie obsługi (New support request).',
    'decision.routeDetail.m365-admin-center':
      'W Centrum partnerskim, w sekcji CSP, wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Office 365, Dynamics 365, Enterprise Mobility Suite. W centrum administracyjnym wybierz kategorię pomocy technicznej i wyślij formularz.',
    'decision.routeDetail.dynamics-asfp':
      'Zgłoszenia Dynamics 365 w imieniu klienta CSP wymagają umowy ASfP (lub wyższej). W Centrum partnerskim wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Office 365, Dynamics 365, Enterprise Mobility Suite.',
    'decision.routeDetail.partner-center':
      'Problemy z rozliczeniami, spory i podejrzenia oszustwa zgłasza się przez Centrum partnerskie: wybierz Klienci, klienta, a następnie Żądania obsługi. Pomoc w sprawach handlowych przysługuje wszystkim partnerom CSP.',
    'decision.routeDetail.dynamics-support':
      'Rozliczeniami, licencjonowaniem, subskrypcjami Dynamics 365 Plan, Finance & Operations i licencjami na produkty Dynamics 365 zajmuje się bezpośrednio pomoc techniczna Dynamics, a nie żądanie obsługi w Centrum partnerskim. Skontaktuj się z nią przez poniższy link.',
    'decision.routeDetail.isv':
      'Pomocy technicznej dla produktu z komercyjnego marketplace udziela jego wydawca (ISV), a nie firma Microsoft. Na stronie produktu w marketplace znajdziesz link do pomocy technicznej wydawcy, jego adres e-mail lub numer telefonu.',
    'decision.routeDetail.own-support-plan':
      'Pomoc techniczna dla Twojej własnej subskrypcji partnerskiej nie jest objęta korzyścią z pomocy technicznej CSP. Zaloguj się bezpośrednio do portalu Azure lub centrum administracyjnego Office 365 tylko w sprawie własnej subskrypcji i podaj swój plan pomocy technicznej (np. identyfikator umowy MPN, Premier lub plan pomocy technicznej Azure).',
    'decision.reason.criteria-met': 'Problem należy do rodzaju, który przejmuje firma Microsoft.',
    'decision.reason.prerequisites-done':
      'Kondycja usługi została sprawdzona, a problem zdiagnozowany z uprawnieniami administratora.',
    'decision.reason.non-break-fix':
      'To nie jest awaria (break-fix): czas pierwszej odpowiedzi może wynieść do jednego dnia roboczego.',
    'decision.reason.commercial-support':
      'Problemy z rozliczeniami, spory i podejrzenia oszustwa można eskalować bez spełniania kryteriów technicznych.',
    'decision.reason.delegated-admin':
      'Masz delegowane uprawnienia administratora, więc zgłaszasz z Centrum partnerskiego w kontekście klienta.',
    'decision.reason.no-admin-rights':
      'Nie masz uprawnień administratora dla tego klienta, więc korzystasz z linku do portalu utworzonego z domeny klienta.',
    'decision.reason.csp-support-plan':
      'W sekcji Podstawy (Basics) wybierz „Cloud Solution Provider” w polu Plan pomocy technicznej (Support plan).',
    'decision.reason.azure-support-fee':
      'Pomoc techniczna Azure jest płatna; opłatę można pokryć w ramach Signature Cloud Support lub innych korzyści MPN.',
    'decision.reason.provider-granted-access':
      'Dostawca pośredni udzielił Ci dostępu do konta Azure klienta.',
    'decision.reason.asfp-in-place':
      'Twoja organizacja ma umowę Advanced Support for Partners (ASfP) lub wyższą.',
    'decision.reason.partner-contact': 'W zgłoszeniu podaj swoje dane kontaktowe, a nie dane klienta.',
    'decision.reason.reseller-with-provider':
      'Jako odsprzedawca pośredni współpracuj z dostawcą pośrednim przy obsłudze klienta.',
    'decision.reason.marketplace-isv':
      'Pomocy technicznej dla produktów z marketplace udziela ich wydawca, a nie firma Microsoft.',
    'decision.reason.marketplace-commercial':
      'Do wydawcy produktu z marketplace trafia tylko pomoc dotycząca produktu: problemy z rozliczeniami, spory i podejrzenia oszustwa związane z zakupem zgłasza się przez Centrum partnerskie.',
    'decision.reason.dynamics-billing-licensing':
      'Sprawy rozliczeń i licencjonowania Dynamics 365 trafiają do pomocy technicznej Dynamics.',
    'decision.reason.own-subscription-not-covered':
      'Korzyść z pomocy technicznej CSP nie obejmuje Twojej własnej subskrypcji partnerskiej.',
    'decision.blocker.incomplete-answers':
      'Brakuje niektórych odpowiedzi. Wróć i odpowiedz na wszystkie pytania.',
    'decision.blocker.service-health-not-checked':
      'Najpierw sprawdź kondycję usługi: problem może być już znany i udokumentowany.',
    'decision.blocker.troubleshooting-not-done':
      'Najpierw, korzystając z uprawnień administratora, poszukaj przyczyny w oprogramowaniu, ustawieniach i konfiguracji.',
    'decision.blocker.no-escalation-criterion':
      'Nie jest spełnione żadne kryterium eskalacji. Firma Microsoft przejmuje tylko nieudokumentowane problemy, niedostępne usługi, usterki i nieprawidłowości, zakłócenia sieci na dużą skalę oraz problemy regionalne wpływające na wiele dzierżaw.',
    'decision.blocker.reseller-azure-access-missing':
      'Poproś dostawcę pośredniego o udzielenie Ci dostępu do konta Azure klienta albo o utworzenie zgłoszenia.',
    'decision.blocker.helpdesk-admin-azure':
      'Administrator pomocy technicznej nie może tworzyć żądań obsługi Azure. Może natomiast utworzyć w portalu Azure grupę pomocy technicznej i nadać tej grupie uprawnienia do rejestrowania żądań obsługi.',
    'decision.blocker.delegated-admin-missing':
      'Aby zgłaszać z Centrum partnerskiego w kontekście klienta, potrzebujesz delegowanych uprawnień administratora dla tego klienta.',
    'decision.blocker.asfp-missing':
      'Zgłoszenia Dynamics 365 w imieniu klientów CSP wymagają umowy Advanced Support for Partners (ASfP) lub wyższej. Umowy porównuje strona planów pomocy technicznej dla partnerów.',
    'response.title': 'Docelowy czas pierwszej odpowiedzi',
    'response.target.PT2H': '2 godziny (istotność A) w pomocy technicznej w języku angielskim',
    'response.target.PT4H': '4 godziny (istotność B) w pomocy technicznej w języku angielskim',
    'response.target.PT8H': '8 godzin (istotność C) w pomocy technicznej w języku angielskim',
    'response.target.P1BD': 'Do jednego dnia roboczego w pomocy technicznej w języku angielskim',
    'response.respondBy': 'Pierwszej odpowiedzi możesz się spodziewać do {when}.',
    'response.ifFiledNow': 'Jeśli zgłosisz teraz, pierwszej odpowiedzi możesz się spodziewać do {when}.',
    'response.none': 'Docelowe czasy odpowiedzi CSP nie dotyczą tej ścieżki.',
    'response.englishNote':
      'Docelowe czasy odpowiedzi dotyczą wyłącznie pomocy technicznej w języku angielskim. Pomoc w innych językach jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi.',
    'response.localLanguage':
      'Preferowany język kontaktu to {language}: pomoc w tym języku jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi, więc nie wyznaczono tu czasu pierwszej odpowiedzi.',
    'response.businessDayNote':
      'Jeden dzień roboczy liczymy tu jako tę samą godzinę następnego dnia roboczego (od poniedziałku do piątku w czasie UTC, z pominięciem skonfigurowanych świąt).',

    'ticket.title': '{id}: {title}',
    'ticket.list.title': 'Twoje ostatnie zgłoszenia',
    'ticket.list.empty': 'Nie masz jeszcze zgłoszeń. Wpisz „nowe zgłoszenie”, aby utworzyć pierwsze.',
    'ticket.list.open': 'Otwórz',
    'ticket.list.status': '{status} · zmienione {when}',
    'ticket.status.draft': 'Wersja robocza: jeszcze niegotowe do zgłoszenia',
    'ticket.status.ready-to-file': 'Gotowe do zgłoszenia',
    'ticket.status.filed-with-microsoft': 'Zgłoszone do firmy Microsoft',
    'ticket.status.withdrawn': 'Wycofane',
    'ticket.field.status': 'Stan',
    'ticket.field.customer': 'Klient',
    'ticket.field.service': 'Usługa',
    'ticket.field.problemType': 'Rodzaj problemu',
    'ticket.field.severity': 'Istotność',
    'ticket.field.role': 'Twoja rola',
    'ticket.field.criteria': 'Kryteria eskalacji',
    'ticket.field.requester': 'Utworzone przez',
    'ticket.field.contact': 'Kontakt',
    'ticket.field.affectedResource': 'Zasób, którego dotyczy problem',
    'ticket.field.microsoftRequestNumber': 'Numer zgłoszenia Microsoft',
    'ticket.field.created': 'Utworzono',
    'ticket.section.description': 'Opis',
    'ticket.section.decision': 'Decyzja',
    'ticket.section.reasons': 'Uzasadnienie',
    'ticket.section.blockers': 'Najpierw zrób to',
    'ticket.section.nextSteps': 'Dalsze kroki',
    'ticket.section.history': 'Historia',
    'ticket.action.addMsNumber': 'Dodaj numer zgłoszenia Microsoft',
    'ticket.action.edit': 'Edytuj',
    'ticket.action.withdraw': 'Wycofaj',
    'ticket.action.refresh': 'Odśwież',
    'ticket.action.openNextStep': 'Więcej informacji',
    'ticket.input.microsoftRequestNumber': 'Numer zgłoszenia Microsoft',
    'ticket.notice.created': 'Zgłoszenie {id} zostało zapisane.',
    'ticket.notice.filed':
      'Zapisano numer zgłoszenia Microsoft: zgłoszenie zostało przekazane do firmy Microsoft.',
    'ticket.notice.withdrawn': 'Zgłoszenie zostało wycofane.',
    'ticket.notice.edited': 'Zgłoszenie zostało zaktualizowane.',
    'ticket.error.invalid-request-number':
      'Numer zgłoszenia Microsoft ma od 10 do 20 cyfr. Nic nie zostało zmienione.',
    'ticket.error.invalid-transition':
      'Nie jest to możliwe, gdy zgłoszenie ma stan „{status}”. Nic nie zostało zmienione.',
    'ticket.error.ticket-withdrawn': 'Zgłoszenie zostało wycofane i nie można go zmienić.',
    'ticket.error.incomplete-answers':
      'Brakuje niektórych odpowiedzi, więc zgłoszenie nie zostało zmienione.',
    'ticket.error.conflict':
      'Ktoś zmienił to zgłoszenie w tym samym czasie. Oto najnowsza wersja; Twoje zmiany nie zostały zapisane.',
    'ticket.error.notFound': 'Nie udało mi się znaleźć zgłoszenia {id}.',
    'ticket.error.stale':
      'Ta karta pokazywała starszą wersję zgłoszenia, więc nic nie zostało zmienione. Oto aktualna wersja.',
  },
});
