import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import factIds from '../../fixtures/fact-ids.json';
import { contents } from '../../../src/knowledge/entries';
import { retrievals } from '../../../src/knowledge/retrieval';
import {
  customerPortalUrl,
  getEntry,
  getLink,
  InvalidCustomerDomainError,
  knowledge,
  KNOWLEDGE_IDS,
  LINK_IDS,
} from '../../../src/knowledge';
import { LINKS } from '../../../src/knowledge/links';
import { joinKnowledge, parseKnowledge, parseLinks } from '../../../src/knowledge/schema';

const entries = joinKnowledge(contents, retrievals);
const knowledgeDir = path.resolve(__dirname, '../../../src/knowledge');

const knownFacts = new Set<string>(factIds);

describe('knowledge entries', () => {
  it('has exactly one entry per knowledge id, in any order', () => {
    const ids = knowledge.map((entry) => entry.id);
    expect([...ids].sort()).toEqual([...KNOWLEDGE_IDS].sort());
    expect(new Set(ids).size).toBe(KNOWLEDGE_IDS.length);
    expect(KNOWLEDGE_IDS).toHaveLength(24);
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
        ...entry.links.map((id) => getLink(id).url),
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
    const urls = knowledge.flatMap((entry) => entry.links.map(getLink));
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
    const general = { en: ['open'], pl: ['zgłoszenie'] };
    expect(() =>
      parseKnowledge(entries.map((e) => (e === first || e === second ? { ...e, general } : e))),
    ).toThrow(/only one entry may have general words/);
  });

  it('keeps one file per entry, its content apart from its retrieval data', () => {
    const files = (dir: string) =>
      readdirSync(path.join(knowledgeDir, dir))
        .filter((f) => f !== 'index.ts')
        .map((f) => f.replace(/\.ts$/, ''))
        .sort();
    expect(files('entries')).toEqual([...KNOWLEDGE_IDS].sort());
    expect(files('retrieval')).toEqual([...KNOWLEDGE_IDS].sort());
    for (const id of KNOWLEDGE_IDS) {
      const content = readFileSync(path.join(knowledgeDir, 'entries', `${id}.ts`), 'utf8');
      expect(content).not.toMatch(/\b(examples|keywords)\s*:/);
      const retrieval = readFileSync(path.join(knowledgeDir, 'retrieval', `${id}.ts`), 'utf8');
      expect(retrieval).not.toMatch(/\b(answer|title|steps|links|facts)\s*:/);
    }
  });

  it('rejects an entry without retrieval data, and retrieval data without an entry', () => {
    expect(() => joinKnowledge(contents, retrievals.slice(1))).toThrow(/no retrieval data/);
    expect(() => joinKnowledge(contents.slice(1), retrievals)).toThrow(/retrieval data without an entry/);
    // Content and retrieval keep to their own fields.
    const [first] = contents;
    const [firstRetrieval] = retrievals;
    if (!first || !firstRetrieval) throw new Error('need an entry');
    const withExamples = { ...first, examples: firstRetrieval.examples };
    expect(() => joinKnowledge([withExamples, ...contents.slice(1)], retrievals)).toThrow(/examples/);
    const withAnswer = { ...firstRetrieval, answer: first.answer };
    expect(() => joinKnowledge(contents, [withAnswer, ...retrievals.slice(1)])).toThrow(/answer/);
  });

  it('has one link table that validates: https URLs, the customer portal as a pattern', () => {
    expect(Object.keys(LINKS).sort()).toEqual([...LINK_IDS].sort());
    expect(() => parseLinks(LINKS)).not.toThrow();
    expect(() => parseLinks({ ...LINKS, marketplace: { ...LINKS.marketplace, url: 'http://x y' } })).toThrow(
      /marketplace\.url/,
    );
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
