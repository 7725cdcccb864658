import type { Lang } from './lang';
import { foldDiacritics, stripMarkup } from './faq/normalize';
import { recentTexts } from './recentTexts';

/**
 * Decides whether a message is Polish or English. The bot answers in the language of the question,
 * whatever the client's locale; the locale only breaks ties (a bare "CSP?", a product name, an emoji).
 */

// Folded forms, so Polish typed without diacritics counts the same.
const POLISH_WORDS = new Set(
  `czy jak jaki jaka jakie jakiego jest sa nie sie moge mozna mozemy musze musimy trzeba gdzie kiedy dlaczego
  czemu ile kto co czego czym dla przez przy na za od po w z u do to on oraz lub albo tylko tez juz jeszcze ze zeby aby bo gdy jesli jezeli
  mam mamy ma masz moj moja moje nasz nasza nasze twoj swoj swoje sobie mnie mi ktory ktora ktore ktorego
  dostane dostaniemy dostac otrzymam otrzymac uzyskac zglosic zglaszac zgloszenie zgloszenia zgloszeniu zgloszen
  klient klienta klientowi klientow klienci klientem wsparcie wsparcia pomoc pomocy pomoca odpowiedz odpowiedzi
  szybko czas czasu godzin godziny dni dzien telefon telefonicznie zadzwonic problem problemu problemy problemem
  usluga uslugi uslug usluge portalu portal dzialaja dziala nie dziala konto konta subskrypcja subskrypcji
  subskrypcje uprawnienia uprawnien administrator administratora platnosc oplata oplaty oplate rozliczenia
  poziom poziomu waznosc waznosci istotnosc istotnosci priorytet wplyw awaria awarii stan kondycja kondycji
  zalogowac zaloguje logowac bezposrednio wlasny wlasnej wlasnego wlasnych partnera partnerzy partnerow
  odsprzedawca odsprzedawcy dostawca dostawcy posredni posredniego umowa umowy plan planu program programu
  obsluga obslugi dotyczy dotyczace utworzyc utworzenie zalozyc zgloszenie bilet biletu pomocy techniczna
  technicznej techniczne kiedy jezyk jezyku polsku angielsku godzinach roboczych roboczy robocze wlasciwie
  prosze dzieki dziekuje chce chcialbym potrzebuje wiesz powiedz ktos cos nic zrobic zrobi robic`.split(
    /\s+/,
  ),
);

const ENGLISH_WORDS = new Set(
  `the an is are was were be do does did can could should would will shall may might must have has had
  what which who whom whose when where why how whether if then than of to in on at by for from with without
  about into and or but not no yes my our your their his her its we you they me us them this that these
  those there here get problem portal plan program got give gets need needs want wants customer customers ticket tickets request requests
  support help phone call quickly fast long time hours day days first response respond answer open opening
  create creating file filing submit submitting raise raising log logging sign signing directly own problem
  problems issue issues service services outage down working broken account access permission permissions
  admin rights grant granted pay paid fee fees charge cost costs free included include includes plan plans
  what's whats how's isn't can't don't doesn't won't i'm partner partners reseller provider indirect escalate
  escalation escalating severity priority level impact business language english polish local please thanks`.split(
    /\s+/,
  ),
);

// Polish question words and prepositions: a Polish engineer keeps English nouns ("Severity C",
// "first response") but writes the grammar in Polish, so these weigh more than a shared noun.
const POLISH_GRAMMAR = new Set(
  'czy jak ile gdzie kiedy dlaczego na dla przez jest sie nie ze zeby mozna trzeba'.split(' '),
);

const POLISH_LETTERS = /[ąćęłńóśźż]/i;
// Endings common in Polish and rare at the end of English words, for Polish typed without diacritics.
const POLISH_ENDINGS =
  /(?:owac|owanie|owania|eniu|enia|ości|osci|osc|ych|ego|emu|owi|ami|ach|cja|cji|nie|cie|sz|rz|cz)$/;

export function localeToLang(locale: string | undefined): Lang {
  return typeof locale === 'string' && /^pl(?:$|[-_])/i.test(locale.trim()) ? 'pl' : 'en';
}

/** Scores Polish against English evidence; a tie (including no words at all) goes to the locale hint. */
export function detectLanguage(text: string, localeHint?: string): Lang {
  return languageOf(text) ?? localeToLang(localeHint);
}

/** The language of `text`, when its words say; undefined on a tie (no words, a product name, "CSP?"). */
export function languageOf(text: string): Lang | undefined {
  return recentLanguage(text);
}

/** The turn reader and the FAQ engine both ask the language of the same text: read once per text. */
const recentLanguage = recentTexts(readLanguage);

function readLanguage(text: string): Lang | undefined {
  const clean = stripMarkup(text).slice(0, 2000);
  let polish = 0;
  let english = 0;
  for (const raw of clean.split(/[^\p{L}\p{N}']+/u)) {
    if (raw.length === 0) continue;
    const lower = raw.toLowerCase();
    if (POLISH_LETTERS.test(lower)) {
      polish += 2;
      continue;
    }
    const folded = foldDiacritics(lower).replace(/'/g, '');
    const isPolishWord = POLISH_WORDS.has(folded);
    const isEnglishWord = ENGLISH_WORDS.has(lower) || ENGLISH_WORDS.has(folded);
    if (isPolishWord && !isEnglishWord) polish += POLISH_GRAMMAR.has(folded) ? 1.5 : 1;
    else if (isEnglishWord && !isPolishWord) english += 1;
    else if (!isPolishWord && !isEnglishWord && folded.length >= 5 && POLISH_ENDINGS.test(folded))
      polish += 0.5;
  }
  if (polish > english) return 'pl';
  if (english > polish) return 'en';
  return undefined;
}

/**
 * Function words of the languages partners around Poland write in besides English and Polish, none
 * of them an English or Polish word: enough of them say a message is in one of those languages.
 */
const OTHER_LANGUAGE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(
    `der das und ist nicht ich wie ein eine einen einem fur mit auf kann konnen wir ihr sie zu von den dem
    bei oder wenn warum wer welche mein meine unser unsere habe haben muss mussen bitte kunde kunden wird
    lange dauert antwort gibt geht dass sind uns kein keine auch noch schon sich werden zeit frage hilfe`.split(
      /\s+/,
    ),
  ),
  es: new Set(
    `el los las que por para con como cual donde puedo podemos cliente soporte esta son del al necesito hay
    una mi su abrir abro tengo tenemos cuando cuanto tarda respuesta tiempo ayuda severidad ¿ ¡`.split(/\s+/),
  ),
  fr: new Set(
    `le les des est et une pour avec comment quoi je nous vous il ce cette dans sur pas ne du au mon ma
    notre peux pouvons ouvrir quand qui`.split(/\s+/),
  ),
  it: new Set(
    `il lo gli che di per come cosa sono posso possiamo una del della nel non mio nostro cliente aprire
    quando perche chi`.split(/\s+/),
  ),
  nl: new Set(
    `de het een en niet ik hoe wat wij jij voor met op van kunnen klant waar mijn onze`.split(/\s+/),
  ),
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

/**
 * Whether `text` is written in a language the bot does not answer in: mostly Cyrillic letters, or at
 * least two distinct function words of another language outnumbering its English and Polish words.
 */
export function isOtherLanguage(text: string): boolean {
  const clean = stripMarkup(text).slice(0, 2000);
  const letters = [...clean].filter((ch) => LETTER.test(ch));
  if (letters.length > 0 && letters.filter((ch) => CYRILLIC.test(ch)).length * 2 > letters.length)
    return true;
  let ours = 0;
  const other = new Map<string, Set<string>>();
  // Spanish opens a question or an exclamation with ¿ or ¡, which no other language writes: a word of its own.
  for (const raw of clean.replace(/[¿¡]/g, ' $& ').split(/[^\p{L}\p{N}'¿¡]+/u)) {
    if (raw.length === 0) continue;
    const lower = raw.toLowerCase();
    const folded = foldDiacritics(lower).replace(/'/g, '');
    if (POLISH_LETTERS.test(lower) || POLISH_WORDS.has(folded) || ENGLISH_WORDS.has(lower)) {
      ours++;
      continue;
    }
    for (const [language, words] of Object.entries(OTHER_LANGUAGE_WORDS)) {
      if (!words.has(folded)) continue;
      const seen = other.get(language) ?? new Set<string>();
      seen.add(folded);
      other.set(language, seen);
    }
  }
  return [...other.values()].some((seen) => seen.size >= 2 && seen.size > ours);
}
