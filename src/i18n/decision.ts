import { defineTexts } from './messages';

/** What the answers mean: the route, blockers, reasons and the response target. */
export const decision = defineTexts({
  'decision.outcome.eligible': {
    en: 'Ready to report',
    pl: 'Można zgłosić',
  },
  'decision.outcome.not-yet': {
    en: 'Not ready to escalate yet',
    pl: 'Jeszcze nie można eskalować',
  },
  'decision.route.azure-portal': {
    en: 'Azure portal, through Partner Center',
    pl: 'Portal Azure, przez Centrum partnerskie',
  },
  'decision.route.customer-domain-portal': {
    en: 'Azure portal in the customer’s context',
    pl: 'Portal Azure w kontekście klienta',
  },
  'decision.route.m365-admin-center': {
    en: 'Microsoft 365 admin center, through Partner Center',
    pl: 'Centrum administracyjne Microsoft 365, przez Centrum partnerskie',
  },
  'decision.route.dynamics-asfp': {
    en: 'Dynamics 365, through Partner Center with your ASfP agreement',
    pl: 'Dynamics 365, przez Centrum partnerskie w ramach umowy ASfP',
  },
  'decision.route.dynamics-support': {
    en: 'Dynamics Support',
    pl: 'Pomoc techniczna Dynamics',
  },
  'decision.route.partner-center': {
    en: 'Service request in Partner Center',
    pl: 'Żądanie obsługi w Centrum partnerskim',
  },
  'decision.route.isv': {
    en: 'The product’s publisher (ISV)',
    pl: 'Wydawca produktu (ISV)',
  },
  'decision.route.own-support-plan': {
    en: 'Your own support plan',
    pl: 'Twój własny plan pomocy technicznej',
  },
  'decision.routeDetail.azure-portal': {
    en: 'In Partner Center, under CSP, select Customers, the customer, Service requests, then New request > Azure. In the Azure portal select New support request.',
    pl: 'W Centrum partnerskim, w sekcji CSP, wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Azure. W portalu Azure wybierz Nowe żądanie obsługi (New support request).',
  },
  'decision.routeDetail.customer-domain-portal': {
    en: 'Without admin rights for this customer, copy the customer’s domain from their account page in Partner Center, open the link below, select the Azure subscription that needs support, then New support request.',
    pl: 'Bez uprawnień administratora dla tego klienta skopiuj domenę klienta ze strony jego konta w Centrum partnerskim, otwórz poniższy link, wybierz subskrypcję Azure, której dotyczy problem, a następnie Nowe żądanie obsługi (New support request).',
  },
  'decision.routeDetail.m365-admin-center': {
    en: 'In Partner Center, under CSP, select Customers, the customer, Service requests, then New request > Office 365, Dynamics 365, Enterprise Mobility Suite. Choose the support category in the admin center and submit the form.',
    pl: 'W Centrum partnerskim, w sekcji CSP, wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Office 365, Dynamics 365, Enterprise Mobility Suite. W centrum administracyjnym wybierz kategorię pomocy technicznej i wyślij formularz.',
  },
  'decision.routeDetail.dynamics-asfp': {
    en: 'Dynamics 365 incidents for a CSP customer need your ASfP (or higher) support agreement. In Partner Center select Customers, the customer, Service requests, then New request > Office 365, Dynamics 365, Enterprise Mobility Suite.',
    pl: 'Zgłoszenia Dynamics 365 w imieniu klienta CSP wymagają umowy ASfP (lub wyższej). W Centrum partnerskim wybierz Klienci, klienta, Żądania obsługi, a następnie Nowe żądanie > Office 365, Dynamics 365, Enterprise Mobility Suite.',
  },
  'decision.routeDetail.partner-center': {
    en: 'Billing issues, disputes and fraud concerns are filed through Partner Center: select Customers, the customer, then Service requests. Commercial support is available to all CSP partners.',
    pl: 'Problemy z rozliczeniami, spory i podejrzenia oszustwa zgłasza się przez Centrum partnerskie: wybierz Klienci, klienta, a następnie Żądania obsługi. Pomoc w sprawach handlowych przysługuje wszystkim partnerom CSP.',
  },
  'decision.routeDetail.dynamics-support': {
    en: 'Dynamics 365 billing, licensing, plan subscriptions, Finance & Operations and product licenses are handled by Dynamics Support directly, not through a service request in Partner Center. Use the link below to contact them.',
    pl: 'Rozliczeniami, licencjonowaniem, subskrypcjami Dynamics 365 Plan, Finance & Operations i licencjami na produkty Dynamics 365 zajmuje się bezpośrednio pomoc techniczna Dynamics, a nie żądanie obsługi w Centrum partnerskim. Skontaktuj się z nią przez poniższy link.',
  },
  'decision.routeDetail.isv': {
    en: 'Contact the publisher’s support: the product’s page in the marketplace gives their support link, email address or phone number.',
    pl: 'Skontaktuj się z pomocą techniczną wydawcy: na stronie produktu w marketplace znajdziesz jej link, adres e-mail lub numer telefonu.',
  },
  'decision.routeDetail.own-support-plan': {
    en: 'Support for your own partner subscription isn’t part of the CSP support benefit. Sign in to the Azure portal or the Microsoft 365 admin center directly, only for your own subscription, and give your own support plan (for example an MPN contract ID, Premier, or an Azure support plan).',
    pl: 'Pomoc techniczna dla Twojej własnej subskrypcji partnerskiej nie jest objęta korzyścią z pomocy technicznej CSP. Zaloguj się bezpośrednio do portalu Azure lub centrum administracyjnego Microsoft 365 tylko w sprawie własnej subskrypcji i podaj swój plan pomocy technicznej (np. identyfikator umowy MPN, Premier lub plan pomocy technicznej Azure).',
  },
  'decision.reason.criteria-met': {
    en: 'The problem is of a kind Microsoft takes over.',
    pl: 'Problem należy do rodzaju, który przejmuje firma Microsoft.',
  },
  'decision.reason.prerequisites-done': {
    en: 'You checked service health and troubleshot with admin privileges.',
    pl: 'Kondycja usługi została sprawdzona, a problem zdiagnozowany z uprawnieniami administratora.',
  },
  'decision.reason.non-break-fix': {
    en: 'Not a break-fix incident: the initial response may take up to one business day.',
    pl: 'To nie jest awaria (break-fix): czas pierwszej odpowiedzi może wynieść do jednego dnia roboczego.',
  },
  'decision.reason.commercial-support': {
    en: 'Billing issues, disputes and fraud concerns can be escalated without the technical criteria.',
    pl: 'Problemy z rozliczeniami, spory i podejrzenia oszustwa można eskalować bez spełniania kryteriów technicznych.',
  },
  'decision.reason.delegated-admin': {
    en: 'You have delegated admin privileges, so you file from Partner Center in the customer’s context.',
    pl: 'Masz delegowane uprawnienia administratora, więc zgłaszasz z Centrum partnerskiego w kontekście klienta.',
  },
  'decision.reason.no-admin-rights': {
    en: 'You have no admin rights for this customer, so you use the portal link built from the customer’s domain.',
    pl: 'Nie masz uprawnień administratora dla tego klienta, więc korzystasz z linku do portalu utworzonego z domeny klienta.',
  },
  'decision.reason.csp-support-plan': {
    en: 'In the Basics section, select “Cloud Solution Provider” in the Support plan field.',
    pl: 'W sekcji Podstawy (Basics) wybierz „Cloud Solution Provider” w polu Plan pomocy technicznej (Support plan).',
  },
  'decision.reason.azure-support-fee': {
    en: 'Azure charges a support fee; Signature Cloud Support or other MPN benefits can pay for it.',
    pl: 'Pomoc techniczna Azure jest płatna; opłatę można pokryć w ramach Signature Cloud Support lub innych korzyści MPN.',
  },
  'decision.reason.provider-granted-access': {
    en: 'Your indirect provider has granted you access to the customer’s Azure account.',
    pl: 'Dostawca pośredni udzielił Ci dostępu do konta Azure klienta.',
  },
  'decision.reason.asfp-in-place': {
    en: 'Your organization keeps Advanced Support for Partners (ASfP) or higher.',
    pl: 'Twoja organizacja ma umowę Advanced Support for Partners (ASfP) lub wyższą.',
  },
  'decision.reason.partner-contact': {
    en: 'Enter your own contact details on the request, not your customer’s.',
    pl: 'W zgłoszeniu podaj swoje dane kontaktowe, a nie dane klienta.',
  },
  'decision.reason.reseller-with-provider': {
    en: 'As an indirect reseller, work with your indirect provider to support the customer.',
    pl: 'Jako odsprzedawca pośredni współpracuj z dostawcą pośrednim przy obsłudze klienta.',
  },
  'decision.reason.marketplace-isv': {
    en: 'Product support for marketplace products comes from their publisher, not from Microsoft.',
    pl: 'Pomocy technicznej dla produktów z marketplace udziela ich wydawca, a nie firma Microsoft.',
  },
  'decision.reason.marketplace-commercial': {
    en: 'Only product support goes to a marketplace product’s publisher: billing issues, disputes and fraud concerns about the purchase are filed through Partner Center.',
    pl: 'Do wydawcy produktu z marketplace trafia tylko pomoc dotycząca produktu: problemy z rozliczeniami, spory i podejrzenia oszustwa związane z zakupem zgłasza się przez Centrum partnerskie.',
  },
  'decision.reason.dynamics-billing-licensing': {
    en: 'Dynamics 365 billing and licensing issues go to Dynamics Support.',
    pl: 'Sprawy rozliczeń i licencjonowania Dynamics 365 trafiają do pomocy technicznej Dynamics.',
  },
  'decision.reason.own-subscription-not-covered': {
    en: 'The CSP support benefit doesn’t cover your own partner subscription.',
    pl: 'Korzyść z pomocy technicznej CSP nie obejmuje Twojej własnej subskrypcji partnerskiej.',
  },
  'decision.blocker.incomplete-answers': {
    en: 'Some answers are missing. Go back and answer every question.',
    pl: 'Brakuje niektórych odpowiedzi. Wróć i odpowiedz na wszystkie pytania.',
  },
  'decision.blocker.service-health-not-checked': {
    en: 'Check service health first: the problem may already be known and documented.',
    pl: 'Najpierw sprawdź kondycję usługi: problem może być już znany i udokumentowany.',
  },
  'decision.blocker.troubleshooting-not-done': {
    en: 'Troubleshoot the software, settings and configuration with your admin privileges first.',
    pl: 'Najpierw, korzystając z uprawnień administratora, poszukaj przyczyny w oprogramowaniu, ustawieniach i konfiguracji.',
  },
  'decision.blocker.no-escalation-criterion': {
    en: 'None of the escalation criteria applies. Microsoft takes over only undocumented behavior, unavailable services, bugs and irregularities, large-scale network disruptions and regional issues affecting multiple tenants.',
    pl: 'Nie jest spełnione żadne kryterium eskalacji. Firma Microsoft przejmuje tylko nieudokumentowane problemy, niedostępne usługi, usterki i nieprawidłowości, zakłócenia sieci na dużą skalę oraz problemy regionalne wpływające na wiele dzierżaw.',
  },
  'decision.blocker.reseller-azure-access-missing': {
    en: 'Ask your indirect provider to grant you access to the customer’s Azure account, or ask the provider to file the request.',
    pl: 'Poproś dostawcę pośredniego o udzielenie Ci dostępu do konta Azure klienta albo o utworzenie zgłoszenia.',
  },
  'decision.blocker.helpdesk-admin-azure': {
    en: 'A Helpdesk admin can’t create Azure support requests. Create a support group in the Azure portal and give that group permission to log support requests.',
    pl: 'Administrator pomocy technicznej nie może tworzyć żądań obsługi Azure. Może natomiast utworzyć w portalu Azure grupę pomocy technicznej i nadać tej grupie uprawnienia do rejestrowania żądań obsługi.',
  },
  'decision.blocker.delegated-admin-missing': {
    en: 'You need delegated admin privileges for this customer to file from Partner Center in the customer’s context.',
    pl: 'Aby zgłaszać z Centrum partnerskiego w kontekście klienta, potrzebujesz delegowanych uprawnień administratora dla tego klienta.',
  },
  'decision.blocker.asfp-missing': {
    en: 'Dynamics 365 incidents for CSP customers need an Advanced Support for Partners (ASfP) agreement or higher. The partner support plans page compares the agreements.',
    pl: 'Zgłoszenia Dynamics 365 w imieniu klientów CSP wymagają umowy Advanced Support for Partners (ASfP) lub wyższej. Umowy porównuje strona planów pomocy technicznej dla partnerów.',
  },
  'response.title': {
    en: 'Initial response target',
    pl: 'Docelowy czas pierwszej odpowiedzi',
  },
  'response.target.PT2H': {
    en: '2 hours (severity A), for English-speaking support',
    pl: '2 godziny (istotność A) w pomocy technicznej w języku angielskim',
  },
  'response.target.PT4H': {
    en: '4 hours (severity B), for English-speaking support',
    pl: '4 godziny (istotność B) w pomocy technicznej w języku angielskim',
  },
  'response.target.PT8H': {
    en: '8 hours (severity C), for English-speaking support',
    pl: '8 godzin (istotność C) w pomocy technicznej w języku angielskim',
  },
  'response.target.P1BD': {
    en: 'Up to one business day, for English-speaking support',
    pl: 'Do jednego dnia roboczego w pomocy technicznej w języku angielskim',
  },
  'response.respondBy': {
    en: 'Expect a first response by {when}.',
    pl: 'Pierwszej odpowiedzi możesz się spodziewać do {when}.',
  },
  'response.ifFiledNow': {
    en: 'If you file now, expect a first response by {when}.',
    pl: 'Jeśli zgłosisz teraz, pierwszej odpowiedzi możesz się spodziewać do {when}.',
  },
  'response.none': {
    en: 'The CSP response targets don’t apply to this route.',
    pl: 'Docelowe czasy odpowiedzi CSP nie dotyczą tej ścieżki.',
  },
  'response.englishNote': {
    en: 'Response targets hold for English-speaking support only. Support in other languages is given during business hours, with no stated response time.',
    pl: 'Docelowe czasy odpowiedzi dotyczą wyłącznie pomocy technicznej w języku angielskim. Pomoc w innych językach jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi.',
  },
  'response.localLanguage': {
    en: 'The contact prefers {language}: support in that language is given during business hours, with no stated response time, so no first-response time is set here.',
    pl: 'Preferowany język kontaktu to {language}: pomoc w tym języku jest świadczona w godzinach pracy, bez podanego czasu odpowiedzi, więc nie wyznaczono tu czasu pierwszej odpowiedzi.',
  },
  'response.businessDayNote': {
    en: 'One business day is counted here as the same clock time on the next business day (Monday to Friday in UTC, skipping configured holidays).',
    pl: 'Jeden dzień roboczy liczymy tu jako tę samą godzinę następnego dnia roboczego (od poniedziałku do piątku w czasie UTC, z pominięciem skonfigurowanych świąt).',
  },
});
