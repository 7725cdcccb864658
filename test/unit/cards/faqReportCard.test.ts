import { faqReportCard } from '../../../src/cards/faqReportCard';
import { LANGS, t } from '../../../src/i18n';
import { getEntry } from '../../../src/knowledge';
import type { FaqReport } from '../../../src/services/faqService';

const report: FaqReport = {
  since: new Date('2025-03-01T12:00:00Z'),
  until: new Date('2025-03-31T12:00:00Z'),
  unanswered: [
    { question: 'how do i add a **guest** user', count: 4 },
    { question: 'jak zmienić hasło', count: 1 },
  ],
  worst: [{ entryId: 'phone', notHelpful: 3, helpful: 1 }],
};

describe('faqReportCard', () => {
  it.each(LANGS)('lists the questions with counts and the entries with their votes (%s)', (lang) => {
    const card = faqReportCard(report, lang);
    const json = JSON.stringify(card);
    expect(json).not.toContain('${');
    expect(json).toContain(t(lang, 'faq.report.title', { days: 30 }));
    expect(json).toMatch(/1 (Mar|mar) 2025, 12:00 UTC/);
    expect(json).toContain('"title":"4×","value":"how do i add a \\\\*\\\\*guest\\\\*\\\\* user"');
    expect(json).toContain(getEntry('phone').title[lang]);
    expect(json).toContain(t(lang, 'faq.report.votes', { notHelpful: 3, helpful: 1 }));
  });

  it.each(LANGS)('says when there is nothing to show (%s)', (lang) => {
    const json = JSON.stringify(faqReportCard({ ...report, unanswered: [], worst: [] }, lang));
    expect(json).toContain(t(lang, 'faq.report.unansweredNone'));
    expect(json).toContain(t(lang, 'faq.report.worstNone'));
    expect(json).not.toContain('FactSet');
  });
});
