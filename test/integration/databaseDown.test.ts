import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VERB } from '../../src/cards/verbs';
import { t } from '../../src/i18n';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/storage/embeddedDatabase';
import { breakFix, DETAILS } from '../helpers/answers';
import { BotHarness, cardOf, cardText, type TurnResult } from '../helpers/botHarness';
import { stopped } from '../helpers/database';
import {
  cardActions,
  findAction,
  inputValue,
  invokeCard,
  WizardDriver,
  type Card,
} from '../helpers/wizardDriver';

/** The card of the bot's reply (a slow turn may send a typing indicator first). */
const replyCard = (result: TurnResult) => cardOf(result.sent.find((a) => a.type === 'message'));

/** The card's Retry button, if any: it presses the same verb again with the same data and inputs. */
const retryOf = (card: Card) => cardActions(card).find((a) => a.title === t('en', 'action.retry'));

/** The operation timeout the bot runs with here (MONGODB_OPERATION_TIMEOUT_MS). */
const TIMEOUT_MS = 1_500;

/** Runs `turn`, adding how long it took to `times`. */
async function timed<T>(times: number[], turn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await turn();
  } finally {
    times.push(Date.now() - started);
  }
}

/**
 * What users meet while the database is away, then back: help and FAQ answers keep working; a
 * wizard step or ticket action answers quickly with the same card, the inputs in it, a notice and a
 * Retry button; readiness is red; and it all works again once the database is back, no restart.
 * Quickly means that all the turns together wait about one operation timeout: once a call has
 * timed out, the others fail at once.
 */
function outageSuite(
  name: string,
  outage: () => { start(): Promise<void>; end(): Promise<void> },
  bot: BotHarness,
) {
  describe(name, () => {
    it('keeps help and FAQ answers, keeps the step and the ticket on screen with a Retry, and recovers', async () => {
      // A ticket, and a wizard on its details step, while the database answers.
      const ticketWizard = new WizardDriver(bot);
      await ticketWizard.startByText();
      await ticketWizard.complete(breakFix('azure', 'B'));
      const ticketCard = await ticketWizard.submit();
      await bot.delivered();
      const open = invokeCard(
        await bot.execute(VERB.ticketRefresh, findAction(ticketCard, VERB.ticketRefresh)?.data ?? {}),
      );
      const wizard = new WizardDriver(bot);
      await wizard.startByText();
      await wizard.complete(breakFix('azure', 'A'), 'details');

      const cut = outage();
      await cut.start();
      const times: number[] = [];
      try {
        // Help and FAQ answer as usual.
        expect(cardText(replyCard(await timed(times, () => bot.message('help'))))).toContain('CSP');
        const faq = await timed(times, () => bot.message('Is phone support available?'));
        expect(cardText(replyCard(faq))).toMatch(/phone/i);

        // The details step comes back as it was, with what was typed, a notice and a Retry.
        const step = await timed(times, () =>
          wizard.next({ ...DETAILS, title: 'Typed while the database was away' }),
        );
        expect(wizard.position(step).step).toBe('details');
        expect(cardText(step)).toContain(t('en', 'wizard.saveFailed'));
        expect(inputValue(step, 'title')).toBe('Typed while the database was away');
        expect(retryOf(step)?.verb).toBe(VERB.wizardNext);

        // A ticket action shows the ticket as last seen, changes nothing, and offers a Retry.
        const withdraw = invokeCard(
          await timed(times, () =>
            bot.execute(VERB.ticketWithdraw, findAction(open, VERB.ticketWithdraw)?.data ?? {}),
          ),
        );
        expect(cardText(withdraw)).toContain(t('en', 'db.unavailableKept'));
        expect(cardText(withdraw)).toContain(t('en', 'ticket.status.ready-to-file'));
        expect(retryOf(withdraw)?.verb).toBe(VERB.ticketWithdraw);

        // A new wizard cannot start: the reply says so and offers to try again.
        const start = await timed(times, () => bot.message('new ticket'));
        // Nothing was typed but the command: the notice says to retry, not that inputs are kept.
        expect(cardText(replyCard(start))).toContain(t('en', 'db.unavailableRetry'));
        expect(retryOf(replyCard(start) ?? {})?.verb).toBe(VERB.wizardStart);
        const mine = await timed(times, () => bot.message('my tickets'));
        expect(cardText(replyCard(mine))).toContain(t('en', 'db.unavailableRetry'));
        expect(retryOf(replyCard(mine) ?? {})?.verb).toBe(VERB.ticketList);
        // The start button, pressed by someone the bot has never seen (no answers of theirs to offer).
        const newcomer = { id: 'user-new', name: 'Grace Newcomer', aadObjectId: 'aad-user-new' };
        const pressed = invokeCard(
          await timed(times, () =>
            bot.execute(VERB.wizardStart, { origin: 'command', lang: 'en' }, { from: newcomer }),
          ),
        );
        expect(cardText(pressed)).toContain(t('en', 'db.unavailableRetry'));
        expect(retryOf(pressed)?.verb).toBe(VERB.wizardStart);

        // About one timeout in all, whatever number of database calls the turns made.
        const total = times.reduce((sum, ms) => sum + ms, 0);
        expect(total).toBeLessThan(TIMEOUT_MS + 1_000);

        const ready = await timed(times, () => fetch(bot.url('/readyz')));
        expect(ready.status).toBe(503);
        expect(times.at(-1)).toBeLessThan(500);
        expect((await fetch(bot.url('/healthz'))).status).toBe(200);
      } finally {
        await cut.end();
      }

      // Back: once the database answers again (no restart), Retry on the step card moves on.
      for (let i = 0; i < 100 && (await fetch(bot.url('/readyz'))).status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      // (Teams sends the card's inputs as shown: what was typed, kept on the card.)
      await wizard.complete({}, 'review');
      expect(cardText(wizard.card)).toContain('Typed while the database was away');
      expect((await fetch(bot.url('/readyz'))).status).toBe(200);
    }, 60_000);
  });
}

describe('when the database goes away (real turns)', () => {
  // A database of its own, so it can be stopped or frozen without touching other tests' database.
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cspbot-outage-')), 'db');
  const projectRoot = resolve(__dirname, '..', '..');
  let embedded: EmbeddedDatabase;
  const bot = new BotHarness();
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ projectRoot, dataDir });
    await bot.start({ MONGODB_OPERATION_TIMEOUT_MS: String(TIMEOUT_MS) }, { databaseUri: embedded.uri });
  });
  afterAll(async () => {
    await bot.stop();
    await embedded.stop();
  });

  outageSuite(
    'stopped (the server is gone: connections refused)',
    () => ({
      start: () => embedded.stop(),
      end: async () => {
        embedded = await startEmbeddedDatabase({
          projectRoot,
          dataDir,
          port: Number(new URL(embedded.uri).port),
        });
      },
    }),
    bot,
  );

  outageSuite(
    'frozen (the process stopped with SIGSTOP: connections hang)',
    () => ({
      start: async () => {
        process.kill(embedded.pid, 'SIGSTOP');
        await stopped(embedded.pid);
      },
      end: async () => {
        process.kill(embedded.pid, 'SIGCONT');
      },
    }),
    bot,
  );
});
