import { z } from 'zod';
import {
  cardString,
  CONTACT_LANGUAGES,
  CRITERIA,
  domainSchema,
  emailSchema,
  isBlank,
  LIMITS,
  microsoftRequestNumberSchema,
  PATTERNS,
  phoneSchema,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  SEVERITIES,
  tenantIdSchema,
  YES_NO,
  type AccessQuestion,
  type DetailsAnswers,
  type FieldId,
  type InputStepId,
  type MadeTitle,
  type Prerequisite,
  type WizardAnswers,
} from './model';

/**
 * Every input of the wizard, once: the step it is on, how its card text is read (a zod schema whose
 * messages are validation codes), how the accepted answer is shown on a card again, and where it is
 * written in the answers. Flow, cards and tickets go through this table; no switch names a field.
 */
export interface WizardField {
  step: InputStepId;
  /** What the card shows for it: a choice (one or several), a yes/no, a toggle, or text. */
  input: 'choice' | 'multi' | 'yesno' | 'toggle' | 'text';
  /** Must be answered (optional text may stay empty). */
  required: boolean;
  /** The choices a choice input offers. */
  choices?: readonly string[];
  /** Longest text accepted. */
  maxLength?: number;
  /** Reads the card's value (a string, or absent). */
  schema: z.ZodTypeAny;
  /** The accepted answer as stored (undefined when unanswered). */
  read(answers: WizardAnswers): unknown;
  /** `answers` with this input's accepted value written in (undefined: cleared). */
  write(answers: WizardAnswers, value: unknown): WizardAnswers;
}

/** "", blanks only (spaces, zero-width characters) and absent all mean "not given" for optional inputs. */
function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && isBlank(v) ? undefined : v), schema.optional());
}

function choice<T extends readonly [string, ...string[]]>(values: T) {
  return cardString
    .pipe(z.string().trim().min(1, 'required'))
    .pipe(z.enum(values, { errorMap: () => ({ message: 'choice' }) }));
}

function text(max: number) {
  return cardString.pipe(
    z
      .string()
      .trim()
      .min(1, 'required')
      .max(max, 'tooLong')
      .refine((s) => !isBlank(s), 'required')
      .refine((s) => !PATTERNS.controlChars.test(s), 'controlChars'),
  );
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
      if (parts.some((p) => !(values as readonly string[]).includes(p))) {
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

const yesNo = optional(choice(YES_NO).transform((v) => v === 'yes'));

// ---- Where answers live --------------------------------------------------------------------------

type Details = Partial<Omit<DetailsAnswers, 'customer' | 'contact'>> & {
  customer?: Partial<DetailsAnswers['customer']>;
  contact?: Partial<DetailsAnswers['contact']>;
};

/** Sets or (undefined) removes `key` of `object`. */
function put<O extends object, K extends keyof O>(object: O, key: K, value: O[K] | undefined): O {
  const { [key]: _old, ...rest } = object;
  return (value === undefined ? rest : { ...rest, [key]: value }) as O;
}

/**
 * The details step writes its inputs one by one; they form complete details once the whole step is
 * accepted (flow.ts accepts a step only when every input of it is valid).
 */
function writeDetails(answers: WizardAnswers, change: (details: Details) => Details): WizardAnswers {
  return { ...answers, details: change((answers.details ?? {}) as Details) as DetailsAnswers };
}

const top = <K extends 'role' | 'service' | 'problemType' | 'severity'>(key: K) => ({
  read: (a: WizardAnswers) => a[key],
  write: (a: WizardAnswers, v: unknown) => put(a, key, v as WizardAnswers[K]),
});

const access = (question: AccessQuestion) => ({
  read: (a: WizardAnswers) => a.access?.[question],
  write: (a: WizardAnswers, v: unknown) => ({ ...a, access: put(a.access ?? {}, question, v as boolean) }),
});

const prerequisite = (which: Prerequisite) => ({
  read: (a: WizardAnswers) => a.prerequisites?.includes(which) ?? false,
  write: (a: WizardAnswers, v: unknown) => {
    const others = (a.prerequisites ?? []).filter((p) => p !== which);
    const prerequisites = v === true ? [...others, which] : others;
    // In the order they are listed, whichever toggle is read first.
    return {
      ...a,
      prerequisites: (['service-health-checked', 'troubleshooting-done'] as const).filter((p) =>
        prerequisites.includes(p),
      ),
    };
  },
});

const detail = <K extends 'title' | 'description' | 'affectedResource' | 'microsoftRequestNumber'>(
  key: K,
) => ({
  read: (a: WizardAnswers) => a.details?.[key],
  write: (a: WizardAnswers, v: unknown) => writeDetails(a, (d) => put(d, key, v as Details[K])),
});

const customer = <K extends keyof DetailsAnswers['customer']>(key: K) => ({
  read: (a: WizardAnswers) => a.details?.customer?.[key],
  write: (a: WizardAnswers, v: unknown) =>
    writeDetails(a, (d) => ({
      ...d,
      customer: put(d.customer ?? {}, key, v as DetailsAnswers['customer'][K]),
    })),
});

const contact = <K extends keyof DetailsAnswers['contact']>(key: K) => ({
  read: (a: WizardAnswers) => a.details?.contact?.[key],
  write: (a: WizardAnswers, v: unknown) =>
    writeDetails(a, (d) => ({ ...d, contact: put(d.contact ?? {}, key, v as DetailsAnswers['contact'][K]) })),
});

/** The table, in the order the inputs appear on their cards. */
export const FIELDS: Readonly<Record<FieldId, WizardField>> = {
  role: {
    step: 'role',
    input: 'choice',
    required: true,
    choices: ROLES,
    schema: choice(ROLES),
    ...top('role'),
  },
  service: {
    step: 'service',
    input: 'choice',
    required: true,
    choices: SERVICES,
    schema: choice(SERVICES),
    ...top('service'),
  },
  problemType: {
    step: 'service',
    input: 'choice',
    required: true,
    choices: PROBLEM_TYPES,
    schema: choice(PROBLEM_TYPES),
    ...top('problemType'),
  },
  criteria: {
    step: 'criteria',
    input: 'multi',
    required: false,
    choices: CRITERIA,
    schema: multiChoice(CRITERIA),
    read: (a) => a.criteria,
    write: (a, v) => ({ ...a, criteria: v as WizardAnswers['criteria'] }),
  },
  serviceHealthChecked: {
    step: 'criteria',
    input: 'toggle',
    required: false,
    schema: toggle,
    ...prerequisite('service-health-checked'),
  },
  troubleshootingDone: {
    step: 'criteria',
    input: 'toggle',
    required: false,
    schema: toggle,
    ...prerequisite('troubleshooting-done'),
  },
  delegatedAdmin: {
    step: 'criteria',
    input: 'yesno',
    required: true,
    choices: YES_NO,
    schema: yesNo,
    ...access('delegatedAdmin'),
  },
  providerGrantedAccess: {
    step: 'criteria',
    input: 'yesno',
    required: true,
    choices: YES_NO,
    schema: yesNo,
    ...access('providerGrantedAccess'),
  },
  helpdeskAdmin: {
    step: 'criteria',
    input: 'yesno',
    required: true,
    choices: YES_NO,
    schema: yesNo,
    ...access('helpdeskAdmin'),
  },
  asfp: {
    step: 'criteria',
    input: 'yesno',
    required: true,
    choices: YES_NO,
    schema: yesNo,
    ...access('asfp'),
  },
  severity: {
    step: 'criteria',
    input: 'choice',
    required: true,
    choices: SEVERITIES,
    schema: choice(SEVERITIES),
    ...top('severity'),
  },
  customerName: {
    step: 'details',
    input: 'text',
    required: true,
    maxLength: LIMITS.name,
    schema: text(LIMITS.name),
    ...customer('name'),
  },
  customerDomain: {
    step: 'details',
    input: 'text',
    required: true,
    maxLength: LIMITS.domain,
    schema: domainSchema,
    ...customer('domain'),
  },
  customerTenantId: {
    step: 'details',
    input: 'text',
    required: false,
    maxLength: 36,
    schema: optional(tenantIdSchema),
    ...customer('tenantId'),
  },
  // Optional: left empty, a title is made from the description and follows it (withAutomaticTitle).
  // Only a typed title is the input's answer; an automatic one reads as none.
  title: {
    step: 'details',
    input: 'text',
    required: false,
    maxLength: LIMITS.title,
    schema: optional(text(LIMITS.title)),
    read: (a) => (a.details && !titleIsAutomatic(a.details) ? a.details.title : undefined),
    write: (a, v) =>
      writeDetails(a, (d) => ({
        ...put(d, 'title', v as string | undefined),
        titleAutomatic: v === undefined,
      })),
  },
  description: {
    step: 'details',
    input: 'text',
    required: true,
    maxLength: LIMITS.description,
    schema: text(LIMITS.description),
    ...detail('description'),
  },
  affectedResource: {
    step: 'details',
    input: 'text',
    required: false,
    maxLength: LIMITS.affectedResource,
    schema: optional(text(LIMITS.affectedResource)),
    ...detail('affectedResource'),
  },
  contactName: {
    step: 'details',
    input: 'text',
    required: true,
    maxLength: LIMITS.name,
    schema: text(LIMITS.name),
    ...contact('name'),
  },
  contactEmail: {
    step: 'details',
    input: 'text',
    required: true,
    maxLength: LIMITS.email,
    schema: emailSchema,
    ...contact('email'),
  },
  contactPhone: {
    step: 'details',
    input: 'text',
    required: false,
    maxLength: LIMITS.phone,
    schema: optional(phoneSchema),
    ...contact('phone'),
  },
  contactLanguage: {
    step: 'details',
    input: 'choice',
    required: true,
    choices: CONTACT_LANGUAGES,
    schema: choice(CONTACT_LANGUAGES),
    ...contact('language'),
  },
  microsoftRequestNumber: {
    step: 'details',
    input: 'text',
    required: false,
    maxLength: 20,
    schema: optional(microsoftRequestNumberSchema),
    ...detail('microsoftRequestNumber'),
  },
};

/** The inputs of `step`, in card order. */
export function fieldsOf(step: InputStepId): FieldId[] {
  return (Object.keys(FIELDS) as FieldId[]).filter((field) => FIELDS[field].step === step);
}

/** The accepted answer of `field` as its card input shows it again ("" when unanswered). */
export function shownValue(field: FieldId, answers: WizardAnswers): string {
  const value = FIELDS[field].read(answers);
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean')
    return FIELDS[field].input === 'yesno' ? (value ? 'yes' : 'no') : String(value);
  return String(value);
}

/**
 * A title from a description: its first non-empty line, cut at a word boundary to fit the title
 * limit (with "…" where it was cut; mid-word only when the first word alone is longer than that).
 */
export function titleFrom(description: string): string {
  const line =
    description
      .split(/\r?\n/)
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .find((l) => !isBlank(l)) ?? '';
  if (line.length <= LIMITS.title) return line;
  const room = line.slice(0, LIMITS.title - 1);
  const cut = room.lastIndexOf(' ');
  return `${(cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * Whether the details' title was made from the description rather than typed. Details recorded before
 * the wizard kept that say nothing: their title was made from the description if it is the
 * description's first line, and was typed otherwise (then it stays as it is).
 */
export function titleIsAutomatic(
  details: Partial<Pick<DetailsAnswers, 'title' | 'description' | 'titleAutomatic'>>,
): boolean {
  if (details.titleAutomatic !== undefined) return details.titleAutomatic;
  return details.description !== undefined && details.title === titleFrom(details.description);
}

/** The title and description of `details` when the title was made from the description. */
export function madeTitle(details: Partial<DetailsAnswers> | undefined): MadeTitle | undefined {
  if (!details || details.title === undefined || details.description === undefined) return undefined;
  return titleIsAutomatic(details) ? { title: details.title, description: details.description } : undefined;
}

/**
 * The title made from `description`: one made before for this very description (`made`: read from a
 * sentence, or the one it already had), else the description's first line. So a title follows its
 * description, made again whenever the description changes.
 */
export function automaticTitle(description: string, made: readonly (MadeTitle | undefined)[] = []): string {
  return made.find((m) => m?.description === description)?.title ?? titleFrom(description);
}

/** `answers` with the title made from the description, where no title was typed. */
export function withAutomaticTitle(
  answers: WizardAnswers,
  made: readonly (MadeTitle | undefined)[] = [],
): WizardAnswers {
  const details = answers.details;
  if (!details || !titleIsAutomatic(details)) return answers;
  const title = automaticTitle(details.description, made);
  return { ...answers, details: { ...details, title, titleAutomatic: true } };
}
