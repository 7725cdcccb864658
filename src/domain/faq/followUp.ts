import type { Lang } from '../lang';
import { stripMarkup } from './normalize';
import { recentTexts } from '../recentTexts';

/**
 * Reads the parts of a question that plain retrieval cannot: a severity letter ("sev B", "a dla C?")
 * and whether the message is an elliptic follow-up ("and for severity C?", "a po polsku?") that only
 * makes sense with the previous answer.
 */

export type Severity = 'A' | 'B' | 'C';

const SEVERITY_WORDS =
  /^(?:severity|severities|sev|priority|level|impact|category|waznosc\w*|istotnosc\w*|prioryte\w*|poziom\w*|kategori\w*|wplyw\w*)$/;

// Openers of an elliptic follow-up, folded. Polish "a"/"i" start a follow-up but are also severity letters,
// so a letter is only taken from a position after the opener.
const FOLLOW_UP_OPENERS = [
  ['and'],
  ['what', 'about'],
  ['how', 'about'],
  ['what', 'if'],
  ['same', 'for'],
  ['also'],
  ['or'],
  ['a'],
  ['i'],
  ['oraz'],
  ['albo'],
  ['lub'],
  ['tez'],
  ['to'],
];

const LANGUAGE_WORDS: Readonly<Record<string, Lang>> = {
  polish: 'pl',
  polsku: 'pl',
  polski: 'pl',
  polskim: 'pl',
  english: 'en',
  angielsku: 'en',
  angielski: 'en',
  angielskim: 'en',
};

// Words a follow-up may hold besides the opener and the letter, folded.
const FOLLOW_UP_FILLER = new Set(
  `and for the a an what about how if in please then same also or is it case with dla w przypadku co z
  jak czy to tez oraz albo lub prosze zgloszenia zgloszenie ticket tickets request one ones level levels
  severity sev priority waznosci waznosc istotnosci istotnosc priorytet priorytetu poziom poziomu kategoria
  kategorii answer odpowiedz same samo po mow speak poprosze`.split(/\s+/),
);

export interface FollowUpReading {
  /** Severity letter the question focuses on, if any. */
  severity?: Severity;
  /** Language explicitly asked for ("in Polish?", "po angielsku?"). */
  language?: Lang;
  /** Nothing but follow-up words: an opener, filler, a severity letter or a language ("a po polsku?"). */
  bare: boolean;
  /** True when the message is too short or elliptic to stand alone. */
  elliptic: boolean;
}

function rawTokens(text: string): string[] {
  return stripMarkup(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

function fold(token: string): string {
  return token
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

function startsWithOpener(folded: readonly string[]): number {
  for (const opener of FOLLOW_UP_OPENERS) {
    if (opener.every((word, i) => folded[i] === word)) return opener.length;
  }
  return 0;
}

/** Reads the severity letter, requested language and ellipsis of a message. */
export function readFollowUp(text: string): Readonly<FollowUpReading> {
  return recentReadings(text);
}

/** Whether a question needs the last topic, then the question itself, read the same text: once per text. */
const recentReadings = recentTexts(readMessage);

function readMessage(text: string): FollowUpReading {
  const raw = rawTokens(text);
  const folded = raw.map(fold);
  const openerLength = startsWithOpener(folded);
  const short = folded.length <= 7;
  const onlyFiller = folded.every(
    (token, i) =>
      i < openerLength || FOLLOW_UP_FILLER.has(token) || /^[abc]$/.test(token) || token in LANGUAGE_WORDS,
  );
  const elliptic = short && (openerLength > 0 || onlyFiller) && folded.length > 0;

  let severity: Severity | undefined;
  // 1. A letter right after a severity word: "severity C", "ważność B", "sev a".
  for (let i = 1; i < folded.length && !severity; i++) {
    if (/^[abc]$/.test(folded[i] ?? '') && SEVERITY_WORDS.test(folded[i - 1] ?? '')) {
      severity = (folded[i] ?? '').toUpperCase() as Severity;
    }
  }
  // 2. A letter just before one: "a B severity ticket", "C priority".
  for (let i = 0; i + 1 < folded.length && !severity; i++) {
    if (/^[ABC]$/.test(raw[i] ?? '') && SEVERITY_WORDS.test(folded[i + 1] ?? '')) {
      severity = raw[i] as Severity;
    }
  }
  // 3. In a follow-up, a capital letter anywhere, else the last letter after the opener: "a dla B?", "what about c".
  if (!severity && elliptic) {
    const capital = raw.slice(openerLength).find((token) => /^[ABC]$/.test(token));
    const anyLetter = [...folded.slice(openerLength)].reverse().find((token) => /^[abc]$/.test(token));
    const letter = capital ?? anyLetter;
    if (letter) severity = letter.toUpperCase() as Severity;
  }

  let language: Lang | undefined;
  if (short) {
    for (const token of folded) {
      const lang = LANGUAGE_WORDS[token];
      if (lang) language = lang;
    }
  }

  const reading: FollowUpReading = { elliptic, bare: elliptic && onlyFiller };
  if (severity) reading.severity = severity;
  if (language) reading.language = language;
  return reading;
}
