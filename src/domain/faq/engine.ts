import SearchableMap from 'minisearch/SearchableMap';
import type { Lang } from '../lang';
import { knowledge } from '../../knowledge';
import type { KnowledgeEntry, KnowledgeId } from '../../knowledge/schema';
import { detectLanguage, localeToLang } from '../language';
import { readFollowUp, type Severity } from './followUp';
import { gateConfidence, gateFeatures, type GateFeatures, type RankedEvidence, type Retrieval } from './gate';
import {
  analyze,
  analyzeSentences,
  type AnalyzedSentence,
  foldDiacritics,
  FUNCTION_WORD_STEMS,
  hasWords,
  normalizeTerm,
  keepBounded,
  STOP_WORDS,
  stripMarkup,
  tokenize,
} from './normalize';
import { boundQuestion } from './questionGuard';
import { TextIndex } from './retrieval';
import { UNCOVERED_WORDS } from './uncoveredTopics';
import COMMON_WORDS from './commonWords.json';

/** Longest message the engine reads; longer ones are rejected, not truncated. */
export const MAX_QUESTION_LENGTH = 10_000;

/** Confidence (the answer gate's value, see gate.ts) at or above which the engine answers; below it, it abstains. */
export const ANSWER_THRESHOLD = 0.5;

/**
 * Ranking confidence below which a long message is re-read by its question alone, or in the client's
 * language. It combines how much of the question (weighted by how specific each word is) the best entry
 * explains, how clearly it beats the runner-up, and how much specific evidence matched at all.
 */
const RERANK_BELOW = 0.5;

export interface FaqContext {
  lastEntryId?: KnowledgeId;
  /** The severity the last answer was about: asked again in another language, the answer keeps it. */
  lastSeverity?: Severity;
}

export interface FaqResult {
  /** Language of the answer: the question's language, the locale breaking ties. */
  lang: Lang;
  /** The entry that answers the question, or null to abstain. */
  entryId: KnowledgeId | null;
  /** 0..1; the engine answers only at or above ANSWER_THRESHOLD. */
  confidence: number;
  /** Up to three closest topics when abstaining; the answered entry's related topics otherwise. */
  suggestions: KnowledgeId[];
  /** What part of the answer the question is about, e.g. "and for severity C?". */
  focus?: { severity?: Severity };
  /** Set for input the engine cannot read; entryId is then null. */
  rejected?: 'empty' | 'too-long' | 'no-words';
}

export interface AskOptions {
  /** Activity locale, e.g. "pl-PL"; only breaks language ties. */
  locale?: string;
  context?: FaqContext;
}

interface Ranked extends RankedEvidence {
  entryId: KnowledgeId;
}

interface Retrieved extends Retrieval {
  ranked: Ranked[];
  best: Ranked | undefined;
}

// How an entry uses a term, as bits of LanguageIndex.usage: one of its texts in this language has it
// (USED); its title or keywords have it, so it is what the entry is about, not just how it was once asked
// (DECLARED); its answer or steps have it though no example or keyword does: what the answer is about (SAID).
const USED = 1;
const DECLARED = 2;
const SAID = 4;

interface LanguageIndex {
  /** The entries' texts, each grouped under its entry's position in `entryIds`. */
  search: TextIndex;
  entryIds: KnowledgeId[];
  /**
   * How each entry uses each term (USED | DECLARED | SAID), by the entry's position: worked out once, so
   * ranking looks a query term up once, not once per entry in three sets.
   */
  usage: Map<string, Uint8Array>;
  /** Terms signalling a topic the knowledge does not cover (see uncoveredTopics.ts). */
  uncovered: Set<string>;
  /** Inverse entry frequency of each known term. */
  idf: Map<string, number>;
  /** Weight of a query term no entry knows: as specific as the rarest known term, since it may change the topic. */
  unknownIdf: number;
  /** Terms of the language's most common words: unknown to the entries, they are chat, not a topic. */
  common: Set<string>;
  /**
   * The words (folded, unstemmed) a typo is corrected to (see correctionTargets), in a radix tree for
   * fast fuzzy look-up.
   */
  words: SearchableMap<number>;
  /** How many entries use each word they use, to prefer the likelier correction. */
  wordFrequency: Map<string, number>;
  /** Each token's correction once worked out (see correctSpelling), the token itself when none. */
  corrections: Map<string, string>;
  /** The entry with general words (see EntryRetrieval.general) and their terms. */
  general: { entryId: KnowledgeId; terms: ReadonlySet<string> } | undefined;
}

const MAX_SUGGESTIONS = 3;
// How many of an entry's best-matching texts count towards its score, each this much less than the one before.
const AGGREGATED_EXAMPLES = 8;
const AGREEMENT_DECAY = 0.7;
// What the i-th best example counts for, AGREEMENT_DECAY ** i, worked out once rather than per entry and question.
const AGREEMENT_WEIGHTS = Array.from({ length: AGGREGATED_EXAMPLES }, (_, i) => AGREEMENT_DECAY ** i);
// How much a fuzzy or prefix match counts towards coverage compared with an exact one.
const APPROXIMATE_MATCH_QUALITY = 0.75;
// How much a word only the entry's answer uses counts towards coverage: the answer's topic, not a way of asking.
const CONTENT_MATCH_QUALITY = 0.6;
// Matched evidence (sum of idf) that counts as fully specific; one rare word is about 3.
const STRONG_EVIDENCE = 3.5;
// An unexplained uncovered-topic word weighs this many times its idf: it usually is the question's intent.
const UNCOVERED_WEIGHT = 2.5;
// How strongly a one-word question is discounted when that word fits several entries about equally.
const SINGLE_WORD_AMBIGUITY = 0.8;
// How much more an entry scores when its own title and keywords (not only its examples) name the whole question.
const DECLARED_BONUS = 0.6;
// Score factor for the severity entry when the question names a severity letter ("sev A", "istotność C").
const SEVERITY_LETTER_BOOST = 1.5;
// In a message of several sentences, how much an unexplained word of the context (not the question) weighs.
const CONTEXT_WEIGHT = 0.35;
// Only a message with this much context around a question of at least this many terms is read that way.
const MIN_CONTEXT_TERMS = 6;
const MIN_QUESTION_TERMS = 3;
// The question read alone may answer with one of this many entries the whole message ranks first.
const QUESTION_ALONE_CHOICES = 2;
// How much a word no entry uses weighs when it is one of the language's common words (commonWords.json),
// against a rare one: "morning" or "szef" in a chatty question is no topic; "reservation" may be the intent.
const COMMON_WORD_WEIGHT = 0.5;
// An error code ("AADSTS50076", "80180014", "0x80070005"): a question about fixing that error, which the
// knowledge does not cover, so it weighs as an uncovered-topic word. Years and sums have fewer digits.
const ERROR_CODE = /^(?:[a-z]{2,}\d{4,}|\d{6,}|0x[0-9a-f]{4,})$/;
// What a product name ("SharePoint", "Entra ID", products.ts) weighs besides its family's term, against a
// word no entry knows: in-domain context no entry explains, so a question about the product itself
// ("create a group in Teams") stays less covered than the plain question, as a common word would.
const PRODUCT_WEIGHT = 0.5;

/** The language's common words, folded as question tokens are. */
const COMMON_WORD_SET: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(COMMON_WORDS.en.map(foldDiacritics)),
  pl: new Set(COMMON_WORDS.pl.map(foldDiacritics)),
};

/** Index terms of the language's most frequent words (see scripts/common-words.py). */
function commonTerms(lang: Lang): Set<string> {
  const terms = new Set<string>();
  for (const word of COMMON_WORDS[lang]) {
    const term = normalizeTerm(word, lang);
    if (term !== null) terms.add(term);
  }
  return terms;
}

function buildIndex(entries: readonly KnowledgeEntry[], lang: Lang): LanguageIndex {
  const search = new TextIndex({
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => fuzziness(term),
    weights: { fuzzy: 0.45, prefix: 0.6 },
  });
  const usage = new Map<string, Uint8Array>();
  const use = (term: string, position: number, how: number) => {
    let flags = usage.get(term);
    if (flags === undefined) usage.set(term, (flags = new Uint8Array(entries.length)));
    flags[position] = (flags[position] as number) | how;
  };
  const entryFrequency = new Map<string, number>();
  const wordFrequency = new Map<string, number>();
  entries.forEach((entry, position) => {
    const borrowed = lang === 'pl' ? englishTermsFor(entry) : [];
    const texts = [
      entry.title[lang],
      ...entry.examples[lang],
      ...(entry.keywords?.[lang] ?? []),
      ...borrowed,
    ];
    const terms = new Set<string>();
    const entryWords = new Set<string>();
    for (const text of texts) {
      const analyzed = analyze(text, lang);
      search.add(analyzed, position);
      for (const term of analyzed) terms.add(term);
      for (const word of tokenize(stripMarkup(text))) entryWords.add(word);
    }
    for (const term of terms) {
      use(term, position, USED);
      entryFrequency.set(term, (entryFrequency.get(term) ?? 0) + 1);
    }
    for (const text of [entry.answer[lang], ...(entry.steps?.[lang] ?? [])]) {
      for (const term of analyze(text, lang)) if (!terms.has(term)) use(term, position, SAID);
      for (const word of tokenize(stripMarkup(text))) entryWords.add(word);
    }
    for (const text of [entry.title[lang], ...(entry.keywords?.[lang] ?? []), ...borrowed])
      for (const term of analyze(text, lang)) use(term, position, DECLARED);
    for (const word of entryWords) wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
  });

  const n = entries.length;
  const idf = new Map<string, number>();
  for (const [term, df] of entryFrequency) idf.set(term, Math.log(1 + n / df));
  const uncovered = new Set<string>();
  for (const word of UNCOVERED_WORDS[lang]) {
    const term = normalizeTerm(word, lang);
    if (term !== null) uncovered.add(term);
  }
  return {
    search,
    entryIds: entries.map((entry) => entry.id),
    usage,
    uncovered,
    idf,
    unknownIdf: Math.log(1 + n),
    common: commonTerms(lang),
    words: SearchableMap.from(correctionTargets(wordFrequency, idf, lang)),
    wordFrequency,
    corrections: new Map(),
    general: generalOf(entries, lang),
  };
}

function generalOf(entries: readonly KnowledgeEntry[], lang: Lang): LanguageIndex['general'] {
  for (const { id, general } of entries) {
    if (general) return { entryId: id, terms: new Set(general[lang].flatMap((word) => analyze(word, lang))) };
  }
  return undefined;
}

/**
 * The words a misspelt word may be corrected to: every word the entries use, with how many entries use
 * it, and the language's common words (commonWords.json) whose index term an entry has, with 0: so
 * "elligible" becomes "eligible" when the entries only say "eligibility".
 */
function correctionTargets(
  wordFrequency: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
  lang: Lang,
): Map<string, number> {
  const targets = new Map(wordFrequency);
  for (const word of COMMON_WORD_SET[lang]) {
    if (targets.has(word) || word.length < 4) continue;
    const term = normalizeTerm(word, lang);
    if (term !== null && idf.has(term)) targets.set(word, 0);
  }
  return targets;
}

/**
 * Polish questions often keep the English product and UI terms ("service request", "billing dispute",
 * "support entitlement"), so the Polish index also knows each entry's English title and keywords,
 * without their English function words.
 */
function englishTermsFor(entry: KnowledgeEntry): string[] {
  return [entry.title.en, ...(entry.keywords?.en ?? [])]
    .map((text) =>
      tokenize(stripMarkup(text))
        .filter((token) => !STOP_WORDS.en.has(token))
        .join(' '),
    )
    .filter((text) => text.length > 0);
}

function fuzziness(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/**
 * Replaces a misspelt word by the closest word the knowledge uses ("custmer" → "customer",
 * "phnoe" → "phone"), before stemming, so it counts with its real weight. Ties go to the word
 * more entries use. Stop words, numbers and short words are left alone.
 */
function correctSpelling(token: string, index: LanguageIndex, lang: Lang): string {
  let corrected = index.corrections.get(token);
  if (corrected === undefined) {
    corrected = closestKnownWord(token, index, lang);
    keepBounded(index.corrections, token, corrected);
  }
  return corrected;
}

function closestKnownWord(token: string, index: LanguageIndex, lang: Lang): string {
  if (index.words.has(token) || STOP_WORDS[lang].has(token) || /\d/.test(token)) return token;
  // A known off-topic word ("marza", "password") is not a typo of an on-topic one.
  if (UNCOVERED_WORDS[lang].has(token)) return token;
  // Another form of a word the knowledge uses ("fixed" for "fix") is no typo either.
  const term = normalizeTerm(token, lang);
  if (term !== null && index.idf.has(term)) return token;
  // Nor is another form of a function word ("knows" is no "known").
  if (term !== null && FUNCTION_WORD_STEMS[lang].has(term)) return token;
  const max = token.length < 4 ? 0 : token.length < 8 ? 1 : 2;
  if (max === 0) return token;
  let best = token;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  // A common word no entry uses is only one slip away from the token, and the token is no common word
  // itself: "played" is no "placed", and a Polish inflection two letters off is usually another word.
  const common = COMMON_WORD_SET[lang].has(token);
  const consider = (word: string, distance: number, frequency: number) => {
    if (frequency === 0 && (common || distance > 1)) return;
    if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
      best = word;
      bestDistance = distance;
      bestFrequency = frequency;
    }
  };
  // Swapped neighbours ("phnoe") are one slip, though Levenshtein counts two.
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + token.charAt(i + 1) + token.charAt(i) + token.slice(i + 2);
    const frequency = index.words.get(swapped);
    if (frequency !== undefined) consider(swapped, 1, frequency);
  }
  // Slips rarely hit the first letter, and words that differ there are usually other words ("retail", "detail").
  for (const [word, [frequency, distance]] of index.words.fuzzyGet(token, max))
    if (word.charAt(0) === token.charAt(0)) consider(word, distance, frequency);
  return bestDistance <= max ? best : token;
}

/**
 * Answers free-text questions from the knowledge entries. Each example question, title and keyword list
 * is a text of its language's BM25 index (retrieval.ts); results are aggregated per entry, then calibrated into
 * a confidence the caller can compare with ANSWER_THRESHOLD.
 */
export class FaqEngine {
  private readonly indexes: Record<Lang, LanguageIndex>;
  private readonly byId: Map<KnowledgeId, KnowledgeEntry>;

  constructor(private readonly entries: readonly KnowledgeEntry[] = knowledge) {
    this.indexes = { en: buildIndex(entries, 'en'), pl: buildIndex(entries, 'pl') };
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  /**
   * Whether the previous answer can change how `text` is answered: only an elliptic follow-up is read
   * against it, so for any other question the caller need not look the context up.
   */
  readsContext(text: string): boolean {
    const whole = typeof text === 'string' ? text : '';
    return whole.length <= MAX_QUESTION_LENGTH && readFollowUp(boundQuestion(whole)).elliptic;
  }

  ask(text: string, options: AskOptions = {}): FaqResult {
    const read = this.read(text, options);
    if ('entryId' in read) return read;
    const { lang, reading, retrieved } = read;
    const { ranked, best } = retrieved;
    const features = best ? gateFeatures(retrieved, lang) : undefined;
    const confidence = features ? gateConfidence(features) : 0;
    // The gate is unsure between entries that all explain a bare "how do I open a ticket for a
    // customer?": the general procedure answers it, whichever product it turns out to be.
    if (read.general !== undefined && confidence < ANSWER_THRESHOLD) {
      return {
        lang,
        entryId: read.general,
        confidence: round(ANSWER_THRESHOLD),
        suggestions: this.relatedOf(read.general),
      };
    }
    // A severity letter read as one ("sev b ile h", "and for severity C?") with the severity entry
    // ranked first is that entry's question, however few its words.
    const severityAsked = reading.severity !== undefined && best?.entryId === 'response.severity';
    if (!best || (confidence < ANSWER_THRESHOLD && !severityAsked)) {
      return {
        lang,
        entryId: null,
        confidence: round(confidence),
        suggestions: ranked
          .filter((r) => r.coverage > 0)
          .slice(0, MAX_SUGGESTIONS)
          .map((r) => r.entryId),
      };
    }
    const result: FaqResult = {
      lang,
      entryId: best.entryId,
      confidence: round(Math.max(confidence, severityAsked ? ANSWER_THRESHOLD : 0)),
      suggestions: this.relatedOf(best.entryId),
    };
    if (reading.severity && best.entryId === 'response.severity')
      result.focus = { severity: reading.severity };
    return result;
  }

  /**
   * The entry the engine ranks first for `text` and what the answer gate reads of it, without deciding
   * whether to answer: what the gate is trained on. `ranking` is the engine's ten best-ranked entries
   * with their retrieval scores, best first (so its first is `entryId`). Undefined when no entry ranks,
   * or when the question is rejected or answered as a follow-up (the gate decides neither).
   */
  inspect(
    text: string,
    options: AskOptions = {},
  ):
    | { entryId: KnowledgeId; features: GateFeatures; ranking: { entryId: KnowledgeId; score: number }[] }
    | undefined {
    const read = this.read(text, options);
    if ('entryId' in read || !read.retrieved.best) return undefined;
    return {
      entryId: read.retrieved.best.entryId,
      features: gateFeatures(read.retrieved, read.lang),
      ranking: read.retrieved.ranked.slice(0, 10).map(({ entryId, score }) => ({ entryId, score })),
    };
  }

  /** Rejects unreadable input and answers follow-ups; otherwise ranks the entries for the question. */
  private read(
    text: string,
    options: AskOptions,
  ):
    | FaqResult
    | { lang: Lang; reading: ReturnType<typeof readFollowUp>; retrieved: Retrieved; general?: KnowledgeId } {
    const whole = typeof text === 'string' ? text : '';
    if (whole.length > MAX_QUESTION_LENGTH) {
      return this.rejection('too-long', detectLanguage(whole.slice(0, 500), options.locale));
    }
    const input = boundQuestion(whole);
    const lang = detectLanguage(input, options.locale);
    if (input.trim().length === 0) return this.rejection('empty', lang);
    if (!hasWords(input)) return this.rejection('no-words', lang);

    const reading = readFollowUp(input);
    const lastEntryId = options.context?.lastEntryId;
    const context = lastEntryId && this.byId.has(lastEntryId) ? lastEntryId : undefined;

    // An elliptic follow-up is read against the previous answer.
    if (context && reading.elliptic) {
      const followUp = this.resolveFollowUp(
        context,
        reading.severity,
        reading.language,
        lang,
        options.context?.lastSeverity,
      );
      if (followUp) return followUp;
    }

    // "a po polsku?" with no answer to give again asks for a language, not about one: nothing to rank.
    if (!context && reading.bare && reading.language && !reading.severity) {
      return { lang, entryId: null, confidence: 0, suggestions: [] };
    }

    const contextual = context && reading.elliptic ? context : undefined;
    const namesSeverity = reading.severity !== undefined;
    const score = (ranked: Ranked[], reread: Retrieved['reread']): Retrieved => {
      const top = ranked[0];
      return {
        ranked,
        best: top,
        confidence: top ? this.confidence(ranked, top.termCount) : 0,
        reread,
        questionAgrees: false,
      };
    };
    // The message is read once per language; the question-alone re-rank reuses that reading.
    const sentences = this.sentencesOf(input, lang);
    let scored = score(this.rank(sentences, lang, contextual, namesSeverity), 'none');
    // A long message whose context drowns the question: the question alone may name the topic clearly.
    if (scored.confidence < RERANK_BELOW) {
      // It picks between the entries the whole message points to most; a question as bare as "can we
      // escalate this for the customer?" says nothing of which, the context does.
      const question = score(this.rank(sentences, lang, contextual, namesSeverity, true), 'question');
      const leading = scored.ranked.slice(0, QUESTION_ALONE_CHOICES).map((r) => r.entryId);
      const agrees = question.best !== undefined && question.best.entryId === scored.best?.entryId;
      if (question.confidence > scored.confidence && question.best && leading.includes(question.best.entryId))
        scored = question;
      scored.questionAgrees = agrees;
    }
    // A question mixing languages may read better in the client's language ("indirect reseller a dostęp do Azure").
    const localeLang = options.locale === undefined ? lang : localeToLang(options.locale);
    if (localeLang !== lang && scored.confidence < RERANK_BELOW) {
      const other = score(
        this.rank(this.sentencesOf(input, localeLang), localeLang, contextual, namesSeverity),
        'other-language',
      );
      if (other.confidence > scored.confidence) scored = other;
    }
    // A bare question of the general entry's words ("jak założyć zgłoszenie klientowi") is that entry's,
    // though several entries explain its words about equally (see ask).
    const general = this.indexes[lang].general;
    const bare =
      general !== undefined &&
      contextual === undefined &&
      sentences.some((sentence) => sentence.terms.length > 0) &&
      sentences.every((sentence) => sentence.terms.every((term) => general.terms.has(term)));
    return { lang, reading, retrieved: scored, ...(bare && { general: general.entryId }) };
  }

  private resolveFollowUp(
    context: KnowledgeId,
    severity: Severity | undefined,
    language: Lang | undefined,
    lang: Lang,
    lastSeverity?: Severity,
  ): FaqResult | undefined {
    if (severity) {
      return {
        lang: language ?? lang,
        entryId: 'response.severity',
        confidence: 0.9,
        suggestions: this.relatedOf('response.severity'),
        focus: { severity },
      };
    }
    if (language) {
      return {
        lang: language,
        entryId: context,
        confidence: 0.9,
        suggestions: this.relatedOf(context),
        ...(lastSeverity && context === 'response.severity' && { focus: { severity: lastSeverity } }),
      };
    }
    return undefined;
  }

  /**
   * Entries ordered by aggregated retrieval score, scaled by how much of the question each explains.
   * `sentences` is the message as `lang`'s index reads it (sentencesOf).
   */
  private rank(
    sentences: readonly AnalyzedSentence[],
    lang: Lang,
    context?: KnowledgeId,
    namesSeverity = false,
    questionOnly = false,
  ): Ranked[] {
    const index = this.indexes[lang];
    const read = readFocus(sentences);
    let focus = read?.focus;
    let terms = [...new Set(sentences.flatMap((sentence) => sentence.terms))];
    // Product names weigh as context no entry explains; in the context of a long message, as its other words do.
    let productWeight = 0;
    for (const sentence of sentences)
      productWeight +=
        sentence.products * (read === undefined || read.asking.includes(sentence) ? 1 : CONTEXT_WEIGHT);
    if (questionOnly) {
      // The question of a long message, read on its own, as if the context had not been written.
      if (read === undefined || !read.alone) return [];
      terms = [...read.focus];
      focus = undefined;
      productWeight = read.asking.reduce((sum, sentence) => sum + sentence.products, 0);
    }
    if (terms.length === 0) return [];
    let unknownTerms = PRODUCT_WEIGHT * productWeight;
    for (const term of terms) {
      if (!index.idf.has(term)) unknownTerms += index.common.has(term) ? COMMON_WORD_WEIGHT : 1;
    }
    const unknownShare = unknownTerms / (terms.length + productWeight);
    const productContext = index.unknownIdf * PRODUCT_WEIGHT * productWeight;

    // Each entry's best texts and which query terms any of its texts match, straight from the index.
    const { groups, matched } = index.search.searchGroups(terms, AGGREGATED_EXAMPLES);

    // What each query term is, worked out once rather than once per entry.
    const weights: number[] = [];
    const unexplainedWeights: number[] = [];
    const uncovered: boolean[] = [];
    const usage: (Uint8Array | undefined)[] = [];
    for (const term of terms) {
      weights.push(
        index.idf.get(term) ??
          (index.common.has(term) ? index.unknownIdf * COMMON_WORD_WEIGHT : index.unknownIdf),
      );
      // Background the entry does not explain says less about the intent than the question itself.
      unexplainedWeights.push(focus === undefined || focus.has(term) ? 1 : CONTEXT_WEIGHT);
      uncovered.push(index.uncovered.has(term) || ERROR_CODE.test(term));
      usage.push(index.usage.get(term));
    }
    const contextual = context ? new Set<KnowledgeId>([context, ...this.relatedOf(context)]) : undefined;

    const ranked: Ranked[] = [];
    for (const { group, scores } of groups) {
      const entryId = index.entryIds[group] as KnowledgeId;
      let matchedWeight = 0;
      let totalWeight = productContext;
      let declaredWeight = 0;
      let uncoveredWeight = 0;
      for (let t = 0; t < terms.length; t++) {
        const weight = weights[t] as number;
        const unexplained = unexplainedWeights[t] as number;
        const how = usage[t]?.[group] ?? 0;
        // Off-topic intent counts only when the entry itself claims it; an example's passing mention does not.
        // In the context of a long message it is the situation ("the VM broke"), not what is asked.
        if (uncovered[t] && !(how & DECLARED)) {
          // Weighed as rare as a word can be: examples that mention it in passing make it no less off-topic.
          const off = index.unknownIdf * (unexplained === 1 ? UNCOVERED_WEIGHT : unexplained);
          totalWeight += off;
          uncoveredWeight += off;
          continue;
        }
        if (how & DECLARED) declaredWeight += weight;
        if (how & USED) {
          matchedWeight += weight;
          totalWeight += weight;
        } else if (how & SAID) {
          matchedWeight += weight * CONTENT_MATCH_QUALITY;
          totalWeight += weight;
        } else if (matched[t]?.[group]) {
          matchedWeight += weight * APPROXIMATE_MATCH_QUALITY;
          totalWeight += weight;
        } else totalWeight += weight * unexplained;
      }
      const coverage = totalWeight > 0 ? matchedWeight / totalWeight : 0;
      // The index keeps an entry's best texts best first. Each further example that matches adds less, so an
      // entry whose many examples agree with the question beats one with a single lucky example.
      let aggregate = 0;
      for (let i = 0; i < scores.length; i++)
        aggregate += (scores[i] as number) * (AGREEMENT_WEIGHTS[i] as number);
      let score = aggregate * coverage ** 2.5;
      const declaredShare = totalWeight > 0 ? declaredWeight / totalWeight : 0;
      score *= 1 + DECLARED_BONUS * declaredShare;
      if (contextual?.has(entryId)) score *= 1.3;
      if (namesSeverity && entryId === 'response.severity') score *= SEVERITY_LETTER_BOOST;
      ranked.push({
        entryId,
        score,
        coverage,
        matchedWeight,
        termCount: terms.length,
        unknownShare,
        declaredShare,
        uncoveredShare: totalWeight > 0 ? uncoveredWeight / totalWeight : 0,
        sentences: sentences.length,
      });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** The message's sentences as `lang`'s index reads them. */
  private sentencesOf(text: string, lang: Lang): readonly AnalyzedSentence[] {
    const index = this.indexes[lang];
    // Another form of a function word ("knows", "wants") that no entry uses says nothing of the topic.
    const functionForms = FUNCTION_WORD_STEMS[lang];
    const sentences = analyzeSentences(text, lang, (token) => correctSpelling(token, index, lang)).map(
      (sentence) => ({
        ...sentence,
        terms: sentence.terms.filter((term) => index.idf.has(term) || !functionForms.has(term)),
      }),
    );
    return sentences;
  }

  private confidence(ranked: readonly Ranked[], termCount: number): number {
    const [best, second] = ranked;
    if (!best || best.score <= 0) return 0;
    const margin = second ? 1 - second.score / best.score : 1;
    const evidence = Math.min(1, best.matchedWeight / STRONG_EVIDENCE);
    // One common word that fits several entries about equally ("what time is it?") names no topic.
    const ambiguity = termCount === 1 ? 1 - SINGLE_WORD_AMBIGUITY * (1 - margin) * (1 - evidence) : 1;
    const value = best.coverage * (0.75 + 0.25 * margin) * (0.5 + 0.5 * evidence) * ambiguity;
    return Math.max(0, Math.min(1, value));
  }

  private relatedOf(id: KnowledgeId): KnowledgeId[] {
    return [...(this.byId.get(id)?.related ?? [])].slice(0, MAX_SUGGESTIONS);
  }

  private rejection(reason: NonNullable<FaqResult['rejected']>, lang: Lang): FaqResult {
    return { lang, entryId: null, confidence: 0, suggestions: [], rejected: reason };
  }
}

/**
 * How a message of several sentences splits into the question (the sentences with a question mark, else
 * the last one) and its context, when there is enough context to tell them apart. `focus` is the
 * question's terms; `alone` says whether they are enough to be read without the context (a bare
 * "…, is that true?" or "… - steps?" is not). Undefined for a short message.
 */
function readFocus(
  sentences: readonly AnalyzedSentence[],
): { focus: Set<string>; asking: readonly AnalyzedSentence[]; alone: boolean } | undefined {
  if (sentences.length < 2) return undefined;
  const questions = sentences.filter((sentence) => sentence.question);
  const asking = questions.length > 0 ? questions : sentences.slice(-1);
  const focus = new Set(asking.flatMap((sentence) => sentence.terms));
  const context = new Set(
    sentences.filter((sentence) => !asking.includes(sentence)).flatMap((sentence) => sentence.terms),
  );
  for (const term of focus) context.delete(term);
  if (focus.size === 0 || context.size < MIN_CONTEXT_TERMS) return undefined;
  return { focus, asking, alone: focus.size >= MIN_QUESTION_TERMS };
}

/**
 * The entry ids offered as buttons when the engine does not answer: its closest topics, none for
 * input it cannot read. The "not sure" card and the evaluation script both show exactly these.
 */
export function offeredTopics(
  result: Pick<FaqResult, 'entryId' | 'suggestions' | 'rejected'>,
): KnowledgeId[] {
  if (result.entryId !== null || result.rejected !== undefined) return [];
  return result.suggestions.slice(0, MAX_SUGGESTIONS);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
