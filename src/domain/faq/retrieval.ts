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

/** What the hits of one group of texts (see `add`) add up to. */
export interface GroupHit {
  group: number;
  /** The best scores of the group's texts (as many as asked for at most), best first. */
  scores: number[];
}

export interface GroupHits {
  /** Every group a text of which matches, in the order `search` first lists one of its texts. */
  groups: GroupHit[];
  /**
   * For each query term, by group, 1 when a text of the group matches it. What a term matches does not
   * depend on the question, so these are kept with the term and shared: read them, never change them.
   */
  matched: Uint8Array[];
}

/** Every text one query term reaches, in MiniSearch's order, with the term's score for it. */
interface TermMatches {
  docs: Int32Array;
  scores: Float64Array;
  /** By group, 1 when the term reaches one of the group's texts. */
  groups: Uint8Array;
}

// Distinct query terms whose matches are kept; the knowledge's own vocabulary is a few thousand terms.
const KEPT_TERMS = 5000;

/**
 * What one search adds up per text, in arrays sized to the texts and kept from search to search: a
 * question reaches hundreds of texts, and an object per text (and per group) made anew for every
 * question was most of what the FAQ allocated. A text's slots count for the current search only when
 * its stamp is the current one, so nothing is cleared between searches.
 */
interface Scratch {
  stamp: Uint32Array;
  /** Sum of the query terms' scores for the text. */
  score: Float64Array;
  /** How many distinct query terms reach the text. */
  terms: Uint32Array;
  /** The texts the search reached, in the order it first reached them: `search`'s hits before sorting. */
  reached: Int32Array;
  /** The group's best scores, best first: `top` slots from `group * top`. */
  best: Float64Array;
  /** How many of a group's slots in `best` are used. */
  kept: Int32Array;
  /** Position, among the reached texts, of the first text with the group's best score. */
  first: Int32Array;
}

export class TextIndex {
  /** Term → (text → how often the text uses it), in the order the texts were added. */
  private readonly postings = new SearchableMap<Map<number, number>>();
  /** Distinct terms of each text. */
  private readonly lengths: number[] = [];
  /** The group of each text. */
  private readonly groupOf: number[] = [];
  private groupCount = 0;
  private averageLength = 0;
  private readonly matches = new Map<string, TermMatches>();
  private scratch: Scratch | undefined;
  private generation = 0;

  constructor(private readonly options: RetrievalOptions) {}

  /**
   * Adds a text by its terms (repeats count); returns its position. `group` is what searchGroups sums
   * the text's hits under (e.g. the entry it is an example of); by default each text is its own.
   */
  add(terms: readonly string[], group = this.lengths.length): number {
    const doc = this.lengths.length;
    const length = new Set(terms).size;
    this.lengths.push(length);
    this.groupOf.push(group);
    this.groupCount = Math.max(this.groupCount, group + 1);
    this.averageLength = (this.averageLength * doc + length) / (doc + 1);
    for (const term of terms) {
      if (!term) continue;
      const frequencies = this.postings.fetch(term, () => new Map<number, number>());
      frequencies.set(doc, (frequencies.get(doc) ?? 0) + 1);
    }
    this.matches.clear();
    this.scratch = undefined;
    return doc;
  }

  /** The texts matching any of the terms, best first. */
  search(terms: readonly string[]): Hit[] {
    const matches = terms.map((term) => this.termMatches(term));
    const scratch = this.scratchFor(0);
    const count = this.combine(terms, matches, scratch);
    const byDoc = new Map<number, Hit>();
    for (let i = 0; i < count; i++) {
      const doc = scratch.reached[i] as number;
      // A text matching more of the query's terms counts that many times more, as in MiniSearch.
      byDoc.set(doc, { doc, score: textScore(scratch, doc), queryTerms: [] });
    }
    terms.forEach((term, i) => {
      if (terms.indexOf(term) !== i) return;
      for (const doc of (matches[i] as TermMatches).docs) byDoc.get(doc)?.queryTerms.push(term);
    });
    return [...byDoc.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * `search`, summed up per group: for each group, its texts' best `top` scores, and which query terms
   * its texts match. It gives exactly what grouping `search`'s hits would (the same scores, the same
   * order of groups), without a hit per text: each text's score goes straight into its group's few
   * best, and what a term matches per group is kept with the term. `top` is at least 1.
   */
  searchGroups(terms: readonly string[], top: number): GroupHits {
    if (!(top >= 1)) throw new RangeError(`searchGroups keeps at least one score per group, not ${top}`);
    const matches = terms.map((term) => this.termMatches(term));
    const scratch = this.scratchFor(top);
    const count = this.combine(terms, matches, scratch);
    const { best, kept, first } = scratch;
    kept.fill(0);
    const touched: number[] = [];
    for (let i = 0; i < count; i++) {
      const doc = scratch.reached[i] as number;
      const score = textScore(scratch, doc);
      const group = this.groupOf[doc] as number;
      const start = group * top;
      let size = kept[group] as number;
      if (size === 0) touched.push(group);
      // Strictly better only: on a tie, the group's first text in `search`'s order is the one that ranks it.
      if (size === 0 || score > (best[start] as number)) first[group] = i;
      if (size === top) {
        if (score <= (best[start + top - 1] as number)) continue;
        size--;
      }
      let slot = start + size;
      for (; slot > start && (best[slot - 1] as number) < score; slot--)
        best[slot] = best[slot - 1] as number;
      best[slot] = score;
      kept[group] = size + 1;
    }
    // `search` sorts its hits by score, keeping the order it reached them in among equal ones: a group
    // comes where its best text does.
    touched.sort(
      (a, b) =>
        (best[b * top] as number) - (best[a * top] as number) || (first[a] as number) - (first[b] as number),
    );
    const groups = touched.map((group) => {
      const scores: number[] = [];
      for (let slot = group * top, end = slot + (kept[group] as number); slot < end; slot++)
        scores.push(best[slot] as number);
      return { group, scores };
    });
    return { groups, matched: matches.map((match) => match.groups) };
  }

  /**
   * Adds up, per text, the scores of the terms that reach it, in the terms' order, as MiniSearch does;
   * returns how many texts were reached (the first that many of `scratch.reached`). `matches` are the terms'.
   */
  private combine(terms: readonly string[], matches: readonly TermMatches[], scratch: Scratch): number {
    const { stamp, score, terms: termCount, reached } = scratch;
    if (++this.generation > 0xffffffff) {
      stamp.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      // A repeated term adds its score again but is still one of the text's terms.
      const repeated = terms.indexOf(terms[i] as string) !== i;
      const { docs, scores } = matches[i] as TermMatches;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j] as number;
        if (stamp[doc] !== generation) {
          stamp[doc] = generation;
          score[doc] = scores[j] as number;
          termCount[doc] = 1;
          reached[count++] = doc;
        } else {
          score[doc] = (score[doc] as number) + (scores[j] as number);
          if (!repeated) termCount[doc] = (termCount[doc] as number) + 1;
        }
      }
    }
    return count;
  }

  /** The scratch arrays, with room for `top` scores per group. */
  private scratchFor(top: number): Scratch {
    const texts = this.lengths.length;
    const groups = this.groupCount;
    if (this.scratch === undefined || this.scratch.best.length < groups * top) {
      this.scratch = {
        stamp: new Uint32Array(texts),
        score: new Float64Array(texts),
        terms: new Uint32Array(texts),
        reached: new Int32Array(texts),
        best: new Float64Array(groups * top),
        kept: new Int32Array(groups),
        first: new Int32Array(groups),
      };
      this.generation = 0;
    }
    return this.scratch;
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
    const groups = new Uint8Array(this.groupCount);
    for (const doc of scores.keys()) groups[this.groupOf[doc] as number] = 1;
    return { docs: Int32Array.from(scores.keys()), scores: Float64Array.from(scores.values()), groups };
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

/** A reached text's score: the sum of its terms' scores, times how many distinct query terms reach it. */
function textScore(scratch: Scratch, doc: number): number {
  return (scratch.score[doc] as number) * ((scratch.terms[doc] as number) || 1);
}
