import template from '../../adaptiveCards/notice.json';
import { t, type Lang } from '../i18n';
import { renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/** A short card with one message (an error or a confirmation) and a way back to help. */
export function noticeCard(
  lang: Lang,
  message: string,
  options: { title?: string; warning?: boolean } = {},
): CardJson {
  return renderCard(template, {
    lang,
    title: options.title ?? '',
    color: options.warning ? 'Attention' : 'Default',
    message,
    helpTitle: t(lang, 'help.action.help'),
    helpVerb: VERB.helpShow,
  });
}
