import { INPUT_LIMITS } from '../limits';

/**
 * The words of a message as a command reads them: at most INPUT_LIMITS.commandChars long (anything
 * longer is no command, and no pattern sees it), trimmed, trailing punctuation from `trailing` and
 * spaces dropped, inner whitespace collapsed, lower-cased. The patterns below then match that
 * normalised text exactly, with no repetition that could backtrack.
 */
export function commandText(text: unknown, trailing = '.!?'): string | undefined {
  if (typeof text !== 'string' || text.length > INPUT_LIMITS.commandChars) return undefined;
  let end = text.length;
  while (end > 0 && (trailing.includes(text.charAt(end - 1)) || /\s/.test(text.charAt(end - 1)))) end--;
  return text.slice(0, end).trim().split(/\s+/).join(' ').toLowerCase();
}

/** "help", "pomoc", or a bare "?" (with any trailing punctuation). */
export function isHelpRequest(text: unknown): boolean {
  const words = commandText(text);
  if (words === undefined) return false;
  return words === 'help' || words === 'pomoc' || (words === '' && String(text).trim().startsWith('?'));
}

/** "new ticket", "nowe zgłoszenie" (with or without Polish letters), "new case", "zgłoś problem". */
const START = /^(?:new (?:ticket|case|escalation)|nowe zg[lł]oszenie|zg[lł]o[sś] problem)$/;
export function isStartRequest(text: unknown): boolean {
  const words = commandText(text);
  return words !== undefined && START.test(words);
}

/** "my tickets", "moje zgłoszenia" (with or without Polish letters). */
const LIST = /^(?:my tickets|moje zg[lł]oszenia)$/;
export function isListRequest(text: unknown): boolean {
  const words = commandText(text);
  return words !== undefined && LIST.test(words);
}

/** "post tickets here" / "publikuj zgłoszenia tutaj"; a question mark makes it a question, not a command. */
const BIND_EN = /^post tickets here$/;
const BIND_PL = /^publikuj zg[lł]oszenia tutaj$/;
export function bindRequestLang(text: unknown): 'en' | 'pl' | undefined {
  const words = commandText(text, '.!');
  if (words === undefined) return undefined;
  if (BIND_EN.test(words)) return 'en';
  if (BIND_PL.test(words)) return 'pl';
  return undefined;
}
