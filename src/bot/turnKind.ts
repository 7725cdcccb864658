import { ActivityTypes } from 'botbuilder';
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

/**
 * `value` as an object whose fields can be read, or undefined for anything else (null, a list, a
 * primitive). The activity passed the envelope already: this only picks out what metrics name.
 */
function fieldsOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const optionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

/**
 * The fields of a turn that name it: its type and name, and a card action's verb. Undefined when
 * one of them is not of its shape (a type or name that is not text, a value or action that is not an
 * object), and the turn is then `other`.
 */
function turnShape(activity: unknown): { type?: string; name?: string; verb?: unknown } | undefined {
  const fields = fieldsOf(activity);
  if (!fields || !optionalString(fields.type) || !optionalString(fields.name)) return undefined;
  const { type, name, value } = fields;
  if (value === undefined) return { type, name };
  const valueFields = fieldsOf(value);
  if (!valueFields) return undefined;
  if (valueFields.action === undefined) return { type, name };
  const action = fieldsOf(valueFields.action);
  return action ? { type, name, verb: action.verb } : undefined;
}

/** What kind of turn an activity starts, for metrics and traces: bounded values, never ids or text. */
export function describeTurn(activity: unknown): TurnKind {
  const shape = turnShape(activity);
  const type = shape?.type ?? '';
  const activityType = ACTIVITY_TYPES.has(type) ? type : 'other';
  if (activityType !== ActivityTypes.Invoke || !shape) return { activityType };
  const name = shape.name ?? '';
  const invokeName = INVOKE_NAMES.has(name) ? name : 'other';
  if (invokeName !== 'adaptiveCard/action') return { activityType, invokeName };
  return { activityType, invokeName, verb: isVerb(shape.verb) ? shape.verb : 'unknown' };
}
