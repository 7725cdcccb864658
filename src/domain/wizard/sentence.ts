import { FIELDS } from './fields';
import { wellFormed } from '../text';
import { LIMITS, PATTERNS, UNSEEN, type ProblemType, type Service, type Severity } from './model';

/**
 * Reads a one-sentence start ("new ticket: VMs in West Europe down since 6:00 for
 * contoso.onmicrosoft.com, sev A", or the Polish "nowe zgłoszenie: …") into wizard answers. Pure: no
 * I/O, no clock. Only what the sentence says is read; where it says two different things (two services,
 * two severities, two customer domains) nothing is read and the wizard asks. Every value read passes
 * the same field schema a card input does.
 */

/** The answers a sentence can give, as the fields they fill. */
export const SENTENCE_FIELDS = [
  'service',
  'problemType',
  'severity',
  'customerDomain',
  'title',
  'description',
] as const;
export type SentenceField = (typeof SENTENCE_FIELDS)[number];

/** What a sentence may name more than once, differently. */
export type UnclearField = 'service' | 'severity' | 'customerDomain';

export interface SentenceReading {
  service?: Service;
  /** Break-fix when a severity is read: severity applies to break-fix problems only. */
  problemType?: ProblemType;
  severity?: Severity;
  customerDomain?: string;
  title?: string;
  description?: string;
  /** Named more than once, differently: not read, asked. */
  unclear: UnclearField[];
}

/** The fields a reading fills, in SENTENCE_FIELDS order. */
export function readFields(reading: SentenceReading): SentenceField[] {
  return SENTENCE_FIELDS.filter((field) => reading[field] !== undefined);
}

/** Lower case without diacritics (ł too), so "Ważność" and "waznosc" read alike; same length per letter. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/** Words that name a service, folded; several words match with any whitespace between them. */
const SERVICE_WORDS: Readonly<
  Record<'azure' | 'office365' | 'dynamics365' | 'dynamics-crm-online' | 'ems', readonly string[]>
> = {
  azure: [
    'azure',
    'vm',
    'vms',
    'virtual machine',
    'virtual machines',
    'maszyna wirtualna',
    'maszyny wirtualne',
    'maszyn wirtualnych',
    'aks',
    'app service',
    'storage account',
    'west europe',
    'north europe',
    'poland central',
    'germany west central',
    'sweden central',
    'uk south',
    'east us',
    'west us',
    'europa zachodnia',
    'europa polnocna',
  ],
  office365: [
    'office 365',
    'o365',
    'microsoft 365',
    'm365',
    'exchange',
    'exchange online',
    'outlook',
    'sharepoint',
    'onedrive',
    'teams',
  ],
  dynamics365: ['dynamics 365', 'd365', 'business central'],
  'dynamics-crm-online': ['dynamics crm', 'crm online'],
  ems: ['ems', 'enterprise mobility', 'intune'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word or phrase: no letter or digit right before or after it. */
const wordPattern = (phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');

const SERVICE_PATTERNS = (Object.entries(SERVICE_WORDS) as [Service, readonly string[]][]).map(
  ([service, words]) => ({ service, patterns: words.map(wordPattern) }),
);

/** "sev A", "sev: b", "severity C", "sev-A", "istotność A", "ważność B", "priorytet C". */
const SEVERITY =
  /(?<![\p{L}\p{N}])(?:sev|severity|istotnosc|waznosc|priorytet)\.?\s*[:=-]?\s*([abc])(?![\p{L}\p{N}])/gu;

/**
 * Words after which a domain is the customer's, with the preposition before them ("for the customer",
 * "u klienta", "dla klienta"), so that the title keeps none of them.
 */
const CUSTOMER_CUE =
  /(?:^|[\s,;(])(?:(?:(?:for|at|of|dla|u|w|od)\s+)?(?:the\s+)?(?:customer|tenant|domain|klient|klienta|klientem|domena|domenie|dzierzawa|dzierzawy)|for|dla)\s*:?\s*$/u;

/** What joins a second domain to a cued one in a list ("for contoso.com and fabrikam.com"). */
const LIST_JOIN = /^\s*(?:,|&|and|or|i|oraz|lub|albo)?\s*$/u;

/** Microsoft's own hosts, which a sentence may mention but which are never the customer's domain. */
const MICROSOFT_HOSTS = [
  'microsoft.com',
  'azure.com',
  'office.com',
  'office365.com',
  'microsoftonline.com',
  'windows.net',
  'live.com',
];

interface Span {
  start: number;
  end: number;
}

interface DomainCandidate extends Span {
  domain: string;
  cued: boolean;
  /** Where the cue word starts, when there is one (removed from the title with the domain). */
  cueStart: number;
}

function domainCandidates(text: string, folded: string): DomainCandidate[] {
  const out: DomainCandidate[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const token = match[0];
    // Email addresses and links name a mailbox or a page, not the customer's domain.
    if (token.includes('@') || token.includes('/')) continue;
    const lead = /^[("'«„“]*/.exec(token)?.[0].length ?? 0;
    const trail = /[)"'»”.,;:!?]*$/.exec(token)?.[0].length ?? 0;
    const core = token.slice(lead, token.length - trail);
    // Read as the domain field reads it (unseen characters dropped, lower-cased, the field's pattern),
    // without the schema's cost per word: a sentence may hold hundreds of words. The one domain
    // chosen is read by the field's schema itself (readSentence).
    const domain = core.replace(UNSEEN, '').toLowerCase();
    if (!PATTERNS.domain.test(domain)) continue;
    if (MICROSOFT_HOSTS.some((host) => domain === host || domain.endsWith(`.${host}`))) continue;
    const start = match.index + lead;
    const before = folded.slice(Math.max(0, start - 24), start);
    const cue = CUSTOMER_CUE.exec(before);
    // A domain listed right after a cued one is named as the customer's too: two customers, asked.
    const previous = out.at(-1);
    const listed = previous?.cued === true && LIST_JOIN.test(folded.slice(previous.end, start));
    out.push({
      domain,
      start,
      end: start + core.length,
      cued: cue !== null || listed,
      cueStart: cue ? start - before.length + cue.index + (/^[\s,;(]/.test(cue[0]) ? 1 : 0) : start,
    });
  }
  return out;
}

/** The one value named, or unclear when different ones are named. */
function single<T>(values: readonly T[]): { value?: T; unclear: boolean } {
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return { value: distinct[0] as T, unclear: false };
  return { unclear: distinct.length > 1 };
}

/** `text` without the spans, with the whitespace and punctuation left at the joins tidied. */
function without(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  out += text.slice(at);
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]+\s*([.!?])/g, '$1')
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, '');
}

/** A title of at most LIMITS.title characters, cut at a word when longer. */
function shortTitle(text: string): string {
  if (text.length <= LIMITS.title) return text;
  const cut = text.slice(0, LIMITS.title - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LIMITS.title / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const accepted = (field: 'title' | 'description', value: string): string | undefined => {
  const read = FIELDS[field].schema.safeParse(value);
  return read.success && typeof read.data === 'string' ? read.data : undefined;
};

/** What `sentence` (the text after "new ticket:") says. Longer than a description can be: nothing is read. */
export function readSentence(sentence: string): SentenceReading {
  // Read as the wizard's inputs are: no lone half of a surrogate pair (see wellFormed).
  const text = wellFormed(sentence).trim();
  if (text === '' || text.length > LIMITS.description) return { unclear: [] };
  // Folding keeps one UTF-16 unit per unit of `text` for the letters met here, so indexes match; when
  // it does not (rare scripts), spans are not removed from the title but everything else still holds.
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const unclear: UnclearField[] = [];
  const reading: SentenceReading = { unclear };
  const removed: Span[] = [];

  const services = SERVICE_PATTERNS.filter(({ patterns }) => patterns.some((p) => p.test(folded))).map(
    ({ service }) => service,
  );
  const service = single(services);
  if (service.value) reading.service = service.value;
  if (service.unclear) unclear.push('service');

  const severityMatches = [...folded.matchAll(SEVERITY)];
  const severity = single(severityMatches.map((m) => (m[1] ?? '').toUpperCase() as Severity));
  if (severity.value) {
    reading.severity = severity.value;
    reading.problemType = 'break-fix';
    for (const m of severityMatches) removed.push({ start: m.index, end: m.index + m[0].length });
  }
  if (severity.unclear) unclear.push('severity');

  const candidates = domainCandidates(text, folded);
  const cued = candidates.filter((c) => c.cued);
  const chosen = cued.length > 0 ? cued : candidates;
  const domain = single(chosen.map((c) => c.domain));
  const domainRead =
    domain.value === undefined ? undefined : FIELDS.customerDomain.schema.safeParse(domain.value);
  if (domainRead?.success === true && typeof domainRead.data === 'string') {
    reading.customerDomain = domainRead.data;
    for (const c of chosen) removed.push({ start: c.cueStart, end: c.end });
  }
  if (domain.unclear) unclear.push('customerDomain');

  const rest = without(text, aligned ? removed : []);
  // A title needs some words; "sev A" alone says nothing about what happened.
  if ((rest.match(/\p{L}/gu) ?? []).length >= 3) {
    const title = accepted('title', shortTitle(rest));
    const description = accepted('description', text);
    if (title !== undefined && description !== undefined) {
      reading.title = title;
      reading.description = description;
    }
  }
  return reading;
}
