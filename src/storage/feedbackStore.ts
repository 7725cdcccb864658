import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';
import type { Feedback, FeedbackStore } from '../services/ports';
import { rateLimited } from './rateLimit';

export const FEEDBACK_COLLECTION = 'feedback';

const FeedbackDocument = z
  .object({
    _id: z.string().min(1).max(2100),
    entryId: z.string().min(1).max(100),
    helpful: z.boolean(),
    locale: z.string().max(INPUT_LIMITS.localeChars),
    question: z.string().max(10_000),
    userId: z.string().min(1).max(512),
    at: z.date(),
  })
  .strict();
type FeedbackDocument = z.infer<typeof FeedbackDocument>;

/** Helpful / Not helpful votes on FAQ answers: one per user per answer, the last vote counts. */
export class MongoFeedbackStore implements FeedbackStore {
  private readonly collection: Collection<FeedbackDocument>;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<FeedbackDocument>(FEEDBACK_COLLECTION));
  }

  async record(feedback: Feedback): Promise<void> {
    const { key, ...rest } = feedback;
    const doc = FeedbackDocument.parse({ _id: key, ...rest });
    await this.collection.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async votesByEntry(since: Date): Promise<{ entryId: string; helpful: number; notHelpful: number }[]> {
    // One $group with $sum per kind of vote: the pipeline stages every supported database runs.
    const count = async (helpful: boolean) => {
      const rows = await this.collection
        .aggregate([
          { $match: { at: { $gte: since }, helpful } },
          { $group: { _id: '$entryId', count: { $sum: 1 } } },
        ])
        .toArray();
      return new Map(rows.map((row) => [String(row._id), Number(row.count)]));
    };
    const [helpful, notHelpful] = await Promise.all([count(true), count(false)]);
    const ids = new Set([...helpful.keys(), ...notHelpful.keys()]);
    return [...ids].map((entryId) => ({
      entryId,
      helpful: helpful.get(entryId) ?? 0,
      notHelpful: notHelpful.get(entryId) ?? 0,
    }));
  }
}
