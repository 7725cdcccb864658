import { CardFactory, MessageFactory } from 'botbuilder';
import type { CardJson } from '../../src/cards/render';
import {
  LIMITS,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  type ProblemType,
  type Role,
  type Service,
} from '../../src/domain/wizard/model';
import { OUTPUT_LIMITS } from '../../src/limits';

/**
 * What the card size tests share: the characters that cost most on a card, the longest values the
 * patterns take, and the size of the message that carries a card as the bot sends it.
 */

/**
 * Characters that cost most, each in its own way: a lone half of a surrogate pair or a control
 * character is six bytes as JSON ("\ud800"), a backslash four once escaped for markdown and then for
 * JSON, a quote two, a character outside the Latin alphabets three bytes of UTF-8, a letter with a
 * Polish diacritic two, an emoji four (for two UTF-16 code units). In this order, no two lone halves
 * meet, so none makes a pair with another, however often the list is repeated.
 */
export const COSTLY = ['\ud800', '\u0001', '\udfff', '\\', '"', '中', 'ż', '😀'] as const;

/** All of COSTLY in one text. */
export const MIXED = COSTLY.join('');

/** `text` repeated to at most `length` UTF-16 code units, never cutting a surrogate pair in half. */
export function filled(text: string, length: number): string {
  const points = [...text];
  let out = '';
  for (let i = 0; ; i++) {
    const next = points[i % points.length] ?? '';
    if (next === '' || out.length + next.length > length) return out;
    out += next;
  }
}

/** The longest domain name PATTERNS.domain takes, as full of hyphens and dots (escaped too) as it gets. */
export function longestDomain(): string {
  const label = `a${'-'.repeat(61)}a`;
  let domain = 'pl';
  while (`${label}.${domain}`.length <= LIMITS.domain) domain = `${label}.${domain}`;
  const rest = LIMITS.domain - domain.length - 1;
  return rest >= 2 ? `a${'-'.repeat(rest - 2)}a.${domain}` : domain;
}

/** The longest email PATTERNS.email takes, its local part all markdown punctuation. */
export const LONGEST_EMAIL = `${'*'.repeat(LIMITS.email - '@a.pl'.length)}@a.pl`;
/** The longest phone number the wizard takes: six digits, the rest separators that are escaped. */
export const LONGEST_PHONE = `+1${'('.repeat(LIMITS.phone - 7)}23456`;

/** The bytes of the message that carries `card`, as the bot sends it (sendCard, the ticket notifier). */
export const messageBytes = (card: CardJson): number =>
  Buffer.byteLength(JSON.stringify(MessageFactory.attachment(CardFactory.adaptiveCard(card))), 'utf8');

/** What a message may take: what Teams accepts, less what the envelope around it takes. */
export const ALLOWED_MESSAGE_BYTES = OUTPUT_LIMITS.messageBytes - OUTPUT_LIMITS.envelopeBytes;

/** A way through the wizard: the role, the service and problem, and whether the checks were ticked. */
export interface Route {
  role: Role;
  service: Service;
  problemType: ProblemType;
  checked: boolean;
}

/** Every route through the wizard, so a size test meets each card every route draws. */
export const ROUTES: Route[] = ROLES.flatMap((role) =>
  SERVICES.flatMap((service) =>
    PROBLEM_TYPES.flatMap((problemType) =>
      [true, false].map((checked) => ({ role, service, problemType, checked })),
    ),
  ),
);
