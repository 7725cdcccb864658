import template from '../../adaptiveCards/notice.json';
import { t, type Lang } from '../i18n';
import { renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/** A button that sends the same card action again, with the same data (the card's inputs included). */
export interface RetryAction {
  verb: string;
  data: Record<string, unknown>;
  /** False when the action carries nothing the user typed (Refresh, an id asked for): no "what you entered is kept". */
  keepsInputs?: boolean;
}

/** A short card with one message (an error or a confirmation), a way back to help, and maybe a Retry. */
export function noticeCard(
  lang: Lang,
  message: string,
  options: { title?: string; warning?: boolean; retry?: RetryAction } = {},
): CardJson {
  const card = renderCard(template, {
    lang,
    title: options.title ?? '',
    color: options.warning ? 'Attention' : 'Default',
    message,
    helpTitle: t(lang, 'help.action.help'),
    helpVerb: VERB.helpShow,
  });
  return options.retry ? withRetry(card, options.retry, lang) : card;
}

/** The answer to a card action that did nothing: "That didn't work" and why. */
export function failedActionCard(lang: Lang, message: string): CardJson {
  return noticeCard(lang, message, { title: t(lang, 'action.failedTitle'), warning: true });
}

/** `card` with a first "Retry" button that sends `retry` again. */
export function withRetry(card: CardJson, retry: RetryAction, lang: Lang): CardJson {
  return withFirstAction(card, t(lang, 'action.retry'), retry.verb, retry.data);
}

/** `card` with a first, highlighted Action.Execute button `title` that sends `verb` with `data`. */
export function withFirstAction(
  card: CardJson,
  title: string,
  verb: string,
  data: Record<string, unknown>,
): CardJson {
  const button = { type: 'Action.Execute', title, verb, style: 'positive', data };
  return { ...card, actions: [button, ...((card.actions as unknown[] | undefined) ?? [])] };
}
