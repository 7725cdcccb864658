import type { z } from 'zod';
import { BLOCKER_CODES, blockersAt, type BlockerCode } from '../eligibility';
import { beginning, wellFormed } from '../text';
import { automaticTitle, FIELDS, fieldsOf, madeTitle, shownValue, withAutomaticTitle } from './fields';
import {
  ACCESS_QUESTIONS,
  isCustomerService,
  isTechnical,
  LIMITS,
  STEPS,
  VALIDATION_CODES,
  type AccessAnswers,
  type AccessQuestion,
  type Draft,
  type FieldId,
  type InputStepId,
  type LegacyStepId,
  type PendingInputs,
  type StepId,
  type ValidationCode,
  type WizardAnswers,
} from './model';

/**
 * The wizard as a pure state machine. A route handler loads the draft, calls one of these
 * functions with the card's action data, stores the returned draft if asked to, and renders it.
 */

/** What a wizard card carries in its Action.Execute data to say which state it was drawn from. */
export interface CardPosition {
  draftRev: number;
  /** A card drawn by an earlier version may name a step that has since been merged into another. */
  step: StepId | LegacyStepId;
  /** When the draft expires, as the card was drawn (ms since the epoch; 0 or absent: not known). */
  expiresAt?: number;
}

/** One thing wrong with one input. `code` selects the message (`wizard.error.<code>`). */
export interface FieldError {
  field: FieldId;
  code: ValidationCode;
  /** The limit that was exceeded, for `tooLong`. */
  max?: number;
}

export type StepResult =
  /** Accepted: store `draft` (its rev has moved on) and render its step. */
  | { ok: true; draft: Draft }
  /** Rejected: store nothing; render `draft` (same rev, with the raw inputs kept) with `errors`. */
  | { ok: false; reason: 'invalid'; errors: FieldError[]; draft: Draft }
  /**
   * The answers are valid but block escalation: store nothing; render `draft` (same rev, inputs kept)
   * saying what each blocker means and the way forward. Pressing the card's "continue" (which carries
   * `acknowledge` with these codes) accepts the step.
   */
  | { ok: false; reason: 'blocked'; blockers: BlockerCode[]; draft: Draft }
  /** The card is out of date: store nothing; render the current `draft` with a notice. */
  | { ok: false; reason: 'stale'; draft: Draft };

export type FinishResult =
  /** Ready to become a ticket: `answers` holds only what applies. */
  | { ok: true; answers: WizardAnswers }
  | { ok: false; reason: 'stale'; draft: Draft }
  /** Something is unanswered: store `draft`, which now sits on the first unanswered step. */
  | { ok: false; reason: 'incomplete'; missing: StepId[]; draft: Draft };

// ---- Which steps and questions apply ----------------------------------------------------------

/** The access questions that matter for these answers, in the order they are asked. */
export function accessQuestions(answers: WizardAnswers): AccessQuestion[] {
  const { service, problemType, role } = answers;
  if (!isCustomerService(service)) return [];
  if (problemType === 'billing' || problemType === 'fraud') return [];
  // Delegated admin decides the Azure route (Partner Center or the customer-domain portal); the
  // other services start in Partner Center either way.
  if (service === 'azure') {
    return role === 'indirect-reseller'
      ? ['delegatedAdmin', 'providerGrantedAccess', 'helpdeskAdmin']
      : ['delegatedAdmin', 'helpdeskAdmin'];
  }
  if (service === 'dynamics365') return ['asfp'];
  return [];
}

/**
 * The steps asked for these answers, in order. While an answer that decides a step is still
 * missing, the step is listed, so progress never jumps backwards for a typical path. The problem
 * type is asked for every service, marketplace products included (only their product support goes
 * to the publisher), so it shares the service's step. The checks step applies to technical problems
 * of a customer's service; its access questions and severity apply only within it, so what it asks
 * follows from the service and the problem type.
 */
export function applicableSteps(answers: WizardAnswers): StepId[] {
  return STEPS.filter((step) => step !== 'criteria' || checksApply(answers));
}

/** Whether the checks step applies (assumed so while the service or problem type is unknown). */
function checksApply({ service, problemType }: WizardAnswers): boolean {
  const customerOrUnknown = service === undefined || isCustomerService(service);
  return customerOrUnknown && (problemType === undefined || isTechnical(problemType));
}

/** Whether the severity is asked: a break-fix problem with a customer's service (within the checks). */
export function severityApplies(answers: WizardAnswers): boolean {
  return answers.problemType === 'break-fix' && isCustomerService(answers.service);
}

/** The inputs shown on a step for these answers. */
export function stepFields(step: StepId, answers: WizardAnswers): FieldId[] {
  if (step === 'criteria') {
    const questions: readonly FieldId[] = accessQuestions(answers);
    return fieldsOf(step).filter((field) => {
      // Only a break-fix is measured against the escalation criteria, and only it has a severity.
      if (field === 'criteria') return answers.problemType === 'break-fix';
      if (field === 'severity') return severityApplies(answers);
      if ((ACCESS_QUESTIONS as readonly FieldId[]).includes(field)) return questions.includes(field);
      return true;
    });
  }
  if (step === 'details' && answers.service === 'own-subscription') {
    // The partner's own organization: no customer tenant to give.
    return fieldsOf(step).filter((field) => field !== 'customerTenantId');
  }
  return step === 'review' ? [] : fieldsOf(step);
}

/**
 * The step after `from`. Steps in `skip` (answered when the wizard started, and not shown since) are
 * passed over while they stay answered: the review shows them, and Back reaches them.
 */
export function nextStep(answers: WizardAnswers, from: StepId, skip: readonly StepId[] = []): StepId {
  const steps = applicableSteps(answers);
  const fromIndex = STEPS.indexOf(from);
  return (
    steps.find((s) => STEPS.indexOf(s) > fromIndex && !(skip.includes(s) && stepAnswered(s, answers))) ??
    'review'
  );
}

export function previousStep(answers: WizardAnswers, from: StepId): StepId | undefined {
  const fromIndex = STEPS.indexOf(from);
  return applicableSteps(answers)
    .filter((s) => STEPS.indexOf(s) < fromIndex)
    .pop();
}

/** 1-based position of `step` among the applicable steps, and their count, for "Step 2 of 7". */
export function progress(answers: WizardAnswers, step: StepId): { index: number; total: number } {
  const steps = applicableSteps(answers);
  return { index: Math.max(steps.indexOf(step), 0) + 1, total: steps.length };
}

function stepAnswered(step: StepId, answers: WizardAnswers): boolean {
  switch (step) {
    case 'role':
      return answers.role !== undefined;
    case 'service':
      return answers.service !== undefined && answers.problemType !== undefined;
    case 'criteria':
      return (
        answers.prerequisites !== undefined &&
        answers.criteria !== undefined &&
        accessQuestions(answers).every((q) => answers.access?.[q] !== undefined) &&
        (!severityApplies(answers) || answers.severity !== undefined)
      );
    case 'details':
      return answers.details !== undefined;
    case 'review':
      return true;
  }
}

/** The applicable steps that still lack an answer. */
export function missingSteps(answers: WizardAnswers): StepId[] {
  return applicableSteps(answers).filter((step) => !stepAnswered(step, answers));
}

/**
 * The answers that apply, without those left over from a path the user went back and changed
 * (for example the severity after switching to a billing issue).
 */
export function relevantAnswers(answers: WizardAnswers): WizardAnswers {
  const steps = applicableSteps(answers);
  const out: WizardAnswers = {};
  if (answers.role !== undefined) out.role = answers.role;
  if (answers.service !== undefined) out.service = answers.service;
  if (answers.problemType !== undefined) out.problemType = answers.problemType;
  if (steps.includes('criteria')) {
    if (answers.prerequisites !== undefined) out.prerequisites = answers.prerequisites;
    if (answers.criteria !== undefined)
      out.criteria = answers.problemType === 'break-fix' ? answers.criteria : [];
  }
  const questions = accessQuestions(answers);
  if (questions.length > 0 && answers.access) {
    const access: AccessAnswers = {};
    for (const q of questions) {
      const value = answers.access[q];
      if (value !== undefined) access[q] = value;
    }
    out.access = access;
  }
  if (severityApplies(answers) && answers.severity !== undefined) out.severity = answers.severity;
  if (answers.details !== undefined) {
    // A customer tenant typed before switching to the partner's own subscription no longer applies.
    const { tenantId: _tenant, ...organization } = answers.details.customer;
    out.details =
      answers.service === 'own-subscription' && _tenant !== undefined
        ? { ...answers.details, customer: organization }
        : answers.details;
  }
  return out;
}

// ---- Card values --------------------------------------------------------------------------------

/** What each input of the draft's current step should show: text not yet accepted, else the answer. */
export function fieldValues(draft: Draft, step: StepId = draft.step): Partial<Record<FieldId, string>> {
  const values: Partial<Record<FieldId, string>> = {};
  for (const field of stepFields(step, draft.answers)) {
    values[field] = draft.pending?.[field] ?? shownValue(field, draft.answers);
  }
  return values;
}

// ---- Transitions -------------------------------------------------------------------------------

/**
 * A card is out of date when the draft moved on, and also when it was drawn for a step that has
 * since been merged into another: its inputs are only part of that step's, so it is drawn anew.
 */
export function isStale(draft: Draft, card: CardPosition): boolean {
  return card.draftRev !== draft.rev || card.step !== draft.step;
}

/**
 * The most kept unaccepted for `field`: twice the characters it accepts (a card's input stops at its
 * limit, so no one types more; what is kept still shows the user that it is too long), and no more
 * bytes on a card (as JSON, quotes included) than its limit of the costliest characters it accepts
 * takes (three bytes each: outside the Latin alphabets, or U+FFFD), though a control character takes
 * six ("\u0001"). So whatever it accepts is kept whole, a card showing what a step kept stays within
 * what Teams accepts, and the inputs a step keeps, on Back as well, stay a small part of the draft.
 */
function pendingLimits(field: FieldId): { chars: number; jsonBytes: number } {
  const def = FIELDS[field];
  const longest =
    def.maxLength ?? (def.input === 'toggle' ? 'false'.length : (def.choices ?? []).join(',').length);
  return {
    chars: Math.min(2 * longest, LIMITS.pendingText),
    jsonBytes: '""'.length + COSTLIEST_ACCEPTED_BYTES * longest,
  };
}
const COSTLIEST_ACCEPTED_BYTES = 3;

/**
 * The string inputs of `fields` in `raw`, kept so a card can show them again (as the fields read them,
 * lone halves of surrogate pairs replaced: see wellFormed). Other types are dropped.
 */
function keepPending(draft: Draft, fields: readonly FieldId[], raw: unknown): PendingInputs {
  const pending: PendingInputs = { ...draft.pending };
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  for (const field of fields) {
    // An input the card did not send (cards drawn before Back carried them) keeps what was kept before.
    if (!Object.prototype.hasOwnProperty.call(source, field)) continue;
    const value = source[field];
    if (typeof value === 'string') {
      const { chars, jsonBytes } = pendingLimits(field);
      pending[field] = beginning(wellFormed(beginning(value, chars)), chars, jsonBytes);
    } else delete pending[field];
  }
  return pending;
}

function withoutPending(draft: Draft, fields: readonly FieldId[]): PendingInputs | undefined {
  if (!draft.pending) return undefined;
  const pending: PendingInputs = { ...draft.pending };
  for (const field of fields) delete pending[field];
  return Object.keys(pending).length > 0 ? pending : undefined;
}

/** The validation code a zod issue stands for (the schemas carry codes as their messages). */
function codeOf(issue: z.ZodIssue): ValidationCode {
  if ((VALIDATION_CODES as readonly string[]).includes(issue.message)) return issue.message as ValidationCode;
  if (issue.code === 'invalid_type') return issue.received === 'undefined' ? 'required' : 'wrongType';
  return 'choice';
}

type Parsed = { ok: true; answers: WizardAnswers } | { ok: false; errors: FieldError[] };

/** Reads every input of the step through the field table; the answers change only if all are valid. */
function parseStep(step: InputStepId, answers: WizardAnswers, raw: unknown, fields: FieldId[]): Parsed {
  const input: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  let next = answers;
  for (const field of fields) {
    const def = FIELDS[field];
    const read = def.schema.safeParse(input[field]);
    if (!read.success) {
      const issue = read.error.issues[0];
      const error: FieldError = { field, code: issue ? codeOf(issue) : 'choice' };
      if (issue?.code === 'too_big' && typeof issue.maximum === 'number') error.max = issue.maximum;
      errors.push(error);
      continue;
    }
    // A yes/no question must be answered where it is asked.
    if (def.required && read.data === undefined) {
      errors.push({ field, code: 'required' });
      continue;
    }
    next = def.write(next, read.data);
  }
  if (errors.length > 0) return { ok: false, errors };
  // Non-break-fix requests are not asked for criteria: none apply.
  if (step === 'criteria' && !fields.includes('criteria')) next = { ...next, criteria: [] };
  return { ok: true, answers: next };
}

/**
 * The titles made before that a description may keep: the one the answers had (while their description
 * stays), and the one read from the wizard's sentence (while the description is the sentence).
 */
function madeTitles(draft: Draft) {
  return [madeTitle(draft.answers.details), draft.sentenceTitle];
}

/**
 * The title the details step makes when its Title box stays empty, from the description as the card
 * shows it; undefined while there is no usable description.
 */
export function automaticTitleOf(draft: Draft): string | undefined {
  const read = FIELDS.description.schema.safeParse(
    draft.pending?.description ?? draft.answers.details?.description,
  );
  return read.success && typeof read.data === 'string'
    ? automaticTitle(read.data, madeTitles(draft))
    : undefined;
}

/**
 * The draft at `step` with `answers`, one rev on; what it edits stays (pending inputs are set apart),
 * and so do the prefilled steps not yet shown.
 */
function moved(draft: Draft, answers: WizardAnswers, step: StepId): Draft {
  const prefilled = draft.prefilled?.filter((s) => s !== step);
  return {
    answers,
    step,
    rev: draft.rev + 1,
    ...(draft.edit && { edit: draft.edit }),
    ...(prefilled && prefilled.length > 0 && { prefilled }),
    ...(draft.sentenceTitle && { sentenceTitle: draft.sentenceTitle }),
  };
}

function withPending(draft: Draft, pending: PendingInputs | undefined): Draft {
  const { pending: _old, ...rest } = draft;
  return pending && Object.keys(pending).length > 0 ? { ...rest, pending } : rest;
}

/**
 * Validates the inputs of the card's step (`raw` is the Action.Execute data; only this step's
 * inputs are read) and moves on to the next applicable step.
 */
export function submitStep(draft: Draft, card: CardPosition, raw: unknown): StepResult {
  if (isStale(draft, card)) return { ok: false, reason: 'stale', draft };
  const step = draft.step;
  if (step === 'review') return { ok: true, draft };
  const fields = stepFields(step, draft.answers);
  const parsed = parseStep(step, draft.answers, raw, fields);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'invalid',
      errors: parsed.errors,
      draft: withPending(draft, keepPending(draft, fields, raw)),
    };
  }
  // A title left empty is made from the description, again whenever the description changes.
  const answers = step === 'details' ? withAutomaticTitle(parsed.answers, madeTitles(draft)) : parsed.answers;
  const blockers = blockersAt(step, relevantAnswers(answers));
  const acknowledged = acknowledgedBlockers(raw);
  if (blockers.some((b) => !acknowledged.includes(b))) {
    return {
      ok: false,
      reason: 'blocked',
      blockers,
      draft: withPending(draft, keepPending(draft, fields, raw)),
    };
  }
  const next = moved(draft, answers, nextStep(answers, step, draft.prefilled));
  return { ok: true, draft: withPending(next, withoutPending(draft, fields)) };
}

/** The blockers a "continue anyway" button says were shown (`acknowledge`: codes, comma-separated). */
function acknowledgedBlockers(raw: unknown): BlockerCode[] {
  const value = typeof raw === 'object' && raw !== null ? (raw as { acknowledge?: unknown }).acknowledge : '';
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .filter((code): code is BlockerCode => (BLOCKER_CODES as readonly string[]).includes(code));
}

/**
 * The draft as it stands, showing the string inputs of its current step found in `raw` (for a card
 * whose action couldn't be read: nothing is accepted, but nothing the user typed is dropped either).
 */
export function withInputs(draft: Draft, raw: unknown): Draft {
  if (draft.step === 'review') return draft;
  return withPending(draft, keepPending(draft, stepFields(draft.step, draft.answers), raw));
}

/**
 * Goes to the previous applicable step. Whatever was typed on the current step is kept unvalidated,
 * so it is still there when the user comes forward again.
 */
export function back(draft: Draft, card: CardPosition, raw?: unknown): StepResult {
  if (isStale(draft, card)) return { ok: false, reason: 'stale', draft };
  const previous = previousStep(draft.answers, draft.step);
  if (previous === undefined) return { ok: true, draft };
  const pending =
    raw === undefined ? draft.pending : keepPending(draft, stepFields(draft.step, draft.answers), raw);
  return {
    ok: true,
    draft: withPending(moved(draft, draft.answers, previous), pending),
  };
}

/** The review card's submit: the answers to turn into a ticket, or the first step still to answer. */
export function finish(draft: Draft, card: CardPosition): FinishResult {
  if (isStale(draft, card)) return { ok: false, reason: 'stale', draft };
  const missing = missingSteps(draft.answers);
  const first = missing[0];
  if (first !== undefined) {
    return {
      ok: false,
      reason: 'incomplete',
      missing,
      draft: withPending(moved(draft, draft.answers, first), draft.pending),
    };
  }
  return { ok: true, answers: relevantAnswers(draft.answers) };
}

/**
 * The idempotency key of a submission: the same card submitted twice (Teams retries invokes)
 * gives the same key, so the ticket store creates one ticket.
 */
export function submissionKey(draftId: string, draft: Pick<Draft, 'rev'>): string {
  return `${draftId}:${draft.rev}`;
}
