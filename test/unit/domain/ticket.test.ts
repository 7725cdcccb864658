import {
  addMicrosoftRequestNumber,
  announcedIn,
  hasDeliveries,
  canTransition,
  draftFromTicket,
  formatTicketId,
  newTicketFromDraft,
  TICKET_ID_PATTERN,
  outdatedPosts,
  recordChannelPost,
  reviseTicket,
  TicketSchema,
  TICKET_STATUSES,
  transition,
  withdraw,
  type NewTicketMeta,
  type Ticket,
  type TicketStatus,
} from '../../../src/domain/ticket';
import { fieldValues, submitStep } from '../../../src/domain/wizard/flow';
import type { WizardAnswers } from '../../../src/domain/wizard/model';
import { AZURE_ANSWERS } from '../../helpers/answers';

const now = new Date('2024-03-08T18:00:00Z'); // a Friday
const later = new Date('2024-03-08T19:00:00Z');
const ann = { id: '29:ann', name: 'Ann Partner' };
const bob = { id: '29:bob', name: 'Bob Engineer' };

const meta: NewTicketMeta = {
  seq: 123,
  requester: ann,
  conversation: {
    id: '19:abc@thread.tacv2',
    type: 'channel',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: '19:abc@thread.tacv2',
    teamId: '19:team@thread.tacv2',
  },
  tenantId: 'tenant-1',
  now,
  idempotencyKey: 'draft-1:7',
  holidays: [],
};

const answers: WizardAnswers = {
  ...AZURE_ANSWERS,
  details: {
    ...AZURE_ANSWERS.details!,
    customer: {
      name: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
      tenantId: '2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c',
    },
  },
};

const ticket = (a: WizardAnswers = answers): Ticket => newTicketFromDraft({ answers: a }, meta);

describe('ticket ids', () => {
  it.each([
    [1, 'CSP-000001'],
    [123, 'CSP-000123'],
    [999999, 'CSP-999999'],
    [1234567, 'CSP-1234567'],
  ])('%d ↔ %s', (seq, id) => {
    expect(formatTicketId(seq)).toBe(id);
    expect(id).toMatch(TICKET_ID_PATTERN);
  });

  it.each(['CSP-123', 'csp-000123', 'CSP-000123x', 'ABC-000123', '000123', ' CSP-000123', ''])(
    'is not a ticket id: %p',
    (id) => {
      expect(id).not.toMatch(TICKET_ID_PATTERN);
    },
  );

  it.each([0, -1, 1.5, Number.NaN])('refuses sequence %p', (seq) => {
    expect(() => formatTicketId(seq)).toThrow(RangeError);
  });
});

describe('newTicketFromDraft', () => {
  it('records an eligible ticket ready to file, with its response target', () => {
    const t = ticket();
    expect(t).toMatchObject({
      _id: 'CSP-000123',
      status: 'ready-to-file',
      service: 'azure',
      severity: 'B',
      decision: { outcome: 'eligible', route: 'azure-portal' },
      responseTarget: 'PT4H',
      respondBy: new Date('2024-03-08T22:00:00Z'),
      version: 1,
      history: [{ at: now, by: ann, action: 'created' }],
      criteria: {
        met: ['service-unavailable'],
        prerequisites: ['service-health-checked', 'troubleshooting-done'],
      },
    });
    expect(TicketSchema.parse(t)).toEqual(t);
  });

  it('stores no undefined keys (the database would keep them as null)', () => {
    const t = ticket();
    const undefinedKeys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v === undefined ? [k] : v && typeof v === 'object' && !(v instanceof Date) ? undefinedKeys(v) : [],
      );
    expect(undefinedKeys(t)).toEqual([]);
  });

  it('keeps a not-yet-eligible ticket as a draft without a response target', () => {
    const t = ticket({ ...answers, prerequisites: [] });
    expect(t).toMatchObject({ status: 'draft', responseTarget: null, decision: { outcome: 'not-yet' } });
    expect(t).not.toHaveProperty('respondBy');
    expect(TicketSchema.parse(t)).toEqual(t);
  });

  it('is filed already when the Microsoft request number was given', () => {
    const t = ticket({
      ...answers,
      details: { ...answers.details!, microsoftRequestNumber: '2403080010001234' },
    });
    expect(t.status).toBe('filed-with-microsoft');
  });

  it('gives billing the next-business-day target', () => {
    const t = ticket({ ...answers, problemType: 'billing' });
    expect(t).toMatchObject({ responseTarget: 'P1BD', respondBy: new Date('2024-03-11T18:00:00Z') });
    expect(t).not.toHaveProperty('severity');
    expect(t.criteria).toEqual({ met: [], prerequisites: [], access: {} });
  });

  it('has no CSP response target for a marketplace product', () => {
    const t = ticket({
      role: 'direct-bill',
      service: 'marketplace',
      problemType: 'break-fix',
      details: answers.details!,
    });
    expect(t).toMatchObject({ decision: { route: 'isv' }, responseTarget: null, status: 'ready-to-file' });
    expect(TicketSchema.parse(t)).toEqual(t);
  });

  it('has no CSP response target for Dynamics Support', () => {
    const t = ticket({
      role: 'direct-bill',
      service: 'dynamics365',
      problemType: 'billing',
      details: answers.details!,
    });
    expect(t).toMatchObject({ decision: { route: 'dynamics-support' }, responseTarget: null });
    expect(t.respondBy).toBeUndefined();
    expect(TicketSchema.parse(t)).toEqual(t);
  });

  it('sets the response target for the contact’s preferred language', () => {
    const polish = ticket({
      ...answers,
      details: { ...answers.details!, contact: { ...answers.details!.contact, language: 'pl' } },
    });
    expect(polish).toMatchObject({ responseTarget: 'local-business-hours', status: 'ready-to-file' });
    expect(polish).not.toHaveProperty('respondBy');
    expect(TicketSchema.parse(polish)).toEqual(polish);
    expect(ticket()).toMatchObject({
      responseTarget: 'PT4H',
      respondBy: new Date(now.getTime() + 4 * 3_600_000),
    });
  });

  it('refuses answers without details', () => {
    expect(() => newTicketFromDraft({ answers: { role: 'direct-bill', service: 'azure' } }, meta)).toThrow(
      TypeError,
    );
  });
});

describe('transitions', () => {
  const table: [TicketStatus, TicketStatus, boolean][] = [
    ['draft', 'ready-to-file', true],
    ['draft', 'filed-with-microsoft', true],
    ['draft', 'withdrawn', true],
    ['ready-to-file', 'draft', true],
    ['ready-to-file', 'filed-with-microsoft', true],
    ['ready-to-file', 'withdrawn', true],
    ['filed-with-microsoft', 'withdrawn', true],
    ['filed-with-microsoft', 'ready-to-file', false],
    ['filed-with-microsoft', 'draft', false],
    ['withdrawn', 'draft', false],
    ['withdrawn', 'ready-to-file', false],
    ['withdrawn', 'filed-with-microsoft', false],
    ['draft', 'draft', false],
  ];

  it.each(table)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    const result = transition({ ...ticket(), status: from }, to, bob, later);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.error).toEqual({ code: 'invalid-transition', from, to });
  });

  it('covers every status', () => {
    expect(new Set(table.map(([from]) => from))).toEqual(new Set(TICKET_STATUSES));
  });

  it('appends history and bumps the version without touching the input', () => {
    const before = ticket();
    const copy = structuredClone(before);
    const result = withdraw(before, bob, later);
    if (!result.ok) throw new Error('expected ok');
    expect(result.ticket).toMatchObject({ status: 'withdrawn', version: 2, updatedAt: later });
    expect(result.ticket.history).toHaveLength(2);
    expect(result.ticket.history[1]).toMatchObject({ at: later, by: bob, action: 'withdrawn' });
    expect(before).toEqual(copy);
    expect(TicketSchema.parse(result.ticket)).toEqual(result.ticket);
  });
});

describe('addMicrosoftRequestNumber', () => {
  it('files the ticket', () => {
    const result = addMicrosoftRequestNumber(ticket(), ' 2403080010001234 ', bob, later);
    if (!result.ok) throw new Error('expected ok');
    expect(result.ticket).toMatchObject({
      status: 'filed-with-microsoft',
      microsoftRequestNumber: '2403080010001234',
      version: 2,
    });
    expect(result.ticket.history[1]).toMatchObject({
      action: 'microsoft-request-number',
      detail: '2403080010001234',
    });
  });

  it('corrects the number of a filed ticket', () => {
    const first = addMicrosoftRequestNumber(ticket(), '1111111111', bob, later);
    if (!first.ok) throw new Error('expected ok');
    const second = addMicrosoftRequestNumber(first.ticket, '2222222222', bob, later);
    expect(second).toMatchObject({ ok: true, ticket: { microsoftRequestNumber: '2222222222', version: 3 } });
  });

  it.each(['12345', 'abcdefghij', '123456789012345678901', ''])('rejects %p', (n) => {
    expect(addMicrosoftRequestNumber(ticket(), n, bob, later)).toEqual({
      ok: false,
      error: { code: 'invalid-request-number' },
    });
  });

  it('refuses a withdrawn ticket', () => {
    const result = addMicrosoftRequestNumber({ ...ticket(), status: 'withdrawn' }, '1111111111', bob, later);
    expect(result).toEqual({ ok: false, error: { code: 'ticket-withdrawn' } });
  });
});

describe('editing', () => {
  it('round-trips the answers through a draft', () => {
    const t = ticket();
    const draft = draftFromTicket(t);
    expect(draft.step).toBe('review');
    const revised = reviseTicket(t, draft, ann, later);
    if (!revised.ok) throw new Error('expected ok');
    expect(revised.ticket).toMatchObject({
      status: 'ready-to-file',
      version: 2,
      createdAt: now,
      updatedAt: later,
    });
    expect(revised.ticket.decision).toEqual(t.decision);
    expect(revised.ticket.history.at(-1)).toMatchObject({ action: 'edited', by: ann });
  });

  it('keeps whether its title was made from the description, and reads a ticket from before as it was made', () => {
    const base = answers.details!;
    const made = ticket({ ...answers, details: { ...base, title: base.description, titleAutomatic: true } });
    expect(TicketSchema.parse(made)).toMatchObject({ title: base.description, titleAutomatic: true });
    // Recorded before titles were marked: the description's first line was made from it, anything else typed.
    const { titleAutomatic: _mark, ...unmarked } = made;
    const older = TicketSchema.parse(unmarked);
    for (const [t, typed] of [
      [older, ''],
      [TicketSchema.parse({ ...unmarked, title: 'Typed long ago' }), 'Typed long ago'],
    ] as const) {
      const draft = { ...draftFromTicket(t), step: 'details' as const };
      expect(fieldValues(draft).title).toBe(typed);
      const result = submitStep(
        draft,
        { draftRev: 0, step: 'details' },
        {
          ...fieldValues(draft),
          description: 'Teams calls drop',
        },
      );
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
      const revised = reviseTicket(t, result.draft, ann, later);
      if (!revised.ok) throw new Error('expected ok');
      expect(revised.ticket).toMatchObject({
        title: typed || 'Teams calls drop',
        titleAutomatic: typed === '',
      });
    }
  });

  it('moves back to draft when the edit makes it not yet eligible, and recomputes the target', () => {
    const t = ticket();
    const revised = reviseTicket(t, { answers: { ...answers, criteria: [] } }, ann, later);
    if (!revised.ok) throw new Error('expected ok');
    expect(revised.ticket).toMatchObject({ status: 'draft', responseTarget: null });
    expect(revised.ticket).not.toHaveProperty('respondBy');
    expect(TicketSchema.parse(revised.ticket)).toEqual(revised.ticket);
  });

  it('keeps a filed ticket filed', () => {
    const filed = addMicrosoftRequestNumber(ticket(), '1111111111', bob, later);
    if (!filed.ok) throw new Error('expected ok');
    const revised = reviseTicket(filed.ticket, { answers: { ...answers, severity: 'A' } }, ann, later);
    expect(revised).toMatchObject({
      ok: true,
      ticket: {
        status: 'filed-with-microsoft',
        microsoftRequestNumber: '1111111111',
        severity: 'A',
        responseTarget: 'PT2H',
      },
    });
  });

  it('refuses a withdrawn ticket', () => {
    expect(reviseTicket({ ...ticket(), status: 'withdrawn' }, { answers }, ann, later)).toEqual({
      ok: false,
      error: { code: 'ticket-withdrawn' },
    });
  });

  it('records where the card was posted, once per conversation, without a new version', () => {
    const before = { ...ticket(), toAnnounce: true as const };
    let t = recordChannelPost(before, { conversationId: 'c1', activityId: 'a1' });
    t = recordChannelPost(t, { conversationId: 'c1', activityId: 'a2' });
    expect(t.channelPosts).toEqual([{ conversationId: 'c1', activityId: 'a2', shown: 1 }]);
    expect(t.version).toBe(before.version);
    expect(t.history).toEqual(before.history);
    expect(t.toAnnounce).toBeUndefined();
    expect(outdatedPosts(t)).toEqual([]);
    expect(outdatedPosts({ ...t, version: 2 })).toEqual(t.channelPosts);
  });
});

describe('announcements and deliveries', () => {
  it('a new ticket is announced in its tenant’s channel, unless it has none or was made in it', () => {
    expect(announcedIn(null, meta.conversation)).toBe(false);
    expect(announcedIn({ channelId: '19:abc@thread.tacv2' }, meta.conversation)).toBe(false);
    expect(announcedIn({ channelId: '19:tickets@thread.tacv2' }, meta.conversation)).toBe(true);
  });

  it('a new ticket known to have no channel to be posted in is built with nothing to announce', () => {
    const answers: WizardAnswers = AZURE_ANSWERS;
    expect(newTicketFromDraft({ answers }, meta).toAnnounce).toBe(true);
    expect(newTicketFromDraft({ answers }, { ...meta, announce: false }).toAnnounce).toBeUndefined();
  });

  it('a ticket has deliveries while it is to be announced or a card shows an older version', () => {
    const shown = { conversationId: 'c1', activityId: 'a1', shown: 1 };
    const { toAnnounce: _announce, ...announced } = ticket();
    expect(hasDeliveries({ ...announced, toAnnounce: true })).toBe(true);
    expect(hasDeliveries(announced)).toBe(false);
    expect(hasDeliveries({ ...announced, channelPosts: [shown] })).toBe(false);
    expect(hasDeliveries({ ...announced, channelPosts: [shown], version: 2 })).toBe(true);
  });
});

describe('TicketSchema', () => {
  const valid = ticket();

  it.each<[string, (t: Record<string, unknown>) => void]>([
    ['an unknown status', (t) => (t.status = 'closed')],
    ['a malformed id', (t) => (t._id = 'CSP-12')],
    ['an operator object as the title', (t) => (t.title = { $gt: '' })],
    ['a date as a string', (t) => (t.createdAt = '2024-03-08T18:00:00Z')],
    ['a fractional version', (t) => (t.version = 1.5)],
    ['an unknown field', (t) => (t.owner = 'x')],
    ['an empty history', (t) => (t.history = [])],
    ['a title over 120 characters', (t) => (t.title = 'x'.repeat(121))],
    ['a bad customer domain', (t) => (t.customer = { name: 'C', domain: 'not a domain' })],
    ['an unknown reason code', (t) => (t.decision = { ...valid.decision, reasons: ['because'] })],
    ['a bad Microsoft request number', (t) => (t.microsoftRequestNumber = '12')],
  ])('rejects %s', (_name, mutate) => {
    const doc = structuredClone(valid) as unknown as Record<string, unknown>;
    mutate(doc);
    expect(TicketSchema.safeParse(doc).success).toBe(false);
  });
});
