import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { faqAnswerCard, faqUnsureCard } from '../../cards/faqCards';
import { faqReportCard } from '../../cards/faqReportCard';
import { noticeCard } from '../../cards/noticeCard';
import { FaqAskActionDataSchema, FaqFeedbackActionDataSchema, VERB } from '../../cards/verbs';
import { MAX_QUESTION_LENGTH, offeredTopics } from '../../domain/faq/engine';
import { isKeywordSearch } from '../../domain/faq/questionGuard';
import { isOtherLanguage } from '../../domain/language';
import { t } from '../../i18n';
import { KNOWLEDGE_IDS, type KnowledgeId } from '../../knowledge';
import type { FaqService } from '../../services/faqService';
import type { FaqAsker } from '../../services/ports';
import { isCommand } from '../commands';
import { languageAskedFor } from '../smallTalk';
import { turnIn, type BotContext } from '../context';
import { sendCard } from '../reply';
import type { AppTurnState } from '../state';

export interface FaqDeps extends BotContext {
  readonly faq: FaqService;
}

function isKnowledgeId(value: unknown): value is KnowledgeId {
  return typeof value === 'string' && (KNOWLEDGE_IDS as readonly string[]).includes(value);
}

/** Follow-up context belongs to one user in one conversation. */
function askerOf(context: TurnContext): FaqAsker {
  return {
    conversationId: context.activity.conversation.id,
    userId: context.activity.from.aadObjectId ?? context.activity.from.id,
  };
}

/**
 * Answers the text, or says clearly why it can't. The user's topic is remembered for follow-up
 * questions only once the answer is sent.
 */
async function answer(context: TurnContext, deps: FaqDeps, text: string): Promise<void> {
  const locale = context.activity.locale;
  const asker = askerOf(context);
  const result = await deps.faq.ask(text, locale, asker);
  deps.log.info(
    {
      activityId: context.activity.id,
      entryId: result.entryId,
      confidence: result.confidence,
      lang: result.lang,
    },
    'faq',
  );
  const lang = result.lang;
  if (result.rejected) {
    const message =
      result.rejected === 'too-long'
        ? t(lang, 'input.tooLong', { length: text.length, max: MAX_QUESTION_LENGTH })
        : result.rejected === 'empty'
          ? t(lang, 'input.empty')
          : t(lang, 'fallback.notUnderstood');
    await sendCard(
      context,
      result.rejected === 'no-words' ? faqUnsureCard(lang, [], message) : noticeCard(lang, message),
    );
    return;
  }
  if (!result.entryId) {
    // "english please" with no answer to give again in English: how the answer's language is chosen.
    const asked = languageAskedFor(text);
    if (asked) {
      await sendCard(context, noticeCard(asked, t(asked, 'smallTalk.language')));
      return;
    }
    const topics = offeredTopics(result);
    // A question in German, Spanish, Russian...: say which languages are answered. A keyword or two
    // ("severity", "ASfP") is no question to be unsure of: the topics are what it asks for.
    const message = isOtherLanguage(text)
      ? t(lang, 'faq.otherLanguage')
      : topics.length > 0 && isKeywordSearch(text)
        ? t(lang, 'faq.whichTopic')
        : undefined;
    await sendCard(context, faqUnsureCard(lang, topics, message));
    await deps.faq.recordUnanswered(text, result);
    return;
  }
  await sendCard(
    context,
    faqAnswerCard(result.entryId, lang, { question: text, ...(result.focus && { focus: result.focus }) }),
  );
  await deps.faq.remember(asker, result.entryId, result.lastTopic, result.focus?.severity);
}

/**
 * FAQ: "faq report" / "raport faq" for bot admins, free text (a bare @mention is answered with a
 * hint), the "ask" buttons under answers and on the help card (Action.Submit), and Helpful / Not
 * helpful votes (Action.Execute).
 */
export function registerFaq(app: Application<AppTurnState>, deps: FaqDeps): void {
  app.message(
    async (context) => context.activity.type === 'message' && isCommand(context.activity.text, 'report'),
    async (context) => {
      const { lang } = turnIn(deps, context);
      const personal = context.activity.conversation.conversationType === 'personal';
      const view = await deps.faq.report(context.activity.from.aadObjectId, personal);
      deps.log.info({ activityId: context.activity.id, outcome: view.kind }, 'faq report');
      await sendCard(
        context,
        view.kind === 'report'
          ? faqReportCard(view.report, lang)
          : noticeCard(
              lang,
              t(lang, view.kind === 'refused' ? 'faq.report.refused' : 'faq.report.personalOnly'),
              { warning: true },
            ),
      );
    },
  );

  app.adaptiveCards.actionExecute(VERB.faqFeedback, async (context, _state, data) => {
    const { lang } = turnIn(deps, context);
    const parsed = FaqFeedbackActionDataSchema.safeParse(data);
    if (!parsed.success || !isKnowledgeId(parsed.data.knowledgeId)) {
      return noticeCard(lang, t(lang, 'action.invalid'), { warning: true });
    }
    const { knowledgeId, helpful, severity } = parsed.data;
    const answerLang = parsed.data.lang ?? lang;
    const question = parsed.data.question ?? '';
    const recorded = await deps.faq
      .recordFeedback({
        answerActivityId: context.activity.replyToId ?? context.activity.id ?? 'unknown',
        entryId: knowledgeId,
        helpful,
        locale: context.activity.locale ?? answerLang,
        question,
        userId: context.activity.from.aadObjectId ?? context.activity.from.id,
      })
      .then(
        () => true,
        (error: unknown) => {
          deps.log.warn({ err: error, activityId: context.activity.id }, 'could not record a FAQ vote');
          return false;
        },
      );
    // The card after the vote keeps what the answer was about (e.g. its severity line); a vote that
    // could not be stored keeps the answer and its buttons, to press again.
    return faqAnswerCard(knowledgeId, answerLang, {
      question,
      vote: recorded ? (helpful ? 'helpful' : 'not-helpful') : 'failed',
      ...(severity !== undefined && { focus: { severity } }),
    });
  });

  app.adaptiveCards.actionSubmit(VERB.faqAsk, async (context, _state, data) => {
    const parsed = FaqAskActionDataSchema.safeParse(data);
    const { lang } = turnIn(deps, context);
    if (!parsed.success) {
      await sendCard(context, noticeCard(lang, t(lang, 'action.invalid'), { warning: true }));
      return;
    }
    const { knowledgeId, question } = parsed.data;
    if (knowledgeId !== undefined && isKnowledgeId(knowledgeId)) {
      const answerLang = parsed.data.lang ?? lang;
      await sendCard(context, faqAnswerCard(knowledgeId, answerLang));
      await deps.faq.remember(askerOf(context), knowledgeId);
      return;
    }
    if (question !== undefined) {
      await answer(context, deps, question);
      return;
    }
    await sendCard(context, noticeCard(lang, t(lang, 'action.invalid'), { warning: true }));
  });

  app.message(
    async (context) => context.activity.type === 'message' && typeof context.activity.text === 'string',
    async (context) => {
      const text = context.activity.text ?? '';
      if (text.trim() === '' && (context.activity.entities ?? []).some((e) => e.type === 'mention')) {
        const { lang } = turnIn(deps, context);
        await sendCard(context, noticeCard(lang, t(lang, 'input.mentionOnly')));
        return;
      }
      await answer(context, deps, text);
    },
  );
}
