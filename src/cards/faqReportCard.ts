import template from '../../adaptiveCards/faq.report.json';
import { REPORT_DAYS } from '../domain/faq/report';
import { t, type Lang } from '../i18n';
import { entryTitle } from '../knowledge';
import type { FaqReport } from '../domain/faq/report';
import { asPlainText, renderCard, type CardJson } from './render';
import { cardDateTime } from './format';

/** The FAQ report for bot admins: top unanswered questions and worst-rated entries of the period. */
export function faqReportCard(report: FaqReport, lang: Lang, timeZone?: string): CardJson {
  return renderCard(template, {
    title: t(lang, 'faq.report.title', { days: REPORT_DAYS }),
    period: t(lang, 'faq.report.period', {
      since: cardDateTime(report.since, lang, timeZone),
      until: cardDateTime(report.until, lang, timeZone),
    }),
    unansweredTitle: t(lang, 'faq.report.unanswered'),
    unanswered: report.unanswered.map((q) => ({
      title: t(lang, 'faq.report.asked', { count: q.count }),
      value: asPlainText(q.question),
    })),
    unansweredNone: t(lang, 'faq.report.unansweredNone'),
    worstTitle: t(lang, 'faq.report.worst'),
    worst: report.worst.map((e) => ({
      title: entryTitle(e.entryId, lang),
      value: t(lang, 'faq.report.votes', { notHelpful: e.notHelpful, helpful: e.helpful }),
    })),
    worstNone: t(lang, 'faq.report.worstNone'),
    kept: t(lang, 'faq.report.kept'),
  });
}
