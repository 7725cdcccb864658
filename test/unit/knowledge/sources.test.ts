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

describe('customer-domain portal pattern on the answer card', () => {
  it.each([
    ['en', 'https://portal\\.azure\\.com/\\<customer domain\\>'],
    ['pl', 'https://portal\\.azure\\.com/\\<domena klienta\\>'],
  ] as const)('is shown as text with a hint (%s)', (lang, shown) => {
    const card = faqAnswerCard('azure.no-admin-rights', lang);
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify(shown).slice(1, -1));
    expect(json).toContain(
      'contoso\\\\.onmicrosoft\\\\.com → https://portal\\\\.azure\\\\.com/contoso\\\\.onmicrosoft\\\\.com',
    );
    // A pattern is never a button: no OpenUrl goes to a URL with a placeholder in it.
    expect(json).not.toMatch(/"url":"[^"]*<[^"]*"/);
  });
});
