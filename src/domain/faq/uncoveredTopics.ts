import type { Lang } from '../lang';

/**
 * Words that signal an intent or topic the knowledge does not cover: partner engineers ask the bot
 * about support escalation, but also about account admin (add a customer, set up GDAP, reset a password),
 * commerce (cancel, transfer, margins, invoices) and general IT how-tos. Such a word, left unexplained
 * by the best entry, weighs more than an ordinary unknown word, so a question built around it is
 * declined even when its other words (customer, Partner Center, Azure) match an entry well.
 *
 * Words are written folded (no diacritics); the engine stems them like any query word. An entry can
 * still claim one of them by listing it in its title or keywords.
 */
const EN = `
  add adding added setup install installing configure configuring reset resetting password passwords
  cancel cancelling canceling cancellation transfer transferring migrate migrating migration delete deleting
  remove removing upgrade upgrading downgrade assign assigning purchase purchasing buy buying download
  downloading enable enabling disable disabling restore restoring resize resizing become becoming generate
  export renew renewal onboard onboarding deploy deploying invite inviting
  change changing rename move moving convert converting activate activating increase increasing extend
  extending recover recovering refund refunds
  margin margins discount discounts rebate rebates incentive incentives invoice invoices quote quotes
  reconciliation reconcile
  weather recipe recipes lunch vacation football meeting meetings book booking
  mfa 2fa storage vm vms lighthouse rbac revenue consumption shared
  guest guests publish publishing mailbox mailboxes limit limits quota quotas servicenow jira
  entra month monthly months policy policies
  machine machines size sizes maximum max backup backups dns sso certificate certificates ssl firewall vpn
  printer wifi laptop excel powershell script scripts translate translation training exam exams course courses
  certification webinar tax vat currency terminate terminating suspend suspending reactivate porting locked
  lockout earn achieve attain enroll enrolling enrollment phishing spam malware reserved
  joke jokes funny
  flush licenceprice sdk gdapsetup budget budgets reservation reservations
  programmatically programmatic automation designation designations unified private
`;

const PL = `
  dodac dodaj dodanie dodawac dodaniu skonfigurowac konfigurowac zresetowac
  resetowac reset haslo hasla hasel haslem anulowac anulowanie anulowania anuluj przeniesc przeniesienie
  przenosic przeniesienia zmigrowac migrowac migracja migracji usunac usuwac usuniecie usuniety usunieta
  przypisac przypisywac przypisanie kupic kupowac zakupic zakup pobrac pobierac wlaczyc wylaczyc przywrocic
  przypisuje zmniejszyc zmniejszenie zaproszenie zaproszeniem zaproszenia
  przywracanie zostac zostanie wygenerowac generowac eksport eksportowac odnowic odnowienie wdrozyc
  wdrozenie zaprosic zmienic zmiana zmiany zamienic zamiana aktywowac zarejestrowac zwiekszyc zwiekszenie przedluzyc
  przedluzenie odzyskac odzyskanie zwrot zwrotu wystawic wystawienie
  marza marzy marze rabat rabaty upust faktura faktury fakture fakturze fakturami
  pogoda pogody pogode przepis urlop urlopu lunch mecz spotkanie spotkania spotkaniu zarezerwowac rezerwacja
  mfa 2fa storage vm maszyna maszyny maszyne wirtualna wirtualnej lighthouse rbac przychod przychody przychodow
  zuzycie zuzycia zuzyciu wspoldzielona wspoldzielonej wspoldzielone ustawic
  gosc goscia gosciowi goscie gosci opublikowac publikowac publikacja skrzynka skrzynki skrzynke skrzynek
  limit limity limitu limitow servicenow jira
  nadac nadanie nadawac polityka polityki polityke polityk
  entra miesiac miesiaca miesiecznie miesieczny miesieczne miesieczna miesiecznego
  rozmiar rozmiaru wielkosc maksymalny maksymalna maksymalnie backup kopia kopii kopie zapasowa zapasowe dns sso
  certyfikat certyfikatu certyfikaty ssl firewall zapora vpn drukarka drukarki wifi laptop laptopa excel
  powershell skrypt skryptu przetlumaczyc tlumaczenie tlumaczenia szkolenie szkolenia egzamin egzaminu kurs
  kursu certyfikacja certyfikacji podatek podatku vat waluta waluty wypowiedziec wypowiedzenie zawiesic
  zawieszenie portowanie portowania phishing phishingowy phishingowego spam malware wirus
  dowcip dowcipy zart zarty kawal smieszne
  wyczyscic czyscic licenceprice sdk gdapsetup budzet budzetu budzety rezerwacje rezerwacji reserved oszczednosciowy
  oszczednosciowe oszczednosciowego
  przestawic przestawienie programowo automatycznie automatyzacja automatyzacji designation transfer transferu
  transferowac unified przejecie przejecia
  prywatny prywatna prywatne prywatnego prywatnej prywatnym
`;

/** Folded words per language, before stemming. */
export const UNCOVERED_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(EN.split(/\s+/).filter(Boolean)),
  pl: new Set(PL.split(/\s+/).filter(Boolean)),
};
