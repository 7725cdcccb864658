import stemEnglishWord from 'wink-porter2-stemmer';
import type { Lang } from '../lang';
import { productAt } from './products';

/**
 * Text normalisation shared by the FAQ index and the questions asked of it:
 * markup removal, lower-casing, Polish diacritic folding, tokenization, stop words and stemming.
 * Index and query go through exactly the same steps, so inflected or unaccented forms meet.
 */

const POLISH_FOLD: Readonly<Record<string, string>> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/** Lower-cases and removes diacritics: Polish letters explicitly (ł has no decomposition), others via NFD. */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (ch) => POLISH_FOLD[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The character an HTML numeric entity names; past the last code point, a space. */
const codePoint = (code: number): string => (code <= 0x10ffff ? String.fromCodePoint(code) : ' ');

/**
 * Removes what Teams or a user may wrap around a question: `<at>…</at>` mentions, HTML tags and entities,
 * markdown emphasis, code and link syntax. The words themselves stay.
 */
export function stripMarkup(text: string): string {
  // Each pattern stops at the next character that could open another match, so it scans in linear time.
  return text
    .replace(/<at\b[^<>]*>[^<]*<\/at>/gi, ' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\]\([^()\]]*\)/g, ' ')
    .replace(/[*_`~#>|[\]]/g, ' ');
}

/** Splits folded text into word tokens (letters and digits only). */
export function tokenize(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** True when the text holds at least one letter or digit once markup is gone. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(stripMarkup(text));
}

// Stop words are written folded, as tokens are folded before the lookup.
const EN_STOP = `a an the and or but if then so of to in on at by for from with without about into over under
  as is are was were be been being am do does did doing done have has had having can could shall should will would
  may might must i me my mine we us our ours you your yours he him his she her it its they them their theirs this
  that these those there here what which who whom whose when where why how whether not no yes any some all each
  every either neither both also just only than too very more most much many such same other else again
  please hi hello hey thanks thank ok okay tell know let need want get got go going like would could one way
  anything something someone anyone thing things let lets dont doesnt cant im ive id its
  bot question ask asking help really actually exactly still yet situation situations type types kind kinds sort
  suppose supposed rather happen happens happened basically currently possible able right now case cases
  whatever though instead anyway once up within particular certain
  didn don doesn isn aren wasn weren won wouldn shouldn couldn haven hasn hadn
  asap urgent urgently pls plz thx cheers tf wtf omg guys folks besides vs versus ourselves myself yourself
  everything everyone helped helps helping helpful
  think thinking thought wonder wondering guess want wants wanted say says said come comes bit kinda sorta
  stuff honestly several considered consider seem seems gets getting since couple
  hw hwo wat wht whats wanna gonna gotta ve ll re u ur hav thru thinks wonders guessing saying seemed
  side sides lot lots via info
  yesterday today tonight tomorrow morning evening afternoon night weekend monday tuesday wednesday
  thursday friday saturday sunday week weeks bye goodbye cya last next ago lol haha heard keep keeps kept try
  tries trying tried idea expected simply merely bother sanity somewhere anywhere click clicking
  clicked wrote writes good great nice cool awesome roughly comfortable
  hiya howdy freaking freak freaks panicking wise understand figure
  sorry dumb silly stupid nuts crazy ones guy convinced insists
  dear kindly regards sincerely appreciate appreciated grateful inquire enquire outline explain clarify
  advise specific specifically`;

const PL_STOP = `a i o u w z ze we na do od po za przy przez pod nad dla bez przed miedzy oraz lub albo czy ale lecz
  ani ze zeby aby by bo jak jaki jaka jakie jakiego jakim jakich kiedy gdzie ktory ktora ktore ktorego ktorej
  ktorych ktorym co czego czym kto kogo komu ile jest sa byc byl byla bylo byli bede bedzie beda jestem jestes
  jestesmy mam masz ma mamy macie maja mial miala nie tak to ten ta te tego tej tym tych tu tam tez juz jeszcze
  tylko sie mi mnie mnia ja ty ty my wy on ona ono oni one go mu jej ich im nas nam was wam moj moja moje mojego
  mojej twoj twoja twoje nasz nasza nasze nasi wasz sobie siebie swoj swoja swoje swojego swojej czyli wiec
  gdy jesli jezeli wtedy prosze dzieki dziekuje hej czesc witam pytanie pytanko powiedz wiesz jakis jakas
  jakies cos ktos czyms kazdy kazda wszystko wszystkie bardzo tego takze rowniez dokladnie
  chce chcialbym chcialabym potrzebuje musze trzeba mozna moge mozemy mozesz moze mozna sytuacja sytuacji
  sytuacjach rodzaj rodzaje rodzaju jakis wlasciwie ogole mozliwe powinien powinienem powinnismy nalezy teraz
  sprawa sprawie sprawy sprawe spraw jego niej nich naszego naszej naszym naszych naszemu mojego mojej mojemu moim moich
  waszego waszej swojego swoim swoich nia nim niego niemu ramach czegos inny inna inne
  innego innej je sprawach sprawami wszystkich wszystkim chodzi bedacy bedaca bedace bedacych bedacego
  bot bota botem bocie botowi kim np itp pilne pilnie kurcze serio
  robic zrobic robimy robie zrobimy chcemy chcialem chcialam chcielibysmy chcielismy dopiero mowi
  mysle myslimy wydaje chyba wlasnie generalnie ogolnie sens skoro pojawil pojawila pojawilo pojawily
  dostac dostane dostaniemy dostajemy dostaje dostal dostala dostalem dostalam dostalismy prawda
  zebysmy zeby mogli moglibysmy taki taka takie takiej kilka dzieje zostalem zostalam wobec
  wczoraj dzisiaj dzis jutro rano wieczorem wieczor nocy noc poniedzialek wtorek sroda srode czwartek
  piatek sobota sobote niedziela niedziele zobaczenia nastepnie nigdy prosi slyszalem
  slyszalam slyszelismy slyszal podobno ponoc da robi robia wiem wiemy razie zadnej zaden zadna zadnego
  zadnych zadne pyta pytaja moc szef szefowa jako pomozesz pomozecie pomoz napisal
  napisala napisali przyslal przyslala probowac probowalismy probujemy sprobowac probowalem dalej klikam
  kliknac kliknalem razem nikt nikogo wszystkim dobry dobra dobre dobrze super konkretny konkretnego
  konkretna konkretnej konkretne konkretnym konkretnych
  dopytuje dopytuja dopytywal dopytywala raczej gdzies isc
  szanowni szanowny szanowna szanownego panstwo panstwa panstwu uprzejmie pozdrawiam pozdrowieniami
  serdecznie wskazanie wskazac wyjasnienie wyjasnic`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * Function words dropped before matching, per language (folded). A Polish question often keeps English
 * terms with their function words ("contact info", "for the customer"), so Polish drops the English
 * ones too, bar the one- and two-letter words that are Polish words as well ("i", "to", "on").
 */
export const STOP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(words(EN_STOP)),
  pl: new Set([...words(PL_STOP), ...words(EN_STOP).filter((word) => word.length >= 3)]),
};

/**
 * Spellings that mean the same thing in this domain, mapped to one form before stemming.
 * Keys and values are folded tokens; both languages share the table since product names are English.
 */
const CANONICAL: Readonly<Record<string, string>> = {
  ms: 'microsoft',
  msft: 'microsoft',
  tenancie: 'tenant',
  sev: 'severity',
  sevs: 'severity',
  // "P1", "P2": the priority names other support desks use for what Microsoft calls severity.
  p1: 'severity',
  p2: 'severity',
  p3: 'severity',
  p4: 'severity',
  // "Sev1", "sev2", "sev3": a severity with its number run in.
  sev1: 'severity',
  sev2: 'severity',
  sev3: 'severity',
  // Being "on the hook" for something is being responsible for it.
  hook: 'duties',
  o365: 'office',
  m365: 'microsoft365',
  d365: 'dynamics',
  crm: 'dynamics',
  ems: 'mobility',
  // Microsoft Teams, the product; a team of people ("our support team") stays a team.
  teams: 'msteams',
  intune: 'mobility',
  telephone: 'phone',
  phoned: 'phone',
  phoning: 'phone',
  hotline: 'phone',
  ring: 'phone',
  // A "turnaround" is how soon an answer comes.
  turnaround: 'response',
  // "Brake-fix" is a slip of break-fix; being "billed" is being charged.
  brake: 'break',
  billed: 'charged',
  // Triage is the partner's own first troubleshooting.
  triage: 'troubleshoot',
  triaging: 'troubleshoot',
  sub: 'subscription',
  // Partner shorthand: a "disti" is the distributor (indirect provider), "svc" a service, "cust" a customer.
  disti: 'distributor',
  distis: 'distributor',
  disty: 'distributor',
  distie: 'distributor',
  disties: 'distributor',
  // "SH" is a customer's service health in partner chat ("SH clean", "where's cust SH in PC?").
  sh: 'health',
  svc: 'service',
  svcs: 'service',
  cust: 'customer',
  custs: 'customer',
  // Polish slang for a subscription.
  subka: 'subskrypcja',
  subki: 'subskrypcja',
  subke: 'subskrypcja',
  subce: 'subskrypcja',
  suby: 'subskrypcja',
  subow: 'subskrypcja',
  subami: 'subskrypcja',
  subs: 'subscription',
  // "Responsibilities" would stem to "respons" and meet response times; they are a partner's duties.
  responsibility: 'duty',
  responsibilities: 'duty',
  responsible: 'duty',
  // The configuration (a noun) is not the task of configuring something (see uncoveredTopics).
  config: 'config',
  configs: 'config',
  configuration: 'config',
  configurations: 'config',
  behaviour: 'behavior',
  // English plurals in a Polish message, which the Polish stemmer leaves alone.
  requests: 'request',
  issues: 'issue',
  incidents: 'incident',
  odrazu: 'bezposrednio',
  tech: 'technical',
  sr: 'ticket',
  srs: 'ticket',
  // "Leży", "padła": a service that is down.
  lezy: 'awaria',
  leza: 'awaria',
  padla: 'awaria',
  padlo: 'awaria',
  padly: 'awaria',
  padl: 'awaria',
  centre: 'center',
  czemu: 'dlaczego',
  kontekscie: 'kontekst',
  // Locative and other forms the light stemmer leaves apart from "centrum", "nowe".
  centrze: 'centrum',
  nowy: 'nowe',
  nowa: 'nowe',
  nowego: 'nowe',
  nowej: 'nowe',
  nowym: 'nowe',
  nowych: 'nowe',
  // Support in another local language works as in Polish, the language the entries name.
  german: 'polish',
  french: 'polish',
  spanish: 'polish',
  italian: 'polish',
  czech: 'polish',
  slovak: 'polish',
  dutch: 'polish',
  portuguese: 'polish',
  hungarian: 'polish',
  romanian: 'polish',
  ukrainian: 'polish',
  niemiecku: 'polsku',
  francusku: 'polsku',
  hiszpansku: 'polsku',
  wlosku: 'polsku',
  czesku: 'polsku',
  slowacku: 'polsku',
  wegiersku: 'polsku',
  ukrainsku: 'polsku',
  // "od razu" (right away) in "wejść od razu do portalu" means going in directly.
  razu: 'bezposrednio',
  req: 'request',
  reqs: 'request',
  programme: 'program',
  // A mother or native tongue is a language.
  tongue: 'language',
  programmes: 'program',
  tix: 'ticket',
  tkt: 'ticket',
  // Chat shorthand: "odp" is an answer (odpowiedź), "az" Azure, "sig" Signature (Cloud Support).
  odp: 'odpowiedz',
  az: 'azure',
  sig: 'signature',
  // The Polish translation renders CSP as a "cryptographic service provider"; partners quote it.
  kryptograficznych: 'csp',
  kryptograficznego: 'csp',
  kryptograficzny: 'csp',
  tickets: 'ticket',
  isv: 'isv',
  isvs: 'isv',
  // The publisher of a marketplace product is its ISV; the verb "publish" is another task (see uncoveredTopics).
  publisher: 'isv',
  publishers: 'isv',
  wydawca: 'isv',
  wydawcy: 'isv',
  wydawce: 'isv',
  partnercenter: 'partner',
  pc: 'partner',
  mpn: 'mpn',
  asfp: 'asfp',
  api: 'api',
  apis: 'api',
  hrs: 'hours',
  hr: 'hours',
  h: 'hours',
  godz: 'godzina',
  tel: 'telefon',
  nr: 'numer',
  // Getting through to someone by phone ("dodzwonić się") is phoning them.
  dodzwonic: 'zadzwonic',
  dodzwonila: 'zadzwonic',
  dodzwonil: 'zadzwonic',
  telefonu: 'telefon',
  telefonem: 'telefon',
  telefonicznie: 'telefon',
  telefoniczna: 'telefon',
  telefoniczny: 'telefon',
  telefonicznej: 'telefon',
  telefoniczne: 'telefon',
  zadzwonic: 'telefon',
  dzwonic: 'telefon',
  zadzwonie: 'telefon',
  dzwonie: 'telefon',
  infolinia: 'telefon',
  infolinii: 'telefon',
  dial: 'phone',
  dialing: 'phone',
  dialling: 'phone',
  // "Kłopot" is a problem.
  klopot: 'problem',
  klopotu: 'problem',
  klopoty: 'problem',
  klopotem: 'problem',
  klopotow: 'problem',
  // A snag or hiccup is a problem.
  snag: 'problem',
  snags: 'problem',
  hiccup: 'problem',
  hiccups: 'problem',
  // A customer who believes they were overcharged disputes the bill; invoicing is billing.
  overcharged: 'dispute',
  overcharge: 'dispute',
  overcharging: 'dispute',
  overbilled: 'dispute',
  invoicing: 'billing',
  surcharge: 'fee',
  surcharges: 'fee',
  perk: 'benefit',
  perks: 'benefit',
  // An outage that "hits" tenants affects them.
  hit: 'affect',
  hits: 'affect',
  hitting: 'affect',
  // Invoiced is billed ("invoice" alone is a commerce task, see uncoveredTopics).
  invoiced: 'billed',
  // Digging into a problem ("kopać", "grzebać") yourself is troubleshooting it.
  kopac: 'troubleshooting',
  grzebac: 'troubleshooting',
  grzebie: 'troubleshooting',
  grzebiemy: 'troubleshooting',
  pogrzebac: 'troubleshooting',
  pogrzebalem: 'troubleshooting',
  pogrzebalam: 'troubleshooting',
  pogrzebalismy: 'troubleshooting',
};

/**
 * English terms a Polish message keeps, inflected the Polish way ("supportu", "supporcie") or not
 * ("pricing", "hotline"), mapped to the Polish word the entries use, after the shared table above.
 */
const ENGLISH_IN_POLISH: Readonly<Record<string, string>> = {
  supportu: 'support',
  supporcie: 'support',
  supportem: 'support',
  supporty: 'support',
  pricing: 'cennik',
  price: 'cennik',
  prices: 'cennik',
  fee: 'oplata',
  fees: 'oplata',
  cost: 'koszt',
  costs: 'koszt',
  phone: 'telefon',
  call: 'telefon',
  outage: 'awaria',
  outages: 'awaria',
  severity: 'istotnosc',
  // "300 userów bez maili", "Exchange down od rana".
  user: 'uzytkownik',
  users: 'uzytkownik',
  usera: 'uzytkownik',
  userow: 'uzytkownik',
  userzy: 'uzytkownik',
  userom: 'uzytkownik',
  down: 'awaria',
};

/**
 * Light Polish stemmer over folded text. Polish has no well-kept JavaScript stemmer that suits
 * short, unaccented chat questions, so this strips the commonest noun, adjective and verb endings.
 * It only needs to be consistent, not linguistically exact: zgłoszenie/zgłoszenia/zgłoszeniu → zglosz,
 * klient/klienta/klientowi → klient, subskrypcja/subskrypcji/subskrypcje → subskrypc.
 */
const PL_SUFFIXES = [
  'aliscie',
  'iliscie',
  'alismy',
  'ilismy',
  'ylismy',
  'elismy',
  'owaniami',
  'owaniach',
  'owaniem',
  'owania',
  'owaniu',
  'owanie',
  'eniami',
  'eniach',
  'eniem',
  'enia',
  'eniu',
  'enie',
  'aniami',
  'aniach',
  'aniem',
  'ania',
  'aniu',
  'anie',
  'osciami',
  'osciach',
  'oscia',
  'osci',
  'osc',
  'jami',
  'jach',
  'iami',
  'iach',
  'ujemy',
  'ujecie',
  'ujesz',
  'owie',
  'owi',
  'imy',
  'uja',
  'uje',
  'iow',
  'ami',
  'ach',
  'ego',
  'emu',
  'ymi',
  'imi',
  'ych',
  'ich',
  'iej',
  'owymi',
  'owych',
  'owym',
  'owej',
  'owego',
  'owemu',
  'ilem',
  'ylem',
  'ilam',
  'ylam',
  'owa',
  'owe',
  'owy',
  'ow',
  'om',
  'en',
  'em',
  'ej',
  'ym',
  'im',
  'ja',
  'ji',
  'je',
  'ia',
  'ie',
  'iu',
  'ii',
  'ac',
  'ic',
  'yc',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

export function stemPolish(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const suffix of PL_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** English stemming with the Porter2 (Snowball English) algorithm. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  return stemEnglishWord(word);
}

const STEMMERS: Readonly<Record<Lang, (word: string) => string>> = { en: stemEnglish, pl: stemPolish };

/**
 * Words partners use interchangeably, joined after stemming so a paraphrase meets the examples:
 * [stem prefix, shared stem]. Prefixes are long enough not to catch unrelated words.
 */
const SYNONYM_PREFIXES: Readonly<Record<Lang, readonly (readonly [string, string])[]>> = {
  en: [
    ['client', 'custom'],
    ['escal', 'escal'],
    ['lodg', 'open'],
    ['rais', 'open'],
    ['file', 'open'],
    ['submit', 'open'],
    ['creat', 'open'],
    ['ticket', 'ticket'],
    ['case', 'ticket'],
    ['telephon', 'phone'],
    ['hotlin', 'phone'],
    ['call', 'phone'],
    ['cost', 'fee'],
    ['pay', 'fee'],
    ['charg', 'fee'],
    ['paid', 'fee'],
    ['prioriti', 'sever'],
    ['priorit', 'sever'],
    ['respond', 'respons'],
    ['repli', 'respons'],
    ['answer', 'respons'],
    ['hear', 'respons'],
    ['wait', 'respons'],
    ['reaction', 'respons'],
    ['fast', 'quick'],
    ['soon', 'quick'],
    ['administr', 'admin'],
    ['privileg', 'permiss'],
    ['right', 'permiss'],
    ['downtim', 'outag'],
    ['resel', 'resel'],
    ['distributor', 'provid'],
    ['skip', 'bypass'],
    ['circumv', 'bypass'],
    ['login', 'sign'],
    ['logon', 'sign'],
    ['signin', 'sign'],
    ['straight', 'direct'],
    ['slow', 'quick'],
    // Selling a product through CSP is reselling it.
    ['sell', 'resel'],
    ['sold', 'resel'],
    // Nothing in the documentation describes it: an undocumented problem, against the service description.
    ['undocu', 'document'],
    ['describ', 'descript'],
    ['talk', 'contact'],
    ['suitabl', 'qualifi'],
    ['begin', 'start'],
    ['began', 'start'],
    ['elig', 'qualifi'],
    // "Healthy" services are what the service health page shows.
    ['healthi', 'health'],
  ],
  pl: [
    ['eskal', 'eskal'],
    ['zglos', 'zglos'],
    ['zglasz', 'zglos'],
    ['zaloz', 'zglos'],
    // A "zakładka" is a tab of a page, not the filing ("zakładać") of a ticket.
    ['zakladk', 'zakladk'],
    ['zakladc', 'zakladk'],
    ['zaklad', 'zglos'],
    ['zloz', 'zglos'],
    ['sklad', 'zglos'],
    ['otworz', 'zglos'],
    ['otwier', 'zglos'],
    ['utworz', 'zglos'],
    ['stworz', 'zglos'],
    ['tworz', 'zglos'],
    ['bilet', 'zglos'],
    ['ticke', 'zglos'],
    ['tiket', 'zglos'],
    ['zadan', 'zglos'],
    ['klienc', 'klient'],
    ['klijent', 'klient'],
    ['telefon', 'telefon'],
    ['zadzwon', 'telefon'],
    ['dzwon', 'telefon'],
    ['infolin', 'telefon'],
    ['wazn', 'istotn'],
    ['prioryte', 'istotn'],
    ['odpowiad', 'odpowiedz'],
    ['reakc', 'odpowiedz'],
    ['reaguj', 'odpowiedz'],
    ['odpis', 'odpowiedz'],
    ['czek', 'odpowiedz'],
    ['predk', 'szybk'],
    ['koszt', 'oplat'],
    ['plac', 'oplat'],
    ['zaplac', 'oplat'],
    ['placi', 'oplat'],
    ['platn', 'oplat'],
    ['administr', 'admin'],
    // "Prawda" (true), "prawdziwy" are no rights ("prawa").
    ['prawd', 'prawd'],
    // Nor is "prawidłowo" (correctly).
    ['prawidl', 'prawidl'],
    ['praw', 'uprawni'],
    ['przestoj', 'awari'],
    ['kondyc', 'kondyc'],
    // Services that are "zdrowe" (healthy) are what the service health ("kondycja") page shows.
    ['zdrow', 'kondyc'],
    ['reseller', 'odsprzedaw'],
    ['outsourc', 'zlec'],
    ['oddac', 'przekaz'],
    ['oddaj', 'przekaz'],
    ['dystrybutor', 'dostawc'],
    ['omin', 'pomin'],
    ['pomij', 'pomin'],
    ['skontakt', 'kontakt'],
    ['kontakt', 'kontakt'],
    // "Namiary" (someone's whereabouts) are their contact details.
    ['namiar', 'kontakt'],
    // The "odbiorca" (recipient) of a service is the customer.
    ['odbiorc', 'klient'],
    ['podejrz', 'podejrz'],
    ['sprzedaw', 'sprzedaj'],
    ['sprzedaj', 'sprzedaj'],
    ['rozmaw', 'kontakt'],
    ['uzupeln', 'wypeln'],
    ['obejs', 'pomin'],
    ['prosto', 'bezposredn'],
    ['wprost', 'bezposredn'],
    ['zaloguj', 'logow'],
    ['zalogow', 'logow'],
    ['loguj', 'logow'],
    ['logu', 'logow'],
    ['wejs', 'logow'],
    ['wejd', 'logow'],
    ['wchodz', 'logow'],
    ['login', 'logow'],
    ['zacz', 'zacz'],
    ['zaczyn', 'zacz'],
    ['rozpocz', 'zacz'],
    // Slang for filing: "wrzucić zgłoszenie", "wrzucić to do Microsoftu".
    ['wrzuc', 'zglos'],
    // "Kłóci się o fakturę": a dispute.
    ['kloc', 'spor'],
    ['doplac', 'oplat'],
    // What a programme "pokrywa" (covers) it includes.
    ['pokryw', 'obejm'],
  ],
};

function joinSynonyms(stem: string, lang: Lang): string {
  for (const [prefix, shared] of SYNONYM_PREFIXES[lang]) {
    if (stem.startsWith(prefix)) return shared;
  }
  return stem;
}

// Tokens already normalised, per language: a question's words are mostly the same few thousand.
const TERMS: Readonly<Record<Lang, Map<string, string | null>>> = { en: new Map(), pl: new Map() };
const KEPT_TERMS = 20_000;

/** Keeps `value` under `key`, forgetting the oldest entry once the map holds `limit` entries. */
export function keepBounded<V>(map: Map<string, V>, key: string, value: V, limit = KEPT_TERMS): void {
  if (map.size >= limit && !map.has(key)) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

/**
 * Turns one folded token into its index term, or null for a stop word or a token too short to mean anything.
 * Single letters are dropped here: the severity letters A/B/C are read separately by the engine.
 */
export function normalizeTerm(token: string, lang: Lang): string | null {
  const known = TERMS[lang];
  let term = known.get(token);
  if (term === undefined) {
    term = termOf(token, lang);
    keepBounded(known, token, term);
  }
  return term;
}

function termOf(token: string, lang: Lang): string | null {
  const folded = foldDiacritics(token);
  if (folded.length < 2 || STOP_WORDS[lang].has(folded)) return null;
  // "2h", "4hrs", "8godz": a number of hours, as a response target is asked about.
  // "3am", "22pm": a time of day, which names no topic.
  if (/^\d+(?:am|pm)$/.test(folded)) return null;
  const shared = CANONICAL[folded] ?? (/^\d+(?:h|hr|hrs|godz)$/.test(folded) ? 'hours' : folded);
  const canonical = lang === 'pl' ? (ENGLISH_IN_POLISH[shared] ?? shared) : shared;
  const stem = STEMMERS[lang](canonical);
  return joinSynonyms(stem, lang);
}

/**
 * The terms other forms of the function words would become ("knows" → "know", "wants" → "want"): the
 * engine drops such a term when no entry uses it, instead of weighing it as an unknown, specific word.
 */
export const FUNCTION_WORD_STEMS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set([...STOP_WORDS.en].map((word) => joinSynonyms(stemEnglish(word), 'en'))),
  pl: new Set([...STOP_WORDS.pl].map((word) => joinSynonyms(STEMMERS.pl(word), 'pl'))),
};

/**
 * Two-word phrases read as one word, so their meaning survives stop-word removal ("up", "out" are stop
 * words): "set up GDAP" is about setting something up, "reach out to" means contact.
 */
const PHRASES: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  en: new Map([
    ['set up', 'setup'],
    ['setting up', 'setup'],
    ['sign up', 'signup'],
    ['reach out', 'contact'],
    ['get in touch', 'contact'],
    // Small talk, not "see" as in "see the tickets".
    ['see you', 'bye'],
    ['see ya', 'bye'],
    // Partner Center "sends you" to a portal: it redirects you (unlike sending mail).
    ['sends you', 'redirected'],
    ['sends me', 'redirected'],
    ['sends us', 'redirected'],
    ['sent you', 'redirected'],
    ['sent me', 'redirected'],
    ['sent us', 'redirected'],
    ['takes you', 'redirected'],
    ['takes me', 'redirected'],
    // "Part of the package/benefit" is what it includes.
    ['part of', 'included'],
    // A customer who goes to Microsoft without "going through us" goes on their own.
    ['through us', 'themselves'],
    ['through me', 'themselves'],
    // Opening an account up to someone grants them access; opening a ticket is filing it.
    ['open up', 'grant'],
    ['opens up', 'grant'],
    // "Nothing works": the service is down.
    ['nothing works', 'outage'],
    ['nothing working', 'outage'],
    // Someone who "gets back to you" responds.
    ['get back', 'respond'],
    ['gets back', 'respond'],
    ['got back', 'respond'],
    ['getting back', 'respond'],
    ['hear back', 'respond'],
    // Greetings and polite frames of a formal email ("Hello team,", "could you please describe").
    ['hello team', 'hello'],
    ['hi team', 'hello'],
    ['hey team', 'hello'],
    ['dear team', 'hello'],
    ['hello all', 'hello'],
    ['hi all', 'hello'],
    ['hello everyone', 'hello'],
    ['hi everyone', 'hello'],
    ['dear colleagues', 'hello'],
    ['please describe', 'please'],
    ['you describe', 'please'],
    ['quick question', 'question'],
    ['quick one', 'question'],
    ['sanity check', 'question'],
    ['quick check', 'question'],
    // A trainer's frame: the quiz or the onboarding deck the answer is for is no topic.
    ['the quiz', 'question'],
    ['a quiz', 'question'],
    ['onboarding deck', 'question'],
    ['training deck', 'question'],
    ['quiz question', 'question'],
    // "In which situations / cases may I…" asks when.
    ['which situations', 'when'],
    ['what situations', 'when'],
    ['which cases', 'when'],
    ['what cases', 'when'],
    ['which circumstances', 'when'],
    ['what circumstances', 'when'],
    // Pushing or bumping an issue up to Microsoft escalates it.
    ['push up', 'escalate'],
    ['pushing up', 'escalate'],
    ['bump up', 'escalate'],
    ['kick up', 'escalate'],
    // The office suite is Office 365.
    ['office suite', 'office'],
    // "How much is…" asks what something costs.
    ['how much', 'cost'],
    // A price "per user" or "per seat" is a licence's price, a commerce question (see uncoveredTopics).
    ['per user', 'licenceprice'],
    ['per seat', 'licenceprice'],
    ['per licence', 'licenceprice'],
    ['per license', 'licenceprice'],
    ['price list', 'licenceprice'],
    ['price lists', 'licenceprice'],
    // A "how-to question" is an advisory, non-break-fix request ("how" and "to" are stop words).
    ['to question', 'howto'],
    ['to questions', 'howto'],
    ['to style', 'howto'],
    ['to type', 'howto'],
    // Kicking a case off is starting it; a service "acting up" has a problem.
    ['kick off', 'start'],
    ['kicked off', 'start'],
    ['kicking off', 'start'],
    ['entry point', 'start'],
    ['starting point', 'start'],
    // Whoever "backs us up" supports us (a backup is another topic).
    ['back us', 'support'],
    ['backs us', 'support'],
    ['acting up', 'problem'],
    ['acts up', 'problem'],
    // GDAP's roles and relationships are set up and requested in account admin, which the knowledge
    // does not cover (having no GDAP at all is: see azure.no-admin-rights).
    ['gdap role', 'gdapsetup'],
    ['gdap roles', 'gdapsetup'],
    ['gdap relationship', 'gdapsetup'],
    ['gdap relationships', 'gdapsetup'],
    // A new customer is one to onboard, account admin (as "nowego klienta" in Polish).
    ['new customer', 'onboard'],
    ['new customers', 'onboard'],
    // What "sets them apart" is their difference.
    ['them apart', 'difference'],
    // Someone "new to CSP" says who asks; nothing new is requested.
    ['new to', 'please'],
    // Chat filler: "the portal is driving me nuts".
    ['driving me', 'sorry'],
    ['drives me', 'sorry'],
    // A Solutions Partner designation belongs to the partner program, not to support.
    ['solutions partner', 'designation'],
    // Creating a customer account is account admin, as adding one is.
    ['create customer', 'add'],
    ['create customers', 'add'],
    // "Who can / may …" asks who is permitted ("who", "can" and "may" are stop words).
    ['who can', 'permitted'],
    ['who may', 'permitted'],
    ['who files', 'permitted'],
    ['who raises', 'permitted'],
    ['who opens', 'permitted'],
    ['who submits', 'permitted'],
    // "The role for filing …" asks which role is permitted.
    ['role for', 'permitted'],
    ['roles for', 'permitted'],
    // "Kinds / types / sorts of …" and "issue / problem types" ask for categories ("kinds", "types" and
    // "sort" are stop words).
    ['kinds of', 'categories'],
    ['types of', 'categories'],
    ['sorts of', 'categories'],
    ['what kinda', 'categories'],
    ['issue types', 'categories'],
    ['problem types', 'categories'],
    // Small talk: "how's your day going?" asks about no business day.
    ['your day', 'hello'],
    // Devices "onboarding" into Defender or Intune is a product's problem, not onboarding a customer.
    ['onboarding devices', 'problem'],
    ['onboard devices', 'problem'],
  ]),
  pl: new Map([
    // Greetings: "dzień" here is no business day.
    ['dzien dobry', 'witam'],
    // "Kto może / ma prawo / zakłada …" asks who is permitted ("kto", "może" and "ma" are stop words).
    ['kto moze', 'uprawnione'],
    ['ma prawo', 'uprawnione'],
    ['maja prawo', 'uprawnione'],
    ['kto zaklada', 'uprawnione'],
    ['kto sklada', 'uprawnione'],
    ['kto otwiera', 'uprawnione'],
    ['kto zglasza', 'uprawnione'],
    // "Jakie rodzaje / przy jakich rodzajach …" asks for categories ("rodzaje" is a stop word).
    ['jakie rodzaje', 'kategorie'],
    ['jakich rodzajach', 'kategorie'],
    ['jakich rodzajow', 'kategorie'],
    ['jakimi rodzajami', 'kategorie'],
    // A formal email's frame: "proszę o informację / opisanie", the request itself follows.
    ['za uzytkownika', 'licenceprice'],
    ['na uzytkownika', 'licenceprice'],
    ['o informacje', 'prosze'],
    ['o informacji', 'prosze'],
    ['o opisanie', 'prosze'],
    ['o opis', 'prosze'],
    // A trainer's frame ("do quizu", "na szkolenie"): what the answer is for, not its topic.
    ['do quizu', 'prosze'],
    ['w quizie', 'prosze'],
    ['na quiz', 'prosze'],
    ['jakich sytuacjach', 'kiedy'],
    ['jakiej sytuacji', 'kiedy'],
    ['jakich przypadkach', 'kiedy'],
    ['jakim przypadku', 'kiedy'],
    ['jakich okolicznosciach', 'kiedy'],
    // What "wchodzi w zakres" (falls within) the support, not signing in ("wchodzić").
    ['wchodzi w', 'obejmuje'],
    ['wchodza w', 'obejmuje'],
    // Creating a new customer is account admin, not a support request.
    ['nowego klienta', 'dodanie'],
    ['nowa firma', 'dodanie'],
    ['nowej firmy', 'dodanie'],
    ['nowa firme', 'dodanie'],
    // A price list ("cennik") is commerce, as a price per user is.
    ['w cenniku', 'licenceprice'],
    ['z cennika', 'licenceprice'],
    ['cennik csp', 'licenceprice'],
    // "Dodać zgłoszenie" (a Teams-style "add a ticket") is filing one, not adding anything else.
    ['dodac zgloszenie', 'zgloszenie'],
    ['dodac zgloszenia', 'zgloszenie'],
    ['dodaj zgloszenie', 'zgloszenie'],
    ['dodac ticket', 'zgloszenie'],
    ['dodac tiket', 'zgloszenie'],
    // The office suite ("pakiet biurowy") is Office 365.
    ['pakiet biurowy', 'office'],
    ['pakietu biurowego', 'office'],
    ['pakiecie biurowym', 'office'],
    ['pakietem biurowym', 'office'],
    // GDAP's roles and relationships (account admin, see the English phrases).
    ['role gdap', 'gdapsetup'],
    ['rol gdap', 'gdapsetup'],
    ['relacja gdap', 'gdapsetup'],
    ['relacje gdap', 'gdapsetup'],
    ['relacji gdap', 'gdapsetup'],
    ['relacjach gdap', 'gdapsetup'],
    // The computing cloud ("chmura obliczeniowa") is Azure.
    ['chmura obliczeniowa', 'azure'],
    ['chmury obliczeniowej', 'azure'],
    ['chmurze obliczeniowej', 'azure'],
    ['chmure obliczeniowa', 'azure'],
    // A Solutions Partner designation belongs to the partner program, not to support.
    ['solutions partner', 'designation'],
    // Arriving "po przejściu" (after going over) from Partner Center is being redirected.
    ['po przejsciu', 'przekierowaniu'],
    // Taking over a customer's subscriptions from another partner is a transfer (commerce); Microsoft
    // "przejmuje" (takes on) a problem is escalation.
    ['przejac subskrypcje', 'transfer'],
    ['przejac subskrypcji', 'transfer'],
    ['przejac klienta', 'transfer'],
    ['przejac klientow', 'transfer'],
    // Earning a competency or a designation ("zdobyć kompetencję Gold") is the partner program too.
    ['zdobyc kompetencje', 'designation'],
    ['zdobyc kompetencji', 'designation'],
    ['zdobyc oznaczenie', 'designation'],
    ['zdobyc tytul', 'designation'],
    // Creating a customer account ("utworzyć klienta") is account admin, as adding one is.
    ['utworzyc klienta', 'dodac'],
    ['stworzyc klienta', 'dodac'],
    ['zalozyc klienta', 'dodac'],
    ['utworzenie klienta', 'dodac'],
  ]),
};

/**
 * A question word that opens a sentence asks about timing ("when can I escalate…", "kiedy zgłosić…"),
 * which is what some entries are about; elsewhere ("…when I don't have admin rights") it stays a
 * function word. Kept as a term only when nothing but function words precedes it in its sentence.
 */
const QUESTION_OPENERS: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  en: new Map([['when', 'when']]),
  pl: new Map([['kiedy', 'kiedy']]),
};

/** A sentence of a message: its terms and whether it is phrased as a question. */
export interface AnalyzedSentence {
  terms: string[];
  question: boolean;
  /** How many product names (products.ts) the sentence has; each is also read as its family's term. */
  products: number;
}

// Quotation marks that open a quote, and the marks that may close each (Polish „…”, English “…”, «…»).
const QUOTE_CLOSERS: Readonly<Record<string, string>> = { '„': '”“', '“': '”', '«': '»', '"': '"', "'": "'" };

/** A straight single quote opens a quote after a space or colon, not inside a word ("customer's"). */
function opensQuote(text: string, i: number): boolean {
  const mark = text.charAt(i);
  if (!(mark in QUOTE_CLOSERS)) return false;
  if (mark !== "'") return true;
  const before = text.charAt(i - 1);
  return (i === 0 || /[\s:(]/.test(before)) && /\S/.test(text.charAt(i + 1));
}

function closesQuote(text: string, i: number, opener: string): boolean {
  if (!(QUOTE_CLOSERS[opener] ?? '').includes(text.charAt(i))) return false;
  if (opener !== "'") return true;
  return /\S/.test(text.charAt(i - 1)) && (i + 1 === text.length || /[\s.,;:!?)]/.test(text.charAt(i + 1)));
}

/**
 * Cuts a message into quoted and unquoted stretches: what a customer wrote ("Customer wrote: '…?'")
 * is background, even with a question mark in it. A quote that never closes is not one. Each kind of
 * quotation mark is searched for its closer at most once without success, so the scan stays linear.
 */
function splitQuotes(text: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  const unclosed = new Set<string>();
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = text.charAt(i);
    if (unclosed.has(mark) || !opensQuote(text, i)) continue;
    let end = i + 1;
    while (end < text.length && !closesQuote(text, end, mark)) end++;
    if (end >= text.length) {
      unclosed.add(mark);
      continue;
    }
    if (i > from) parts.push({ text: text.slice(from, i), quoted: false });
    parts.push({ text: text.slice(i + 1, end), quoted: true });
    from = end + 1;
    i = end;
  }
  if (from < text.length) parts.push({ text: text.slice(from), quoted: false });
  return parts;
}

// Conjunctions that open a clause of circumstance before the main one ("Before I dig into it, is there…").
const CLAUSE_OPENERS = new Set(
  'before after once since while although though because zanim skoro poniewaz chociaz choc gdy'.split(' '),
);

/** "Once Partner Center sends me to the portal, how do I…?": the opening clause is context, not the question. */
function splitLeadingClause(part: string): string[] {
  const comma = part.indexOf(',');
  if (comma < 0) return [part];
  const first = /[\p{L}]+/u.exec(part);
  if (!first || !CLAUSE_OPENERS.has(foldDiacritics(first[0]))) return [part];
  return [part.slice(0, comma), part.slice(comma + 1)];
}

/**
 * Splits a message into sentences (full stops, question and exclamation marks, semicolons, line breaks,
 * dashes between words, quotes) and analyses each. Long messages put context first and the question
 * last; the engine uses the split to tell the two apart.
 */
/**
 * Acronyms that only their capitals tell apart from an ordinary word, read before folding: "MAC" is
 * the Microsoft 365 admin center in partner chat ("direct MAC login"), a "Mac" is a computer.
 */
function expandAcronyms(text: string): string {
  return text.replace(/\bMAC\b/g, 'admin');
}

/**
 * Partner Center's Polish role names, read as the English names partners also use: an "administrator
 * pomocy technicznej" is a Helpdesk admin and an "agent pomocy technicznej" a Helpdesk agent, while
 * "pomoc techniczna" alone stays technical support.
 */
function readRoleNames(text: string): string {
  return text
    .replace(
      /\b(?:administrator(?:a|em|owi|zy|ów|ow)?|admin(?:a|em|owi|i|ów|ow)?) pomocy technicznej\b/giu,
      'helpdesk admin',
    )
    .replace(/\b(?:agent(?:a|em|owi|ów|ow)?|agenci) pomocy technicznej\b/giu, 'helpdesk agent');
}

export function analyzeSentences(
  text: string,
  lang: Lang,
  correct?: (token: string) => string,
): AnalyzedSentence[] {
  const sentences: AnalyzedSentence[] = [];
  const pattern = /[^.!?;\n]+(?:[.!?;\n]+|$)|[.!?;\n]+/g;
  for (const stretch of splitQuotes(readRoleNames(expandAcronyms(stripMarkup(text))))) {
    for (const match of stretch.text.matchAll(pattern)) {
      const raw = match[0];
      for (const part of raw.split(/\s[-–—]+\s/).flatMap(splitLeadingClause)) {
        const { terms, products } = analyzeTokens(tokenize(part), lang, correct);
        const question = !stretch.quoted && part.includes('?');
        // A question of function words only ("Czy on w ogóle może tak zrobić?") is kept, empty, so the
        // engine knows the question is there but names no topic: the sentences before it do.
        if (terms.length > 0 || question) sentences.push({ terms, question, products });
      }
    }
  }
  return sentences;
}

// Words that ask a price, and words that make it the price of support (entitlement.fees) rather than of
// a product: "ile kosztuje Copilot" asks a licence's price, "ile kosztuje wsparcie dla Azure" does not.
const PRICE_WORDS = new Set(
  'price prices pricing priced cost costs costing kosztuje kosztuja kosztowac kosztowal cena ceny cene cenie cennik cennika cenniku'.split(
    ' ',
  ),
);
const SUPPORT_WORDS = new Set(
  `support supported helpdesk ticket request requests case cases incident fee fees charge charges plan
  wsparcie wsparcia wsparciu pomoc pomocy pomoca zgloszenie zgloszenia zgloszen ticketu ticketa oplata oplaty
  oplat planu`.split(/\s+/),
);

/**
 * Creating "a customer" is account admin; creating "a customer ticket" is filing one. "Service" is not
 * a filing word here: "create customer service requests programmatically" is an integration question.
 */
const ACCOUNT_ADMIN = new Set(['add', 'dodac']);
const FILED = new Set([...SUPPORT_WORDS, 'tickets', 'incidents', 'issue', 'issues', 'problem', 'problems']);
function accountPhrase(phrase: string | undefined, next: string | undefined): string | undefined {
  return phrase !== undefined && ACCOUNT_ADMIN.has(phrase) && next !== undefined && FILED.has(next)
    ? undefined
    : phrase;
}

/**
 * "Kinds / types / sorts of …" and "jakie rodzaje …" ask for the categories of problems Microsoft takes
 * only when problems follow, at once or after one word ("what kinds of (customer) issues go to
 * Microsoft"); "what kinds of support plans" or "what types of requests" ask about plans and
 * requests, so there the phrase is read as its words.
 */
const CATEGORIES = new Set(['categories', 'kategorie']);
const TROUBLE = new Set(
  `problem problems problms issue issues isues incident incidents technical tech bug bugs failure failures
  outage outages problemy problemow problemami usterek usterki usterka awarii awarie spraw sprawy bledow
  bledy incydentow incydenty`.split(/\s+/),
);
function categoryPhrase(
  key: string,
  phrase: string | undefined,
  next: readonly string[],
): string | undefined {
  if (phrase === undefined || !CATEGORIES.has(phrase)) return phrase;
  // "Issue types" names the problems itself; "kinds of" needs them after it.
  const words = [...key.split(' '), ...next];
  return words.some((word) => TROUBLE.has(word)) ? phrase : undefined;
}

/** Words that may stand inside a two-word phrase without changing it ("kto właściwie może", "przejąć jego subskrypcje"). */
const FILLERS = new Set([
  'wlasciwie',
  'dokladnie',
  'wlasnie',
  'jego',
  'jej',
  'ich',
  'actually',
  'exactly',
  'really',
]);

function analyzeTokens(
  tokens: readonly string[],
  lang: Lang,
  correct?: (token: string) => string,
): { terms: string[]; products: number } {
  const terms: string[] = [];
  let products = 0;
  const phrases = PHRASES[lang];
  const openers = QUESTION_OPENERS[lang];
  const askingWhen = new Set(openers.values());
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const opener = terms.length === 0 ? openers.get(token) : undefined;
    if (opener !== undefined) {
      terms.push(opener);
      continue;
    }
    const product = productAt(tokens, i);
    if (product !== undefined) {
      // A product is read as its family ("Entra ID" as EMS), once however many words its name has.
      i += product.length - 1;
      products++;
      const term = normalizeTerm(product.family, lang);
      if (term !== null) terms.push(term);
      continue;
    }
    const key = `${token} ${tokens[i + 1] ?? ''}`;
    const phrase = categoryPhrase(
      key,
      accountPhrase(phrases.get(key), tokens[i + 2]),
      tokens.slice(i + 2, i + 4),
    );
    if (phrase !== undefined) i++;
    else if (FILLERS.has(tokens[i + 1] ?? '')) {
      // "Kto właściwie może…", "who exactly can…": the phrase around a filler word.
      const around = phrases.get(`${token} ${tokens[i + 2] ?? ''}`);
      if (around !== undefined && !CATEGORIES.has(around) && !ACCOUNT_ADMIN.has(around)) {
        const term = normalizeTerm(around, lang);
        if (term !== null) terms.push(term);
        i += 2;
        continue;
      }
    }
    // "In which situations…" asks when, wherever it stands: the timing term is kept, not dropped as a stop word.
    if (phrase !== undefined && askingWhen.has(phrase)) {
      terms.push(phrase);
      continue;
    }
    const word = phrase ?? (correct ? correct(token) : token);
    const term = normalizeTerm(word, lang);
    if (term !== null) terms.push(term);
  }
  // The price of a named product, support not mentioned, is a commerce question (see uncoveredTopics).
  if (products > 0 && tokens.some((t) => PRICE_WORDS.has(t)) && !tokens.some((t) => SUPPORT_WORDS.has(t))) {
    const term = normalizeTerm('licenceprice', lang);
    if (term !== null) terms.push(term);
  }
  return { terms, products };
}

/**
 * Full pipeline: markup off, sentences, tokens, stop words out, stems. `correct` may replace a token
 * before it is stemmed (the engine uses it to fix typos against the words the knowledge uses).
 */
export function analyze(text: string, lang: Lang, correct?: (token: string) => string): string[] {
  return analyzeSentences(text, lang, correct).flatMap((sentence) => sentence.terms);
}
