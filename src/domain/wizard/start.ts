import type { Lang } from '../lang';
import { wellFormed } from '../text';
import { FIELDS } from './fields';
import { applicableSteps, missingSteps } from './flow';
import {
  newDraft,
  STEPS,
  type ContactAnswers,
  type Draft,
  type FieldId,
  type PendingInputs,
  type ProblemType,
  type Role,
  type Service,
  type StepId,
  type WizardAnswers,
} from './model';
import { readFields, type SentenceReading } from './sentence';

/**
 * What a new wizard starts with: what the partner answered on their last ticket, what Teams says
 * about them, what their one-sentence start said, and the turn's language. Every value is shown on its
 * card as an answer the partner can change; none is taken without being shown.
 */
export interface Prefill {
  /** The language of the turn: the contact's preferred language unless one is remembered. */
  lang: Lang;
  /** Remembered from the partner's last ticket. */
  role?: Role;
  /**
   * The service and problem type of the partner's last ticket; taken only when the sentence (if any)
   * says nothing of either, so a remembered answer never mixes with one just typed.
   */
  service?: Service;
  problemType?: ProblemType;
  /** Remembered from the partner's last Azure ticket: their own Partner Center role, not the customer's. */
  helpdeskAdmin?: boolean;
  /** The partner as contact: remembered, else from the Teams profile. Invalid values are left out. */
  contact?: Partial<ContactAnswers>;
  reading?: SentenceReading;
}

/**
 * The first draft. Whole answers (role, service, problem type, severity, a remembered Helpdesk admin
 * answer) are set; the details step's inputs are kept as unaccepted inputs, so the details step is
 * still asked and checked as a whole; a title read from the sentence is no input but the title made
 * while the sentence stays the description. The draft opens on the first step still to answer; Back
 * reaches the prefilled ones. The checks step is always shown (a read severity or a remembered
 * Helpdesk admin answer is shown there as chosen), so only the role and service steps can be passed
 * over.
 */
const PREFILLABLE: readonly StepId[] = ['role', 'service'];

/** Whether the service and problem type remembered from the last ticket are taken. */
export function takesRemembered(prefill: Prefill): boolean {
  const { reading } = prefill;
  return (
    prefill.service !== undefined &&
    reading?.service === undefined &&
    reading?.problemType === undefined &&
    // A sentence naming several services is asked about, not answered from memory.
    !(reading?.unclear ?? []).includes('service')
  );
}

export function startingDraft(prefill: Prefill): Draft {
  const { reading, contact } = prefill;
  let answers: WizardAnswers = {};
  const set = (field: FieldId, value: unknown) => {
    if (value !== undefined) answers = FIELDS[field].write(answers, value);
  };
  set('role', prefill.role);
  const remembered = takesRemembered(prefill);
  set('service', remembered ? prefill.service : reading?.service);
  set('problemType', remembered ? prefill.problemType : reading?.problemType);
  set('severity', reading?.severity);
  set('helpdeskAdmin', prefill.helpdeskAdmin);

  const pending: PendingInputs = {};
  const typed: Partial<Record<FieldId, string | undefined>> = {
    customerDomain: reading?.customerDomain,
    description: reading?.description,
    contactName: contact?.name,
    contactEmail: contact?.email,
    contactPhone: contact?.phone,
    contactLanguage: contact?.language ?? prefill.lang,
  };
  for (const [field, value] of Object.entries(typed) as [FieldId, string | undefined][]) {
    // As typed, but as the field reads it: no lone half of a surrogate pair (see wellFormed).
    if (value !== undefined && FIELDS[field].schema.safeParse(value).success)
      pending[field] = wellFormed(value);
  }
  const missing = missingSteps(answers);
  const step = missing[0] ?? 'review';
  // Steps the prefill answered, after the first one asked, are passed over going forward (the review
  // shows them). The checks and details are never answered by a prefill as a whole.
  const prefilled = PREFILLABLE.filter(
    (s) =>
      applicableSteps(answers).includes(s) && !missing.includes(s) && STEPS.indexOf(s) > STEPS.indexOf(step),
  );
  // The title read is no typed title: it is the one made while the description stays the sentence.
  const sentenceTitle =
    reading?.title !== undefined && pending.description !== undefined && reading.description !== undefined
      ? { title: reading.title, description: reading.description }
      : undefined;
  return {
    ...newDraft(),
    answers,
    step,
    ...(Object.keys(pending).length > 0 && { pending }),
    ...(prefilled.length > 0 && { prefilled }),
    ...(sentenceTitle && { sentenceTitle }),
  };
}

/** Where the answers a wizard started with came from, for the note on its first card. */
export interface PrefillSources {
  remembered: FieldId[];
  teams: FieldId[];
  read: FieldId[];
  /** What a sentence named more than once, differently: asked. */
  unclear: FieldId[];
}

/** Whether `draft` shows something for `field` (as an answer, an unaccepted input, or the title read). */
function shows(draft: Draft, field: FieldId): boolean {
  if (field === 'title' && draft.sentenceTitle !== undefined) return true;
  return draft.pending?.[field] !== undefined || FIELDS[field].read(draft.answers) !== undefined;
}

/**
 * The sources of what `draft` (from startingDraft) shows. `remembered` and `teams` say which prefill
 * values came from the last ticket and which from the Teams profile.
 */
export function prefillSources(
  draft: Draft,
  from: { remembered?: readonly FieldId[]; teams?: readonly FieldId[]; reading?: SentenceReading },
): PrefillSources {
  const read = from.reading ? readFields(from.reading) : [];
  return {
    remembered: (from.remembered ?? []).filter((f) => shows(draft, f)),
    teams: (from.teams ?? []).filter((f) => shows(draft, f)),
    read: read.filter((f) => shows(draft, f)),
    unclear: from.reading ? [...from.reading.unclear] : [],
  };
}

/** Whether there is anything to say about where the first card's answers came from. */
export function hasSources(sources: PrefillSources): boolean {
  return Object.values(sources).some((fields: FieldId[]) => fields.length > 0);
}
