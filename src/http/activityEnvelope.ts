import { z } from 'zod';
import { INPUT_LIMITS as L } from '../limits';

/**
 * Teams ids are visible ASCII ("19:…@thread.tacv2", "29:…", GUIDs); they travel in URL paths and
 * HTTP headers of the replies, where anything else is refused, so they are refused here first.
 */
const idString = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[\x21-\x7e]+$/, 'visible ASCII characters only');

const account = (idMax: number) =>
  z
    .object({
      id: idString(idMax),
      name: z.string().max(L.nameChars).optional(),
      aadObjectId: idString(L.idChars).optional(),
      role: z.string().max(32).optional(),
    })
    .passthrough();

const optionalId = idString(L.idChars).optional();
const reference = z.object({ id: optionalId, name: z.string().max(L.nameChars).optional() }).passthrough();

/**
 * What a mention must have besides its type: whom and which text. Only checked, never kept (the
 * entity passes through as sent), so no unknown key is copied; built once, not per mention.
 */
const Mention = z.object({
  mentioned: z.object({ id: z.string().max(L.idChars) }),
  text: z.string().max(L.textChars),
});

const entity = z
  .object({ type: z.string().min(1).max(64) })
  .passthrough()
  .superRefine((value, ctx) => {
    // botbuilder removes the bot's @mention from the text: a mention must say whom and which text.
    if (value.type.toLowerCase() !== 'mention') return;
    const mention = Mention.safeParse(value);
    if (!mention.success) {
      for (const issue of mention.error.issues) ctx.addIssue({ ...issue, path: issue.path });
    }
  });

/**
 * An Action.Execute invoke, as Teams sends it: teams-ai's card routes read exactly these fields. Only
 * checked, never kept: `data` must be an object, whatever its keys and values.
 */
const CardActionValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(128).optional(),
    data: z.object({}).optional(),
  }),
});

/** JSON text length of card data; the body limit bounds the work of measuring it. */
function jsonLength(value: unknown): number {
  return value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0);
}

/**
 * What an incoming body must be before anything reads it: every field the bot or its libraries use is
 * typed and bounded by INPUT_LIMITS. Other fields pass through untouched.
 */
export const ActivityEnvelope = z
  .object({
    type: z.string().min(1).max(64),
    id: optionalId,
    name: z.string().max(128).optional(),
    // Replies are posted there: an http(s) URL only.
    serviceUrl: z
      .string()
      .max(L.serviceUrlChars)
      .url()
      .regex(/^https?:\/\//i, 'an http or https URL'),
    channelId: idString(L.channelIdChars),
    conversation: z
      .object({
        id: idString(L.idChars),
        tenantId: optionalId,
        conversationType: z.string().max(32).optional(),
      })
      .passthrough(),
    from: account(L.idChars),
    recipient: account(L.botIdChars),
    locale: z.string().max(L.localeChars).optional(),
    text: z.string().max(L.textChars).optional(),
    replyToId: optionalId,
    timestamp: z.string().max(64).optional(),
    localTimestamp: z.string().max(64).optional(),
    expiration: z.string().max(64).optional(),
    entities: z.array(entity).max(L.entities).optional(),
    attachments: z
      .array(z.object({ contentType: z.string().max(255) }).passthrough())
      .max(L.attachments)
      .optional(),
    membersAdded: z.array(account(L.idChars)).max(L.members).optional(),
    membersRemoved: z.array(account(L.idChars)).max(L.members).optional(),
    channelData: z
      .object({ tenant: reference.optional(), team: reference.optional(), channel: reference.optional() })
      .passthrough()
      .optional(),
    value: z
      .unknown()
      .refine((value) => jsonLength(value) <= L.valueChars, `at most ${L.valueChars} characters of JSON`),
  })
  .passthrough()
  .superRefine((activity, ctx) => {
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      const value = CardActionValue.safeParse(activity.value);
      if (!value.success) {
        for (const issue of value.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] });
      }
    }
    const mentions = (activity.entities ?? []).some((e) => e.type.toLowerCase() === 'mention');
    if (mentions && activity.type === 'message' && activity.text === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: 'Required with a mention' });
    }
  });
export type ActivityEnvelope = z.infer<typeof ActivityEnvelope>;

export type EnvelopeResult =
  | { readonly ok: true; readonly activity: ActivityEnvelope }
  | { readonly ok: false; readonly problems: string[] };

/** Checks a parsed body; `problems` name each field and what it must be ("conversation.id: ..."). */
export function parseEnvelope(body: unknown): EnvelopeResult {
  const parsed = ActivityEnvelope.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
  };
}
