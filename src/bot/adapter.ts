import {
  ActivityTypes,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../log';
import { failedActionCard } from '../cards/noticeCard';
import { t } from '../i18n';
import { quietConsoleDuringAuthentication } from './authentication';
import { KeptByKey } from './keptClients';
import { langFromLocale } from './language';

export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<BotAdapter['botFrameworkAuthentication']['createUserTokenClient']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];

/** The app id botbuilder makes a turn's clients for: the token's audience, else its appid claim. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
}

/** Service URLs are a few per region; a bound all the same, since they come from requests. */
const KEPT_CLIENTS = 100;

/**
 * The teams-ai adapter with token validation and turn processing as two separate steps, so the HTTP
 * endpoint (src/bot/incoming.ts) can answer a failed validation itself: CloudAdapter.process would
 * answer it with the library's error text and print a stack trace.
 */
export class BotAdapter extends TeamsAdapter {
  /**
   * CloudAdapter makes a connector client and a user token client, each with its own HTTP pipeline,
   * for every turn. They hold nothing of the turn (credentials are per app id and audience, and
   * cache their own tokens), so they are kept per app id, service URL and audience, as botbuilder's
   * BotFrameworkAdapter kept its connector clients.
   */
  private readonly connectors = new KeptByKey<ConnectorClient>(KEPT_CLIENTS);
  private readonly userTokens = new KeptByKey<UserTokenClient>(KEPT_CLIENTS);

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const authentication = this.botFrameworkAuthentication;
    const makeUserTokenClient = authentication.createUserTokenClient.bind(authentication);
    authentication.createUserTokenClient = (identity) =>
      this.userTokens.get(appIdOf(identity), () => makeUserTokenClient(identity));
  }

  /** Validates the request's Bot Framework token; with authentication off, an anonymous identity. */
  authenticate(activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
  }

  /** Runs an authenticated activity through the turn; resolves to the invoke response, if any. */
  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const made = auth.connectorFactory;
    if (!made) return this.processActivity(auth, activity, logic);
    const appId = appIdOf(auth.claimsIdentity);
    const connectorFactory: ConnectorFactory = {
      create: (serviceUrl, audience) =>
        this.connectors.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () =>
          made.create(serviceUrl, audience),
        ),
    };
    return this.processActivity({ ...auth, connectorFactory }, activity, logic);
  }
}

export interface AdapterOptions {
  /**
   * botbuilder's token validation settings, replacing the public-cloud defaults; integration tests
   * point them at a local token issuer. Given at all, every setting must be given.
   */
  authenticationConfig?: ConfigurationBotFrameworkAuthenticationOptions;
}

/**
 * The Bot Framework adapter. With BOT_ID empty, authentication is off (local Playground and tests).
 * The turn-error handler logs and tells the user in their language (a message, or for a card action a
 * card), never with a stack trace, and never throws itself.
 */
export function createAdapter(config: Config, log: Logger, options: AdapterOptions = {}): BotAdapter {
  quietConsoleDuringAuthentication();
  const adapter = new BotAdapter(
    options.authenticationConfig ?? {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: config.BOT_ID ?? '',
      MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
      MicrosoftAppType: config.BOT_TYPE,
      MicrosoftAppTenantId: config.BOT_TENANT_ID ?? '',
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    try {
      await answerTurnError(context, error, config, log);
    } catch (failure) {
      try {
        log.error({ err: failure }, 'turn-error handler failed');
      } catch {
        // Nothing left to report to: the request still gets its HTTP answer.
      }
    }
  };
  return adapter;
}

/** Errors that mean the database did not answer (a deadline, or the driver's network errors). */
const UNAVAILABLE_ERRORS = new Set([
  'DatabaseTimeoutError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Error && UNAVAILABLE_ERRORS.has(error.name);
}

async function answerTurnError(
  context: TurnContext,
  error: unknown,
  config: Config,
  log: Logger,
): Promise<void> {
  const activity: Partial<Activity> = context.activity ?? {};
  log.error({ err: error, activityId: activity.id, activityType: activity.type }, 'unhandled error in turn');
  const lang = langFromLocale(activity.locale, config.DEFAULT_LOCALE);
  const text = t(lang, isDatabaseUnavailable(error) ? 'db.unavailable' : 'error.generic');
  if (activity.type === 'message') {
    await context.sendActivity(text).catch(() => undefined);
  } else if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
    // Teams shows a card answer in place of the card; the card the user acted on keeps its inputs.
    const card = failedActionCard(lang, text);
    await context
      .sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
        },
      })
      .catch(() => undefined);
  }
}
