import { defineTexts } from './messages';

/**
 * Short names of the wizard's answers, for lists of what changed and the rows of the review (the
 * inputs' labels are questions, which wrap over several lines in a row).
 */
export const fields = defineTexts({
  'field.role': { en: 'role', pl: 'rola' },
  'field.service': { en: 'service', pl: 'usługa' },
  'field.problemType': { en: 'problem type', pl: 'rodzaj problemu' },
  'field.criteria': { en: 'escalation criteria', pl: 'kryteria eskalacji' },
  'field.serviceHealthChecked': { en: 'service health checked', pl: 'sprawdzenie kondycji usługi' },
  'field.troubleshootingDone': { en: 'troubleshooting', pl: 'rozwiązywanie problemów' },
  'field.delegatedAdmin': { en: 'delegated admin', pl: 'delegowane uprawnienia administratora' },
  'field.providerGrantedAccess': { en: 'access from the provider', pl: 'dostęp od dostawcy' },
  'field.helpdeskAdmin': { en: 'Helpdesk admin role', pl: 'rola Helpdesk admin' },
  'field.asfp': { en: 'ASfP agreement', pl: 'umowa ASfP' },
  'field.severity': { en: 'severity', pl: 'istotność' },
  'field.customerName': { en: 'customer name', pl: 'nazwa klienta' },
  'field.customerDomain': { en: 'customer domain', pl: 'domena klienta' },
  'field.customerTenantId': { en: 'customer tenant ID', pl: 'identyfikator dzierżawy klienta' },
  'field.title': { en: 'title', pl: 'tytuł' },
  'field.description': { en: 'description', pl: 'opis' },
  'field.affectedResource': { en: 'affected resource', pl: 'zasób, którego dotyczy problem' },
  'field.contactName': { en: 'contact name', pl: 'imię i nazwisko kontaktu' },
  'field.contactEmail': { en: 'contact email', pl: 'e-mail kontaktu' },
  'field.contactPhone': { en: 'contact phone', pl: 'telefon kontaktu' },
  'field.contactLanguage': { en: 'preferred language', pl: 'preferowany język' },
  'field.microsoftRequestNumber': { en: 'Microsoft request number', pl: 'numer żądania obsługi Microsoft' },
});
