import { CardFactory, MessageFactory } from 'botbuilder';
import { asPlainLines, type CardJson } from '../../../src/cards/render';
import { ticketSummaryCard, type TicketCardOptions } from '../../../src/cards/ticketCard';
import { ticketListCard } from '../../../src/cards/ticketListCard';
import { VERB } from '../../../src/cards/verbs';
import {
  addMicrosoftRequestNumber,
  newTicketFromDraft,
  reviseTicket,
  withdraw,
  type Ticket,
} from '../../../src/domain/ticket';
import {
  CRITERIA,
  LIMITS,
  PATTERNS,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  type WizardAnswers,
} from '../../../src/domain/wizard/model';
import { t, LANGS } from '../../../src/i18n';
import { INPUT_LIMITS, OUTPUT_LIMITS } from '../../../src/limits';
import { AddMsNumberActionDataSchema } from '../../../src/cards/verbs';
import { MY_TICKETS_SHOWN } from '../../../src/services/ticketService';

/**
 * The largest cards a ticket can make, from the real input limits: every text at its length limit,
 * made of the character that costs most on the card (a backslash: escaped for markdown, then for
 * JSON, four bytes for one character; a letter with a Polish diacritic costs two), in both languages,
 * over every route and status. The message that carries one, as the bot sends it, must leave room
 * for the envelope Teams adds and stay under the size Teams accepts.
 */

const at = (limit: number, ch = '\\') => ch.repeat(limit);
const NOW = new Date('2024-03-08T10:00:00Z');
const LATER = new Date('2024-03-09T08:30:00Z');

/** The longest domain name PATTERNS.domain takes, as full of hyphens and dots (escaped too) as it gets. */
function longestDomain(): string {
  const label = `a${'-'.repeat(61)}a`;
  let domain = 'pl';
  while (`${label}.${domain}`.length <= 253) domain = `${label}.${domain}`;
  const rest = 253 - domain.length - 1;
  return rest >= 2 ? `a${'-'.repeat(rest - 2)}a.${domain}` : domain;
}

/** The longest email PATTERNS.email takes, its local part all markdown punctuation. */
const EMAIL = `${at(LIMITS.email - '@a.pl'.length, '*')}@a.pl`;
/** The longest phone number the wizard takes: six digits, the rest separators that are escaped. */
const PHONE = `+1${at(LIMITS.phone - 7, '(')}23456`;

const DETAILS = {
  customer: {
    name: at(LIMITS.name),
    domain: longestDomain(),
    tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  },
  title: at(LIMITS.title),
  description: at(LIMITS.description),
  affectedResource: at(LIMITS.affectedResource),
  contact: { name: at(LIMITS.name), email: EMAIL, phone: PHONE, language: 'pl' as const },
};
const REQUESTER = { id: '29:requester', name: at(INPUT_LIMITS.nameChars) };
const REQUEST_NUMBER = '1'.repeat(20);
/** The longest request number the box sends back, kept on the card when it is refused. */
const TYPED_NUMBER = at(AddMsNumberActionDataSchema.shape.microsoftRequestNumber.unwrap().maxLength ?? 0);

function ticketOf(answers: WizardAnswers, seq = 999_999): Ticket {
  return newTicketFromDraft(
    { answers },
    {
      seq,
      requester: REQUESTER,
      conversation: { id: 'a:1', type: 'personal', serviceUrl: 'https://smba.example/' },
      tenantId: 't1',
      now: NOW,
      idempotencyKey: `d:${seq}`,
    },
  );
}

/** Every route, checked and not, in each status it reaches. */
function worstTickets(): Ticket[] {
  const tickets: Ticket[] = [];
  for (const role of ROLES)
    for (const service of SERVICES)
      for (const problemType of PROBLEM_TYPES)
        for (const checked of [true, false]) {
          const created = ticketOf({
            role,
            service,
            problemType,
            criteria: checked ? [...CRITERIA] : [],
            prerequisites: checked ? ['service-health-checked', 'troubleshooting-done'] : [],
            access: {
              delegatedAdmin: checked,
              providerGrantedAccess: checked,
              helpdeskAdmin: checked,
              asfp: checked,
            },
            ...(problemType === 'break-fix' && { severity: 'A' as const }),
            details: DETAILS,
          });
          tickets.push(created);
          const filed = addMicrosoftRequestNumber(created, REQUEST_NUMBER, REQUESTER, LATER);
          if (filed.ok) tickets.push(filed.ticket);
          const edited = reviseTicket(
            created,
            { answers: { role, service, details: DETAILS } },
            REQUESTER,
            LATER,
          );
          if (edited.ok) tickets.push(edited.ticket);
          const withdrawn = withdraw(created, REQUESTER, LATER);
          if (withdrawn.ok) tickets.push(withdrawn.ticket);
        }
  return tickets;
}

/** What the card can carry besides the ticket: a refused number typed back, or a Retry with it. */
function worstOptions(ticket: Ticket): TicketCardOptions[] {
  const retry = {
    verb: VERB.ticketAddMsNumber,
    data: { ticketId: ticket._id, version: ticket.version, microsoftRequestNumber: TYPED_NUMBER },
  };
  return [
    { notice: 'created', timeZone: 'America/Argentina/ComodRivadavia' },
    { error: 'invalid-request-number', microsoftRequestNumberInput: TYPED_NUMBER },
    { error: 'unavailable', microsoftRequestNumberInput: TYPED_NUMBER, retry },
    { refusal: 'requester-or-support', requestNumberHere: false },
  ];
}

/** The bytes of the message that carries `card`, as the bot sends it (sendCard, the ticket notifier). */
const messageBytes = (card: CardJson) =>
  Buffer.byteLength(JSON.stringify(MessageFactory.attachment(CardFactory.adaptiveCard(card))), 'utf8');
const ALLOWED = OUTPUT_LIMITS.messageBytes - OUTPUT_LIMITS.envelopeBytes;

/** The text of every TextBlock of `card`. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (typeof node !== 'object' || node === null) return [];
  const own =
    (node as { type?: unknown; text?: unknown }).type === 'TextBlock'
      ? [(node as { text: string }).text]
      : [];
  return [...own, ...Object.values(node).flatMap(texts)];
}

const TICKETS = worstTickets();

describe('the largest ticket cards fit in a Teams message', () => {
  it('the worst case is valid input: what the wizard and ticket schemas accept', () => {
    expect(PATTERNS.domain.test(DETAILS.customer.domain)).toBe(true);
    expect(DETAILS.customer.domain).toHaveLength(253);
    expect(PATTERNS.email.test(EMAIL)).toBe(true);
    expect(PATTERNS.phone.test(PHONE)).toBe(true);
    expect(PHONE).toHaveLength(LIMITS.phone);
    expect(TYPED_NUMBER.length).toBeGreaterThan(0);
    expect(TICKETS.length).toBeGreaterThan(ROLES.length * SERVICES.length);
  });

  it.each(LANGS)(
    'in %s, every ticket card at the limits, the largest with every notice, error and Retry',
    (lang) => {
      // Every route and status once; what a notice, error or Retry adds, on the largest of them.
      const sized = TICKETS.map((ticket) => ({
        ticket,
        bytes: messageBytes(ticketSummaryCard(ticket, lang)),
      }));
      sized.sort((a, b) => b.bytes - a.bytes);
      let largest = sized[0]?.bytes ?? 0;
      for (const { ticket } of sized.slice(0, 12))
        for (const options of worstOptions(ticket)) {
          largest = Math.max(largest, messageBytes(ticketSummaryCard(ticket, lang, options)));
        }
      // The card is close to what it may take: it was shortened, not left small.
      expect(largest).toBeGreaterThan(OUTPUT_LIMITS.cardBytes * 0.9);
      expect(largest).toBeLessThanOrEqual(ALLOWED);
    },
  );

  it.each(LANGS)('in %s, "my tickets" with as many tickets as it lists, every title at its limit', (lang) => {
    const tickets = Array.from({ length: MY_TICKETS_SHOWN }, (_, i) =>
      ticketOf(
        { role: 'direct-bill', service: 'azure', problemType: 'billing', details: DETAILS },
        999_000 + i,
      ),
    );
    for (const elsewhere of [false, true]) {
      const card = ticketListCard(tickets, lang, 'America/Argentina/ComodRivadavia', elsewhere);
      expect(JSON.stringify(card)).toContain(at(LIMITS.title * 2));
      expect(messageBytes(card)).toBeLessThanOrEqual(ALLOWED);
    }
  });

  it.each(LANGS)('in %s, a long description is shown whole unless the card would be too large', (lang) => {
    const plain = 'Polskie znaki: zażółć gęślą jaźń. '.repeat(200).slice(0, LIMITS.description);
    const whole = ticketOf({
      role: 'direct-bill',
      service: 'azure',
      problemType: 'billing',
      details: { ...DETAILS, description: plain },
    });
    const shown = texts(ticketSummaryCard(whole, lang));
    expect(shown).toContain(asPlainLines(plain));
    expect(shown.join('\n')).not.toContain(t(lang, 'ticket.descriptionShortened'));

    const worst = ticketOf({
      role: 'direct-bill',
      service: 'azure',
      problemType: 'billing',
      details: DETAILS,
    });
    const description = texts(ticketSummaryCard(worst, lang)).find((text) => text.startsWith('\\\\'));
    expect(description).toMatch(/^(\\\\)+…\n\n/);
    expect(description?.endsWith(t(lang, 'ticket.descriptionShortened'))).toBe(true);
    // The ticket keeps every character of it.
    expect(worst.description).toBe(DETAILS.description);
  });
});
