import type { TurnContext } from 'botbuilder';
import type { Viewer } from '../domain/access';
import type { Lang } from '../domain/lang';
import { languageOf } from '../domain/language';
import type { ConversationRef } from '../domain/ticket';
import type { Logger } from '../log';
import { commandOf, type Command } from './commands';
import { langFromLocale } from './language';

/** Who acts in a turn, and from where, as Teams describes it. */
export interface TurnActor extends Viewer {
  name: string;
  conversation: ConversationRef;
  /** The card a card action came from, in a personal chat (where the answer replaces it for everyone). */
  personalCardId?: string;
}

interface TeamsChannelData {
  channel?: { id?: unknown };
  team?: { id?: unknown };
  tenant?: { id?: unknown };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The tenant of the activity: the conversation's, else Teams' channel data's; undefined when the
 * activity names none (not from Teams).
 */
export function tenantOf(context: TurnContext): string | undefined {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as TeamsChannelData;
  return text(a.conversation?.tenantId) ?? text(channelData.tenant?.id);
}

/** The acting user, the tenant and the conversation (with its team and channel in a team channel). */
export function actorOf(context: TurnContext): TurnActor {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as TeamsChannelData;
  const type = a.conversation.conversationType;
  const tenantId = tenantOf(context) ?? '';
  const channelId = text(channelData.channel?.id);
  const teamId = text(channelData.team?.id);
  const conversation: ConversationRef = {
    id: a.conversation.id,
    serviceUrl: a.serviceUrl,
    ...(type === 'personal' || type === 'groupChat' || type === 'channel' ? { type } : {}),
    ...(tenantId && { tenantId }),
    ...(channelId && { channelId }),
    ...(teamId && { teamId }),
  };
  return {
    userId: a.from.aadObjectId ?? a.from.id,
    name: a.from.name ?? '',
    tenantId,
    conversationId: a.conversation.id,
    conversation,
    ...(channelId && { channelId }),
    ...(teamId && { teamId }),
    ...(type === 'personal' && a.replyToId && { personalCardId: a.replyToId }),
    ...((type === 'groupChat' || type === 'channel' || a.conversation.isGroup === true) && { shared: true }),
  };
}

/** The language a card was drawn in (its data's `lang`), which wins over the client's locale. */
export function cardLang(data: unknown): Lang | undefined {
  const lang = (data as { lang?: unknown } | undefined)?.lang;
  return lang === 'pl' || lang === 'en' ? lang : undefined;
}

/** The Teams client's language, else the configured default. */
export function localeLang(context: TurnContext, fallback: Lang): Lang {
  return langFromLocale(context.activity.locale, fallback);
}

/** What every route needs to know about the turn, read once before any route runs. */
export interface Turn {
  /**
   * The language to answer in, by one precedence: the language of the card acted on, the language
   * of the command typed, the language of the text, the Teams client's locale, DEFAULT_LOCALE.
   */
  lang: Lang;
  actor: TurnActor;
  /** The text command the message is, if any. */
  command?: Command;
  /** The user's IANA time zone, when Teams says it (for dates on cards only that user sees). */
  timeZone?: string;
  /** The logger, with the activity id on every line. */
  log: Logger;
}

const TURN = Symbol('turn');

/**
 * Time zones found valid. Checking one builds a formatter, which costs far more than the rest of
 * reading the turn, and Teams sends the user's zone with every activity. Bounded (IANA has about 600).
 */
const validTimeZones = new Set<string>();
const MAX_TIME_ZONES = 2_000;

function timeZoneOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  if (validTimeZones.has(value)) return value;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return undefined;
  }
  if (validTimeZones.size >= MAX_TIME_ZONES) validTimeZones.clear();
  validTimeZones.add(value);
  return value;
}

/** Reads the turn; `fallback` is DEFAULT_LOCALE. */
export function readTurn(context: TurnContext, fallback: Lang, log: Logger): Turn {
  const a = context.activity;
  const data = (a.value as { action?: { data?: unknown } } | undefined)?.action?.data ?? a.value;
  const command = a.type === 'message' ? commandOf(a.text) : undefined;
  // A command's words say its language ("pomoc"), or none ("help", "?"): then the locale decides.
  const text =
    command === undefined && a.type === 'message' && typeof a.text === 'string'
      ? languageOf(a.text)
      : undefined;
  const lang = cardLang(data) ?? command?.lang ?? text ?? langFromLocale(a.locale, fallback);
  const timeZone = timeZoneOf(a.localTimezone);
  const activityId = typeof a.id === 'string' ? a.id.slice(0, 128) : undefined;
  // Most turns never log through it: the child logger is made when first asked for.
  let child: Logger | undefined;
  return {
    lang,
    actor: actorOf(context),
    ...(command && { command }),
    ...(timeZone && { timeZone }),
    get log() {
      child ??= log.child({ activityId });
      return child;
    },
  };
}

/** Reads the turn once and keeps it on the context for every route of this turn. */
export function startTurn(context: TurnContext, fallback: Lang, log: Logger): Turn {
  const turn = readTurn(context, fallback, log);
  context.turnState.set(TURN, turn);
  return turn;
}

/** The turn read before the routes ran (read now if it was not, e.g. in a unit test of one route). */
export function turnOf(context: TurnContext, fallback: Lang, log: Logger): Turn {
  return (context.turnState.get(TURN) as Turn | undefined) ?? startTurn(context, fallback, log);
}
