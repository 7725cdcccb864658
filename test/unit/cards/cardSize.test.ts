import { asPlainLines } from '../../../src/cards/render';
import { ticketSummaryCard, type TicketCardOptions } from '../../../src/cards/ticketCard';
import { ticketListCard } from '../../../src/cards/ticketListCard';
import { VERB } from '../../../src/cards/verbs';
import {
  addMicrosoftRequestNumber,
  newTicketFromDraft,
  reviseTicket,
  TicketSchema,
  withdraw,
  type Ticket,
} from '../../../src/domain/ticket';
import {
  CRITERIA,
  LIMITS,
  PATTERNS,
  ROLES,
  SERVICES,
  type DetailsAnswers,
  type WizardAnswers,
} from '../../../src/domain/wizard/model';
import { t, LANGS } from '../../../src/i18n';
import { INPUT_LIMITS, OUTPUT_LIMITS } from '../../../src/limits';
import { REQUEST_NUMBER_INPUT_CHARS } from '../../../src/cards/verbs';
import { MY_TICKETS_SHOWN } from '../../../src/services/ticketService';
import {
  ALLOWED_MESSAGE_BYTES as ALLOWED,
  COSTLY,
  filled,
  LONGEST_EMAIL as EMAIL,
  LONGEST_PHONE as PHONE,
  longestDomain,
  messageBytes,
  ROUTES,
  type Route,
} from '../../helpers/cardSize';

/**
 * The largest cards a ticket can make, from the real input limits: every text at its length limit,
 * made of each of the characters that cost most on a card (a lone half of a surrogate pair or a
 * control character: six bytes of JSON, "\ud800", which the ticket's schema takes and a Teams name
 * may hold; a backslash: escaped for markdown, then for JSON, four bytes; a letter with a Polish
 * diacritic: two), in both languages, over every route and status. The message that carries one, as
 * the bot sends it, must leave room for the envelope Teams adds and stay under the size Teams accepts.
 */

const at = (limit: number, ch = '\\') => filled(ch, limit);
const NOW = new Date('2024-03-08T10:00:00Z');
const LATER = new Date('2024-03-09T08:30:00Z');

/** The details at their limits, every text of them made of `ch`. */
function detailsOf(ch: string): DetailsAnswers {
  return {
    customer: {
      name: at(LIMITS.name, ch),
      domain: longestDomain(),
      tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    },
    title: at(LIMITS.title, ch),
    description: at(LIMITS.description, ch),
    affectedResource: at(LIMITS.affectedResource, ch),
    contact: { name: at(LIMITS.name, ch), email: EMAIL, phone: PHONE, language: 'pl' as const },
  };
}
const DETAILS = detailsOf('\\');
/** Whoever files or changes the ticket, their Teams name as long as it comes, made of `ch`. */
const requesterOf = (ch: string) => ({ id: '29:requester', name: at(INPUT_LIMITS.nameChars, ch) });
const REQUESTER = requesterOf('\\');
const REQUEST_NUMBER = '1'.repeat(20);
/** The longest request number the box sends back, kept on the card when it is refused. */
const TYPED_NUMBER = at(REQUEST_NUMBER_INPUT_CHARS);

function ticketOf(answers: WizardAnswers, seq = 999_999, requester = REQUESTER): Ticket {
  return newTicketFromDraft(
    { answers },
    {
      seq,
      requester,
      conversation: { id: 'a:1', type: 'personal', serviceUrl: 'https://smba.example/' },
      tenantId: 't1',
      now: NOW,
      idempotencyKey: `d:${seq}`,
    },
  );
}

/** The tickets of `route` in each status it reaches, with `details`, filed and changed by `requester`. */
function ticketsOn(route: Route, details = DETAILS, requester = REQUESTER): Ticket[] {
  const { role, service, problemType, checked } = route;
  const created = ticketOf(
    {
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
      details,
    },
    999_999,
    requester,
  );
  const tickets = [created];
  const filed = addMicrosoftRequestNumber(created, REQUEST_NUMBER, requester, LATER);
  if (filed.ok) tickets.push(filed.ticket);
  const edited = reviseTicket(created, { answers: { role, service, details } }, requester, LATER);
  if (edited.ok) tickets.push(edited.ticket);
  const withdrawn = withdraw(created, requester, LATER);
  if (withdrawn.ok) tickets.push(withdrawn.ticket);
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

/** Every route, checked and not, in each status it reaches, every text of backslashes. */
const TICKETS = ROUTES.flatMap((route) => ticketsOn(route).map((ticket) => ({ route, ticket })));

describe('the largest ticket cards fit in a Teams message', () => {
  it('the worst case is valid input: what the wizard and ticket schemas accept', () => {
    expect(PATTERNS.domain.test(DETAILS.customer.domain)).toBe(true);
    expect(DETAILS.customer.domain).toHaveLength(253);
    expect(PATTERNS.email.test(EMAIL)).toBe(true);
    expect(PATTERNS.phone.test(PHONE)).toBe(true);
    expect(PHONE).toHaveLength(LIMITS.phone);
    expect(TYPED_NUMBER.length).toBeGreaterThan(0);
    expect(TICKETS.length).toBeGreaterThan(ROLES.length * SERVICES.length);
    expect(TICKETS.every(({ ticket }) => TicketSchema.safeParse(ticket).success)).toBe(true);
    // The ticket's schema takes every costly character, in titles and names too, as stored tickets may hold them.
    for (const ch of COSTLY) {
      for (const ticket of ticketsOn(ROUTES[0] as Route, detailsOf(ch), requesterOf(ch)))
        expect(TicketSchema.safeParse(ticket).success).toBe(true);
    }
  });

  it.each(LANGS)(
    'in %s, every ticket card at the limits, the largest with every costly character, notice, error and Retry',
    (lang) => {
      // Every route and status once; on the route of the largest, every costly character in every
      // text (titles and names too); what a notice, error or Retry adds, on the largest of them.
      const sizeOf = (ticket: Ticket) => ({ ticket, bytes: messageBytes(ticketSummaryCard(ticket, lang)) });
      const sized = TICKETS.map(({ route, ticket }) => ({ route, ...sizeOf(ticket) }));
      sized.sort((a, b) => b.bytes - a.bytes);
      const route = sized[0]?.route ?? (ROUTES[0] as Route);
      for (const ch of COSTLY)
        sized.push(
          ...ticketsOn(route, detailsOf(ch), requesterOf(ch)).map((ticket) => ({ route, ...sizeOf(ticket) })),
        );
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
    for (const ch of COSTLY) {
      const tickets = Array.from({ length: MY_TICKETS_SHOWN }, (_, i) =>
        ticketOf(
          { role: 'direct-bill', service: 'azure', problemType: 'billing', details: detailsOf(ch) },
          999_000 + i,
          requesterOf(ch),
        ),
      );
      for (const elsewhere of [false, true]) {
        const card = ticketListCard(tickets, lang, 'America/Argentina/ComodRivadavia', elsewhere);
        if (ch === '\\') expect(JSON.stringify(card)).toContain(at(LIMITS.title * 2));
        expect(messageBytes(card)).toBeLessThanOrEqual(ALLOWED);
      }
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
