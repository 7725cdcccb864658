import SearchableMap from 'minisearch/SearchableMap';
import { keepBounded } from './normalize';

/**
 * BM25 retrieval over the knowledge's example texts, with prefix and fuzzy matching of each query term,
 * scored exactly as MiniSearch 7 scores a one-field index searched with `combineWith: 'OR'` (same
 * formula, same order of floating-point operations, same order of hits before the stable sort by score).
 * It exists because the knowledge never changes once indexed: what a query term matches, and how much,
 * is the same for every question, so it is worked out once per term and kept, where MiniSearch walks the
 * radix tree, scores every posting and builds match objects anew for every term of every question.
 */

// MiniSearch's default BM25 parameters.
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface RetrievalOptions {
  /** Whether a term also matches the longer terms it begins. */
  prefix: (term: string) => boolean;
  /** Edit distance up to which a term also matches other terms (0 for none). */
  fuzzy: (term: string) => number;
  /** How much a fuzzy or prefix match counts compared with an exact one (MiniSearch's `weights`). */
  weights: { fuzzy: number; prefix: number };
}

export interface Hit {
  /** Position of the text among the added ones. */
  doc: number;
  score: number;
  /** The query terms the text matches, exactly, by prefix or fuzzily. */
  queryTerms: string[];
}

/** Every text one query term reaches, in MiniSearch's order, with the term's score for it. */
interface TermMatches {
  docs: number[];
  scores: number[];
}

// Distinct query terms whose matches are kept; the knowledge's own vocabulary is a few thousand terms.
const KEPT_TERMS = 5000;

export class TextIndex {
  /** Term → (text → how often the text uses it), in the order the texts were added. */
  private readonly postings = new SearchableMap<Map<number, number>>();
  /** Distinct terms of each text. */
  private readonly lengths: number[] = [];
  private averageLength = 0;
  private readonly matches = new Map<string, TermMatches>();

  constructor(private readonly options: RetrievalOptions) {}

  /** Adds a text by its terms (repeats count); returns its position. */
  add(terms: readonly string[]): number {
    const doc = this.lengths.length;
    const length = new Set(terms).size;
    this.lengths.push(length);
    this.averageLength = (this.averageLength * doc + length) / (doc + 1);
    for (const term of terms) {
      if (!term) continue;
      const frequencies = this.postings.fetch(term, () => new Map<number, number>());
      frequencies.set(doc, (frequencies.get(doc) ?? 0) + 1);
    }
    this.matches.clear();
    return doc;
  }

  /** The texts matching any of the terms, best first. */
  search(terms: readonly string[]): Hit[] {
    const combined = new Map<number, Hit>();
    for (const term of terms) {
      const { docs, scores } = this.termMatches(term);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const score = scores[i] as number;
        const hit = combined.get(doc);
        if (hit === undefined) combined.set(doc, { doc, score, queryTerms: [term] });
        else {
          hit.score = hit.score + score;
          if (!hit.queryTerms.includes(term)) hit.queryTerms.push(term);
        }
      }
    }
    const hits = [...combined.values()];
    // A text matching more of the query's terms counts that many times more, as in MiniSearch.
    for (const hit of hits) hit.score = hit.score * (hit.queryTerms.length || 1);
    return hits.sort((a, b) => b.score - a.score);
  }

  private termMatches(term: string): TermMatches {
    let found = this.matches.get(term);
    if (found === undefined) {
      found = this.match(term);
      keepBounded(this.matches, term, found, KEPT_TERMS);
    }
    return found;
  }

  /** MiniSearch's executeQuerySpec for one term: the exact term, then its prefix matches, then fuzzy ones. */
  private match(term: string): TermMatches {
    const scores = new Map<number, number>();
    this.score(this.postings.get(term), 1, scores);
    const maxDistance = this.options.fuzzy(term);
    const fuzzy = maxDistance > 0 ? this.postings.fuzzyGet(term, maxDistance) : undefined;
    if (this.options.prefix(term)) {
      for (const [longer, frequencies] of this.postings.atPrefix(term)) {
        const distance = longer.length - term.length;
        if (!distance) continue;
        // A prefix match is scored as one, even when it is also within the fuzzy distance.
        fuzzy?.delete(longer);
        const weight = (this.options.weights.prefix * longer.length) / (longer.length + 0.3 * distance);
        this.score(frequencies, weight, scores);
      }
    }
    if (fuzzy) {
      for (const [other, [frequencies, distance]] of fuzzy) {
        if (!distance) continue;
        const weight = (this.options.weights.fuzzy * other.length) / (other.length + distance);
        this.score(frequencies, weight, scores);
      }
    }
    return { docs: [...scores.keys()], scores: [...scores.values()] };
  }

  private score(
    frequencies: Map<number, number> | undefined,
    weight: number,
    scores: Map<number, number>,
  ): void {
    if (frequencies === undefined) return;
    const matching = frequencies.size;
    const count = this.lengths.length;
    for (const [doc, frequency] of frequencies) {
      const length = this.lengths[doc] as number;
      const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
      const bm25 =
        idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / this.averageLength)));
      const weighted = weight * bm25;
      const previous = scores.get(doc);
      scores.set(doc, previous === undefined ? weighted : previous + weighted);
    }
  }
}
