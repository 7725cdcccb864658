import type { Lang } from '../domain/lang';
import type { Decision } from '../domain/eligibility';
import {
  englishTargetFor,
  LOCAL_LANGUAGE_TARGET,
  type ContactResponse,
  type ResponseTarget,
} from '../domain/responseTargets';
import type { Ticket } from '../domain/ticket';
import type { ContactLanguage, FieldId, ProblemType, Service } from '../domain/wizard/model';
import { t } from '../i18n';

/** Formatting shared by the wizard and ticket cards: labels, dates, response lines. */

export interface Choice {
  title: string;
  value: string;
}

/** For Dynamics 365, billing includes licensing and plan subscriptions (they go to Dynamics Support). */
export function problemLabel(problemType: ProblemType, service: Service | undefined, lang: Lang): string {
  return problemType === 'billing' && service === 'dynamics365'
    ? t(lang, 'wizard.problem.billing.dynamics365')
    : t(lang, `wizard.problem.${problemType}`);
}

const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', pl: 'pl-PL' };

/**
 * A date and time in the card's language, in `timeZone` (the reader's, for a card only they see) or
 * in UTC, with the zone named: "1 Dec 2026, 10:41 UTC", "1 gru 2026, 11:41 CET".
 */
export function cardDateTime(d: Date, lang: Lang, timeZone = 'UTC'): string {
  return dateTimeFormat(lang, timeZone).format(d);
}

/** Formatters by language and time zone: making one costs far more than formatting with it. */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Time zones come from clients: a bound on how many formatters are kept (IANA has about 600 zones). */
const MAX_FORMATS = 2_000;

function dateTimeFormat(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/**
 * The outcome line. Its colours read on a white card (yellow "Warning" and pale green "Good" do not):
 * accent blue for ready, attention red for not yet.
 */
export function outcomeText(
  decision: Decision,
  lang: Lang,
): { outcome: string; color: 'Accent' | 'Attention' } {
  return {
    outcome: t(lang, `decision.outcome.${decision.outcome}`),
    color: decision.outcome === 'eligible' ? 'Accent' : 'Attention',
  };
}

/** A field's short name as a row label: "Role", "Helpdesk admin role", not the question asked. */
export function shortLabel(field: FieldId, lang: Lang): string {
  const name = t(lang, `field.${field}`);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

export const bullet = (text: string) => ({ text: `• ${text}` });

export interface ResponseText {
  /** The English-support target, as its condition says. */
  target: string;
  /** What the contact's preferred language means for it. */
  languageNote: string;
  /** How "one business day" is counted, when a time is shown for it. */
  businessDayNote: string;
}

/** The lines that describe a response target for a contact who prefers `contactLanguage`. */
export function responseText(
  response: Pick<ContactResponse, 'target' | 'englishTarget'> & { respondBy?: Date | undefined },
  contactLanguage: ContactLanguage | undefined,
  lang: Lang,
): ResponseText {
  const local = response.target === LOCAL_LANGUAGE_TARGET && contactLanguage !== undefined;
  return {
    target: t(lang, `response.target.${response.englishTarget}`),
    languageNote: local
      ? t(lang, 'response.localLanguage', { language: t(lang, `wizard.language.${contactLanguage}`) })
      : t(lang, 'response.englishNote'),
    businessDayNote:
      response.englishTarget === 'P1BD' && response.respondBy !== undefined
        ? t(lang, 'response.businessDayNote')
        : '',
  };
}

/** A ticket's stored target, read back into the lines a card shows; null when no target applies. */
export function ticketResponseText(ticket: Ticket, lang: Lang): ResponseText | null {
  const target: ResponseTarget | null = ticket.responseTarget;
  if (target === null || ticket.problemType === undefined) return null;
  const englishTarget =
    target === LOCAL_LANGUAGE_TARGET ? englishTargetFor(ticket.problemType, ticket.severity) : target;
  return responseText({ target, englishTarget, respondBy: ticket.respondBy }, ticket.contact.language, lang);
}
