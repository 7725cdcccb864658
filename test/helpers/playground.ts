import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { composeBot } from '../../src/compose';
import type { StepId } from '../../src/domain/wizard/model';
import { t, type Lang } from '../../src/i18n';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { freePort } from '../../src/storage/embeddedDatabase';
import { freshDatabase } from './database';

/**
 * Drives the whole bot through Microsoft's local Teams emulator (the Agents Playground) in a headless
 * Chromium: the bot runs in-process on an ephemeral port with a fresh database, the Playground CLI runs
 * as a child process in a temp dir, and the page is used the way a person would use it.
 * See /work/shared/notes/agents-playground.md for how the Playground behaves and why the selectors are what they are.
 *
 *   const pg = await Playground.start();
 *   await pg.openConversation('Group Chat');
 *   await pg.send('help');                       // @mentions the bot outside personal chat
 *   const reply = await pg.waitForBotMessage();  // the newest bot message since the send
 *   await pg.clickCardButton('Start a new ticket');
 *   await pg.close();
 */

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** One message on screen. `locator` is its body (text or card), tagged with a growing `seq`. */
export interface ChatMessage {
  readonly seq: number;
  /** Display name of the sender; the signed-in user's own chat messages have none. */
  readonly author: string;
  readonly fromBot: boolean;
  /** `chat` in personal and group chats, `post` for a channel root post, `reply` inside a post's thread. */
  readonly kind: 'chat' | 'post' | 'reply';
  readonly locator: Locator;
  /** The first Adaptive Card in the message. */
  readonly card: Locator;
  /** In a channel, the post (root and replies) the message belongs to; in chats, the message itself. */
  readonly thread: Locator;
}

export interface PlaygroundOptions {
  /** Extra bot configuration (environment variable names, as in env/.env.local). */
  env?: Record<string, string>;
  /** Bot log level; default `E2E_LOG_LEVEL` or silent. */
  logLevel?: string;
  /** Default wait for each action and for bot replies (default 20 s). */
  timeoutMs?: number;
  /** Wait for the Playground CLI and the first page load: a 9 MB bundle, slow on a busy machine (default 60 s). */
  startTimeoutMs?: number;
}

interface TestConfig {
  bot: { name: string };
  currentUser: { name: string };
  personalChat: { name: string };
  groupChats: { name: string }[];
  teams: { name: string; channels: { name: string }[] }[];
}

interface BotRequest {
  type: string;
  text?: string;
}

/** What the in-page scan reports for each message (serializable). */
interface ScannedMessage {
  seq: number;
  author: string;
  kind: 'chat' | 'post' | 'reply';
}

/**
 * The few DOM members the in-page scan uses. The project compiles without the DOM lib (it is a Node
 * service), so the function passed to `evaluate` is typed against this instead.
 */
interface DomElement {
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  matches(selector: string): boolean;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const SEQ = 'data-e2e-seq';
const COUNTER = 'data-e2e-counter';
const POLL_MS = 150;
const OUTPUT_LINES = 25;
/** Where end-to-end runs leave screenshots of cards for people to look at (git-ignored). */
/** Waits until a wizard card shows `step`, told by its intro text (unique per step). */
export async function expectWizardStep(card: ChatMessage, step: StepId, lang: Lang = 'en'): Promise<void> {
  await card.card.getByText(t(lang, `wizard.intro.${step}`), { exact: true }).waitFor();
}

export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'test-results', 'e2e');

/**
 * Runs in the page. Finds every message through its "Show more information" header button, tags each
 * body not seen before with the next number (kept on <body>), and reports all of them. A message's
 * header differs per place (chat header, channel post card header, thread reply row); the body is
 * always the header's next sibling.
 */
function scanMessages(body: DomElement, names: { seqAttr: string; counterAttr: string }): ScannedMessage[] {
  let counter = Number(body.getAttribute(names.counterAttr) ?? '0');
  const found: ScannedMessage[] = [];
  const buttons = Array.from(body.querySelectorAll('button[aria-label="Show more information"]'));
  for (const button of buttons) {
    let kind: ScannedMessage['kind'] = 'chat';
    let author = '';
    let header = button.closest('[aria-label="Message header"]');
    if (header) {
      author = header.querySelector('[aria-label="Message author"]')?.textContent?.trim() ?? '';
    } else {
      header = button.closest('.fui-CardHeader');
      kind = 'post';
      if (!header) {
        kind = 'reply';
        header = button.parentElement;
        while (header && !header.querySelector('[role="img"][aria-label]')) header = header.parentElement;
      }
      author = header?.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label')?.trim() ?? '';
    }
    const message = header?.nextElementSibling;
    if (!message) continue;
    let seq = Number(message.getAttribute(names.seqAttr) ?? '0');
    if (!seq) {
      counter += 1;
      seq = counter;
      message.setAttribute(names.seqAttr, String(seq));
    }
    found.push({ seq, author, kind });
  }
  body.setAttribute(names.counterAttr, String(counter));
  return found;
}

export class Playground {
  page!: Page;
  /** Every activity the bot received, in order of completion. */
  readonly botRequests: BotRequest[] = [];
  /** Temp dir with the Playground's log and, on failure, screenshots. Kept when something failed. */
  readonly workDir: string;
  url = '';
  botName = '';
  userName = '';

  private readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly output: string[] = [];
  private readonly opened = new Set<string>();
  private config?: TestConfig;
  private current = '';
  private mark = 0;
  private lastBot?: ChatMessage;
  private botInFlight = 0;
  private failed = false;
  private browser?: Browser;
  private child?: ChildProcess;
  private childExit?: Promise<void>;
  private stopServer?: () => Promise<void>;
  private dropDb?: () => Promise<void>;

  private constructor(options: PlaygroundOptions) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.workDir = mkdtempSync(join(tmpdir(), 'cspbot-playground-'));
  }

  /** Highest message number on screen just before the last send: newer messages have a higher `seq`. */
  get lastMark(): number {
    return this.mark;
  }

  /** The bot's messages that arrived after the last send. */
  async newBotMessages(): Promise<ChatMessage[]> {
    return (await this.messages()).filter((m) => m.fromBot && m.seq > this.mark);
  }

  /** Bot + Playground + browser, with the page loaded and the personal chat's welcome settled. */
  static async start(options: PlaygroundOptions = {}): Promise<Playground> {
    const playground = new Playground(options);
    try {
      const botUrl = await playground.startBot(options);
      await playground.startPlayground(botUrl);
      await playground.openPage();
    } catch (error) {
      const wrapped = await playground.fail('start', error).catch((e: unknown) => e);
      await playground.close().catch(() => undefined);
      throw wrapped;
    }
    return playground;
  }

  // ---- conversations -------------------------------------------------------------------------

  /** 'Personal Chat', a group chat's name, or '<team> - <channel>'. */
  kindOf(name: string): ConversationKind {
    const config = this.requireConfig();
    if (name === config.personalChat.name) return 'personal';
    const channels = config.teams.flatMap((team) =>
      team.channels.map((channel) => `${team.name} - ${channel.name}`),
    );
    if (channels.includes(name)) return 'channel';
    if (config.groupChats.some((chat) => chat.name === name)) return 'groupChat';
    throw new Error(`No conversation "${name}". The Playground has: ${this.conversationNames().join(', ')}`);
  }

  conversationNames(): string[] {
    const config = this.requireConfig();
    return [
      config.personalChat.name,
      ...config.groupChats.map((chat) => chat.name),
      ...config.teams.flatMap((team) => team.channels.map((channel) => `${team.name} - ${channel.name}`)),
    ];
  }

  get groupChatName(): string {
    const name = this.requireConfig().groupChats[0]?.name;
    if (!name) throw new Error('The Playground configuration has no group chat');
    return name;
  }

  /** '<team> - <channel>' of the first team's first channel (General). */
  get channelName(): string {
    const team = this.requireConfig().teams[0];
    if (!team?.channels[0]) throw new Error('The Playground configuration has no team channel');
    return `${team.name} - ${team.channels[0].name}`;
  }

  /**
   * Selects a conversation. The first time one is opened after the page load the Playground sends the
   * bot installationUpdate + conversationUpdate (and the bot greets); this waits for that to be on screen
   * so the greeting is never mistaken for a reply.
   */
  async openConversation(name: string): Promise<void> {
    await this.step(`openConversation(${name})`, async () => {
      this.kindOf(name);
      if (this.current === name) return;
      const before = this.botRequests.length;
      await this.page.getByRole('treeitem', { name, exact: true }).click();
      this.current = name;
      if (!this.opened.has(name)) {
        this.opened.add(name);
        await this.until(
          () => this.botRequests.slice(before).some((r) => r.type === 'conversationUpdate'),
          `the bot to get conversationUpdate for "${name}"`,
        );
      }
      await this.settle();
    });
  }

  // ---- sending -------------------------------------------------------------------------------

  /**
   * Types and sends a message in the open conversation. Outside personal chat the bot is @mentioned
   * first through the typeahead (without it the Playground never delivers the message); pass
   * `mention: false` to test exactly that. In a channel this starts a new post, or replies in `thread`.
   */
  async send(text: string, options: { mention?: boolean; thread?: Locator } = {}): Promise<void> {
    await this.step(`send(${JSON.stringify(text)})`, async () => {
      const kind = this.kindOf(this.requireCurrent());
      const mention = options.mention ?? kind !== 'personal';
      await this.settle();
      this.mark = await this.tagAll();

      let scope: Locator = this.page.locator('body');
      let sendButton = this.page.getByRole('button', { name: 'Send Message', exact: true });
      if (kind === 'channel' && options.thread) {
        scope = options.thread;
        sendButton = scope.getByRole('button', { name: 'Send Message', exact: true });
      } else if (kind === 'channel') {
        scope = this.page
          .getByRole('group')
          .filter({ has: this.page.getByRole('button', { name: 'Post', exact: true }) });
        sendButton = scope.getByRole('button', { name: 'Post', exact: true });
      }
      const editor = scope.locator('[contenteditable="true"][role="textbox"]').first();
      await editor.click();
      if (mention) await this.typeMention();
      await this.page.keyboard.type(text);
      await sendButton.click();
    });
  }

  private async typeMention(): Promise<void> {
    await this.page.keyboard.type(`@${this.botName.slice(0, 3)}`);
    // Not exact: the item's accessible name is the avatar label plus the text ("Test Bot Test Bot").
    const item = this.page.locator('#typeahead-menu').getByRole('menuitem', { name: this.botName });
    await item.first().click({ timeout: this.timeoutMs });
    await this.page.keyboard.type(' ');
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Every message of the open conversation, tagging new ones. */
  async messages(): Promise<ChatMessage[]> {
    const scanned = await this.page
      .locator('body')
      .evaluate(scanMessages, { seqAttr: SEQ, counterAttr: COUNTER });
    return scanned.map((m) => this.toMessage(m));
  }

  /**
   * The newest bot message that appeared since the last send (or `since`), once the bot is done with
   * its turn: several replies to one message yield the last of them.
   */
  async waitForBotMessage(options: { since?: number; timeoutMs?: number } = {}): Promise<ChatMessage> {
    return this.step('waitForBotMessage', async () => {
      const since = options.since ?? this.mark;
      const newBotMessages = async () => (await this.messages()).filter((m) => m.fromBot && m.seq > since);
      await this.until(
        async () => (await newBotMessages()).length > 0,
        `a bot message after #${since}`,
        options.timeoutMs,
      );
      await this.settle();
      const latest = (await newBotMessages()).sort((a, b) => a.seq - b.seq).at(-1);
      if (!latest) throw new Error('the bot message disappeared from the page');
      this.lastBot = latest;
      return latest;
    });
  }

  /** The root post of the thread a channel message belongs to (itself when it is a post). */
  async postOf(message: ChatMessage): Promise<ChatMessage | undefined> {
    if (message.kind === 'post') return message;
    if (message.kind === 'chat') return undefined;
    for (const post of (await this.messages()).filter((m) => m.kind === 'post')) {
      if ((await message.thread.locator(`[${SEQ}="${post.seq}"]`).count()) > 0) return post;
    }
    return undefined;
  }

  /**
   * Waits for a message of the open conversation that matches: sent by the bot or not, of a kind, and
   * with visible text containing `text`. Returns the newest match. Unlike waitForBotMessage() it does not
   * depend on the last send, so it finds messages that arrived proactively, even while another
   * conversation was open.
   */
  async waitForMessage(
    where: { fromBot?: boolean; kind?: ChatMessage['kind']; text?: string | RegExp; since?: number },
    options: { timeoutMs?: number } = {},
  ): Promise<ChatMessage> {
    const what = JSON.stringify({ ...where, text: where.text?.toString() });
    return this.step(`waitForMessage(${what})`, async () => {
      let found: ChatMessage | undefined;
      await this.until(
        async () => {
          found = undefined;
          for (const m of await this.messages()) {
            if (where.fromBot !== undefined && m.fromBot !== where.fromBot) continue;
            if (where.kind && m.kind !== where.kind) continue;
            if (where.since !== undefined && m.seq <= where.since) continue;
            if (where.text !== undefined) {
              const text = await m.locator.innerText().catch(() => '');
              const hit = typeof where.text === 'string' ? text.includes(where.text) : where.text.test(text);
              if (!hit) continue;
            }
            if (!found || m.seq > found.seq) found = m;
          }
          return found !== undefined;
        },
        `a message matching ${what}`,
        options.timeoutMs,
      );
      if (!found) throw new Error('the message disappeared from the page');
      return found;
    });
  }

  /** Waits `ms` and fails if a bot message appeared since the last send. */
  async expectNoBotReply(ms = 3_000): Promise<void> {
    await this.step('expectNoBotReply', async () => {
      await this.page.waitForTimeout(ms);
      await this.settle();
      const replies = (await this.messages()).filter((m) => m.fromBot && m.seq > this.mark);
      if (replies.length > 0) {
        const text = await replies[0]?.locator.innerText();
        throw new Error(
          `expected no bot reply within ${ms} ms, got ${replies.length}: ${text?.slice(0, 200)}`,
        );
      }
    });
  }

  /** Resolves when the message's visible text differs from `before` (a card replaced in place, an update). */
  async waitForMessageChange(message: ChatMessage, before: string, timeoutMs?: number): Promise<string> {
    return this.step('waitForMessageChange', async () => {
      let now = before;
      await this.until(
        async () => {
          now = await message.locator.innerText().catch(() => before);
          return now !== before;
        },
        `message #${message.seq} to change`,
        timeoutMs,
      );
      return now;
    });
  }

  // ---- cards ---------------------------------------------------------------------------------

  /**
   * Clicks a card button in `message` (default: the last bot message waited for). Like send(), it
   * starts a new "since": an Action.Submit reply is then found with waitForBotMessage(), while an
   * Action.Execute replaces the card in place (waitForMessageChange()).
   */
  async clickCardButton(title: string, message?: ChatMessage): Promise<void> {
    await this.step(`clickCardButton(${title})`, async () => {
      const button = this.cardOf(message).getByRole('button', { name: title, exact: true }).first();
      await button.waitFor();
      await this.settle();
      this.mark = await this.tagAll();
      await button.click();
    });
  }

  /** Fills a text, number, date or time input found by its label, else its placeholder. */
  async fillCardInput(label: string, value: string, message?: ChatMessage): Promise<void> {
    await this.step(`fillCardInput(${label})`, async () => {
      const input = await this.cardInput(this.cardOf(message), label);
      await input.fill(value);
    });
  }

  /**
   * Picks `optionTitle` in the ChoiceSet labelled `label`: a compact one is a combobox whose popup lives
   * in a portal outside the card (found through aria-controls); an expanded one is radios or checkboxes.
   */
  async chooseCardOption(label: string, optionTitle: string, message?: ChatMessage): Promise<void> {
    await this.step(`chooseCardOption(${label}, ${optionTitle})`, async () => {
      const card = this.cardOf(message);
      const combobox = card.getByRole('combobox', { name: label });
      if ((await combobox.count()) > 0) {
        await combobox.first().click();
        const popupId = await combobox.first().getAttribute('aria-controls');
        const popup = popupId ? this.page.locator(`[id="${popupId}"]`) : this.page.getByRole('listbox');
        const option = popup
          .getByRole('option', { name: optionTitle, exact: true })
          .or(popup.getByRole('menuitemcheckbox', { name: optionTitle, exact: true }));
        await option.first().click();
        await this.page.keyboard.press('Escape').catch(() => undefined);
        return;
      }
      const option = await this.expandedOption(card, label, optionTitle);
      if (option) return option.check();
      throw new Error(`no choice "${label}" with option "${optionTitle}" in the card`);
    });
  }

  /** Turns an Input.Toggle (a checkbox named "<label> <title>") on or off. */
  async setCardToggle(label: string, on: boolean, message?: ChatMessage): Promise<void> {
    await this.step(`setCardToggle(${label}, ${on})`, async () => {
      const toggle = this.cardToggle(this.cardOf(message), label);
      await toggle.setChecked(on);
    });
  }

  /** The current value of a text, number, date or time input, found as in fillCardInput(). */
  async cardInputValue(label: string, message?: ChatMessage): Promise<string> {
    return this.step(`cardInputValue(${label})`, async () =>
      (await this.cardInput(this.cardOf(message), label)).inputValue(),
    );
  }

  /** The greyed text an input labelled `label` shows while empty ("" for none). */
  async cardInputPlaceholder(label: string, message?: ChatMessage): Promise<string> {
    return this.step(
      `cardInputPlaceholder(${label})`,
      async () =>
        (await (await this.cardInput(this.cardOf(message), label)).getAttribute('placeholder')) ?? '',
    );
  }

  /**
   * Whether `optionTitle` is selected in the ChoiceSet labelled `label`: a checked radio or checkbox,
   * or, for a compact one, the option shown in the combobox.
   */
  async isCardOptionSelected(label: string, optionTitle: string, message?: ChatMessage): Promise<boolean> {
    return this.step(`isCardOptionSelected(${label}, ${optionTitle})`, async () => {
      const card = this.cardOf(message);
      const combobox = card.getByRole('combobox', { name: label });
      if ((await combobox.count()) > 0) {
        const shown = await combobox
          .first()
          .evaluate((el: DomElement & { value?: string }) => el.value ?? el.textContent ?? '');
        return shown.trim() === optionTitle;
      }
      const option = await this.expandedOption(card, label, optionTitle);
      if (!option) throw new Error(`no choice "${label}" with option "${optionTitle}" in the card`);
      return option.isChecked();
    });
  }

  /**
   * An option of an expanded ChoiceSet: a radio inside the radiogroup named `label` (several yes/no
   * questions on one card share option titles), or a checkbox of a multi-select one, which the renderer
   * names "<label> <title>".
   */
  private async expandedOption(
    card: Locator,
    label: string,
    optionTitle: string,
  ): Promise<Locator | undefined> {
    const group = card.getByRole('radiogroup', { name: label, exact: true });
    const scope = (await group.count()) > 0 ? group.first() : card;
    for (const candidate of [
      scope.getByRole('radio', { name: optionTitle, exact: true }),
      card.getByRole('checkbox', { name: `${label} ${optionTitle}`, exact: true }),
      card.getByRole('checkbox', { name: optionTitle, exact: true }),
    ]) {
      if ((await candidate.count()) > 0) return candidate.first();
    }
    return undefined;
  }

  private cardToggle(card: Locator, label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return card.getByRole('checkbox', { name: new RegExp(`^${escaped}(\\s|$)`) }).first();
  }

  private cardOf(message?: ChatMessage): Locator {
    const target = message ?? this.lastBot;
    return target ? target.card : this.page.locator('.ac-adaptiveCard').last();
  }

  private async cardInput(card: Locator, label: string): Promise<Locator> {
    for (const candidate of [
      card.getByLabel(label, { exact: true }),
      card.getByPlaceholder(label, { exact: true }),
      card.getByLabel(label),
    ]) {
      if ((await candidate.count()) > 0) return candidate.first();
    }
    throw new Error(`no input labelled "${label}" in the card`);
  }

  // ---- diagnostics ---------------------------------------------------------------------------

  /** Saves a full-page screenshot into workDir and returns its path. */
  async screenshot(name: string): Promise<string | undefined> {
    if (!this.page || this.page.isClosed()) return undefined;
    const path = join(this.workDir, `${Date.now()}-${name.replace(/[^\w.-]+/g, '_').slice(0, 60)}.png`);
    await this.page.screenshot({ path, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    return existsSync(path) ? path : undefined;
  }

  /**
   * Saves a screenshot of `message`'s card as test-results/e2e/<name>.png (kept as a test artifact,
   * git-ignored) and returns its path.
   */
  async saveCardScreenshot(message: ChatMessage, name: string): Promise<string> {
    return this.step(`saveCardScreenshot(${name})`, async () => {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      // A card taller than the window would be cut by the sticky header: grow the window to fit it.
      const page = this.page;
      const before = page.viewportSize();
      const box = await message.card.boundingBox();
      if (before && box) {
        await page.setViewportSize({ width: before.width, height: Math.ceil(box.height) + 400 });
      }
      try {
        await message.card.scrollIntoViewIfNeeded();
        await message.card.screenshot({ path, timeout: 10_000 });
      } finally {
        if (before) await page.setViewportSize(before);
      }
      return path;
    });
  }

  /** The last lines the Playground CLI printed. */
  outputTail(lines = OUTPUT_LINES): string {
    return this.output.slice(-lines).join('\n');
  }

  // ---- shutdown ------------------------------------------------------------------------------

  /** Closes the browser, stops the Playground and the bot, drops the database. Safe to call twice. */
  async close(): Promise<void> {
    const problems: string[] = [];
    const attempt = async (what: string, fn?: () => Promise<unknown>) => {
      try {
        await fn?.();
      } catch (error) {
        problems.push(`${what}: ${(error as Error).message}`);
      }
    };
    await attempt('browser', () =>
      withTimeout(this.browser?.close() ?? Promise.resolve(), 10_000, 'browser close'),
    );
    this.browser = undefined;
    await attempt('playground', () => this.stopPlayground());
    await attempt('bot', this.stopServer);
    this.stopServer = undefined;
    await attempt('database', this.dropDb);
    this.dropDb = undefined;
    if (!this.failed) rmSync(this.workDir, { recursive: true, force: true });
    if (problems.length > 0) throw new Error(`Playground.close: ${problems.join('; ')}`);
  }

  // ---- internals -----------------------------------------------------------------------------

  private async startBot(options: PlaygroundOptions): Promise<string> {
    const db = await freshDatabase();
    this.dropDb = () => db.drop();
    const config = loadConfig({
      LOG_LEVEL: options.logLevel ?? process.env.E2E_LOG_LEVEL ?? 'silent',
      ...options.env,
      MONGODB_DB: db.name,
      // The Playground cannot authenticate: Bot Framework auth must be off.
      BOT_ID: '',
    });
    const { server } = composeBot({
      config,
      log: createLogger(config.LOG_LEVEL),
      db: db.db,
      ready: () => db.ping(),
    });
    server.pre((req, res, next) => {
      this.botInFlight += 1;
      res.once('close', () => {
        this.botInFlight -= 1;
        const body = (req.body ?? {}) as { type?: unknown; text?: unknown };
        this.botRequests.push({
          type: typeof body.type === 'string' ? body.type : '(none)',
          text: typeof body.text === 'string' ? body.text : undefined,
        });
      });
      return next();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    this.stopServer = () =>
      withTimeout(
        new Promise<void>((done) => {
          // Keep-alive sockets from the Playground would hold close() open.
          (server.server as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => done());
        }),
        5_000,
        'bot server close',
      );
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  }

  private async startPlayground(botUrl: string): Promise<void> {
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
    const requested = await freePort();
    const child = spawn(
      process.execPath,
      [cli, '-e', botUrl, '-c', 'msteams', '--dt', '-p', String(requested)],
      {
        cwd: this.workDir,
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_LOGFILE: join(this.workDir, 'playground.log'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so close() can stop anything it started.
        detached: true,
      },
    );
    this.child = child;
    this.childExit = new Promise((done) => child.once('exit', () => done()));
    let port = 0;
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        const listening = /Listening on (\d+)/.exec(line);
        if (listening?.[1]) port = Number(listening[1]);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exited: number | null | undefined;
    child.once('exit', (code) => (exited = code));

    await this.until(
      () => {
        if (exited !== undefined) throw new Error(`the Playground CLI exited (code ${exited})`);
        return port > 0;
      },
      'the Playground CLI to print "Listening on <port>"',
      this.startTimeoutMs,
    );
    // It falls back to a random port when the requested one is taken.
    this.url = `http://127.0.0.1:${port}`;
    await this.until(
      async () => {
        const response = await fetch(`${this.url}/_debug/ping`).catch(() => undefined);
        return response?.ok === true;
      },
      `GET ${this.url}/_debug/ping`,
      this.startTimeoutMs,
    );
    // testConfig, not config: the latter re-probes the bot and writes to the log panel.
    const response = await fetch(`${this.url}/_internal/v1/testConfig`);
    this.config = ((await response.json()) as { config: TestConfig }).config;
    this.botName = this.config.bot.name;
    this.userName = this.config.currentUser.name;
  }

  private async openPage(): Promise<void> {
    const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
      throw new Error(
        `No Chromium at ${executablePath}: run scripts/ensure-chromium.sh or set CHROMIUM_PATH`,
      );
    }
    this.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
    this.page = await this.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    this.page.setDefaultTimeout(this.timeoutMs);
    const before = this.botRequests.length;
    // Not 'load': that also waits for web fonts from a CDN, which may hang offline.
    await this.page.goto(`${this.url}/`, { waitUntil: 'domcontentloaded', timeout: this.startTimeoutMs });
    await this.page
      .getByRole('tree', { name: 'Personal and Group Chat' })
      .waitFor({ timeout: this.startTimeoutMs });
    // The page opens the personal chat by itself, which greets the bot.
    const personal = this.requireConfig().personalChat.name;
    this.current = personal;
    this.opened.add(personal);
    await this.until(
      () => this.botRequests.slice(before).some((r) => r.type === 'conversationUpdate'),
      'the bot to get conversationUpdate for the personal chat',
      this.startTimeoutMs,
    );
    await this.settle();
  }

  /** Waits until the bot has no turn in flight and the message list has not grown for a moment. */
  private async settle(quietMs = 600): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    let count = -1;
    let stableSince = Date.now();
    while (Date.now() < deadline) {
      const now = (await this.messages()).length;
      if (now !== count || this.botInFlight > 0) {
        count = now;
        stableSince = Date.now();
      } else if (Date.now() - stableSince >= quietMs) {
        return;
      }
      await sleep(POLL_MS);
    }
    throw new Error(`the conversation did not settle within ${this.timeoutMs} ms`);
  }

  /** Tags every message on screen and returns the highest number given so far. */
  private async tagAll(): Promise<number> {
    await this.messages();
    return Number((await this.page.locator('body').getAttribute(COUNTER)) ?? '0');
  }

  private toMessage(m: ScannedMessage): ChatMessage {
    const locator = this.page.locator(`[${SEQ}="${m.seq}"]`);
    return {
      ...m,
      fromBot: m.author === this.botName,
      locator,
      card: locator.locator('.ac-adaptiveCard').first(),
      thread: m.kind === 'chat' ? locator : locator.locator('xpath=ancestor::*[@role="group"][1]'),
    };
  }

  private async until(
    check: () => boolean | Promise<boolean>,
    what: string,
    timeoutMs = this.timeoutMs,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await sleep(POLL_MS);
    }
  }

  /** Runs one action; on failure adds a screenshot and the Playground's last output to the error. */
  private async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      return this.fail(name, error);
    }
  }

  private async fail(name: string, error: unknown): Promise<never> {
    this.failed = true;
    const shot = await this.screenshot(name);
    const message = [
      `Playground ${name} failed: ${(error as Error)?.message ?? String(error)}`,
      `  conversation: ${this.current || '(none)'}; bot received: ${this.botRequests.map((r) => r.type).join(', ') || 'nothing'}`,
      shot ? `  screenshot: ${shot}` : `  work dir: ${this.workDir}`,
      `  last Playground output:`,
      ...this.outputTail()
        .split('\n')
        .map((line) => `    ${line}`),
    ].join('\n');
    const wrapped = new Error(message);
    const frames =
      error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
    if (frames.length > 0) wrapped.stack = `${message}\n${frames.join('\n')}`;
    throw wrapped;
  }

  private async stopPlayground(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const group = -child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(group, name);
      } catch {
        /* already gone */
      }
    };
    signal('SIGTERM');
    const stopped = await Promise.race([this.childExit?.then(() => true), grace(5_000).then(() => false)]);
    if (!stopped) {
      signal('SIGKILL');
      await Promise.race([this.childExit, grace(2_000)]);
    }
  }

  private requireConfig(): TestConfig {
    if (!this.config) throw new Error('The Playground is not started');
    return this.config;
  }

  private requireCurrent(): string {
    if (!this.current) throw new Error('No conversation is open: call openConversation() first');
    return this.current;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** A sleep that does not keep the process alive: for the losing side of a race. */
function grace(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
