import type { TurnContext } from 'botbuilder';
import type { Viewer } from '../domain/access';
import type { ConversationRef } from '../domain/ticket';
import type { Lang } from '../i18n';
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
