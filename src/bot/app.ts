import { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { FaqService } from '../services/faqService';
import type { TicketPublisher } from '../services/ticketPublisher';
import type { TicketService } from '../services/ticketService';
import type { WizardService } from '../services/wizardService';
import type { BotContext } from './context';
import { registerChannels } from './routes/channels';
import { registerFallback } from './routes/fallback';
import { registerFaq } from './routes/faq';
import { registerTenantGate } from './routes/tenants';
import { registerTickets } from './routes/tickets';
import { registerUnknownActions } from './routes/unknownActions';
import { registerWelcome } from './routes/welcome';
import { registerWizard } from './routes/wizard';
import type { AppTurnState } from './state';

export interface AppDeps extends BotContext {
  readonly adapter: TeamsAdapter;
  readonly faq: FaqService;
  readonly wizard: WizardService;
  readonly tickets: TicketService;
  readonly publisher: TicketPublisher;
  readonly now: () => Date;
}

/**
 * The Teams application. Routes are tried in the order registered and the first match wins;
 * teams-ai answers invokes (card actions) before messages, as Teams wants an invoke reply within 5 s.
 *
 *  0. tenants (before every turn): a tenant not in ALLOWED_TENANT_IDS gets a polite refusal, nothing else
 *  1. welcome: the bot joins a conversation; "help" / "pomoc"; the help button
 *  2. wizard: "new ticket" / "nowe zgłoszenie" and every wizard step
 *  3. tickets: "my tickets" / "moje zgłoszenia" and every ticket card button (open, Microsoft
 *     request number, edit, withdraw), each checked against who may do it
 *  4. channels: "post tickets here" in a team channel makes it the tenant's ticket channel
 *  5. faq: "faq report" / "raport faq" for bot admins, Helpful / Not helpful votes, "ask" buttons,
 *     and any other text, answered from the knowledge
 *  6. unknown card actions: a verb no route above handles gets a clear card, nothing changes
 *  7. fallback: any other message (no text, e.g. only an attachment)
 */
export function createApp(deps: AppDeps): Application<AppTurnState> {
  // No storage: turn state is not used, so a turn touches the database only where its route does.
  const app = new Application<AppTurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.BOT_ID ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerTenantGate(app, deps);
  registerWelcome(app, deps);
  registerWizard(app, deps);
  registerTickets(app, deps);
  registerChannels(app, deps);
  registerFaq(app, deps);
  registerUnknownActions(app, deps);
  registerFallback(app, deps);
  return app;
}
