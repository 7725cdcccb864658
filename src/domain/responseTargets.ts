import type { ProblemType, Severity } from './wizard/model';

/**
 * Initial response targets of the CSP support benefit. Technical break-fix incidents: severity A
 * 2 hours, B 4 hours, C 8 hours, counted in clock hours (around the clock). Everything else within
 * the entitlement (non-break-fix requests, billing, fraud): up to one business day.
 *
 * All calendar arithmetic is in UTC: "one business day" is the next weekday (Monday to Friday, UTC)
 * that is not a configured holiday, at the same UTC time of day. The targets hold for
 * English-language support; local-language support is given during business hours.
 */

export const RESPONSE_TARGETS = ['PT2H', 'PT4H', 'PT8H', 'P1BD'] as const;
export type ResponseTarget = (typeof RESPONSE_TARGETS)[number];

export const SEVERITY_HOURS: Readonly<Record<Severity, number>> = { A: 2, B: 4, C: 8 };

const SEVERITY_TARGET: Readonly<Record<Severity, ResponseTarget>> = { A: 'PT2H', B: 'PT4H', C: 'PT8H' };

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
  target: ResponseTarget;
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
