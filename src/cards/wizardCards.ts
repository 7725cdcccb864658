import type { ActionHolder } from '../domain/access';
import { withRetry, type RetryAction } from './noticeCard';
import stepTemplate from '../../adaptiveCards/wizard.step.json';
import noticeTemplate from '../../adaptiveCards/wizard.notice.json';
import summaryTemplate from '../../adaptiveCards/ticket.summary.json';
import { decide, hasCspResponseTargets, type Decision } from '../domain/eligibility';
import {
  englishTargetFor,
  LOCAL_LANGUAGE_TARGET,
  responseForContact,
  type ContactResponse,
  type ResponseTarget,
} from '../domain/responseTargets';
import {
  acceptsMicrosoftRequestNumber,
  canTransition,
  type Ticket,
  type TicketError,
} from '../domain/ticket';
import {
  fieldValues,
  previousStep,
  progress,
  relevantAnswers,
  stepFields,
  type FieldError,
} from '../domain/wizard/flow';
import {
  CONTACT_LANGUAGES,
  CRITERIA,
  LIMITS,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  SEVERITIES,
  YES_NO,
  type Draft,
  type FieldId,
  type ContactLanguage,
  type ProblemType,
  type Service,
  type StepId,
  type WizardAnswers,
} from '../domain/wizard/model';
import { t, type Lang, type MessageKey } from '../i18n';
import { entryTitle, getLink } from '../knowledge';
import { asPlainText, renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/**
 * View models and rendering for the wizard and ticket cards. Templates hold layout only: every
 * user-visible string is bound from here, and user-entered text goes through asPlainText().
 */

interface Choice {
  title: string;
  value: string;
}

interface FieldView {
  kind: 'choice' | 'text' | 'toggle';
  id: FieldId;
  label: string;
  value: string;
  required: boolean;
  errorMessage: string;
  hasError: boolean;
  error: string;
  hasHint: boolean;
  hint: string;
  choices: Choice[];
  multi: boolean;
  choiceStyle: 'expanded' | 'compact';
  textStyle: 'text' | 'email' | 'tel';
  multiline: boolean;
  maxLength: number;
  placeholder: string;
  toggleTitle: string;
}

const choices = (values: readonly string[], key: (v: string) => MessageKey, lang: Lang): Choice[] =>
  values.map((value) => ({ value, title: t(lang, key(value)) }));

type FieldSpec = Partial<
  Omit<FieldView, 'id' | 'label' | 'value' | 'error' | 'hasError' | 'errorMessage'>
> & {
  kind: FieldView['kind'];
};

/** For Dynamics 365, billing includes licensing and plan subscriptions (they go to Dynamics Support). */
function problemLabel(problemType: ProblemType, service: Service | undefined, lang: Lang): string {
  return problemType === 'billing' && service === 'dynamics365'
    ? t(lang, 'wizard.problem.billing.dynamics365')
    : t(lang, `wizard.problem.${problemType}`);
}

function fieldSpec(field: FieldId, answers: WizardAnswers, lang: Lang): FieldSpec {
  const yesNo = (): FieldSpec => ({
    kind: 'choice',
    required: true,
    choices: choices(YES_NO, (v) => `wizard.choice.${v as 'yes' | 'no'}`, lang),
  });
  const text = (maxLength: number, required: boolean, extra: Partial<FieldSpec> = {}): FieldSpec => ({
    kind: 'text',
    required,
    maxLength,
    ...extra,
  });
  switch (field) {
    case 'role':
      return {
        kind: 'choice',
        required: true,
        choices: choices(ROLES, (v) => `wizard.role.${v as (typeof ROLES)[number]}`, lang),
      };
    case 'service':
      return {
        kind: 'choice',
        required: true,
        choices: choices(SERVICES, (v) => `wizard.service.${v as (typeof SERVICES)[number]}`, lang),
      };
    case 'problemType':
      return {
        kind: 'choice',
        required: true,
        choices: PROBLEM_TYPES.map((value) => ({ value, title: problemLabel(value, answers.service, lang) })),
      };
    case 'criteria':
      return {
        kind: 'choice',
        multi: true,
        hint: t(lang, 'wizard.hint.criteria'),
        choices: choices(CRITERIA, (v) => `wizard.criterion.${v as (typeof CRITERIA)[number]}`, lang),
      };
    case 'serviceHealthChecked':
    case 'troubleshootingDone':
      return { kind: 'toggle', toggleTitle: t(lang, `wizard.toggle.${field}`) };
    case 'delegatedAdmin':
    case 'providerGrantedAccess':
    case 'helpdeskAdmin':
    case 'asfp':
      return yesNo();
    case 'severity':
      return {
        kind: 'choice',
        required: true,
        choices: choices(SEVERITIES, (v) => `wizard.severity.${v as (typeof SEVERITIES)[number]}`, lang),
      };
    case 'customerName':
      return text(LIMITS.name, true);
    case 'customerDomain':
      return text(LIMITS.domain, true, {
        hint: t(lang, 'wizard.hint.customerDomain'),
        placeholder: t(lang, 'wizard.placeholder.customerDomain'),
      });
    case 'customerTenantId':
      return text(36, false, { hint: t(lang, 'wizard.hint.customerTenantId') });
    case 'title':
      return text(LIMITS.title, true);
    case 'description':
      return text(LIMITS.description, true, { multiline: true });
    case 'affectedResource':
      return text(LIMITS.affectedResource, false);
    case 'contactName':
      return text(LIMITS.name, true, { hint: t(lang, 'wizard.hint.contact') });
    case 'contactEmail':
      return text(LIMITS.email, true, {
        textStyle: 'email',
        placeholder: t(lang, 'wizard.placeholder.contactEmail'),
      });
    case 'contactPhone':
      return text(LIMITS.phone, false, { textStyle: 'tel' });
    case 'contactLanguage':
      return {
        kind: 'choice',
        required: true,
        choiceStyle: 'compact',
        choices: choices(
          CONTACT_LANGUAGES,
          (v) => `wizard.language.${v as (typeof CONTACT_LANGUAGES)[number]}`,
          lang,
        ),
      };
    case 'microsoftRequestNumber':
      return text(20, false, { hint: t(lang, 'wizard.hint.microsoftRequestNumber') });
  }
}

function fieldLabel(field: FieldId, answers: WizardAnswers, lang: Lang): string {
  // For the partner's own subscription, the "customer" is the partner's own organization.
  if (answers.service === 'own-subscription' && (field === 'customerName' || field === 'customerDomain')) {
    return t(lang, `wizard.field.${field}.own`);
  }
  return t(lang, `wizard.field.${field}`);
}

function errorText(error: FieldError, lang: Lang): string {
  return t(lang, `wizard.error.${error.code}`, error.max !== undefined ? { max: error.max } : {});
}

function fieldView(
  field: FieldId,
  draft: Draft,
  value: string,
  errors: readonly FieldError[],
  lang: Lang,
): FieldView {
  const spec = fieldSpec(field, draft.answers, lang);
  const label = fieldLabel(field, draft.answers, lang);
  const error = errors.find((e) => e.field === field);
  const required = spec.required ?? false;
  return {
    kind: spec.kind,
    id: field,
    label,
    // An expanded yes/no or single choice shows nothing selected until the user picks one.
    value: spec.kind === 'toggle' ? (value === 'true' ? 'true' : 'false') : value,
    required,
    errorMessage: required ? `${label}: ${t(lang, 'wizard.error.required')}` : '',
    hasError: error !== undefined,
    error: error ? errorText(error, lang) : '',
    hasHint: (spec.hint ?? '') !== '',
    hint: spec.hint ?? '',
    choices: spec.choices ?? [],
    multi: spec.multi ?? false,
    choiceStyle: spec.choiceStyle ?? 'expanded',
    textStyle: spec.textStyle ?? 'text',
    multiline: spec.multiline ?? false,
    maxLength: spec.maxLength ?? LIMITS.description,
    placeholder: spec.placeholder ?? '',
    toggleTitle: spec.toggleTitle ?? '',
  };
}

/** Adaptive Card date/time functions: shown in the reader's own time zone and locale. */
export function cardDateTime(d: Date): string {
  const iso = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${iso}, SHORT)}} {{TIME(${iso})}}`;
}

function outcomeText(decision: Decision, lang: Lang): { outcome: string; color: 'Good' | 'Warning' } {
  return {
    outcome: t(lang, `decision.outcome.${decision.outcome}`),
    color: decision.outcome === 'eligible' ? 'Good' : 'Warning',
  };
}

const bullet = (text: string) => ({ text: `• ${text}` });

interface ResponseText {
  /** The English-support target, as its condition says. */
  target: string;
  /** What the contact's preferred language means for it. */
  languageNote: string;
  /** How "one business day" is counted, when a time is shown for it. */
  businessDayNote: string;
}

/** The lines that describe a response target for a contact who prefers `contactLanguage`. */
function responseText(
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
function ticketResponseText(ticket: Ticket, lang: Lang): ResponseText | null {
  const target: ResponseTarget | null = ticket.responseTarget;
  if (target === null || ticket.problemType === undefined) return null;
  const englishTarget =
    target === LOCAL_LANGUAGE_TARGET ? englishTargetFor(ticket.problemType, ticket.severity) : target;
  return responseText({ target, englishTarget, respondBy: ticket.respondBy }, ticket.contact.language, lang);
}

/** Removes optional properties left empty, which some clients reject (e.g. `placeholder: ""`). */
function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === '' && (key === 'placeholder' || key === 'errorMessage')) continue;
    out[key] = prune(value);
  }
  return out;
}

// ---- Wizard ------------------------------------------------------------------------------------

function reviewFacts(answers: WizardAnswers, lang: Lang): Choice[] {
  const facts: Choice[] = [];
  const add = (key: MessageKey, value: string) => facts.push({ title: t(lang, key), value });
  const a = relevantAnswers(answers);
  if (a.role) add('ticket.field.role', t(lang, `wizard.role.${a.role}`));
  if (a.service) add('ticket.field.service', t(lang, `wizard.service.${a.service}`));
  if (a.problemType) add('ticket.field.problemType', problemLabel(a.problemType, a.service, lang));
  if (a.problemType === 'break-fix' && a.criteria) {
    const met = a.criteria.map((c) => t(lang, `wizard.criterion.${c}`)).join('; ');
    add('ticket.field.criteria', met || t(lang, 'wizard.review.none'));
  }
  if (a.prerequisites) {
    for (const p of ['serviceHealthChecked', 'troubleshootingDone'] as const) {
      const done = a.prerequisites.includes(
        p === 'serviceHealthChecked' ? 'service-health-checked' : 'troubleshooting-done',
      );
      add(`wizard.field.${p}`, t(lang, done ? 'wizard.choice.yes' : 'wizard.choice.no'));
    }
  }
  for (const [q, v] of Object.entries(a.access ?? {})) {
    if (v !== undefined)
      add(
        `wizard.field.${q as keyof NonNullable<WizardAnswers['access']>}`,
        t(lang, v ? 'wizard.choice.yes' : 'wizard.choice.no'),
      );
  }
  if (a.severity) add('ticket.field.severity', t(lang, `wizard.severity.${a.severity}`));
  const d = a.details;
  if (d) {
    add('ticket.field.customer', asPlainText(`${d.customer.name} (${d.customer.domain})`));
    add('wizard.field.title', asPlainText(d.title));
    if (d.affectedResource) add('ticket.field.affectedResource', asPlainText(d.affectedResource));
    add(
      'ticket.field.contact',
      asPlainText(`${d.contact.name}, ${d.contact.email}${d.contact.phone ? `, ${d.contact.phone}` : ''}`),
    );
    add('wizard.field.contactLanguage', t(lang, `wizard.language.${d.contact.language}`));
    if (d.microsoftRequestNumber) add('ticket.field.microsoftRequestNumber', d.microsoftRequestNumber);
  }
  return facts;
}

function reviewView(
  draft: Draft,
  lang: Lang,
  now: Date | undefined,
  holidays: readonly string[] | undefined,
) {
  const answers = relevantAnswers(draft.answers);
  const decision = decide(answers);
  const { outcome, color } = outcomeText(decision, lang);
  let response = '';
  let notes: ResponseText | undefined;
  if (decision.outcome === 'eligible' && answers.problemType && hasCspResponseTargets(decision.route)) {
    const canCompute = answers.problemType !== 'break-fix' || answers.severity !== undefined;
    if (canCompute) {
      const contactLanguage = answers.details?.contact.language;
      const result = responseForContact({
        problemType: answers.problemType,
        ...(answers.severity !== undefined && { severity: answers.severity }),
        createdAt: now ?? new Date(0),
        ...(holidays !== undefined && { holidays }),
        ...(contactLanguage !== undefined && { contactLanguage }),
      });
      const shown = now ? result : { ...result, respondBy: undefined };
      notes = responseText(shown, contactLanguage, lang);
      response = `${t(lang, 'response.title')}: ${notes.target}.`;
      if (shown.respondBy)
        response += ` ${t(lang, 'response.ifFiledNow', { when: cardDateTime(shown.respondBy) })}`;
    }
  }
  return {
    answersTitle: t(lang, 'wizard.review.answers'),
    facts: reviewFacts(draft.answers, lang),
    decisionTitle: t(lang, 'wizard.review.decision'),
    outcome,
    outcomeColor: color,
    hasRoute: decision.outcome === 'eligible',
    route:
      decision.outcome === 'eligible'
        ? `${t(lang, `decision.route.${decision.route}`)}: ${t(lang, `decision.routeDetail.${decision.route}`)}`
        : '',
    blockers:
      decision.outcome === 'not-yet'
        ? decision.blockers.map((b) => bullet(t(lang, `decision.blocker.${b}`)))
        : [],
    reasons: decision.reasons.map((r) => bullet(t(lang, `decision.reason.${r}`))),
    hasResponse: response !== '',
    response,
    languageNote: notes?.languageNote ?? '',
    hasBusinessDayNote: (notes?.businessDayNote ?? '') !== '',
    businessDayNote: notes?.businessDayNote ?? '',
    eligible: decision.outcome === 'eligible',
  };
}

/**
 * The step's introduction. On the severity step, once the contact's preferred language is known
 * (going back, or editing a ticket) and it is not English, it says that the times don't apply.
 */
function introText(step: StepId, answers: WizardAnswers, lang: Lang): string {
  const intro = t(lang, `wizard.intro.${step}`);
  const contactLanguage = answers.details?.contact.language;
  if (step !== 'severity' || contactLanguage === undefined || contactLanguage === 'en') return intro;
  const language = t(lang, `wizard.language.${contactLanguage}`);
  return `${intro} ${t(lang, 'wizard.severity.localLanguage', { language })}`;
}

export type WizardCardNotice = 'stale' | 'invalidAction' | 'saveFailed' | 'incomplete' | 'changedMeanwhile';

const NOTICE_TEXT: Readonly<Record<Exclude<WizardCardNotice, 'changedMeanwhile'>, MessageKey>> = {
  stale: 'wizard.stale',
  invalidAction: 'wizard.invalidAction',
  saveFailed: 'wizard.saveFailed',
  incomplete: 'wizard.incomplete',
};

/** What others changed while an edit was open: names, and the answers' short names. */
export interface CardChanges {
  by: readonly string[];
  fields: readonly FieldId[];
  conflicts: readonly FieldId[];
}

function changesText(changes: CardChanges, lang: Lang): string {
  const names = (ids: readonly FieldId[]) => ids.map((f) => t(lang, `field.${f}`)).join(', ');
  const vars = {
    by: changes.by.join(', '),
    fields: names([...changes.fields, ...changes.conflicts]),
    conflicts: names(changes.conflicts),
  };
  return changes.conflicts.length > 0
    ? t(lang, 'edit.changedMeanwhileConflicts', vars)
    : t(lang, 'edit.changedMeanwhile', vars);
}

function bannerText(
  notice: WizardCardNotice | undefined,
  changes: CardChanges | undefined,
  lang: Lang,
): string {
  if (notice === undefined) return '';
  if (notice === 'changedMeanwhile') return changes ? changesText(changes, lang) : t(lang, 'wizard.stale');
  return t(lang, NOTICE_TEXT[notice]);
}

export interface WizardCardOptions {
  /** Validation errors from submitStep(); the draft passed in then carries the raw inputs. */
  errors?: readonly FieldError[];
  /**
   * A banner above the step: the card acted on was out of date, its action was unreadable, the step
   * couldn't be saved (the inputs are kept), or the review was submitted with answers missing.
   */
  notice?: WizardCardNotice;
  /** With the `changedMeanwhile` notice: what changed. */
  changes?: CardChanges;
  /** A "Retry" button pressing `verb` again with the card's data and inputs (after a failed save). */
  retryVerb?: string;
  /** For the review step's "if you file now" time. */
  now?: Date;
  holidays?: readonly string[];
}

/** The card for the draft's current step. Its actions carry `{ draftId, draftRev, step }`. */
export function wizardStepCard(
  draftId: string,
  draft: Draft,
  lang: Lang,
  options: WizardCardOptions = {},
): CardJson {
  const errors = options.errors ?? [];
  const step = draft.step;
  const values = fieldValues(draft);
  const fields = stepFields(step, draft.answers).map((f) =>
    fieldView(f, draft, values[f] ?? '', errors, lang),
  );
  const { index, total } = progress(draft.answers, step);
  const labelOf = (field: FieldId) => fieldLabel(field, draft.answers, lang);
  const isReview = step === 'review';
  // The review section is dropped by its $when on other steps, so its bindings stay empty there.
  const review = isReview ? reviewView(draft, lang, options.now, options.holidays) : undefined;
  const info =
    step === 'severity'
      ? SEVERITIES.map((s) => ({
          title: t(lang, `wizard.severity.${s}`),
          value: t(lang, `wizard.severity.${s}.impact`),
        }))
      : [];
  const banner = bannerText(options.notice, options.changes, lang);
  const view = {
    lang,
    title: t(lang, 'wizard.title'),
    progress: t(lang, 'wizard.progress', { index, total, step: t(lang, `wizard.step.${step}`) }),
    intro: introText(step, draft.answers, lang),
    hasBanner: banner !== '',
    banner,
    hasErrors: errors.length > 0,
    errorsTitle: t(lang, 'wizard.errors.title'),
    errors: errors.map((e) => ({
      text: `• ${t(lang, 'wizard.errors.item', { field: labelOf(e.field), message: errorText(e, lang) })}`,
    })),
    hasInfo: info.length > 0,
    info,
    fields,
    isReview,
    review: review ?? {},
    canGoBack: previousStep(draft.answers, step) !== undefined,
    backAction: { verb: VERB.wizardBack, title: t(lang, 'wizard.action.back') },
    primaryAction: isReview
      ? {
          verb: VERB.wizardSubmit,
          title: t(lang, review?.eligible ? 'wizard.action.submit' : 'wizard.action.submitDraft'),
        }
      : { verb: VERB.wizardNext, title: t(lang, 'wizard.action.next') },
    cancelAction: { verb: VERB.wizardCancel, title: t(lang, 'wizard.action.cancel') },
    hasRetry: options.retryVerb !== undefined,
    retryAction: { verb: options.retryVerb ?? '', title: t(lang, 'action.retry') },
    card: { draftId, draftRev: draft.rev, step },
  };
  return prune(renderCard(stepTemplate, view)) as CardJson;
}

/** The current step with a banner saying the card acted on was out of date. */
export function staleCard(
  draftId: string,
  draft: Draft,
  lang: Lang,
  options: Omit<WizardCardOptions, 'notice'> = {},
): CardJson {
  return wizardStepCard(draftId, draft, lang, { ...options, notice: 'stale' });
}

function noticeCard(lang: Lang, title: MessageKey, text: MessageKey): CardJson {
  return renderCard(noticeTemplate, {
    title: t(lang, title),
    text: t(lang, text),
    startAction: { verb: VERB.wizardStart, title: t(lang, 'wizard.action.start') },
  });
}

export function wizardCancelledCard(lang: Lang): CardJson {
  return noticeCard(lang, 'wizard.cancelled.title', 'wizard.cancelled.text');
}

/** For actions on a draft that no longer exists (submitted, cancelled or expired). */
export function wizardClosedCard(lang: Lang): CardJson {
  return noticeCard(lang, 'wizard.expired.title', 'wizard.expired.text');
}

// ---- Ticket summary ----------------------------------------------------------------------------

export type TicketNotice = 'created' | 'filed' | 'withdrawn' | 'edited';
export type TicketCardError = TicketError['code'] | 'conflict' | 'stale' | 'unavailable';

export interface TicketCardOptions {
  notice?: TicketNotice;
  error?: TicketCardError;
  /** The action pressed is someone else's to take: who may take it. */
  refusal?: ActionHolder;
  /** A "Retry" button sending the failed action again (the database did not answer). */
  retry?: RetryAction;
  /** What the user typed into the request-number box, kept when it was rejected. */
  microsoftRequestNumberInput?: string;
}

const STATUS_COLOR = {
  draft: 'Warning',
  'ready-to-file': 'Accent',
  'filed-with-microsoft': 'Good',
  withdrawn: 'Default',
} as const;

function ticketFacts(ticket: Ticket, lang: Lang): Choice[] {
  const facts: Choice[] = [];
  const add = (key: MessageKey, value: string) => facts.push({ title: t(lang, key), value });
  add('ticket.field.customer', asPlainText(`${ticket.customer.name} (${ticket.customer.domain})`));
  add('ticket.field.service', t(lang, `wizard.service.${ticket.service}`));
  if (ticket.problemType)
    add('ticket.field.problemType', problemLabel(ticket.problemType, ticket.service, lang));
  if (ticket.severity) add('ticket.field.severity', t(lang, `wizard.severity.${ticket.severity}`));
  if (ticket.criteria.met.length > 0) {
    add('ticket.field.criteria', ticket.criteria.met.map((c) => t(lang, `wizard.criterion.${c}`)).join('; '));
  }
  add('ticket.field.role', t(lang, `wizard.role.${ticket.role}`));
  if (ticket.affectedResource) add('ticket.field.affectedResource', asPlainText(ticket.affectedResource));
  const c = ticket.contact;
  add(
    'ticket.field.contact',
    asPlainText(`${c.name}, ${c.email}${c.phone ? `, ${c.phone}` : ''}`) +
      ` (${t(lang, `wizard.language.${c.language}`)})`,
  );
  add('ticket.field.requester', asPlainText(ticket.requester.name));
  if (ticket.microsoftRequestNumber)
    add('ticket.field.microsoftRequestNumber', ticket.microsoftRequestNumber);
  return facts;
}

/** The ticket with its decision, route, next steps, response target and actions. */
export function ticketSummaryCard(ticket: Ticket, lang: Lang, options: TicketCardOptions = {}): CardJson {
  const decision = ticket.decision;
  const { outcome, color } = outcomeText(decision, lang);
  const notice = options.refusal
    ? t(lang, `ticket.forbidden.${options.refusal}`, { name: asPlainText(ticket.requester.name) })
    : options.error
      ? options.error === 'invalid-transition'
        ? t(lang, 'ticket.error.invalid-transition', { status: t(lang, `ticket.status.${ticket.status}`) })
        : options.error === 'unavailable'
          ? t(lang, 'db.unavailableKept')
          : t(lang, `ticket.error.${options.error}`)
      : options.notice
        ? t(lang, `ticket.notice.${options.notice}`, { id: ticket._id })
        : '';
  const open = ticket.status !== 'withdrawn';
  const respondByText =
    ticket.respondBy && open && ticket.status !== 'draft'
      ? t(lang, 'response.respondBy', { when: cardDateTime(ticket.respondBy) })
      : '';
  const responseLines = ticketResponseText(ticket, lang);
  const view = {
    lang,
    verbs: VERB,
    ticketId: ticket._id,
    version: ticket.version,
    hasNotice: notice !== '',
    notice,
    noticeStyle: options.error || options.refusal ? 'attention' : 'good',
    title: t(lang, 'ticket.title', { id: ticket._id, title: asPlainText(ticket.title) }),
    status: `${t(lang, 'ticket.field.status')}: ${t(lang, `ticket.status.${ticket.status}`)}`,
    statusColor: STATUS_COLOR[ticket.status],
    facts: ticketFacts(ticket, lang),
    createdText: `${t(lang, 'ticket.field.created')}: ${cardDateTime(ticket.createdAt)}`,
    descriptionTitle: t(lang, 'ticket.section.description'),
    description: asPlainText(ticket.description),
    decision: {
      title: t(lang, 'ticket.section.decision'),
      outcome,
      outcomeColor: color,
      hasRoute: decision.outcome === 'eligible',
      route: decision.outcome === 'eligible' ? t(lang, `decision.route.${decision.route}`) : '',
      routeDetail: decision.outcome === 'eligible' ? t(lang, `decision.routeDetail.${decision.route}`) : '',
      hasBlockers: decision.outcome === 'not-yet',
      blockersTitle: t(lang, 'ticket.section.blockers'),
      blockers:
        decision.outcome === 'not-yet'
          ? decision.blockers.map((b) => bullet(t(lang, `decision.blocker.${b}`)))
          : [],
      hasReasons: decision.reasons.length > 0,
      reasonsTitle: t(lang, 'ticket.section.reasons'),
      reasons: decision.reasons.map((r) => bullet(t(lang, `decision.reason.${r}`))),
    },
    hasNextSteps: decision.nextSteps.length > 0,
    nextStepsTitle: t(lang, 'ticket.section.nextSteps'),
    nextSteps: decision.nextSteps.map((s) => ({
      knowledgeId: s.knowledgeId,
      text: entryTitle(s.knowledgeId, lang),
    })),
    hasLinks: decision.links.length > 0,
    links: decision.links.map((l) => ({ title: getLink(l.id).label[lang], url: l.url })),
    response: {
      title: t(lang, 'response.title'),
      target: responseLines?.target ?? t(lang, 'response.none'),
      hasRespondBy: respondByText !== '',
      respondBy: respondByText,
      hasNote: responseLines !== null,
      languageNote: responseLines?.languageNote ?? '',
      hasBusinessDayNote: respondByText !== '' && (responseLines?.businessDayNote ?? '') !== '',
      businessDayNote: responseLines?.businessDayNote ?? '',
    },
    canAddNumber: acceptsMicrosoftRequestNumber(ticket),
    addNumber: {
      label: t(lang, 'ticket.input.microsoftRequestNumber'),
      hint: t(lang, 'wizard.hint.microsoftRequestNumber'),
      errorMessage: t(lang, 'wizard.error.requestNumber'),
      value: options.microsoftRequestNumberInput ?? ticket.microsoftRequestNumber ?? '',
      title: t(lang, 'ticket.action.addMsNumber'),
    },
    canEdit: open,
    canWithdraw: canTransition(ticket.status, 'withdrawn'),
    labels: {
      edit: t(lang, 'ticket.action.edit'),
      withdraw: t(lang, 'ticket.action.withdraw'),
      refresh: t(lang, 'ticket.action.refresh'),
    },
  };
  const card = prune(renderCard(summaryTemplate, view)) as CardJson;
  return options.retry ? withRetry(card, options.retry, lang) : card;
}
