import { noticeCard, type RetryAction } from '../cards/noticeCard';
import type { CardJson } from '../cards/render';
import {
  wizardCancelledCard,
  wizardClosedCard,
  wizardExpiredCard,
  wizardStepCard,
  type WizardCardNotice,
} from '../cards/stepCard';
import { ticketSummaryCard, type TicketNotice } from '../cards/ticketCard';
import type { Draft } from '../domain/wizard/model';
import type { ReviewOutcome } from '../domain/wizard/review';
import { t, type Lang, type MessageKey } from '../i18n';
import type { TicketView } from '../services/ticketService';
import type { WizardNotice, WizardView } from '../services/wizardService';

const STEP_NOTICE: Readonly<Record<WizardNotice, WizardCardNotice>> = {
  stale: 'stale',
  'save-failed': 'saveFailed',
  incomplete: 'incomplete',
  'invalid-action': 'invalidAction',
  'changed-meanwhile': 'changedMeanwhile',
  prefilled: 'prefilled',
};

export interface RenderOptions {
  /** The notice a ticket card shows after a change that worked. */
  notice?: TicketNotice;
  /** The decision and response target of a review step, as the wizard service works them out. */
  review: (draft: Draft) => ReviewOutcome;
  /** The reader's time zone, for cards only they see (an answer in a personal chat). */
  timeZone?: string;
  /** What the user typed into the request-number box, kept when it was refused. */
  microsoftRequestNumberInput?: string;
  /** The card action pressed, to offer again when the database did not answer. */
  retry?: RetryAction;
}

/** The card for what a wizard or ticket service answered, in `lang` unless the view carries its own. */
export function renderView(view: WizardView | TicketView, lang: Lang, options: RenderOptions): CardJson {
  switch (view.kind) {
    case 'step':
      return wizardStepCard(view.draftId, view.draft, view.lang, {
        ...(view.errors && { errors: view.errors }),
        ...(view.blockers && { blockers: view.blockers }),
        ...(view.notice && { notice: STEP_NOTICE[view.notice] }),
        ...(view.changes && { changes: view.changes }),
        ...(view.prefilled && { prefilled: view.prefilled }),
        ...(view.notice === 'save-failed' && options.retry && { retryVerb: options.retry.verb }),
        ...(view.draft.step === 'review' && { review: options.review(view.draft) }),
        ...(options.timeZone && { timeZone: options.timeZone }),
        ...(view.expiresAt && { expiresAt: view.expiresAt }),
      });
    case 'ticket': {
      const wizardView = view as Extract<WizardView, { kind: 'ticket' }>;
      const shown = wizardView.edited ? 'edited' : options.notice;
      const error = view.error === 'save-failed' ? 'conflict' : view.error;
      return ticketSummaryCard(view.ticket, wizardView.lang ?? lang, {
        ...(error ? { error } : {}),
        ...(!error && shown && (shown !== 'created' || wizardView.created !== false)
          ? { notice: shown }
          : {}),
        ...(error &&
          options.microsoftRequestNumberInput !== undefined && {
            microsoftRequestNumberInput: options.microsoftRequestNumberInput,
          }),
        ...(error === 'unavailable' && options.retry && { retry: options.retry }),
        ...(options.timeZone && { timeZone: options.timeZone }),
        ...(view.requestNumberHere !== undefined && { requestNumberHere: view.requestNumberHere }),
      });
    }
    case 'unavailable':
      return noticeCard(lang, t(lang, unavailableMessage(options.retry)), {
        warning: true,
        ...(options.retry && { retry: options.retry }),
      });
    case 'forbidden':
      return ticketSummaryCard(view.ticket, lang, {
        refusal: view.holder,
        ...(options.timeZone && { timeZone: options.timeZone }),
        ...(view.requestNumberHere !== undefined && { requestNumberHere: view.requestNumberHere }),
        ...(options.microsoftRequestNumberInput !== undefined && {
          microsoftRequestNumberInput: options.microsoftRequestNumberInput,
        }),
      });
    case 'cancelled':
      return wizardCancelledCard(lang, view.ticketId);
    case 'expired':
      return view.lapsed ? wizardExpiredCard(lang) : wizardClosedCard(lang);
    case 'not-owner':
      return noticeCard(view.lang, t(view.lang, 'action.notOwner'), { warning: true });
    case 'not-found':
      return noticeCard(lang, t(lang, 'ticket.error.notFound', { id: view.ticketId }), { warning: true });
    case 'only-personal':
      return noticeCard(lang, t(lang, 'ticket.onlyPersonal', { id: view.ticketId }), { warning: true });
  }
}

/** What the database-not-answering notice says: with a Retry, whether the user's inputs are kept too. */
function unavailableMessage(retry: RetryAction | undefined): MessageKey {
  if (!retry) return 'db.unavailable';
  return retry.keepsInputs === false ? 'db.unavailableRetry' : 'db.unavailableKept';
}
