import type { ContactLanguage, ProblemType, Severity } from './wizard/model';

/**
 * Initial response targets of the CSP support benefit. Technical break-fix incidents: severity A
 * 2 hours, B 4 hours, C 8 hours from when the request is filed (the source gives hours and no
 * business-hours rule for them). Everything else within the entitlement (non-break-fix requests,
 * billing, fraud): up to one business day.
 *
 * These targets hold for English-speaking support only. Support in another language is given during
 * business hours with no stated response time, so a contact who prefers another language gets
 * LOCAL_LANGUAGE_TARGET and no respond-by time.
 *
 * All calendar arithmetic is in UTC: "one business day" is counted as the next weekday (Monday to
 * Friday, UTC) that is not a configured holiday, at the same UTC time of day. That reading is ours,
 * not the source's, and the cards say so.
 */

/** Support in a language other than English: during business hours, no stated response time. */
export const LOCAL_LANGUAGE_TARGET = 'local-business-hours';

export const ENGLISH_TARGETS = ['PT2H', 'PT4H', 'PT8H', 'P1BD'] as const;
export type EnglishTarget = (typeof ENGLISH_TARGETS)[number];

export const RESPONSE_TARGETS = [...ENGLISH_TARGETS, LOCAL_LANGUAGE_TARGET] as const;
export type ResponseTarget = (typeof RESPONSE_TARGETS)[number];

export const SEVERITY_HOURS: Readonly<Record<Severity, number>> = { A: 2, B: 4, C: 8 };

const SEVERITY_TARGET: Readonly<Record<Severity, EnglishTarget>> = { A: 'PT2H', B: 'PT4H', C: 'PT8H' };

/** A holiday as configured: a UTC calendar date. */
export const HOLIDAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface ResponseTargetInput {
  problemType: ProblemType;
  /** Required for break-fix. */
  severity?: Severity;
  /** When the clock starts (the injected clock's now). */
  createdAt: Date;
  /** Extra non-business days, YYYY-MM-DD (UTC). Malformed entries never match a date. */
  holidays?: readonly string[];
}

export interface ResponseTargetResult {
  respondBy: Date;
  target: EnglishTarget;
  /** Clock hours, for break-fix targets. */
  hours?: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isBusinessDay(day: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(utcDate(day));
}

/** The next business day after `from`'s UTC date, at the same UTC time of day. */
export function nextBusinessDay(from: Date, holidays: readonly string[] = []): Date {
  const set = new Set(holidays.filter((h) => HOLIDAY_PATTERN.test(h)));
  let candidate = new Date(from.getTime() + DAY_MS);
  // A year of holidays cannot hide every weekday for longer than this; the bound keeps it total.
  for (let i = 0; i < 400 && !isBusinessDay(candidate, set); i++) {
    candidate = new Date(candidate.getTime() + DAY_MS);
  }
  return candidate;
}

export function respondBy(input: ResponseTargetInput): ResponseTargetResult {
  const { problemType, severity, createdAt } = input;
  if (Number.isNaN(createdAt.getTime())) throw new RangeError('createdAt is not a valid date');
  if (problemType === 'break-fix') {
    if (severity === undefined) throw new TypeError('A break-fix incident needs a severity');
    const hours = SEVERITY_HOURS[severity];
    return {
      respondBy: new Date(createdAt.getTime() + hours * HOUR_MS),
      target: SEVERITY_TARGET[severity],
      hours,
    };
  }
  return { respondBy: nextBusinessDay(createdAt, input.holidays), target: 'P1BD' };
}

/** The target for English-speaking support of a request, without computing a time. */
export function englishTargetFor(problemType: ProblemType, severity?: Severity): EnglishTarget {
  if (problemType !== 'break-fix') return 'P1BD';
  if (severity === undefined) throw new TypeError('A break-fix incident needs a severity');
  return SEVERITY_TARGET[severity];
}

export interface ContactResponse {
  /** What applies to this request: the English-support target, or LOCAL_LANGUAGE_TARGET. */
  target: ResponseTarget;
  /** The English-support target, shown next to a local-language one. */
  englishTarget: EnglishTarget;
  /** When a first response is due; only for English-speaking support. */
  respondBy?: Date;
}

/**
 * The response target for the language the contact prefers. `contactLanguage` undefined means it is
 * not known yet: the English-support target is shown as the condition it is.
 */
export function responseForContact(
  input: ResponseTargetInput & { contactLanguage?: ContactLanguage },
): ContactResponse {
  const english = respondBy(input);
  if (input.contactLanguage === undefined || input.contactLanguage === 'en') {
    return { target: english.target, englishTarget: english.target, respondBy: english.respondBy };
  }
  return { target: LOCAL_LANGUAGE_TARGET, englishTarget: english.target };
}
