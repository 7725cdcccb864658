import type { Lang } from '../domain/lang';
import { formatTicketId } from '../domain/ticket';
import { INPUT_LIMITS } from '../limits';
import { recentTexts } from '../domain/recentTexts';

/**
 * Every text command, in English and Polish: what a user types (any case, with or without Polish
 * letters, with trailing punctuation), and so the language the command itself is in. The manifest's
 * command lists (manifest.json and its Polish localization) are tested against this table.
 */
export const COMMANDS = {
  help: {
    en: [
      'help',
      'what can you do',
      'commands',
      'hi',
      'hello',
      'hey',
      'hi there',
      'hello there',
      'good morning',
      'good afternoon',
      'good evening',
      'help me',
      'i need help',
      'menu',
      'options',
      'start',
      'get started',
      'can you help me',
      'can you help',
    ],
    pl: [
      'pomoc',
      'co potrafisz',
      'co umiesz',
      'polecenia',
      'cześć',
      'dzień dobry',
      'hej',
      'hejka',
      'siema',
      'witam',
      'witaj',
      'dobry wieczór',
      'pomocy',
      'potrzebuję pomocy',
      'pomóż mi',
      'opcje',
      'możesz mi pomóc',
      'pomożesz mi',
    ],
  },
  start: {
    en: [
      'new ticket',
      'new case',
      'new escalation',
      'new request',
      'create ticket',
      'create a ticket',
      'create a new ticket',
      'open ticket',
      'open a ticket',
      'open a new ticket',
      'open a case',
      'start a ticket',
      'raise a ticket',
      'log a ticket',
      'report a problem',
      'escalate',
      'i want to open a ticket',
      'i want to create a ticket',
      'i need to open a ticket',
      'i want to report a problem',
    ],
    pl: [
      'nowe zgłoszenie',
      'zgłoś problem',
      'nowy ticket',
      'nowe zgłoszenie serwisowe',
      'załóż zgłoszenie',
      'utwórz zgłoszenie',
      'otwórz zgłoszenie',
      'zgłoś',
      'eskaluj',
      'chcę założyć zgłoszenie',
      'chcę zgłosić problem',
      'muszę założyć zgłoszenie',
    ],
  },
  list: {
    en: [
      'my tickets',
      'my ticket',
      'my cases',
      'show my tickets',
      'list my tickets',
      'ticket status',
      'status of my ticket',
      'status of my tickets',
    ],
    pl: [
      'moje zgłoszenia',
      'moje zgłoszenie',
      'pokaż moje zgłoszenia',
      'lista zgłoszeń',
      'status zgłoszenia',
      'status mojego zgłoszenia',
      'stan zgłoszenia',
    ],
  },
  cancel: { en: ['cancel', 'stop'], pl: ['anuluj', 'przerwij'] },
  bind: { en: ['post tickets here'], pl: ['publikuj zgłoszenia tutaj'] },
  report: { en: ['faq report'], pl: ['raport faq'] },
} as const satisfies Record<string, Readonly<Record<Lang, readonly string[]>>>;

export type CommandName = keyof typeof COMMANDS;

/**
 * Commands that may be followed by a colon and a sentence, e.g. "new ticket: VMs in West Europe down
 * since 6:00 for contoso.onmicrosoft.com, sev A". The manifest describes this form for each of them.
 */
export const COMMANDS_WITH_TEXT: readonly CommandName[] = ['start'];

export interface Command {
  name: CommandName;
  /** The language the command was typed in; none for a bare "?". */
  lang?: Lang;
  /** What follows "<command>:" (trimmed, never empty), for a command that takes text. */
  text?: string;
}

/** Polish letters as a user may type them without diacritics. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * The words of a message as a command reads them: at most INPUT_LIMITS.commandChars long (anything
 * longer is no command, and nothing scans it), trimmed, trailing punctuation from `trailing` and
 * spaces dropped, inner whitespace collapsed, lower-cased, Polish letters folded. Commands then
 * match that text exactly: nothing can backtrack.
 */
export function commandText(text: unknown, trailing = '.!?'): string | undefined {
  if (typeof text !== 'string' || text.length > INPUT_LIMITS.commandChars) return undefined;
  let end = text.length;
  while (end > 0 && (trailing.includes(text.charAt(end - 1)) || /\s/.test(text.charAt(end - 1)))) end--;
  return fold(text.slice(0, end).trim().split(/\s+/).join(' ').toLowerCase());
}

const LOOKUP = new Map<string, Command>(
  (Object.entries(COMMANDS) as [CommandName, Record<Lang, readonly string[]>][]).flatMap(([name, words]) =>
    (Object.entries(words) as [Lang, readonly string[]][]).flatMap(([lang, phrases]) =>
      phrases.map((phrase) => [fold(phrase.toLowerCase()), { name, lang }] as const),
    ),
  ),
);

/** Commands that are the same word in both languages' use: the client's locale decides, not the word. */
const NEUTRAL = new Set(['help', 'menu', 'start']);

/**
 * The command a message is, if any. A bare "?" asks for help. "post tickets here?" is a question
 * about the command, not the command: a question mark ends only the other commands.
 */
export function commandOf(text: unknown): Command | undefined {
  return typeof text === 'string' ? recentCommand(text) : readCommand(text);
}

/** Every route's selector asks which command the turn's text is: read once per text. */
const recentCommand = recentTexts(readCommand);

function readCommand(text: unknown): Command | undefined {
  if (typeof text === 'string' && text.length <= INPUT_LIMITS.commandChars && /^\s*\?[\s?!.]*$/.test(text)) {
    return { name: 'help' };
  }
  const words = commandText(text);
  const command = words === undefined ? undefined : LOOKUP.get(words);
  if (command?.name === 'bind' && commandText(text, '.!') !== words) return undefined;
  if (command && words !== undefined && NEUTRAL.has(words)) return { name: command.name };
  return command ?? commandWithText(text);
}

/** "<command>: <text>": the colon within the first INPUT_LIMITS.commandChars characters. */
function commandWithText(text: unknown): Command | undefined {
  if (typeof text !== 'string') return undefined;
  const colon = text.slice(0, INPUT_LIMITS.commandChars + 1).indexOf(':');
  if (colon <= 0) return undefined;
  const command = LOOKUP.get(commandText(text.slice(0, colon), '') ?? '');
  if (!command || !COMMANDS_WITH_TEXT.includes(command.name)) return undefined;
  const rest = text.slice(colon + 1).trim();
  return rest === '' ? command : { ...command, text: rest };
}

/** Whether `text` is the command `name`. */
export function isCommand(text: unknown, name: CommandName): boolean {
  return commandOf(text)?.name === name;
}

/** A ticket as people type it: "CSP-000123", "csp-123", "CSP 123". */
const TICKET_REFERENCE = /(?<![\p{L}\p{N}])csp[-\s]?(\d{1,15})(?![\p{L}\p{N}])/giu;
/** A message longer than this is a question that mentions a ticket, not a request to see it. */
const TICKET_REFERENCE_WORDS = 8;

/**
 * The ticket a short message asks for: "CSP-000123", "status of CSP-123?", "gdzie jest CSP-000123".
 * Exactly one ticket, in a message of at most eight words; the id as the bot writes it.
 */
export function ticketReferenceOf(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > INPUT_LIMITS.commandChars) return undefined;
  if (text.trim().split(/\s+/).length > TICKET_REFERENCE_WORDS) return undefined;
  const found = [...text.matchAll(TICKET_REFERENCE)].map((match) => Number(match[1]));
  const ids = [...new Set(found)];
  if (ids.length !== 1) return undefined;
  const seq = ids[0] as number;
  return Number.isSafeInteger(seq) && seq >= 1 ? formatTicketId(seq) : undefined;
}
