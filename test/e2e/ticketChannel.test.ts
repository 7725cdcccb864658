import { t } from '../../src/i18n';
import { expectWizardStep, Playground, type ChatMessage } from '../helpers/playground';

/**
 * The tenant's ticket channel in the Agents Playground: "post tickets here" in a team channel, then a
 * ticket made with the wizard in the personal chat shows up there as a new root post by the bot, and
 * that post follows the ticket's changes (updateActivity). The tests run in order and share one
 * Playground: each builds on the state the previous one left.
 */
jest.setTimeout(90_000);

const en = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => t('en', key, vars);

const TITLE = 'Cannot open our own subscription';
const TICKET_ID = /CSP-\d{6}/;

describe('the ticket channel in the Agents Playground', () => {
  let pg: Playground;
  let ticketId = '';
  /** Root posts by the bot in the channel before the ticket was made (its welcome card, when it greets). */
  let botPostsBefore = 0;

  beforeAll(async () => {
    pg = await Playground.start();
  }, 90_000);

  afterAll(async () => {
    await pg?.close();
  }, 30_000);

  /**
   * Presses a card button and waits for the invoke response to replace the card in place, showing
   * `shows`. The message can change more than once (the "response was sent" bar, an updateActivity in a
   * shared chat), so the first change alone is not enough.
   */
  const press = async (card: ChatMessage, title: string, shows: string | RegExp): Promise<string> => {
    const before = await card.locator.innerText();
    await pg.clickCardButton(title, card);
    await pg.waitForMessageChange(card, before);
    await card.card.getByText(shows).first().waitFor();
    return card.locator.innerText();
  };

  /**
   * Runs the wizard in the open conversation on a short path (direct bill, our own subscription, not
   * break-fix: role → service and problem type → details → review) and submits it. Once the user has
   * filed a ticket, their role, service and problem type are remembered and the wizard opens on the
   * details step.
   */
  const shortWizard = async (
    title: string,
    { returning = false } = {},
  ): Promise<{ card: ChatMessage; summary: string }> => {
    await pg.send('new ticket');
    const card = await pg.waitForBotMessage();
    if (returning) {
      await expectWizardStep(card, 'details');
    } else {
      await expectWizardStep(card, 'role');
      await pg.chooseCardOption(en('wizard.field.role'), en('wizard.role.direct-bill'), card);
      await press(card, en('wizard.action.next'), en('wizard.intro.service'));
      await pg.chooseCardOption(en('wizard.field.service'), en('wizard.service.own-subscription'), card);
      await pg.chooseCardOption(en('wizard.field.problemType'), en('wizard.problem.non-break-fix'), card);
      await press(card, en('wizard.action.next'), en('wizard.intro.details'));
    }
    for (const [label, value] of [
      ['wizard.field.customerName.own', 'Fabrikam Partner'],
      ['wizard.field.customerDomain.own', 'fabrikam.onmicrosoft.com'],
      ['wizard.field.title', title],
      ['wizard.field.description', 'The portal says access denied.'],
      ['wizard.field.contactName', 'Anna Nowak'],
      ['wizard.field.contactEmail', 'anna@fabrikam.com'],
    ] as const) {
      await pg.fillCardInput(en(label), value, card);
    }
    await pg.chooseCardOption(en('wizard.field.contactLanguage'), en('wizard.language.en'), card);
    await press(card, en('wizard.action.next'), en('wizard.intro.review'));

    const summary = await press(card, en('wizard.action.submit'), TICKET_ID);
    return { card, summary };
  };

  const botPosts = async () => (await pg.messages()).filter((m) => m.fromBot && m.kind === 'post');

  /** The seq of every post among `posts` that shows the ticket. */
  const ticketPosts = async (posts: ChatMessage[]) => {
    const seqs: number[] = [];
    for (const m of posts) if ((await m.locator.innerText()).includes(ticketId)) seqs.push(m.seq);
    return seqs;
  };

  const statusLine = (status: 'ready-to-file' | 'withdrawn' | 'draft' | 'filed-with-microsoft') =>
    `${en('ticket.field.status')}: ${en(`ticket.status.${status}`)}`;

  it('makes a channel the ticket channel when @mentioned with "post tickets here" in a new post', async () => {
    await pg.openConversation(pg.channelName);
    await pg.send('post tickets here');
    const reply = await pg.waitForBotMessage();
    expect(reply.kind).toBe('reply');
    expect(await reply.card.innerText()).toContain(en('channel.bound'));
    const post = await pg.postOf(reply);
    expect(post?.author).toBe(pg.userName);
    expect(await post?.locator.innerText()).toMatch(new RegExp(`${pg.botName}\\s+post tickets here`));
    botPostsBefore = (await botPosts()).length;
  });

  it('creates a ticket with a short wizard in the personal chat', async () => {
    await pg.openConversation('Personal Chat');
    const { card, summary } = await shortWizard(TITLE);
    ticketId = TICKET_ID.exec(summary)?.[0] ?? '';
    expect(ticketId).not.toBe('');
    expect(summary).toContain(en('ticket.title', { id: ticketId, title: TITLE }));
    expect(summary).toContain(en('ticket.notice.created', { id: ticketId }));
    expect(
      await card.card.getByRole('button', { name: en('ticket.action.withdraw'), exact: true }).count(),
    ).toBe(1);
  });

  it('posts the new ticket to the ticket channel as a new root post by the bot', async () => {
    expect(ticketId).not.toBe('');
    await pg.openConversation(pg.channelName);
    const post = await pg.waitForMessage({ fromBot: true, kind: 'post', text: ticketId });
    const text = await post.card.innerText();
    expect(text).toContain(en('ticket.title', { id: ticketId, title: TITLE }));
    expect(text).toContain(statusLine('ready-to-file'));
    // Exactly one new root post by the bot, and it is this one.
    const posts = await botPosts();
    expect(posts).toHaveLength(botPostsBefore + 1);
    expect(await ticketPosts(posts)).toEqual([post.seq]);
  });

  it('updates the channel post in place when the ticket is withdrawn from the personal chat', async () => {
    expect(ticketId).not.toBe('');
    await pg.openConversation('Personal Chat');
    // The page may have redrawn the personal chat while the channel was open: find the card again.
    const card = await pg.waitForMessage({
      fromBot: true,
      text: en('ticket.title', { id: ticketId, title: TITLE }),
    });
    const after = await press(card, en('ticket.action.withdraw'), statusLine('withdrawn'));
    expect(after).toContain(en('ticket.notice.withdrawn'));
    expect(after).toContain(statusLine('withdrawn'));

    const received = pg.botRequests.length;
    await pg.openConversation(pg.channelName);
    const post = await pg.waitForMessage({ fromBot: true, kind: 'post', text: ticketId });
    await pg.waitForMessage(
      { fromBot: true, kind: 'post', text: statusLine('withdrawn') },
      { timeoutMs: 10_000 },
    );
    const text = await post.card.innerText();
    expect(text).toContain(statusLine('withdrawn'));
    expect(text).not.toContain(statusLine('ready-to-file'));
    // Updated in place, not posted again.
    const posts = await botPosts();
    expect(posts).toHaveLength(botPostsBefore + 1);
    expect(await ticketPosts(posts)).toEqual([post.seq]);
    expect(pg.botRequests.slice(received).filter((r) => r.type === 'message')).toEqual([]);
  });

  it('in a group chat, turns the wizard card into the ticket card, posts it to the channel, and keeps both current', async () => {
    await pg.openConversation(pg.groupChatName);
    const title = 'Billing portal shows the wrong tenant';
    const { card, summary } = await shortWizard(title, { returning: true });
    const groupTicketId = TICKET_ID.exec(summary)?.[0] ?? '';
    expect(groupTicketId).not.toBe('');
    expect(groupTicketId).not.toBe(ticketId);
    expect(summary).toContain(en('ticket.title', { id: groupTicketId, title }));
    // The wizard's own message became the ticket card: nothing new was posted in the chat.
    expect((await pg.messages()).filter((m) => m.fromBot && m.seq > pg.lastMark)).toEqual([]);

    const withdrawn = await press(card, en('ticket.action.withdraw'), statusLine('withdrawn'));
    expect(withdrawn).toContain(statusLine('withdrawn'));

    // The channel got a second root post, for this ticket, already showing the withdrawal.
    await pg.openConversation(pg.channelName);
    const post = await pg.waitForMessage({ fromBot: true, kind: 'post', text: groupTicketId });
    await pg.waitForMessage(
      {
        fromBot: true,
        kind: 'post',
        text: new RegExp(`${groupTicketId}[\\s\\S]*${statusLine('withdrawn')}`),
      },
      { timeoutMs: 10_000 },
    );
    expect(await post.card.innerText()).toContain(en('ticket.title', { id: groupTicketId, title }));
    expect(await botPosts()).toHaveLength(botPostsBefore + 2);
  });
});
