import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { LANGS } from '../domain/lang';
import { INPUT_LIMITS } from '../limits';
import type { TicketChannel, TicketChannelStore } from '../services/ports';
import { rateLimited } from './rateLimit';

export const TICKET_CHANNELS_COLLECTION = 'ticketChannels';

const id = z.string().min(1).max(512);
const ChannelDocument = z
  .object({
    _id: id,
    channelId: id,
    teamId: id.optional(),
    serviceUrl: z.string().url().max(2048),
    lang: z.enum(LANGS),
    setBy: z.object({ id, name: z.string().max(INPUT_LIMITS.nameChars) }).strict(),
    at: z.date(),
  })
  .strict();
type ChannelDocument = z.infer<typeof ChannelDocument>;

/** One ticket channel per tenant, keyed by the tenant id; setting it again moves it. */
export class MongoTicketChannelStore implements TicketChannelStore {
  private readonly collection: Collection<ChannelDocument>;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<ChannelDocument>(TICKET_CHANNELS_COLLECTION));
  }

  async set(channel: TicketChannel): Promise<void> {
    const { tenantId, ...rest } = channel;
    const doc = ChannelDocument.parse({ _id: tenantId, ...rest });
    await this.collection.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async forget(tenantId: string, where: { channelId: string } | { teamId: string }): Promise<boolean> {
    const filter =
      'channelId' in where
        ? { _id: tenantId, channelId: where.channelId }
        : { _id: tenantId, teamId: where.teamId };
    return (await this.collection.deleteOne(filter)).deletedCount === 1;
  }

  async get(tenantId: string): Promise<TicketChannel | null> {
    const raw = await this.collection.findOne({ _id: tenantId });
    if (!raw) return null;
    const { _id, ...rest } = ChannelDocument.parse(raw);
    return { tenantId: _id, ...rest };
  }
}
