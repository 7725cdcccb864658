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

/** What each partner answered about themselves on their last ticket, one document per user and tenant. */
export class MongoPartnerProfileStore implements PartnerProfileStore {
  private readonly collection: Collection<ProfileDocument>;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<ProfileDocument>(PARTNER_PROFILES_COLLECTION));
  }

  private static idOf(key: PartnerKey): string {
    const { tenantId, userId } = KeySchema.parse(key);
    return `${tenantId}/${userId}`;
  }

  async get(key: PartnerKey): Promise<PartnerProfile | null> {
    const raw = await this.collection.findOne({ _id: MongoPartnerProfileStore.idOf(key) });
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
    // One single-document upsert; a Helpdesk admin answer from an earlier ticket stays when this one had none.
    await this.collection.updateOne({ _id }, { $set: fields }, { upsert: true });
  }
}
