import { z } from 'zod';
import { wellFormed } from '../text';

/**
 * The escalation wizard's vocabulary and the schemas for its inputs as they arrive from an
 * Adaptive Card: every value is a string (choice sets give their value, multi-select choice sets a
 * comma-separated list, toggles "true"/"false"), and an optional input left empty is absent or "".
 */

export const ROLES = ['indirect-reseller', 'indirect-provider', 'direct-bill'] as const;
export type Role = (typeof ROLES)[number];

export const SERVICES = [
  'azure',
  'office365',
  'dynamics365',
  'ems',
  'dynamics-crm-online',
  'marketplace',
  'own-subscription',
] as const;
export type Service = (typeof SERVICES)[number];

/** Services a partner supports for a customer through the CSP support benefit. */
export const CUSTOMER_SERVICES = [
  'azure',
  'office365',
  'dynamics365',
  'ems',
  'dynamics-crm-online',
] as const satisfies readonly Service[];
export type CustomerService = (typeof CUSTOMER_SERVICES)[number];

export function isCustomerService(service: Service | undefined): service is CustomerService {
  return (CUSTOMER_SERVICES as readonly string[]).includes(service ?? '');
}

export const PROBLEM_TYPES = ['break-fix', 'non-break-fix', 'billing', 'fraud'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** Technical problems go through the escalation rule (service health, troubleshooting, criteria). */
export const TECHNICAL_PROBLEM_TYPES = [
  'break-fix',
  'non-break-fix',
] as const satisfies readonly ProblemType[];

export function isTechnical(problemType: ProblemType | undefined): boolean {
  return (TECHNICAL_PROBLEM_TYPES as readonly string[]).includes(problemType ?? '');
}

/** The five categories of issues that are handed off to Microsoft. */
export const CRITERIA = [
  'undocumented-behaviour',
  'service-unavailable',
  'bug-or-irregularity',
  'network-disruption',
  'regional-multi-tenant',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** What the partner must have done before escalating a technical problem. */
export const PREREQUISITES = ['service-health-checked', 'troubleshooting-done'] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];

export const SEVERITIES = ['A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Languages the partner's contact may prefer. Response targets hold for English-language support only. */
export const CONTACT_LANGUAGES = ['en', 'pl', 'de', 'fr', 'es', 'it'] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

/** Answers to yes/no questions, sent by an expanded choice set. */
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/**
 * Wizard steps in order. Which of them are asked depends on earlier answers (see flow.ts). The
 * `service` step asks for the service and the problem type; the `criteria` step holds every check
 * before escalating: the criteria, the two prerequisites, the access questions and the severity.
 */
export const STEPS = ['role', 'service', 'criteria', 'details', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/**
 * Steps of earlier versions, and the step that now asks their questions: a draft stored on one of
 * them opens on that step, with every answer kept.
 */
export const LEGACY_STEPS = { problem: 'service', access: 'criteria', severity: 'criteria' } as const;
export type LegacyStepId = keyof typeof LEGACY_STEPS;
const LEGACY_STEP_IDS = Object.keys(LEGACY_STEPS) as LegacyStepId[];

/** A step name as stored or sent by a card of any version. */
export const AnyStepIdSchema = z.enum([...STEPS, ...LEGACY_STEP_IDS]);

/** The step a stored step name stands for now. */
export function currentStep(step: StepId | LegacyStepId): StepId {
  return step in LEGACY_STEPS ? LEGACY_STEPS[step as LegacyStepId] : (step as StepId);
}

/** The access questions, each asked only where it matters (see flow.ts). */
export const ACCESS_QUESTIONS = ['delegatedAdmin', 'providerGrantedAccess', 'helpdeskAdmin', 'asfp'] as const;
export type AccessQuestion = (typeof ACCESS_QUESTIONS)[number];

/** Every input of the wizard, in the order the cards show them (the card input `id` is the field id). */
export const FIELD_IDS = [
  'role',
  'service',
  'problemType',
  'criteria',
  'serviceHealthChecked',
  'troubleshootingDone',
  ...ACCESS_QUESTIONS,
  'severity',
  'customerName',
  'customerDomain',
  'customerTenantId',
  'title',
  'description',
  'affectedResource',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactLanguage',
  'microsoftRequestNumber',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

/** An unfinished wizard is kept this many days after its last change, then removed. */
export const DRAFT_LIFETIME_DAYS = 14;

/**
 * How far the bot's clock may lag the database's and a removed draft still reads as expired: the
 * database removes a draft by its own clock, so a card pressed just after that, on a host a few
 * minutes behind, would otherwise be told the form was finished or cancelled.
 */
export const EXPIRY_CLOCK_SKEW_MS = 5 * 60_000;

/** Length limits, shown to users in validation messages. */
export const LIMITS = {
  name: 100,
  title: 120,
  description: 4000,
  affectedResource: 300,
  email: 254,
  phone: 32,
  domain: 253,
  /** Longest raw text kept for a field the user has typed but not yet submitted. */
  pendingText: 8000,
} as const;

export const PATTERNS = {
  // RFC 5322 "dot-atom" local part and a host name with at least one dot.
  email:
    /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/,
  // Digits with the usual separators and an optional leading +; at least 6 digits checked separately.
  phone: /^\+?[0-9][0-9 ().\-/]*[0-9]$/,
  // A DNS name such as contoso.onmicrosoft.com or contoso.com: labels of letters, digits and inner hyphens.
  domain: /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
  guid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  microsoftRequestNumber: /^[0-9]{10,20}$/,
  // C0 controls other than tab, line feed and carriage return, and DEL: never valid in card text.
  // And the text-direction embeddings, overrides and isolates, which can show a text reversed
  // ("Contoso \u202Etxt.exe" reads "Contoso exe.txt") on every card it is shown on.
  // eslint-disable-next-line no-control-regex
  controlChars: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/,
  // What shows nothing: white space, format characters (zero-width spaces and joiners, direction
  // marks, the byte order mark) and the blank letters (Hangul fillers, the blank Braille pattern).
  invisible: /[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu,
} as const;

/** Whether `text` shows anything at all: a text of spaces and zero-width characters reads as empty. */
export function isBlank(text: string): boolean {
  return text.replace(PATTERNS.invisible, '') === '';
}

/**
 * Validation failure codes. Each is also the suffix of an i18n key (`wizard.error.<code>`), so zod
 * issues carry these as their message.
 */
export const VALIDATION_CODES = [
  'required',
  'wrongType',
  'choice',
  'tooLong',
  'email',
  'phone',
  'domain',
  'guid',
  'requestNumber',
  'controlChars',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

// ---- Schemas of card strings shared by the wizard and the ticket card ----------------------------

/**
 * A string from a card, as every text input of the wizard and the ticket card is read: a lone half
 * of a surrogate pair in it is replaced by U+FFFD (see wellFormed), before anything is checked.
 */
export const cardString = z
  .string({ required_error: 'required', invalid_type_error: 'wrongType' })
  .transform(wellFormed);

/**
 * What a paste carries unseen into an address or a number (zero-width spaces and joiners, direction
 * marks, direction overrides, the byte order mark): dropped before the value is read, so nobody is
 * told that a value they cannot see anything wrong with is wrong, and what is kept has none of them.
 */
export const UNSEEN = /\p{Cf}/gu;
const pasted = cardString.transform((s) => s.replace(UNSEEN, ''));

export const emailSchema = pasted.pipe(
  z.string().trim().min(1, 'required').max(LIMITS.email, 'tooLong').regex(PATTERNS.email, 'email'),
);

export const phoneSchema = pasted.pipe(
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(LIMITS.phone, 'tooLong')
    .regex(PATTERNS.phone, 'phone')
    .refine((s) => s.replace(/\D/g, '').length >= 6, 'phone'),
);

/** A customer's primary domain, e.g. contoso.onmicrosoft.com; lower-cased. */
export const domainSchema = pasted.pipe(
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(LIMITS.domain, 'tooLong')
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(PATTERNS.domain, 'domain')),
);

export const tenantIdSchema = pasted.pipe(
  z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(PATTERNS.guid, 'guid')),
);

export const microsoftRequestNumberSchema = pasted.pipe(
  z
    .string()
    .trim()
    .min(1, 'required')
    .pipe(z.string().regex(PATTERNS.microsoftRequestNumber, 'requestNumber')),
);

/** Steps with inputs (the review step has none). */
export type InputStepId = Exclude<StepId, 'review'>;

// ---- Answers and drafts ------------------------------------------------------------------------

export interface AccessAnswers {
  /** Does the partner hold delegated admin privileges for this customer? */
  delegatedAdmin?: boolean;
  /** Azure, indirect reseller: has the indirect provider granted access to the customer's Azure account? */
  providerGrantedAccess?: boolean;
  /** Azure: is the user a Partner Center Helpdesk admin? */
  helpdeskAdmin?: boolean;
  /** Dynamics 365: does the partner keep Advanced Support for Partners (ASfP) or higher? */
  asfp?: boolean;
}

/**
 * The details step's answers as stored, in drafts and (without the Microsoft request number, which a
 * ticket keeps on its own) in tickets: one schema for both.
 */
export const DetailsAnswersSchema = z
  .object({
    customer: z
      .object({
        name: z.string().min(1).max(LIMITS.name),
        domain: z.string().regex(PATTERNS.domain),
        tenantId: z.string().regex(PATTERNS.guid).optional(),
      })
      .strict(),
    title: z.string().min(1).max(LIMITS.title),
    /**
     * True when the title was made from the description (none was typed), so that it follows the
     * description; false when typed. Absent on details recorded before it was kept: see
     * titleIsAutomatic (fields.ts).
     */
    titleAutomatic: z.boolean().optional(),
    description: z.string().min(1).max(LIMITS.description),
    affectedResource: z.string().min(1).max(LIMITS.affectedResource).optional(),
    contact: z
      .object({
        name: z.string().min(1).max(LIMITS.name),
        email: z.string().max(LIMITS.email).regex(PATTERNS.email),
        phone: z.string().max(LIMITS.phone).optional(),
        language: z.enum(CONTACT_LANGUAGES),
      })
      .strict(),
    microsoftRequestNumber: z.string().regex(PATTERNS.microsoftRequestNumber).optional(),
  })
  .strict();

export type DetailsAnswers = z.infer<typeof DetailsAnswersSchema>;
export type CustomerAnswers = DetailsAnswers['customer'];
export type ContactAnswers = DetailsAnswers['contact'];

/** Everything the wizard has collected; each part is absent until its step is accepted. */
export interface WizardAnswers {
  role?: Role;
  service?: Service;
  problemType?: ProblemType;
  criteria?: Criterion[];
  prerequisites?: Prerequisite[];
  access?: AccessAnswers;
  severity?: Severity;
  details?: DetailsAnswers;
}

/** Raw text the user typed but that is not (yet) accepted, so a card can show it again. */
export type PendingInputs = Partial<Record<FieldId, string>>;

/** A title made from a description, and that description. */
export interface MadeTitle {
  title: string;
  description: string;
}

/** A draft that edits an existing ticket: which one, and the version and answers the edit started from. */
export interface DraftEdit {
  ticketId: string;
  version: number;
  /** The ticket's answers at `version`, so changes made meanwhile by others can be told from ours. */
  base: WizardAnswers;
}

export interface Draft {
  answers: WizardAnswers;
  step: StepId;
  /** Increments with every accepted change; a card carrying another rev is out of date. */
  rev: number;
  pending?: PendingInputs;
  edit?: DraftEdit;
  /** Steps answered when the wizard started (remembered or read from a sentence), not shown since. */
  prefilled?: StepId[];
  /**
   * The title read from the sentence the wizard started with, and the description read with it: the
   * title made while the description stays that one and no title is typed.
   */
  sentenceTitle?: MadeTitle;
}

/** A fresh draft at the first step. */
export function newDraft(): Draft {
  return { answers: {}, step: STEPS[0], rev: 0 };
}

/** The access answers as stored, in drafts and in tickets. */
export const AccessAnswersSchema = z
  .object({
    delegatedAdmin: z.boolean().optional(),
    providerGrantedAccess: z.boolean().optional(),
    helpdeskAdmin: z.boolean().optional(),
    asfp: z.boolean().optional(),
  })
  .strict();

/** Zod schema for stored answers (in drafts, and as the base of an edit). */
export const AnswersSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    service: z.enum(SERVICES).optional(),
    problemType: z.enum(PROBLEM_TYPES).optional(),
    criteria: z.array(z.enum(CRITERIA)).max(CRITERIA.length).optional(),
    prerequisites: z.array(z.enum(PREREQUISITES)).max(PREREQUISITES.length).optional(),
    access: AccessAnswersSchema.optional(),
    severity: z.enum(SEVERITIES).optional(),
    details: DetailsAnswersSchema.optional(),
  })
  .strict();

/** Zod schema for a stored draft, so the drafts collection checks what it reads and writes. */
export const DraftSchema = z
  .object({
    answers: AnswersSchema,
    step: AnyStepIdSchema.transform(currentStep),
    rev: z.number().int().nonnegative(),
    pending: z.record(z.string().max(LIMITS.pendingText)).optional(),
    edit: z
      .object({
        ticketId: z.string().min(1).max(64),
        version: z.number().int().min(1),
        base: AnswersSchema,
      })
      .strict()
      .optional(),
    // Only whole steps before the checks are prefilled now: role and service (which took in the problem).
    prefilled: z
      .array(AnyStepIdSchema)
      .max(STEPS.length + LEGACY_STEP_IDS.length)
      .optional()
      .transform((steps) => {
        const kept = [...new Set((steps ?? []).map(currentStep))].filter(
          (s) => s === 'role' || s === 'service',
        );
        return kept.length > 0 ? kept : undefined;
      }),
    sentenceTitle: z
      .object({
        title: z.string().min(1).max(LIMITS.title),
        description: z.string().min(1).max(LIMITS.description),
      })
      .strict()
      .optional(),
  })
  .strict();
