import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';
import type { Logger } from '../log';
import type { PartnerKey } from '../services/ports';
import type { TeamsContact } from '../services/wizardService';
import { tenantOf } from './turn';

/** How long a new wizard waits for Teams to say who the partner is before it asks instead. */
export const MEMBER_LOOKUP_MS = 1_500;

/** The user and tenant whose answers are remembered: only a Microsoft Entra user in a tenant has one. */
export function partnerOf(context: TurnContext): PartnerKey | undefined {
  const userId = context.activity.from?.aadObjectId;
  const tenantId = tenantOf(context);
  if (typeof userId !== 'string' || userId === '' || userId.length > INPUT_LIMITS.idChars) return undefined;
  if (tenantId === undefined || tenantId.length > INPUT_LIMITS.idChars) return undefined;
  return { tenantId, userId };
}

/** What the connector's member lookup answers, as far as a contact goes; anything else is ignored. */
const MemberSchema = z.object({
  name: z.string().max(INPUT_LIMITS.nameChars).optional().catch(undefined),
  email: z.string().max(INPUT_LIMITS.nameChars).optional().catch(undefined),
  userPrincipalName: z.string().max(INPUT_LIMITS.nameChars).optional().catch(undefined),
});

/**
 * Looks the acting user up through the Teams connector (name and email), within MEMBER_LOOKUP_MS.
 * Outside Teams, on an error or when it takes longer, it answers nothing: the wizard then asks.
 */
export function teamsContactLookup(
  context: TurnContext,
  log: Logger,
): () => Promise<TeamsContact | undefined> {
  return async () => {
    if (context.activity.channelId !== 'msteams' || !context.activity.from?.id) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), MEMBER_LOOKUP_MS);
    });
    const lookup = TeamsInfo.getMember(context, context.activity.from.id).then(
      (member: unknown) => member,
      (error: unknown) => {
        log.debug({ err: error }, 'the Teams member lookup failed');
        return undefined;
      },
    );
    try {
      const member = MemberSchema.safeParse(await Promise.race([lookup, late]));
      if (!member.success) return undefined;
      const { name, email, userPrincipalName } = member.data;
      const mail = email ?? (userPrincipalName?.includes('@') ? userPrincipalName : undefined);
      return {
        ...(name && { name: name.trim() }),
        ...(mail && { email: mail.trim() }),
      };
    } finally {
      clearTimeout(timer);
    }
  };
}
