import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { MAX_KEPT_QUESTION } from '../domain/faq/report';
import { LANGS } from '../domain/lang';
import type { UnansweredQuestion, UnansweredStore } from '../services/ports';
import { rateLimited } from './rateLimit';

export const UNANSWERED_COLLECTION = 'unanswered';

const UnansweredDocument = z
  .object({
    _id: z.string().uuid(),
    question: z
      .string()
      .min(1)
      .max(MAX_KEPT_QUESTION * 2),
    lang: z.enum(LANGS),
    suggestions: z.array(z.string().max(100)).max(3),
    at: z.date(),
  })
  .strict();
type UnansweredDocument = z.infer<typeof UnansweredDocument>;

/** Questions the FAQ could not answer, one document per question asked (inserts only). */
export class MongoUnansweredStore implements UnansweredStore {
  private readonly collection: Collection<UnansweredDocument>;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<UnansweredDocument>(UNANSWERED_COLLECTION));
  }

  async record(question: UnansweredQuestion): Promise<void> {
    await this.collection.insertOne(UnansweredDocument.parse({ _id: randomUUID(), ...question }));
  }

  async top(since: Date, limit: number): Promise<{ question: string; count: number }[]> {
    const rows = await this.collection
      .aggregate([
        { $match: { at: { $gte: since } } },
        { $group: { _id: '$question', count: { $sum: 1 } } },
        { $sort: { count: -1, _id: 1 } },
        { $limit: limit },
      ])
      .toArray();
    return rows.map((row) => ({ question: String(row._id), count: Number(row.count) }));
  }

  async deleteBefore(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ at: { $lt: before } });
    return result.deletedCount;
  }
}
