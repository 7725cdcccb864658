import stepTemplate from '../../adaptiveCards/wizard.step.json';
import noticeTemplate from '../../adaptiveCards/wizard.notice.json';
import type { Lang } from '../domain/lang';
import {
  automaticTitleOf,
  fieldValues,
  previousStep,
  progress,
  relevantAnswers,
  stepFields,
  type FieldError,
} from '../domain/wizard/flow';
import { FIELDS, titleIsAutomatic } from '../domain/wizard/fields';
import {
  DRAFT_LIFETIME_DAYS,
  LIMITS,
  SEVERITIES,
  type Draft,
  type FieldId,
  type StepId,
  type WizardAnswers,
} from '../domain/wizard/model';
import type { ReviewOutcome } from '../domain/wizard/review';
import type { PrefillSources } from '../domain/wizard/start';
import { blockerLinks, isHowTo, type BlockerCode } from '../domain/eligibility';
import { beginning, wellFormed } from '../domain/text';
import { getLink } from '../knowledge';
import { pluralOf, t, type MessageKey } from '../i18n';
import {
  bullet,
  cardDateTime,
  outcomeText,
  problemLabel,
  responseText,
  shortLabel,
  type Choice,
  type ResponseText,
} from './format';
import { prefillText } from './prefillText';
import { asPlainLines, asPlainText, renderCard, type CardJson } from './render';
import { withTextThatFits } from './cardSize';
import { withFirstAction } from './noticeCard';
import { VERB } from './verbs';

/**
 * The wizard's step cards. Templates hold layout only: every user-visible string is bound from here,
 * and user-entered text goes through asPlainText(). What an input is (kind, choices, limits) comes
 * from the domain's field table; how it looks (hints, placeholders, styles, choice labels) from
 * FIELD_VIEWS below.
 *
 * No input is marked required: a client checks required inputs before it sends any button that
 * carries them, and Back carries them (so that what was typed on the step is kept), which must never
 * be blocked. The wizard checks each step when the user moves forward, with the message under the
 * input; optional inputs say "(optional)" in their labels.
 */

interface FieldView {
  kind: 'choice' | 'text' | 'toggle';
  id: FieldId;
  label: string;
  value: string;
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
  /** Facts shown under the input (the severities' business impact). */
  hasInfo: boolean;
  info: Choice[];
}

/** How an input looks, beyond what the field table says it is. */
interface FieldLook {
  hint?: MessageKey;
  placeholder?: MessageKey;
  textStyle?: FieldView['textStyle'];
  multiline?: boolean;
  choiceStyle?: FieldView['choiceStyle'];
  /** The label of one choice. */
  choice?: (value: string, answers: WizardAnswers, lang: Lang) => string;
}

const label =
  (prefix: string) =>
  (value: string, _answers: WizardAnswers, lang: Lang): string =>
    t(lang, `${prefix}.${value}` as MessageKey);
const yesNo = label('wizard.choice');

const FIELD_VIEWS: Readonly<Record<FieldId, FieldLook>> = {
  role: { choice: label('wizard.role') },
  service: { choice: label('wizard.service') },
  // On the service's own card the service may still change: the labels don't depend on it.
  problemType: {
    hint: 'wizard.hint.problemType',
    choice: (value, _answers, lang) => problemLabel(value as never, undefined, lang),
  },
  criteria: { hint: 'wizard.hint.criteria', choice: label('wizard.criterion') },
  serviceHealthChecked: {},
  troubleshootingDone: {},
  delegatedAdmin: { choice: yesNo },
  providerGrantedAccess: { choice: yesNo },
  helpdeskAdmin: { choice: yesNo },
  asfp: { choice: yesNo },
  severity: { hint: 'wizard.hint.severity', choice: label('wizard.severity') },
  customerName: {},
  customerDomain: { hint: 'wizard.hint.customerDomain', placeholder: 'wizard.placeholder.customerDomain' },
  customerTenantId: { hint: 'wizard.hint.customerTenantId' },
  title: { hint: 'wizard.hint.title' },
  description: { multiline: true },
  affectedResource: {},
  contactName: { hint: 'wizard.hint.contact' },
  contactEmail: { textStyle: 'email', placeholder: 'wizard.placeholder.contactEmail' },
  contactPhone: { textStyle: 'tel' },
  contactLanguage: { choiceStyle: 'compact', choice: label('wizard.language') },
  microsoftRequestNumber: { hint: 'wizard.hint.microsoftRequestNumber' },
};

function fieldLabel(field: FieldId, answers: WizardAnswers, lang: Lang): string {
  // For the partner's own subscription, the "customer" is the partner's own organization.
  if (answers.service === 'own-subscription' && (field === 'customerName' || field === 'customerDomain')) {
    return t(lang, `wizard.field.${field}.own`);
  }
  return t(lang, `wizard.field.${field}`);
}

/** Hints that depend on the route: whose domain it is, and who answers the contact. */
function hintFor(field: FieldId, answers: WizardAnswers): MessageKey | undefined {
  const own = answers.service === 'own-subscription';
  if (field === 'customerDomain' && own) return 'wizard.hint.customerDomain.own';
  if (field === 'contactName' && wizardTitle(answers) === 'wizard.title.marketplace')
    return 'wizard.hint.contact.marketplace';
  return undefined;
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
  const def = FIELDS[field];
  const look = FIELD_VIEWS[field];
  const label = fieldLabel(field, draft.answers, lang);
  const error = errors.find((e) => e.field === field);
  const kind: FieldView['kind'] =
    def.input === 'toggle' ? 'toggle' : def.input === 'text' ? 'text' : 'choice';
  const hintKey = hintFor(field, draft.answers) ?? look.hint;
  const hint = [
    hintKey ? t(lang, hintKey, { max: LIMITS.title }) : '',
    field === 'severity' ? localLanguageNote(draft.answers, lang) : '',
  ]
    .filter((h) => h !== '')
    .join(' ');
  const info =
    field === 'severity'
      ? SEVERITIES.map((s) => ({
          title: t(lang, `wizard.severity.${s}`),
          value: t(lang, `wizard.severity.${s}.impact`),
        }))
      : [];
  return {
    kind,
    id: field,
    label,
    // An expanded yes/no or single choice shows nothing selected until the user picks one.
    value: kind === 'toggle' ? (value === 'true' ? 'true' : 'false') : value,
    hasError: error !== undefined,
    error: error ? errorText(error, lang) : '',
    hasHint: hint !== '',
    hint,
    choices: (def.choices ?? []).map((v): Choice => ({
      value: v,
      title: look.choice ? look.choice(v, draft.answers, lang) : v,
    })),
    multi: def.input === 'multi',
    choiceStyle: look.choiceStyle ?? 'expanded',
    textStyle: look.textStyle ?? 'text',
    multiline: look.multiline ?? false,
    maxLength: def.maxLength ?? LIMITS.description,
    placeholder: placeholderOf(field, draft, value, lang),
    toggleTitle: kind === 'toggle' ? t(lang, `wizard.toggle.${field}` as MessageKey) : '',
    hasInfo: info.length > 0,
    info,
  };
}

/**
 * The greyed text in an empty input. An empty Title box shows the title the step makes from the
 * description as it stands: automatic, not typed.
 */
function placeholderOf(field: FieldId, draft: Draft, value: string, lang: Lang): string {
  if (field === 'title') return value === '' ? (automaticTitleOf(draft) ?? '') : '';
  const key = FIELD_VIEWS[field].placeholder;
  return key ? t(lang, key) : '';
}

/**
 * The review's rows: short names (not the questions, which wrap over several lines), values as chosen;
 * the description as `description` (card text: whole, or shortened to fit the card).
 */
function reviewFacts(answers: WizardAnswers, lang: Lang, description: string): Choice[] {
  const facts: Choice[] = [];
  const add = (field: FieldId, value: string) => facts.push({ title: shortLabel(field, lang), value });
  const a = relevantAnswers(answers);
  const yesNo = (v: boolean) => t(lang, v ? 'wizard.choice.yes' : 'wizard.choice.no');
  if (a.role) add('role', t(lang, `wizard.role.${a.role}`));
  if (a.service) add('service', t(lang, `wizard.service.${a.service}`));
  if (a.problemType) add('problemType', problemLabel(a.problemType, a.service, lang));
  if (a.problemType === 'break-fix' && a.criteria) {
    const met = a.criteria.map((c) => t(lang, `wizard.criterion.${c}`)).join('; ');
    add('criteria', met || t(lang, 'wizard.review.none'));
  }
  if (a.prerequisites) {
    add('serviceHealthChecked', yesNo(a.prerequisites.includes('service-health-checked')));
    add('troubleshootingDone', yesNo(a.prerequisites.includes('troubleshooting-done')));
  }
  for (const [q, v] of Object.entries(a.access ?? {})) {
    if (v !== undefined) add(q as keyof NonNullable<WizardAnswers['access']>, yesNo(v));
  }
  if (a.severity) add('severity', t(lang, `wizard.severity.${a.severity}`));
  const d = a.details;
  if (d) {
    // For the partner's own subscription the "customer" is the partner's own organization.
    facts.push({
      title: t(
        lang,
        a.service === 'own-subscription' ? 'ticket.field.organization' : 'ticket.field.customer',
      ),
      value: asPlainText(`${d.customer.name} (${d.customer.domain})`),
    });
    if (d.customer.tenantId) add('customerTenantId', d.customer.tenantId);
    add(
      'title',
      titleIsAutomatic(d)
        ? t(lang, 'wizard.review.automaticTitle', { title: asPlainText(d.title) })
        : asPlainText(d.title),
    );
    add('description', description);
    if (d.affectedResource) add('affectedResource', asPlainText(d.affectedResource));
    facts.push({
      title: t(lang, 'ticket.field.contact'),
      value: asPlainText(
        `${d.contact.name}, ${d.contact.email}${d.contact.phone ? `, ${d.contact.phone}` : ''}`,
      ),
    });
    add('contactLanguage', t(lang, `wizard.language.${d.contact.language}`));
    if (d.microsoftRequestNumber) add('microsoftRequestNumber', d.microsoftRequestNumber);
  }
  return facts;
}

/** The review section, from the decision and response target the wizard service worked out. */
function reviewView(draft: Draft, outcome: ReviewOutcome, lang: Lang, timeZone: string | undefined) {
  const { decision } = outcome;
  const { outcome: outcomeLabel, color } = outcomeText(decision, lang);
  let response = '';
  let notes: ResponseText | undefined;
  if (outcome.response) {
    const contactLanguage = relevantAnswers(draft.answers).details?.contact.language;
    notes = responseText(outcome.response, contactLanguage, lang);
    response = `${t(lang, 'response.title')}: ${notes.target}.`;
    if (outcome.response.respondBy) {
      const when = cardDateTime(outcome.response.respondBy, lang, timeZone);
      response += ` ${t(lang, 'response.ifFiledNow', { when })}`;
    }
  }
  return {
    answersTitle: t(lang, 'wizard.review.answers'),
    decisionTitle: t(lang, 'wizard.review.decision'),
    outcome: outcomeLabel,
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
    reasons: decision.reasons.filter((r) => !isHowTo(r)).map((r) => bullet(t(lang, `decision.reason.${r}`))),
    hasHowTo: decision.reasons.some(isHowTo),
    howToTitle: t(lang, 'ticket.section.howTo'),
    howTo: decision.reasons.filter(isHowTo).map((r) => bullet(t(lang, `decision.reason.${r}`))),
    // The links the route and the next steps speak of ("open the link below"), on the review too.
    hasLinks: decision.links.length > 0,
    links: decision.links.map((l) => ({ title: getLink(l.id).label[lang], url: l.url })),
    hasResponse: response !== '',
    response,
    languageNote: notes?.languageNote ?? '',
    hasBusinessDayNote: (notes?.businessDayNote ?? '') !== '',
    businessDayNote: notes?.businessDayNote ?? '',
    eligible: decision.outcome === 'eligible',
  };
}

/**
 * Under the severity: once the contact's preferred language is known (going back, or editing a
 * ticket) and it is not English, that the response times don't apply.
 */
function localLanguageNote(answers: WizardAnswers, lang: Lang): string {
  const contactLanguage = answers.details?.contact.language;
  if (contactLanguage === undefined || contactLanguage === 'en') return '';
  const language = t(lang, `wizard.language.${contactLanguage}`);
  return t(lang, 'wizard.severity.localLanguage', { language });
}

/**
 * What the checks are about, on their card: the service and problem type, which may have been
 * remembered from the last ticket and passed over.
 */
function subjectText(step: StepId, answers: WizardAnswers, lang: Lang): string {
  const { service, problemType } = answers;
  if (step !== 'criteria' || service === undefined || problemType === undefined) return '';
  return t(lang, 'wizard.checks.subject', {
    service: t(lang, `wizard.service.${service}`),
    problem: problemLabel(problemType, service, lang),
  });
}

export type WizardCardNotice =
  'stale' | 'invalidAction' | 'saveFailed' | 'incomplete' | 'changedMeanwhile' | 'prefilled';

const NOTICE_TEXT: Readonly<Record<Exclude<WizardCardNotice, 'changedMeanwhile' | 'prefilled'>, MessageKey>> =
  {
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

/** How many of the people who changed a ticket meanwhile the notice names; the others are counted. */
const CHANGED_BY_SHOWN = 3;

/**
 * A name of someone who changed the ticket, as the notice shows it: as written (never as markdown),
 * cut with "…" past the length the wizard takes for a name (Teams allows longer); the ticket's
 * history keeps it whole.
 */
function shownName(name: string): string {
  const shown = beginning(wellFormed(name), LIMITS.name);
  return asPlainText(shown.length < name.length ? `${shown.trimEnd()}…` : shown);
}

/** Who changed it: the first names and how many more there were. */
function changedBy(by: readonly string[], lang: Lang): string {
  const names = by.slice(0, CHANGED_BY_SHOWN).map(shownName).join(', ');
  const more = by.length - CHANGED_BY_SHOWN;
  return more > 0 ? t(lang, `edit.changedBy.more.${pluralOf(lang, more)}`, { names, count: more }) : names;
}

function changesText(changes: CardChanges, lang: Lang): string {
  const names = (ids: readonly FieldId[]) => ids.map((f) => t(lang, `field.${f}`)).join(', ');
  const vars = {
    by: changedBy(changes.by, lang),
    fields: names([...changes.fields, ...changes.conflicts]),
    conflicts: names(changes.conflicts),
  };
  return changes.conflicts.length > 0
    ? t(lang, 'edit.changedMeanwhileConflicts', vars)
    : t(lang, 'edit.changedMeanwhile', vars);
}

function bannerText(
  notice: WizardCardNotice | undefined,
  options: WizardCardOptions,
  answers: WizardAnswers,
  lang: Lang,
): string {
  const { changes, prefilled } = options;
  if (notice === undefined) return '';
  if (notice === 'prefilled') return prefilled ? prefillText(prefilled, answers, lang) : '';
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
  /** With the `prefilled` notice: where the answers the wizard started with came from. */
  prefilled?: PrefillSources;
  /** A "Retry" button pressing `verb` again with the card's data and inputs (after a failed save). */
  retryVerb?: string;
  /**
   * The step's answers block escalation (nothing was stored): the card says what each means, the way
   * forward, and its primary button continues anyway, to a draft ticket.
   */
  blockers?: readonly BlockerCode[];
  /** On the review step: the decision and response target, as the wizard service worked them out. */
  review?: ReviewOutcome;
  /** The reader's time zone, for the review's "if you file now" time; UTC otherwise. */
  timeZone?: string;
  /** When the draft expires unless changed: the card's buttons carry it (see wizardExpiredCard). */
  expiresAt?: Date;
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
  const isReview = step === 'review';
  if (isReview && !options.review) throw new TypeError('A review card needs the review outcome');
  // The review section is dropped by its $when on other steps, so its bindings stay empty there.
  const review =
    isReview && options.review ? reviewView(draft, options.review, lang, options.timeZone) : undefined;
  const subject = subjectText(step, draft.answers, lang);
  const banner = bannerText(options.notice, options, draft.answers, lang);
  const blockers = isReview ? [] : (options.blockers ?? []);
  const blocked = {
    shown: blockers.length > 0,
    title: t(lang, 'wizard.blocked.title'),
    items: blockers.map((b) => bullet(t(lang, `wizard.blocked.${b}`))),
    wayForward: t(lang, 'wizard.blocked.wayForward'),
    links: blockerLinks(blockers).map((l) => ({ title: getLink(l.id).label[lang], url: l.url })),
  };
  // An edit changes an existing ticket: its card says which, and saving it saves changes.
  const edit = draft.edit;
  const view = {
    lang,
    title: edit ? t(lang, 'wizard.title.edit', { id: edit.ticketId }) : t(lang, wizardTitle(draft.answers)),
    progress: t(lang, 'wizard.progress', { index, total, step: t(lang, `wizard.step.${step}`) }),
    hasSubject: subject !== '',
    subject,
    intro: t(lang, isReview && edit ? 'wizard.intro.review.edit' : `wizard.intro.${step}`),
    hasBanner: banner !== '',
    banner,
    hasErrors: errors.length > 0,
    errorsTitle: t(lang, 'wizard.errors.title'),
    fields,
    blocked,
    isReview,
    canGoBack: previousStep(draft.answers, step) !== undefined,
    backAction: { verb: VERB.wizardBack, title: t(lang, 'wizard.action.back') },
    primaryAction: isReview
      ? {
          verb: VERB.wizardSubmit,
          title: t(
            lang,
            edit
              ? 'wizard.action.saveChanges'
              : review?.eligible
                ? 'wizard.action.submit'
                : 'wizard.action.submitDraft',
          ),
        }
      : {
          verb: VERB.wizardNext,
          title: t(lang, blocked.shown ? 'wizard.action.continueDraft' : 'wizard.action.next'),
        },
    cancelAction: { verb: VERB.wizardCancel, title: t(lang, 'wizard.action.cancel') },
    hasRetry: options.retryVerb !== undefined,
    retryAction: { verb: options.retryVerb ?? '', title: t(lang, 'action.retry') },
    card: { draftId, draftRev: draft.rev, step, expiresAt: options.expiresAt?.getTime() ?? 0 },
  };
  const build = (description: string): CardJson => {
    const facts = review ? reviewFacts(draft.answers, lang, description) : [];
    const card = renderCard(stepTemplate, { ...view, review: review ? { ...review, facts } : {} });
    return blocked.shown ? acknowledging(card, blockers) : card;
  };
  const description = review ? relevantAnswers(draft.answers).details?.description : undefined;
  if (description === undefined) return build('');
  // Too large for Teams (a description at its length limit, full of characters that need escaping):
  // the review shows as much of it as fits, and says so; the draft, and the ticket, keep all of it.
  return withTextThatFits(description, asPlainLines, t(lang, 'wizard.review.descriptionShortened'), build);
}

/** The card with its Next button saying which blockers were shown, so pressing it accepts them. */
function acknowledging(card: CardJson, blockers: readonly BlockerCode[]): CardJson {
  const actions = (card.actions ?? []) as { verb?: string; data?: Record<string, unknown> }[];
  for (const action of actions) {
    if (action.verb === VERB.wizardNext) action.data = { ...action.data, acknowledge: blockers.join(',') };
  }
  return card;
}

/**
 * The wizard's title: it reports to Microsoft only on the routes that do. A marketplace product's
 * support comes from its publisher; the partner's own subscription from the partner's own plan.
 */
function wizardTitle(answers: WizardAnswers): MessageKey {
  const { service, problemType } = answers;
  if (service === 'own-subscription') return 'wizard.title.own-subscription';
  if (service === 'marketplace' && problemType !== 'billing' && problemType !== 'fraud')
    return 'wizard.title.marketplace';
  return 'wizard.title';
}

function noticeCard(lang: Lang, title: string, text: string): CardJson {
  return renderCard(noticeTemplate, {
    title,
    text,
    startAction: { verb: VERB.wizardStart, title: t(lang, 'wizard.action.start') },
  });
}

/**
 * After Cancel: nothing saved; for an edit, the ticket (`editedTicketId`) stays as it was, and a
 * first button shows it again (its card, with its own buttons, as Refresh shows it).
 */
export function wizardCancelledCard(lang: Lang, editedTicketId?: string): CardJson {
  if (editedTicketId === undefined)
    return noticeCard(lang, t(lang, 'wizard.cancelled.title'), t(lang, 'wizard.cancelled.text'));
  return withFirstAction(
    noticeCard(
      lang,
      t(lang, 'wizard.cancelled.edit.title'),
      t(lang, 'wizard.cancelled.edit.text', { id: editedTicketId }),
    ),
    t(lang, 'wizard.action.showTicket', { id: editedTicketId }),
    VERB.ticketRefresh,
    { ticketId: editedTicketId },
  );
}

/** For actions on a draft that no longer exists (submitted or cancelled, or not known to have expired). */
export function wizardClosedCard(lang: Lang): CardJson {
  return noticeCard(lang, t(lang, 'wizard.closed.title'), t(lang, 'wizard.closed.text'));
}

/** For actions on a draft removed because it was left unchanged for longer than drafts are kept. */
export function wizardExpiredCard(lang: Lang): CardJson {
  return noticeCard(
    lang,
    t(lang, 'wizard.expired.title'),
    t(lang, 'wizard.expired.text', { days: DRAFT_LIFETIME_DAYS }),
  );
}
