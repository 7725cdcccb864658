import factIds from '../../fixtures/fact-ids.json';
import { knowledge } from '../../../src/knowledge';
import { FACT_PAGES, entrySources } from '../../../src/knowledge/sources';
import { faqAnswerCard } from '../../../src/cards/faqCards';

describe('knowledge sources', () => {
  it('knows the page of every fact', () => {
    expect(Object.keys(FACT_PAGES).sort()).toEqual([...(factIds as string[])].sort());
  });

  it('names at least one Partner Center page for every entry, in both languages', () => {
    for (const entry of knowledge) {
      for (const lang of ['en', 'pl'] as const) {
        const pages = entrySources(entry, lang);
        expect([entry.id, pages.length > 0]).toEqual([entry.id, true]);
        for (const page of pages)
          expect(page.url).toMatch(/^https:\/\/learn\.microsoft\.com\/partner-center\//);
      }
    }
  });

  it('shows the sources as links on the answer card', () => {
    const card = JSON.stringify(faqAnswerCard('service-health', 'pl'));
    expect(card).toContain(
      '[Sprawdzanie kondycji usług](https://learn.microsoft.com/partner-center/check-service-health)',
    );
  });
});
