import { isDeepStrictEqual } from 'node:util';
import { LRUCache } from 'lru-cache';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { DetailsAnswersSchema, PROBLEM_TYPES, ROLES, SERVICES } from '../domain/wizard/model';
import { INPUT_LIMITS } from '../limits';
import type { PartnerKey, PartnerProfile, PartnerProfileStore } from '../services/ports';
import { rateLimited } from './rateLimit';

export const PARTNER_PROFILES_COLLECTION = 'partnerProfiles';

const id = z.string().min(1).max(INPUT_LIMITS.idChars);
const ProfileDocument = z
  .object({
    /** `<tenant id>/<user object id>`: one document per user per tenant, found by its _id. */
    _id: z
      .string()
      .min(3)
      .max(INPUT_LIMITS.idChars * 2 + 1),
    tenantId: id,
    userId: id,
    role: z.enum(ROLES),
    contact: DetailsAnswersSchema.shape.contact,
    helpdeskAdmin: z.boolean().optional(),
    service: z.enum(SERVICES).optional(),
    problemType: z.enum(PROBLEM_TYPES).optional(),
    updatedAt: z.date(),
  })
  .strict();
type ProfileDocument = z.infer<typeof ProfileDocument>;

const KeySchema = z.object({ tenantId: id, userId: id }).strict();

/** How many users' profiles one store keeps in memory, as it last read or wrote them, and for how long. */
const KNOWN_PROFILES = 1_000;
const KNOWN_FOR_MS = 60 * 60 * 1000;

/** What `remember(profile)` leaves over `known`, as its `$set` does: the fields `profile` has replace, the others stay. */
function merged(known: PartnerProfile | null, profile: PartnerProfile): PartnerProfile {
  const set = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));
  return { ...known, ...set } as PartnerProfile;
}

/**
 * What each partner answered about themselves on their last ticket, one document per user and tenant.
 * `updatedAt` is when the answers last changed: a ticket filed with the answers this store last read
 * or wrote for the user (within the hour) writes nothing, which saves a command on most submits. Another
 * instance may have changed them in between only if the same user filed on it meanwhile, and then
 * their answers there are kept.
 */
export class MongoPartnerProfileStore implements PartnerProfileStore {
  private readonly collection: Collection<ProfileDocument>;
  private readonly known = new LRUCache<string, { profile: PartnerProfile | null }>({
    max: KNOWN_PROFILES,
    ttl: KNOWN_FOR_MS,
  });

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<ProfileDocument>(PARTNER_PROFILES_COLLECTION));
  }

  private static idOf(key: PartnerKey): string {
    const { tenantId, userId } = KeySchema.parse(key);
    return `${tenantId}/${userId}`;
  }

  async get(key: PartnerKey): Promise<PartnerProfile | null> {
    const _id = MongoPartnerProfileStore.idOf(key);
    const profile = MongoPartnerProfileStore.read(await this.collection.findOne({ _id }));
    this.known.set(_id, { profile });
    return profile;
  }

  private static read(raw: unknown): PartnerProfile | null {
    if (!raw) return null;
    const doc = ProfileDocument.safeParse(raw);
    // A document this version cannot read is as good as none: the wizard simply asks.
    if (!doc.success) return null;
    const { role, contact, helpdeskAdmin, service, problemType } = doc.data;
    return {
      role,
      contact,
      ...(helpdeskAdmin !== undefined && { helpdeskAdmin }),
      ...(service !== undefined && { service }),
      ...(problemType !== undefined && { problemType }),
    };
  }

  async remember(key: PartnerKey, profile: PartnerProfile, at: Date): Promise<void> {
    const doc = ProfileDocument.parse({
      _id: MongoPartnerProfileStore.idOf(key),
      tenantId: key.tenantId,
      userId: key.userId,
      role: profile.role,
      contact: profile.contact,
      ...(profile.helpdeskAdmin !== undefined && { helpdeskAdmin: profile.helpdeskAdmin }),
      ...(profile.service !== undefined && { service: profile.service }),
      ...(profile.problemType !== undefined && { problemType: profile.problemType }),
      updatedAt: at,
    });
    const { _id, ...fields } = doc;
    const known = this.known.get(_id);
    const next = merged(known?.profile ?? null, profile);
    if (known?.profile && isDeepStrictEqual(next, known.profile)) return;
    // Forgotten first: should the write fail, the next ticket writes again.
    this.known.delete(_id);
    // One single-document upsert; a Helpdesk admin answer from an earlier ticket stays when this one had none.
    await this.collection.updateOne({ _id }, { $set: fields }, { upsert: true });
    // What the document holds now is known when it was known before or this profile sets every field.
    const complete =
      next.helpdeskAdmin !== undefined && next.service !== undefined && next.problemType !== undefined;
    if (known || complete) this.known.set(_id, { profile: next });
  }
}
