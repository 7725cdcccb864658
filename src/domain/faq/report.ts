import type { KnowledgeId } from '../../knowledge/schema';

/**
 * What the FAQ report is made of: questions the bot could not answer and answers voted not helpful,
 * kept without personal data beyond Teams ids, and ranked for the bot's admins.
 */

/** The report looks this far back. */
export const REPORT_DAYS = 30;
/** Unanswered questions are kept this long, then cleaned up. */
export const UNANSWERED_KEPT_DAYS = 90;
/** Longest question text kept, after personal details are masked. */
export const MAX_KEPT_QUESTION = 300;
export const TOP_UNANSWERED = 10;
export const WORST_ENTRIES = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

// Details a partner may paste into a question that identify people or tenants: masked before keeping.
// Each pattern can start only where its run of characters starts (the look-behind, the `<`), so a
// 10,000-character word is read once, not once from every position in it.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const MARKUP = /<[^<>]*>/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const URL = /\bhttps?:\/\/\S+/gi;
// Phone, account and request numbers: a run of at least seven digits, separators allowed.
const LONG_NUMBER = /\+?\d[\d\s().-]{5,}\d/g;

/**
 * The question as it is kept: markup-free, personal details masked, whitespace collapsed, lower case,
 * without trailing punctuation, and bounded, so the same question asked twice is counted as one.
 */
export function keptQuestion(text: string): string {
  const masked = text
    .replace(MARKUP, ' ')
    .replace(URL, '[link]')
    .replace(EMAIL, '[email]')
    .replace(GUID, '[id]')
    .replace(LONG_NUMBER, '[number]');
  const collapsed = masked
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?,;:…]+$/u, '');
  return [...collapsed].slice(0, MAX_KEPT_QUESTION).join('');
}

export interface EntryVotes {
  entryId: KnowledgeId;
  helpful: number;
  notHelpful: number;
}

/**
 * The entries most often voted not helpful: only entries with at least one such vote, most
 * "not helpful" votes first, then the larger share of them, then the id (stable order).
 */
export function worstRated(votes: readonly EntryVotes[], limit = WORST_ENTRIES): EntryVotes[] {
  const share = (v: EntryVotes) => v.notHelpful / (v.notHelpful + v.helpful);
  return votes
    .filter((v) => v.notHelpful > 0)
    .sort((a, b) => b.notHelpful - a.notHelpful || share(b) - share(a) || a.entryId.localeCompare(b.entryId))
    .slice(0, limit);
}

/** Whether the user (by Microsoft Entra object id) may see the report: listed in BOT_ADMINS. */
export function isBotAdmin(aadObjectId: string | undefined, admins: readonly string[]): boolean {
  if (aadObjectId === undefined) return false;
  const id = aadObjectId.trim().toLowerCase();
  return id !== '' && admins.some((admin) => admin.toLowerCase() === id);
}

/** What `faq report` shows. */
export interface FaqReport {
  since: Date;
  until: Date;
  /** The questions asked most often without an answer, most asked first. */
  unanswered: { question: string; count: number }[];
  /** The entries most often voted not helpful. */
  worst: EntryVotes[];
}
