import factIds from '../../fixtures/fact-ids.json';
import { entries } from '../../../src/knowledge/entries';
import {
  customerPortalUrl,
  getEntry,
  InvalidCustomerDomainError,
  knowledge,
  KNOWLEDGE_IDS,
} from '../../../src/knowledge';
import { parseKnowledge } from '../../../src/knowledge/schema';

const knownFacts = new Set<string>(factIds);

describe('knowledge entries', () => {
  it('has exactly one entry per knowledge id, in any order', () => {
    const ids = knowledge.map((entry) => entry.id);
    expect([...ids].sort()).toEqual([...KNOWLEDGE_IDS].sort());
    expect(new Set(ids).size).toBe(KNOWLEDGE_IDS.length);
    expect(KNOWLEDGE_IDS).toHaveLength(23);
  });

  it('passes the schema', () => {
    expect(() => parseKnowledge(entries)).not.toThrow();
  });

  it('rests every entry on facts that exist', () => {
    for (const entry of knowledge) {
      for (const fact of entry.facts)
        expect(knownFacts.has(fact) ? fact : `${entry.id}: unknown ${fact}`).toBe(fact);
    }
  });

  it('offers many example questions in both languages', () => {
    for (const entry of knowledge) {
      expect(entry.examples.en.length).toBeGreaterThanOrEqual(10);
      expect(entry.examples.pl.length).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps answers concise and steps paired', () => {
    for (const entry of knowledge) {
      for (const lang of ['en', 'pl'] as const) {
        const sentences = entry.answer[lang].split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
        expect(sentences.length).toBeLessThanOrEqual(6);
      }
      if (entry.steps) expect(entry.steps.pl).toHaveLength(entry.steps.en.length);
    }
  });

  it('never repeats the known mistranslations in Polish', () => {
    const forbidden = [
      /usług kryptograficznych/i,
      /pomoc techniczna dla telefonów/i,
      /portal\.azure\.com\/\s/,
      /obsługa podpisów w chmurze/i,
      /pomoc techniczna premium/i,
      /zdarzenia związane z uszkodzeniem/i,
      /planowanie subskrypcji/i,
    ];
    for (const entry of knowledge) {
      const polish = [
        entry.title.pl,
        entry.answer.pl,
        ...(entry.steps?.pl ?? []),
        ...entry.links.map((l) => l.url),
      ];
      for (const text of polish) for (const pattern of forbidden) expect(text).not.toMatch(pattern);
    }
  });

  it('states the facts the machine translation got wrong', () => {
    expect(getEntry('phone').answer.pl).toMatch(/pomocy telefonicznej/);
    expect(getEntry('response.severity').answer.pl).toMatch(/usługi produkcyjne nie działają/);
    expect(getEntry('response.severity').answer.pl).toMatch(/nieprodukcyjnych/);
    expect(getEntry('bypass.azure-portal').answer.pl).toMatch(/tylko/);
    expect(getEntry('bypass.office365').answer.pl).toMatch(/tylko/);
    expect(getEntry('entitlement.fees').answer.pl).toMatch(/Signature Cloud Support/);
    expect(getEntry('azure.no-admin-rights').answer.en).toContain(
      'https://portal.azure.com/<customer domain>',
    );
    expect(getEntry('response.severity').answer.en).toMatch(/2 hours.*4 hours.*8 hours/s);
  });

  it('links only to https URLs, with the customer portal as a marked pattern', () => {
    const urls = knowledge.flatMap((entry) => entry.links);
    expect(urls.map((l) => l.url)).toEqual(
      expect.arrayContaining([
        'https://partner.microsoft.com/dashboard',
        'https://portal.azure.com',
        'https://admin.microsoft.com',
        'https://portal.azure.com/<customer domain>',
      ]),
    );
    for (const link of urls) expect(link.pattern === true).toBe(link.url.includes('<customer domain>'));
  });

  it('rejects duplicate ids, unknown related ids and malformed fact ids', () => {
    const [first, second] = entries;
    if (!first || !second) throw new Error('need two entries');
    expect(() => parseKnowledge([...entries, first])).toThrow(/duplicate id/);
    expect(() => parseKnowledge(entries.filter((e) => e.id !== 'phone'))).toThrow(
      /missing entry phone|unknown related id phone/,
    );
    expect(() => parseKnowledge([{ ...first, facts: ['F1'] }, ...entries.slice(1)])).toThrow(/fact ids/);
    expect(() =>
      parseKnowledge([{ ...first, steps: { en: ['one', 'two'], pl: ['jeden'] } }, ...entries.slice(1)]),
    ).toThrow(/steps/);
  });

  it('freezes the loaded knowledge', () => {
    expect(Object.isFrozen(knowledge)).toBe(true);
    expect(Object.isFrozen(getEntry('phone').examples.en)).toBe(true);
  });
});

describe('customerPortalUrl', () => {
  it('puts the domain straight after the slash', () => {
    expect(customerPortalUrl('contoso.onmicrosoft.com')).toBe(
      'https://portal.azure.com/contoso.onmicrosoft.com',
    );
    expect(customerPortalUrl('  Fabrikam.PL ')).toBe('https://portal.azure.com/fabrikam.pl');
  });

  it.each(['', 'contoso', 'contoso .com', 'https://contoso.com', 'contoso.com/x', '-bad.com', 'a..b.com'])(
    'rejects %j',
    (domain) => {
      expect(() => customerPortalUrl(domain)).toThrow(InvalidCustomerDomainError);
    },
  );
});
