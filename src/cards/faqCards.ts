import answerTemplate from '../../adaptiveCards/faq.answer.json';
import unsureTemplate from '../../adaptiveCards/faq.unsure.json';
import type { Severity } from '../domain/wizard/model';
import { t, type Lang } from '../i18n';
import { customerPortalUrl, entryButtonTitle, getEntry, getLink, type KnowledgeId } from '../knowledge';
import { CUSTOMER_DOMAIN_PLACEHOLDER } from '../knowledge/links';
import { entrySources } from '../knowledge/sources';
import { asPlainText, renderCard, type CardJson } from './render';
import { VERB } from './verbs';

/** How the customer-domain placeholder in a URL pattern reads in each language. */
const DOMAIN_PLACEHOLDER: Readonly<Record<Lang, string>> = {
  en: '<customer domain>',
  pl: '<domena klienta>',
};

/** Longest question echoed back in a card's action data (for feedback records). */
const QUESTION_IN_CARD = 500;

export interface AnswerCardOptions {
  /** The user's question, kept with Helpful / Not helpful votes. */
  question?: string;
  focus?: { severity?: Severity };
  /**
   * After a vote: the card says first that the vote was recorded, and drops the vote buttons. After
   * "not helpful" it keeps the title, the direct line (e.g. the severity asked about), the answer, links,
   * related topics and a new ticket, without repeating the steps and sources.
   */
  vote?: 'helpful' | 'not-helpful' | 'failed';
}

/**
 * Answer cards rendered without a question, by entry, language, severity and vote: a bounded set
 * (the knowledge times a few options), frozen so that no caller can change a shared copy.
 */
const renderedAnswers = new Map<string, CardJson>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * An FAQ answer: title, answer, steps, links, related questions, source, and feedback buttons.
 * Only the question differs between the answers of one entry, so the card is expanded from its
 * template once and the question put into the vote buttons' data of a copy.
 */
export function faqAnswerCard(entryId: KnowledgeId, lang: Lang, options: AnswerCardOptions = {}): CardJson {
  const key = `${entryId}\n${lang}\n${options.focus?.severity ?? ''}\n${options.vote ?? ''}`;
  let card = renderedAnswers.get(key);
  if (!card) {
    card = deepFreeze(expandAnswerCard(entryId, lang, { ...options, question: '' }));
    renderedAnswers.set(key, card);
  }
  const question = (options.question ?? '').slice(0, QUESTION_IN_CARD);
  if (question === '' || !Array.isArray(card.actions)) return card;
  const actions = (card.actions as { data?: Record<string, unknown> }[]).map((action) =>
    action.data && 'question' in action.data ? { ...action, data: { ...action.data, question } } : action,
  );
  return { ...card, actions };
}

function expandAnswerCard(entryId: KnowledgeId, lang: Lang, options: AnswerCardOptions): CardJson {
  const entry = getEntry(entryId);
  const severity = options.focus?.severity;
  const links = entry.links.map(getLink);
  const brief = options.vote === 'not-helpful';
  const voted = options.vote === 'helpful' || options.vote === 'not-helpful';
  return renderCard(answerTemplate, {
    lang,
    entryId,
    voteNotice:
      options.vote === undefined
        ? ''
        : t(
            lang,
            options.vote === 'helpful'
              ? 'faq.vote.helpful'
              : options.vote === 'not-helpful'
                ? 'faq.vote.notHelpful'
                : 'faq.vote.failed',
          ),
    voteStyle: options.vote === 'helpful' ? 'good' : options.vote === 'failed' ? 'attention' : 'emphasis',
    canVote: !voted,
    title: entry.title[lang],
    focusText: severity ? t(lang, `faq.severityFocus.${severity}`) : '',
    severity: severity ?? '',
    answer: entry.answer[lang],
    stepsTitle: t(lang, 'faq.stepsTitle'),
    steps: brief ? [] : (entry.steps?.[lang] ?? []).map((text, i) => ({ number: i + 1, text })),
    links: links.filter((l) => !l.pattern).map((l) => ({ label: l.label[lang], url: l.url })),
    patterns: links
      .filter((l) => l.pattern && !brief)
      .map((l) => ({
        label: l.label[lang],
        url: asPlainText(l.url.replace(CUSTOMER_DOMAIN_PLACEHOLDER, DOMAIN_PLACEHOLDER[lang])),
        hint: asPlainText(
          t(lang, 'faq.customerPortalHint', {
            example: `contoso.onmicrosoft.com → ${customerPortalUrl('contoso.onmicrosoft.com')}`,
          }),
        ),
      })),
    source: brief
      ? ''
      : t(lang, 'faq.source', {
          pages: entrySources(entry, lang)
            .map((page) => `[${page.title}](${page.url})`)
            .join('; '),
        }),
    relatedTitle: t(lang, 'faq.relatedTitle'),
    related: entry.related.slice(0, 3).map((id) => ({ id, title: entryButtonTitle(id, lang) })),
    askVerb: VERB.faqAsk,
    helpfulTitle: t(lang, 'faq.helpful'),
    notHelpfulTitle: t(lang, 'faq.notHelpful'),
    feedbackVerb: VERB.faqFeedback,
    question: (options.question ?? '').slice(0, QUESTION_IN_CARD),
    newTicketTitle: t(lang, 'faq.startTicket'),
    newTicketVerb: VERB.wizardStart,
  });
}

/** When the bot does not know: says so, offers the closest topics, a new ticket and help. */
export function faqUnsureCard(lang: Lang, suggestions: readonly KnowledgeId[], message?: string): CardJson {
  return renderCard(unsureTemplate, {
    lang,
    message: message ?? (suggestions.length > 0 ? t(lang, 'faq.notSure') : t(lang, 'faq.noCloseTopics')),
    closestTitle: t(lang, 'faq.closestTopics'),
    suggestions: suggestions.slice(0, 3).map((id) => ({ id, title: entryButtonTitle(id, lang) })),
    askVerb: VERB.faqAsk,
    newTicketTitle: t(lang, 'faq.startTicket'),
    newTicketVerb: VERB.wizardStart,
    helpTitle: t(lang, 'help.action.help'),
    helpVerb: VERB.helpShow,
  });
}
