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

  it('finds nothing for no terms', () => {
    expect(index.search([])).toEqual([]);
  });
});
