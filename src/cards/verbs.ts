import { z } from 'zod';
import { TICKET_ID_PATTERN } from '../domain/ticket';
import { LIMITS, SEVERITIES, AnyStepIdSchema } from '../domain/wizard/model';
import { LANGS } from '../domain/lang';
import { wellFormed } from '../domain/text';

/**
 * Every card verb, and the shape of the data each one carries. Wizard and ticket actions are
 * Action.Execute (`verb` property); FAQ "ask" buttons are Action.Submit with `data.verb`.
 * Teams merges the card's input values into `data`, so wizard actions also carry the step's inputs;
 * those are validated by the wizard (src/domain/wizard/flow.ts), not here.
 */

export const VERB = {
  wizardStart: 'wizard.start',
  wizardNext: 'wizard.next',
  wizardBack: 'wizard.back',
  wizardCancel: 'wizard.cancel',
  wizardSubmit: 'wizard.submit',
  ticketAddMsNumber: 'ticket.addMsNumber',
  ticketEdit: 'ticket.edit',
  ticketWithdraw: 'ticket.withdraw',
  ticketRefresh: 'ticket.refresh',
  ticketList: 'ticket.list',
  faqFeedback: 'faq.feedback',
  faqAsk: 'faq.ask',
  helpShow: 'help.show',
} as const;

export const VERBS = [
  VERB.wizardStart,
  VERB.wizardNext,
  VERB.wizardBack,
  VERB.wizardCancel,
  VERB.wizardSubmit,
  VERB.ticketAddMsNumber,
  VERB.ticketEdit,
  VERB.ticketWithdraw,
  VERB.ticketRefresh,
  VERB.ticketList,
  VERB.faqFeedback,
  VERB.faqAsk,
  VERB.helpShow,
] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (VERBS as readonly string[]).includes(value);
}

/** Draft ids are issued by the bot; only URL-safe characters. */
export const DraftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Where a wizard card stands: checked against the stored draft to catch out-of-date cards. */
export const WizardActionDataSchema = z.object({
  draftId: DraftIdSchema,
  draftRev: z.number().int().nonnegative(),
  // A card drawn before steps were merged names its old step: it is out of date, not unreadable.
  step: AnyStepIdSchema,
  /** When the draft expires unless changed, as the card was drawn: says an expired draft from a closed one. */
  expiresAt: z.number().int().nonnegative().optional(),
});
export type WizardActionData = z.infer<typeof WizardActionDataSchema>;

export const StartActionDataSchema = z.object({
  origin: z.enum(['command', 'help', 'faq']).optional(),
  /** The FAQ entry under which "new ticket" was pressed. */
  knowledgeId: z.string().max(100).optional(),
  lang: z.enum(LANGS).optional(),
  /** What followed "new ticket:", carried by the Retry of a start the database did not answer. */
  sentence: z.string().min(1).max(LIMITS.description).optional(),
});
export type StartActionData = z.infer<typeof StartActionDataSchema>;

/** Ticket actions name the ticket and the version the card showed (optimistic concurrency). */
export const TicketActionDataSchema = z.object({
  ticketId: z.string().regex(TICKET_ID_PATTERN),
  version: z.number().int().min(1),
});
export type TicketActionData = z.infer<typeof TicketActionDataSchema>;

/** Refresh shows the ticket as it is now, whatever version the card showed: a version is not needed. */
export const TicketRefreshActionDataSchema = TicketActionDataSchema.partial({ version: true });

/** The most the request number box sends back; a number has at most 20 digits, the rest is refused. */
export const REQUEST_NUMBER_INPUT_CHARS = 64;

/**
 * The add-number input arrives as a string; its format is checked by addMicrosoftRequestNumber(). A
 * refused number is shown again in its box, so lone halves of surrogate pairs are replaced as in
 * every other text the bot shows again (see wellFormed).
 */
export const AddMsNumberActionDataSchema = TicketActionDataSchema.extend({
  microsoftRequestNumber: z.string().max(REQUEST_NUMBER_INPUT_CHARS).transform(wellFormed).optional(),
});
export type AddMsNumberActionData = z.infer<typeof AddMsNumberActionDataSchema>;

/** "Ask" buttons carry either a question to answer or the knowledge entry to show. */
export const FaqAskActionDataSchema = z
  .object({
    question: z.string().max(1000).optional(),
    knowledgeId: z.string().max(100).optional(),
    lang: z.enum(LANGS).optional(),
  })
  .refine((d) => d.question !== undefined || d.knowledgeId !== undefined, {
    message: 'question or knowledgeId',
  });
export type FaqAskActionData = z.infer<typeof FaqAskActionDataSchema>;

export const FaqFeedbackActionDataSchema = z.object({
  knowledgeId: z.string().max(100),
  helpful: z.boolean(),
  lang: z.enum(LANGS).optional(),
  /** The question the answer was for, as the card echoes it (at most 500 characters are kept). */
  question: z
    .string()
    .optional()
    .transform((q) => q?.slice(0, 500)),
  /** The severity the answer focused on, so the card after the vote keeps its direct line. */
  severity: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SEVERITIES).optional()),
});
export type FaqFeedbackActionData = z.infer<typeof FaqFeedbackActionDataSchema>;

const SCHEMAS = {
  'wizard.start': StartActionDataSchema,
  'wizard.next': WizardActionDataSchema,
  'wizard.back': WizardActionDataSchema,
  'wizard.cancel': WizardActionDataSchema,
  'wizard.submit': WizardActionDataSchema,
  'ticket.addMsNumber': AddMsNumberActionDataSchema,
  'ticket.edit': TicketActionDataSchema,
  'ticket.withdraw': TicketActionDataSchema,
  'ticket.refresh': TicketRefreshActionDataSchema,
  /** The Retry of "my tickets" when the database did not answer: the list again, nothing else. */
  'ticket.list': z.object({}),
  'faq.feedback': FaqFeedbackActionDataSchema,
  'faq.ask': FaqAskActionDataSchema,
  'help.show': z.object({}),
} as const satisfies Record<Verb, z.ZodTypeAny>;

export type CardAction = { [V in Verb]: { verb: V; data: z.infer<(typeof SCHEMAS)[V]> } }[Verb];

export type CardActionResult =
  /** `data` is the verb's typed data; `raw` is the whole payload, with the card's inputs, for the wizard. */
  | { ok: true; action: CardAction; raw: Record<string, unknown> }
  | { ok: false; error: 'unknown-verb' | 'bad-data'; issues: string[] };

/** Parses an Action.Execute invoke's verb and data. Unknown keys (the card's inputs) are kept in `raw`. */
export function parseCardAction(verb: unknown, data: unknown): CardActionResult {
  if (!isVerb(verb)) return { ok: false, error: 'unknown-verb', issues: [] };
  const raw =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  const parsed = SCHEMAS[verb].safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: 'bad-data',
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(data)'}: ${i.code}`),
    };
  }
  return { ok: true, action: { verb, data: parsed.data } as CardAction, raw };
}
