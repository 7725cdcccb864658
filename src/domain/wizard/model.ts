import { z } from 'zod';

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

/** Wizard steps in order. Which of them are asked depends on earlier answers (see flow.ts). */
export const STEPS = [
  'role',
  'service',
  'problem',
  'criteria',
  'access',
  'severity',
  'details',
  'review',
] as const;
export type StepId = (typeof STEPS)[number];

/** The access questions, each asked only where it matters (see flow.ts). */
export const ACCESS_QUESTIONS = ['delegatedAdmin', 'providerGrantedAccess', 'helpdeskAdmin', 'asfp'] as const;
export type AccessQuestion = (typeof ACCESS_QUESTIONS)[number];

/** Input ids on the cards, per step. The card input `id` is exactly the field id. */
export const STEP_FIELDS = {
  role: ['role'],
  service: ['service'],
  problem: ['problemType'],
  criteria: ['criteria', 'serviceHealthChecked', 'troubleshootingDone'],
  access: ACCESS_QUESTIONS,
  severity: ['severity'],
  details: [
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
  ],
  review: [],
} as const satisfies Record<StepId, readonly string[]>;

export type FieldId = (typeof STEP_FIELDS)[StepId][number];

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
  // eslint-disable-next-line no-control-regex
  controlChars: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,
} as const;

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

// ---- Field schemas over card strings -------------------------------------------------------------

const cardString = z.string({ required_error: 'required', invalid_type_error: 'wrongType' });

/** "" and absent both mean "not given" for optional inputs. */
function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}

function choice<T extends readonly [string, ...string[]]>(values: T) {
  return cardString
    .trim()
    .min(1, 'required')
    .pipe(z.enum(values, { errorMap: () => ({ message: 'choice' }) }));
}

function text(max: number) {
  return cardString
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((s) => !PATTERNS.controlChars.test(s), 'controlChars');
}

/** A multi-select choice set: "a,b" → ['a', 'b'], "" → []. Duplicates are dropped. */
function multiChoice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (v === undefined ? '' : v),
    cardString.transform((s, ctx) => {
      const parts = s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const allowed = values as readonly string[];
      if (parts.some((p) => !allowed.includes(p))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'choice' });
        return z.NEVER;
      }
      return [...new Set(parts)] as T[number][];
    }),
  );
}

/** Input.Toggle sends "true" or "false"; an absent toggle is off. */
const toggle = z.preprocess(
  (v) => (v === undefined || v === '' ? 'false' : v),
  cardString
    .pipe(z.enum(['true', 'false'], { errorMap: () => ({ message: 'choice' }) }))
    .transform((s) => s === 'true'),
);

const yesNo = choice(YES_NO).transform((v) => v === 'yes');

export const emailSchema = cardString
  .trim()
  .min(1, 'required')
  .max(LIMITS.email, 'tooLong')
  .regex(PATTERNS.email, 'email');

export const phoneSchema = cardString
  .trim()
  .min(1, 'required')
  .max(LIMITS.phone, 'tooLong')
  .regex(PATTERNS.phone, 'phone')
  .refine((s) => s.replace(/\D/g, '').length >= 6, 'phone');

/** A customer's primary domain, e.g. contoso.onmicrosoft.com; lower-cased. */
export const domainSchema = cardString
  .trim()
  .min(1, 'required')
  .max(LIMITS.domain, 'tooLong')
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(PATTERNS.domain, 'domain'));

export const tenantIdSchema = cardString
  .trim()
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(PATTERNS.guid, 'guid'));

export const microsoftRequestNumberSchema = cardString
  .trim()
  .min(1, 'required')
  .pipe(z.string().regex(PATTERNS.microsoftRequestNumber, 'requestNumber'));

// ---- Step schemas ------------------------------------------------------------------------------

export const RoleStepSchema = z.object({ role: choice(ROLES) });
export const ServiceStepSchema = z.object({ service: choice(SERVICES) });
export const ProblemStepSchema = z.object({ problemType: choice(PROBLEM_TYPES) });

export const CriteriaStepSchema = z.object({
  criteria: multiChoice(CRITERIA),
  serviceHealthChecked: toggle,
  troubleshootingDone: toggle,
});

/** Every access question; flow.ts requires only those asked for the current answers. */
export const AccessStepSchema = z.object({
  delegatedAdmin: optional(yesNo),
  providerGrantedAccess: optional(yesNo),
  helpdeskAdmin: optional(yesNo),
  asfp: optional(yesNo),
});

export const SeverityStepSchema = z.object({ severity: choice(SEVERITIES) });

export const DetailsStepSchema = z.object({
  customerName: text(LIMITS.name),
  customerDomain: domainSchema,
  customerTenantId: optional(tenantIdSchema),
  title: text(LIMITS.title),
  description: text(LIMITS.description),
  affectedResource: optional(text(LIMITS.affectedResource)),
  contactName: text(LIMITS.name),
  contactEmail: emailSchema,
  contactPhone: optional(phoneSchema),
  contactLanguage: choice(CONTACT_LANGUAGES),
  microsoftRequestNumber: optional(microsoftRequestNumberSchema),
});

export const STEP_SCHEMAS = {
  role: RoleStepSchema,
  service: ServiceStepSchema,
  problem: ProblemStepSchema,
  criteria: CriteriaStepSchema,
  access: AccessStepSchema,
  severity: SeverityStepSchema,
  details: DetailsStepSchema,
} as const;

export type InputStepId = keyof typeof STEP_SCHEMAS;

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

export interface CustomerAnswers {
  name: string;
  domain: string;
  tenantId?: string;
}

export interface ContactAnswers {
  name: string;
  email: string;
  phone?: string;
  language: ContactLanguage;
}

export interface DetailsAnswers {
  customer: CustomerAnswers;
  title: string;
  description: string;
  affectedResource?: string;
  contact: ContactAnswers;
  microsoftRequestNumber?: string;
}

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
    details: z
      .object({
        customer: z
          .object({
            name: z.string().max(LIMITS.name),
            domain: z.string().regex(PATTERNS.domain),
            tenantId: z.string().regex(PATTERNS.guid).optional(),
          })
          .strict(),
        title: z.string().max(LIMITS.title),
        description: z.string().max(LIMITS.description),
        affectedResource: z.string().max(LIMITS.affectedResource).optional(),
        contact: z
          .object({
            name: z.string().max(LIMITS.name),
            email: z.string().regex(PATTERNS.email),
            phone: z.string().max(LIMITS.phone).optional(),
            language: z.enum(CONTACT_LANGUAGES),
          })
          .strict(),
        microsoftRequestNumber: z.string().regex(PATTERNS.microsoftRequestNumber).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Zod schema for a stored draft, so the drafts collection checks what it reads and writes. */
export const DraftSchema = z
  .object({
    answers: AnswersSchema,
    step: z.enum(STEPS),
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
  })
  .strict();
