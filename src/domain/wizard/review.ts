import { decide, hasCspResponseTargets, type Decision } from '../eligibility';
import { responseForContact, type ContactResponse } from '../responseTargets';
import { relevantAnswers } from './flow';
import type { WizardAnswers } from './model';

/** What the review step shows: the decision, and the first-response target if the request were filed now. */
export interface ReviewOutcome {
  decision: Decision;
  /** Absent when no CSP response target applies (not eligible yet, ISV, own plan, a severity still missing). */
  response?: ContactResponse;
}

/**
 * The decision and response target for the answers as they stand, as a ticket made `now` would get
 * them. The ticket computes the same when it is made (ticket.ts uses responseOf too).
 */
export function reviewOutcome(
  answers: WizardAnswers,
  now: Date,
  holidays: readonly string[] = [],
): ReviewOutcome {
  const relevant = relevantAnswers(answers);
  const decision = decide(relevant);
  const response = responseOf(relevant, decision, now, holidays);
  return { decision, ...(response && { response }) };
}

/** The response target of eligible answers on a CSP route, or undefined where none applies. */
export function responseOf(
  answers: WizardAnswers,
  decision: Decision,
  at: Date,
  holidays: readonly string[] = [],
): ContactResponse | undefined {
  if (decision.outcome !== 'eligible' || !hasCspResponseTargets(decision.route) || !answers.problemType) {
    return undefined;
  }
  if (answers.problemType === 'break-fix' && answers.severity === undefined) return undefined;
  return responseForContact({
    problemType: answers.problemType,
    ...(answers.severity !== undefined && { severity: answers.severity }),
    createdAt: at,
    holidays,
    ...(answers.details && { contactLanguage: answers.details.contact.language }),
  });
}
