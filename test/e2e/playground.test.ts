import { t } from '../../src/i18n';
import { Playground, type ChatMessage } from '../helpers/playground';

/**
 * The real bot in Microsoft's Teams emulator, driven through a headless Chromium. One Playground for the
 * file (starting it costs a few seconds); each test opens the conversation it needs. Needs Chromium:
 * scripts/ensure-chromium.sh.
 */
jest.setTimeout(60_000);

describe('the bot in the Agents Playground', () => {
  let pg: Playground;

  beforeAll(async () => {
    pg = await Playground.start();
  }, 90_000);

  afterAll(async () => {
    await pg?.close();
  }, 30_000);

  /** The card's title: the help card's first TextBlock is a level-2 heading. */
  const titleOf = async (message: ChatMessage) =>
    (await message.card.getByRole('heading', { level: 2 }).first().innerText()).trim();

  describe('personal chat', () => {
    beforeAll(() => pg.openConversation('Personal Chat'));

    it('answers "help" with the help card', async () => {
      await pg.send('help');
      const reply = await pg.waitForBotMessage();
      expect(reply.kind).toBe('chat');
      expect(await titleOf(reply)).toBe('CSP escalation assistant');
      expect(await reply.card.getByRole('button', { name: 'Start a new ticket', exact: true }).count()).toBe(
        1,
      );
    });

    it('answers "pomoc" with the Polish help card', async () => {
      await pg.send('pomoc');
      const reply = await pg.waitForBotMessage();
      expect(await titleOf(reply)).toBe('Asystent eskalacji CSP');
    });

    it('answers small talk in the language it is written in, and "create ticket" with the wizard', async () => {
      await pg.send('Dzięki! 🙏');
      const thanks = await pg.waitForBotMessage();
      expect(await thanks.card.innerText()).toContain(t('pl', 'smallTalk.thanks'));
      await pg.send('create ticket');
      const wizard = await pg.waitForBotMessage();
      expect(await wizard.card.innerText()).toContain(t('en', 'wizard.title'));
    });
  });

  describe('card actions (personal chat)', () => {
    beforeAll(() => pg.openConversation('Personal Chat'));

    it('a help-card question (Action.Submit) gets a new answer; a vote on it (Action.Execute) updates it in place', async () => {
      await pg.send('help');
      await pg.waitForBotMessage();

      await pg.clickCardButton(t('en', 'help.example.2'));
      const answer = await pg.waitForBotMessage();
      expect(await answer.card.count()).toBe(1);

      const before = await answer.locator.innerText();
      await pg.clickCardButton(t('en', 'faq.helpful'), answer);
      const after = await pg.waitForMessageChange(answer, before);
      expect(after).not.toBe(before);
      expect((await pg.messages()).filter((m) => m.fromBot && m.seq > pg.lastMark)).toEqual([]);
    });
  });

  describe('group chat', () => {
    beforeAll(() => pg.openConversation(pg.groupChatName));

    it('answers an @mentioned "help" with the help card', async () => {
      await pg.send('help');
      const reply = await pg.waitForBotMessage();
      expect(await titleOf(reply)).toBe('CSP escalation assistant');
    });

    it('does not answer text that does not @mention it', async () => {
      const received = pg.botRequests.length;
      await pg.send('help', { mention: false });
      await pg.expectNoBotReply(3_000);
      expect(pg.botRequests.slice(received).filter((r) => r.type === 'message')).toEqual([]);
    });
  });

  describe('team channel', () => {
    beforeAll(() => pg.openConversation(pg.channelName));

    it('replies to an @mention "help" post inside that post\'s thread', async () => {
      await pg.send('help');
      const reply = await pg.waitForBotMessage();
      expect(reply.kind).toBe('reply');
      expect(await titleOf(reply)).toBe('CSP escalation assistant');

      // The thread it sits in is the post just sent, not a new post by the bot.
      const post = await pg.postOf(reply);
      expect(post?.author).toBe(pg.userName);
      expect(post?.seq).toBeGreaterThan(pg.lastMark);
      expect(await post?.locator.innerText()).toMatch(new RegExp(`${pg.botName}\\s+help`));
    });
  });
});
