import type { Lang } from '../domain/lang';
import { commandText } from './commands';

/**
 * Short messages a support bot is sent all the time ("thanks", "ok", "bye", "who are you?", "tell me
 * a joke", "talk to a human", "close ticket"), in English and Polish. Read like
 * commands: the whole message must be one of these phrases (any case, with or without Polish letters,
 * trailing punctuation and emoji dropped), so "thanks, and for severity B?" is still a question for
 * the FAQ. They are not commands: the manifest does not list them.
 */
export const SMALL_TALK = {
  thanks: {
    en: [
      'thanks',
      'thank you',
      'thanks a lot',
      'thanks so much',
      'thank you very much',
      'thank you so much',
      'many thanks',
      'thx',
      'thanx',
      'ty',
      'tks',
      'cheers',
      'ok thanks',
      'ok thank you',
      'great thanks',
      'perfect thanks',
      'thanks for the help',
      'thank you for your help',
      'thanks for your help',
    ],
    pl: [
      'dzięki',
      'dziękuję',
      'dziękuje',
      'dziękuję bardzo',
      'bardzo dziękuję',
      'dzięki wielkie',
      'wielkie dzięki',
      'dzięks',
      'dzięna',
      'ok dzięki',
      'ok dziękuję',
      'super dzięki',
      'dzięki za pomoc',
      'dziękuję za pomoc',
    ],
  },
  ack: {
    en: [
      'okay',
      'k',
      'kk',
      'cool',
      'great',
      'got it',
      'understood',
      'perfect',
      'nice',
      'alright',
      'all right',
      'sure',
      'noted',
      'fine',
    ],
    pl: [
      'okej',
      'jasne',
      'rozumiem',
      'zrozumiałem',
      'zrozumiałam',
      'spoko',
      'dobrze',
      'w porządku',
      'git',
      'ekstra',
      'świetnie',
      'dobra',
    ],
  },
  bye: {
    en: [
      'bye',
      'goodbye',
      'bye bye',
      'see you',
      'see ya',
      'have a nice day',
      'have a good day',
      'good night',
    ],
    pl: [
      'pa',
      'do widzenia',
      'na razie',
      'nara',
      'do zobaczenia',
      'do usłyszenia',
      'miłego dnia',
      'dobranoc',
    ],
  },
  identity: {
    en: [
      'who are you',
      'what are you',
      'are you a bot',
      'are you human',
      'are you a human',
      'what is this bot',
      'what is this',
    ],
    pl: ['kim jesteś', 'czym jesteś', 'jesteś botem', 'jesteś człowiekiem', 'co to za bot', 'co to jest'],
  },
  joke: {
    en: ['tell me a joke', 'joke', 'a joke', 'say something funny', 'make me laugh'],
    pl: [
      'opowiedz dowcip',
      'opowiedz żart',
      'opowiedz kawał',
      'dowcip',
      'żart',
      'kawał',
      'powiedz coś śmiesznego',
      'rozśmiesz mnie',
    ],
  },
  question: {
    en: [
      'i have a question',
      'i have a quick question',
      'quick question',
      'question',
      'can i ask you something',
      'can i ask a question',
    ],
    pl: [
      'mam pytanie',
      'mam krótkie pytanie',
      'krótkie pytanie',
      'pytanie',
      'mogę o coś zapytać',
      'mam sprawę',
    ],
  },
  presence: {
    en: ['are you there', 'you there', 'anyone there', 'is anyone there', 'hello anyone', 'test', 'testing'],
    pl: ['jesteś tam', 'jesteś', 'halo', 'jest tam ktoś', 'działasz', 'test bota'],
  },
  human: {
    en: [
      'talk to a human',
      'talk to a person',
      'speak to a human',
      'speak to someone',
      'real person',
      'human please',
      'agent please',
      'i want a human',
      'can i talk to someone',
      'operator',
    ],
    pl: [
      'rozmowa z człowiekiem',
      'z człowiekiem',
      'chcę rozmawiać z człowiekiem',
      'połącz z człowiekiem',
      'konsultant',
      'chcę z konsultantem',
      'żywy człowiek',
    ],
  },
  manage: {
    en: [
      'close ticket',
      'close my ticket',
      'close the ticket',
      'close a ticket',
      'close case',
      'resolve ticket',
      'delete ticket',
      'delete my ticket',
      'cancel ticket',
      'cancel my ticket',
      'withdraw ticket',
      'edit ticket',
      'edit my ticket',
      'update ticket',
      'update my ticket',
      'change ticket',
      'change my ticket',
      'change the severity of my ticket',
      'add microsoft request number',
      'how do i close a ticket',
      'how to close a ticket',
      'how do i close my ticket',
      'how do i edit my ticket',
      'how do i change my ticket',
    ],
    pl: [
      'zamknij zgłoszenie',
      'zamknij moje zgłoszenie',
      'zamknąć zgłoszenie',
      'usuń zgłoszenie',
      'wycofaj zgłoszenie',
      'anuluj zgłoszenie',
      'edytuj zgłoszenie',
      'zmień zgłoszenie',
      'zaktualizuj zgłoszenie',
      'popraw zgłoszenie',
      'dodaj numer zgłoszenia microsoft',
      'jak zamknąć zgłoszenie',
      'jak usunąć zgłoszenie',
      'jak wycofać zgłoszenie',
      'jak edytować zgłoszenie',
      'jak zmienić zgłoszenie',
    ],
  },
} as const satisfies Record<string, Readonly<Record<Lang, readonly string[]>>>;

/**
 * Asking for a language. After an answer the FAQ reads this as a follow-up (the same answer in that
 * language); with nothing to follow up, the bot says in the language asked for which it answers in
 * ("po angielsku" is answered in English).
 */
export const LANGUAGE_REQUESTS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'english',
    'english please',
    'in english',
    'in english please',
    'speak english',
    'po angielsku',
    'po angielsku proszę',
    'mów po angielsku',
    'angielski',
  ],
  pl: [
    'polish',
    'polish please',
    'in polish',
    'in polish please',
    'speak polish',
    'po polsku',
    'po polsku proszę',
    'mów po polsku',
    'polski',
  ],
};

export type SmallTalkKind = keyof typeof SMALL_TALK;

export interface SmallTalk {
  kind: SmallTalkKind;
  /** The language of the phrase; none for one both languages use ("ok", "super", 👍). */
  lang?: Lang;
}

/** Phrases English and Polish share: the client's language answers them. */
const NEUTRAL: Readonly<Record<string, SmallTalkKind>> = { ok: 'ack', super: 'ack' };

/** Emoji a message may be made of alone: a thumbs-up is an acknowledgement, folded hands a thank-you. */
const EMOJI_ONLY: Readonly<Record<string, SmallTalkKind>> = {
  '👍': 'ack',
  '👌': 'ack',
  '✅': 'ack',
  '🙂': 'ack',
  '😊': 'ack',
  '🙏': 'thanks',
};

const LOOKUP = new Map<string, SmallTalk>(
  (Object.entries(SMALL_TALK) as [SmallTalkKind, Record<Lang, readonly string[]>][]).flatMap(
    ([kind, byLang]) =>
      (Object.entries(byLang) as [Lang, readonly string[]][]).flatMap(([lang, phrases]) =>
        phrases.map((phrase) => [commandText(phrase) ?? phrase, { kind, lang }] as const),
      ),
  ),
);
const LANGUAGE_LOOKUP = new Map<string, Lang>(
  (Object.entries(LANGUAGE_REQUESTS) as [Lang, readonly string[]][]).flatMap(([lang, phrases]) =>
    phrases.map((phrase) => [commandText(phrase) ?? phrase, lang] as const),
  ),
);

/** Trailing emoji, emoticons and the punctuation around them: "thanks! 🙏", "ok :)", "dzięki ;-)". */
const TRAILING_DECORATION = /(?:[\s.,!?…]|\p{Extended_Pictographic}|\uFE0F|\u200D|[:;]-?[)D(P])+$/u;

/** The longest phrase is under 40 characters: a longer message is never small talk, and nothing scans it. */
const MAX_SMALL_TALK_CHARS = 80;

/** The small talk a whole message is, if it is one. */
export function smallTalkOf(text: unknown): SmallTalk | undefined {
  if (typeof text !== 'string' || text.length > MAX_SMALL_TALK_CHARS) return undefined;
  const trimmed = text.trim();
  const emoji = [...trimmed.replace(/[\s\uFE0F]/g, '')];
  if (emoji.length > 0 && emoji.every((ch) => EMOJI_ONLY[ch] !== undefined)) {
    return { kind: EMOJI_ONLY[emoji[0] as string] as SmallTalkKind };
  }
  const words = commandText(trimmed.replace(TRAILING_DECORATION, ''));
  if (words === undefined || words === '') return undefined;
  return phraseOf(words) ?? phraseOf(withoutGreeting(words));
}

function phraseOf(words: string): SmallTalk | undefined {
  const neutral = NEUTRAL[words];
  return neutral !== undefined ? { kind: neutral } : LOOKUP.get(words);
}

/** Greetings a message may open with: "hi, I have a question", "dzień dobry, mam pytanie". */
const GREETING =
  /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|dzien dobry|czesc|hej|witam|siema)(?: there)?[,!.]* /;

function withoutGreeting(words: string): string {
  return words.replace(GREETING, '');
}

/** The language a whole message asks for ("english please", "po polsku?"), if it is only that. */
export function languageAskedFor(text: unknown): Lang | undefined {
  if (typeof text !== 'string' || text.length > MAX_SMALL_TALK_CHARS) return undefined;
  const words = commandText(text.trim().replace(TRAILING_DECORATION, ''));
  if (words === undefined) return undefined;
  return LANGUAGE_LOOKUP.get(words) ?? LANGUAGE_LOOKUP.get(words.replace(LANGUAGE_OPENER, ''));
}

/** What a request for a language may open with: "a po polsku?", "and in English?", "a teraz po angielsku". */
const LANGUAGE_OPENER = /^(?:a|and|and now|now|ok|okay|a teraz|teraz|to) /;
