import MiniSearch from 'minisearch';
import { analyze } from '../../../../src/domain/faq/normalize';
import { TextIndex } from '../../../../src/domain/faq/retrieval';
import { knowledge } from '../../../../src/knowledge';

const prefix = (term: string) => term.length >= 4;
const fuzzy = (term: string) => (term.length < 4 ? 0 : term.length < 8 ? 1 : 2);
const weights = { fuzzy: 0.45, prefix: 0.6 };

describe('TextIndex', () => {
  // The knowledge's own texts, and questions with exact, inflected, misspelt and unknown words.
  const texts = knowledge.flatMap((entry) => [entry.title.en, ...entry.examples.en]);
  const entryOfText = knowledge.flatMap((entry, position) =>
    [entry.title.en, ...entry.examples.en].map(() => position),
  );
  const queries = [
    'when can we escalate a customer problem to microsoft',
    'phone support hours',
    'custmer ticket severiti',
    'azure portal admin rights without access',
    'escal',
    'zzzz unknownword ticket',
    'fee fee charged',
  ];

  const reference = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => analyze(text, 'en'),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });
  reference.addAll(texts.map((text, id) => ({ id, text })));
  const index = new TextIndex({ prefix, fuzzy, weights });
  for (const text of texts) index.add(analyze(text, 'en'));

  it.each(queries)('scores and orders %p exactly as MiniSearch does', (query) => {
    const terms = analyze(query, 'en');
    const expected = reference
      .search(terms.join(' '), { prefix, fuzzy, weights, combineWith: 'OR' })
      .map((hit) => ({ doc: hit.id as number, score: hit.score, queryTerms: hit.queryTerms }));
    expect(expected.length).toBeGreaterThan(0);
    // Twice: the second answer comes from what the first kept.
    expect(index.search(terms)).toEqual(expected);
    expect(index.search(terms)).toEqual(expected);
  });

  const grouped = new TextIndex({ prefix, fuzzy, weights });
  texts.forEach((text, i) => grouped.add(analyze(text, 'en'), entryOfText[i]));

  it.each(queries)('sums %p up per group exactly as grouping its hits would', (query) => {
    const terms = analyze(query, 'en');
    const byGroup = new Map<number, { scores: number[]; matched: Set<string> }>();
    for (const hit of index.search(terms)) {
      const group = entryOfText[hit.doc] as number;
      const slot = byGroup.get(group) ?? { scores: [], matched: new Set<string>() };
      byGroup.set(group, slot);
      slot.scores.push(hit.score);
      for (const term of hit.queryTerms) slot.matched.add(term);
    }
    // Fewer scores kept than most groups have, so some are pushed out by better ones.
    const top = 3;
    for (let run = 0; run < 2; run++) {
      const { groups, matched } = grouped.searchGroups(terms, top);
      expect(groups).toEqual(
        [...byGroup].map(([group, slot]) => ({ group, scores: slot.scores.slice(0, top) })),
      );
      expect(matched).toHaveLength(terms.length);
      terms.forEach((term, i) => {
        for (const [group, slot] of byGroup)
          expect([term, group, matched[i]?.[group]]).toEqual([term, group, slot.matched.has(term) ? 1 : 0]);
      });
    }
  });

  it('gives each text its own group unless told otherwise', () => {
    const terms = analyze('customer ticket severity', 'en');
    expect(index.searchGroups(terms, 1).groups).toEqual(
      index.search(terms).map((hit) => ({ group: hit.doc, scores: [hit.score] })),
    );
  });

  it('finds nothing for no terms', () => {
    expect(index.search([])).toEqual([]);
    expect(grouped.searchGroups([], 8)).toEqual({ groups: [], matched: [] });
  });
});
