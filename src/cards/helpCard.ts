import template from '../../adaptiveCards/help.json';
import { t, type Lang } from '../i18n';
import { renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/** The welcome / help card: what the bot does, example questions, and a way to start a ticket. */
export function helpCard(lang: Lang, options: { notice?: string } = {}): CardJson {
  return renderCard(template, {
    lang,
    notice: options.notice ?? '',
    title: t(lang, 'help.title'),
    intro: t(lang, 'help.intro'),
    capabilities: [t(lang, 'help.can.faq'), t(lang, 'help.can.ticket'), t(lang, 'help.can.language')].map(
      (text) => ({ text }),
    ),
    examplesTitle: t(lang, 'help.examples.title'),
    examples: [t(lang, 'help.example.1'), t(lang, 'help.example.2'), t(lang, 'help.example.3')].map(
      (text) => ({
        text,
      }),
    ),
    askVerb: VERB.faqAsk,
    newTicketTitle: t(lang, 'help.action.newTicket'),
    newTicketVerb: VERB.wizardStart,
  });
}
