import summaryTemplate from '../../adaptiveCards/ticket.summary.json';
import type { ActionHolder } from '../domain/access';
import type { Lang } from '../domain/lang';
import {
  acceptsMicrosoftRequestNumber,
  canTransition,
  type Ticket,
  type TicketError,
} from '../domain/ticket';
import { isHowTo } from '../domain/eligibility';
import { t, type MessageKey } from '../i18n';
import { entryTitle, getLink } from '../knowledge';
import { withTextThatFits } from './cardSize';
import { bullet, cardDateTime, outcomeText, problemLabel, ticketResponseText, type Choice } from './format';
import { withRetry, type RetryAction } from './noticeCard';
import { asPlainLines, asPlainText, renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/** The ticket card: what was reported, the decision and route, the response target, its buttons. */

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
  /** The reader's time zone, for a card only they see; UTC otherwise. */
  timeZone?: string;
  /** False: the card is where the request number is not added (see offersRequestNumber): no box, who adds it. */
  requestNumberHere?: boolean;
}

/** Status colours that read on a white card (no yellow "Warning" or pale green "Good"). */
const STATUS_COLOR = {
  draft: 'Attention',
  'ready-to-file': 'Accent',
  'filed-with-microsoft': 'Accent',
  withdrawn: 'Default',
} as const;

function ticketFacts(ticket: Ticket, lang: Lang): Choice[] {
  const facts: Choice[] = [];
  const add = (key: MessageKey, value: string) => facts.push({ title: t(lang, key), value });
  // For the partner's own subscription the "customer" is the partner's own organization.
  add(
    ticket.service === 'own-subscription' ? 'ticket.field.organization' : 'ticket.field.customer',
    asPlainText(`${ticket.customer.name} (${ticket.customer.domain})`),
  );
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
  const acceptsNumber = acceptsMicrosoftRequestNumber(ticket);
  const decision = ticket.decision;
  const { outcome, color } = outcomeText(decision, lang);
  // A refused request number is said under its input, where it was typed, not above the card.
  const numberError = options.error === 'invalid-request-number';
  const notice = numberError
    ? ''
    : options.refusal
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
      ? t(lang, 'response.respondBy', { when: cardDateTime(ticket.respondBy, lang, options.timeZone) })
      : '';
  const responseLines = ticketResponseText(ticket, lang);
  const why = decision.reasons.filter((r) => !isHowTo(r));
  const howTo = decision.reasons.filter(isHowTo);
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
    createdText: `${t(lang, 'ticket.field.created')}: ${cardDateTime(ticket.createdAt, lang, options.timeZone)}`,
    descriptionTitle: t(lang, 'ticket.section.description'),
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
      hasReasons: why.length > 0,
      reasonsTitle: t(lang, 'ticket.section.reasons'),
      reasons: why.map((r) => bullet(t(lang, `decision.reason.${r}`))),
    },
    hasNextSteps: decision.nextSteps.length > 0 || howTo.length > 0,
    howTo: howTo.map((r) => bullet(t(lang, `decision.reason.${r}`))),
    nextStepsTitle: t(lang, 'ticket.section.nextSteps'),
    nextSteps: decision.nextSteps.map((s) => ({
      knowledgeId: s.knowledgeId,
      text: entryTitle(s.knowledgeId, lang),
    })),
    hasLinks: decision.links.length > 0,
    links: decision.links.map((l) => ({ title: getLink(l.id).label[lang], url: l.url })),
    response: {
      headline: responseLines
        ? `${t(lang, 'response.title')}: ${responseLines.target}`
        : t(lang, 'response.none'),
      hasRespondBy: respondByText !== '',
      respondBy: respondByText,
      hasNote: responseLines !== null,
      languageNote: responseLines?.languageNote ?? '',
      hasBusinessDayNote: respondByText !== '' && (responseLines?.businessDayNote ?? '') !== '',
      businessDayNote: responseLines?.businessDayNote ?? '',
    },
    canAddNumber: acceptsNumber && options.requestNumberHere !== false,
    numberInChannel:
      acceptsNumber && options.requestNumberHere === false && ticket.microsoftRequestNumber === undefined,
    numberInChannelText: t(lang, 'ticket.requestNumberInChannel'),
    addNumber: {
      label: t(lang, 'ticket.input.microsoftRequestNumber'),
      hint: t(lang, 'wizard.hint.microsoftRequestNumber'),
      errorMessage: t(lang, 'wizard.error.requestNumber'),
      hasError: numberError,
      error: numberError ? t(lang, 'ticket.error.invalid-request-number') : '',
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
  const build = (description: string): CardJson => {
    const card = renderCard(summaryTemplate, { ...view, description });
    return options.retry ? withRetry(card, options.retry, lang) : card;
  };
  // Too large for Teams (a description at its length limit, full of characters that need escaping):
  // the card shows as much of the description as fits, and says so; the ticket keeps all of it.
  return withTextThatFits(ticket.description, asPlainLines, t(lang, 'ticket.descriptionShortened'), build);
}
