import { ActivityTypes } from 'botbuilder';
import { z } from 'zod';
import { isVerb } from '../cards/verbs';
import type { TurnKind } from '../services/metrics';

const ACTIVITY_TYPES: ReadonlySet<string> = new Set(Object.values(ActivityTypes));

/** The invokes Teams sends to a bot; anything else is counted as `other`, so labels stay bounded. */
const INVOKE_NAMES: ReadonlySet<string> = new Set([
  'adaptiveCard/action',
  'task/fetch',
  'task/submit',
  'composeExtension/query',
  'composeExtension/submitAction',
  'composeExtension/fetchTask',
  'composeExtension/queryLink',
  'composeExtension/selectItem',
  'signin/verifyState',
  'signin/tokenExchange',
  'fileConsent/invoke',
  'config/fetch',
  'config/submit',
  'tab/fetch',
  'tab/submit',
  'message/submitAction',
  'actionableMessage/executeAction',
  'healthCheck',
]);

const TurnShape = z
  .object({
    type: z.string().optional(),
    name: z.string().optional(),
    value: z
      .object({ action: z.object({ verb: z.unknown().optional() }).passthrough().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** What kind of turn an activity starts, for metrics and traces: bounded values, never ids or text. */
export function describeTurn(activity: unknown): TurnKind {
  const parsed = TurnShape.safeParse(activity);
  const type = parsed.success ? (parsed.data.type ?? '') : '';
  const activityType = ACTIVITY_TYPES.has(type) ? type : 'other';
  if (activityType !== ActivityTypes.Invoke || !parsed.success) return { activityType };
  const name = parsed.data.name ?? '';
  const invokeName = INVOKE_NAMES.has(name) ? name : 'other';
  if (invokeName !== 'adaptiveCard/action') return { activityType, invokeName };
  const verb = parsed.data.value?.action?.verb;
  return { activityType, invokeName, verb: isVerb(verb) ? verb : 'unknown' };
}
