import { z } from 'zod';
import { CUSTOMER_DOMAIN_PLACEHOLDER, LINK_IDS } from './links';

/** Stable ids of the knowledge entries. Other modules (cards, feedback, evaluation) refer to entries by these. */
export const KNOWLEDGE_IDS = [
  'escalation.when',
  'escalation.roles',
  'escalation.criteria',
  'service-health',
  'submit.partner-center',
  'azure.create-request',
  'azure.reseller-access',
  'azure.helpdesk-admin',
  'azure.no-admin-rights',
  'm365.create-request',
  'dynamics.asfp',
  'dynamics.more-support',
  'marketplace.isv',
  'entitlement.scope',
  'entitlement.fees',
  'entitlement.own-subscription',
  'response.severity',
  'response.language',
  'response.non-break-fix',
  'phone',
  'bypass.azure-portal',
  'bypass.office365',
  'partner.duties',
  'partner.support-plans',
] as const;

export type KnowledgeId = (typeof KNOWLEDGE_IDS)[number];

export const knowledgeIdSchema = z.enum(KNOWLEDGE_IDS);

const text = z.string().trim().min(1);
const bilingual = z.object({ en: text, pl: text }).strict();
const bilingualList = z.object({ en: z.array(text), pl: z.array(text) }).strict();

export { CUSTOMER_DOMAIN_PLACEHOLDER };

/** Button titles: Teams cuts longer ones. */
const buttonTitle = z.object({ en: z.string().min(1).max(30), pl: z.string().min(1).max(30) }).strict();

export const linkSchema = z
  .object({
    label: buttonTitle,
    url: z.string(),
    /** True when `url` is a pattern holding CUSTOMER_DOMAIN_PLACEHOLDER: shown as text, never opened as is. */
    pattern: z.literal(true).optional(),
  })
  .strict()
  .superRefine((link, ctx) => {
    const hasPlaceholder = link.url.includes(CUSTOMER_DOMAIN_PLACEHOLDER);
    const concrete = link.url.replace(CUSTOMER_DOMAIN_PLACEHOLDER, 'contoso.onmicrosoft.com');
    if (!/^https:\/\/[^\s<>]+$/.test(concrete)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['url'],
        message: 'must be an https URL without spaces',
      });
    }
    if (hasPlaceholder !== (link.pattern === true)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['pattern'],
        message: 'pattern must be set exactly when the url holds the customer domain placeholder',
      });
    }
  });

/** What people who write answers edit: src/knowledge/entries/<id>.ts. */
export const entryContentSchema = z
  .object({
    id: knowledgeIdSchema,
    title: bilingual,
    /** A short title for buttons (Teams cuts button titles at about 30 characters); else the title. */
    button: buttonTitle.optional(),
    answer: bilingual,
    steps: bilingualList
      .refine((s) => s.en.length === s.pl.length && s.en.length > 0, {
        message: 'steps must be non-empty and have as many Polish steps as English ones',
      })
      .optional(),
    /** Links by id (see ./links): URLs and labels live in one place. */
    links: z.array(z.enum(LINK_IDS)),
    facts: z.array(z.string().regex(/^F\d{3}$/, 'fact ids look like F001')).min(1),
    /** Shown under the answer as buttons, in this order. */
    related: z.array(knowledgeIdSchema),
  })
  .strict();

/** What search needs and nothing shows: src/knowledge/retrieval/<id>.ts. */
export const entryRetrievalSchema = z
  .object({
    id: knowledgeIdSchema,
    examples: bilingualList.refine((e) => e.en.length >= 5 && e.pl.length >= 5, {
      message: 'each language needs at least five example questions',
    }),
    /** Extra search vocabulary (synonyms, product names, UI labels) that is not worth a full example. */
    keywords: bilingualList.optional(),
    /**
     * The words of the bare question this entry answers when the question names nothing else ("how do
     * I open a ticket for a customer?"): one entry at most has them (see FaqEngine.ask).
     */
    general: bilingualList.optional(),
  })
  .strict();

export const entrySchema = entryContentSchema.merge(entryRetrievalSchema);

export type EntryContent = z.infer<typeof entryContentSchema>;
export type EntryRetrieval = z.infer<typeof entryRetrievalSchema>;
export type KnowledgeEntry = z.infer<typeof entrySchema>;
export type KnowledgeLink = z.infer<typeof linkSchema>;

/** The whole knowledge base: entry-level shape plus the cross-entry rules. */
export const knowledgeSchema = z.array(entrySchema).superRefine((entries, ctx) => {
  const general = entries.filter((entry) => entry.general !== undefined);
  if (general.length > 1) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [],
      message: `only one entry may have general words: ${general.map((entry) => entry.id).join(', ')}`,
    });
  }
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'id'], message: `duplicate id ${entry.id}` });
    }
    seen.add(entry.id);
  }
  for (const id of KNOWLEDGE_IDS) {
    if (!seen.has(id))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [], message: `missing entry ${id}` });
  }
  for (const [index, entry] of entries.entries()) {
    for (const related of entry.related) {
      if (related === entry.id) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'related'],
          message: `${entry.id} relates to itself`,
        });
      } else if (!seen.has(related)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'related'],
          message: `unknown related id ${related}`,
        });
      }
    }
  }
});

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Validates raw entries; throws with every problem listed, so a broken knowledge file fails at start-up. */
export function parseKnowledge(raw: unknown): KnowledgeEntry[] {
  const result = knowledgeSchema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid knowledge entries:\n${problemsOf(result.error).join('\n')}`);
  return result.data;
}

/**
 * Checks each entry's content and retrieval data against their own schemas (so neither carries the
 * other's fields), joins them by id and validates the whole; an entry with only one of the two is a
 * problem like any other. Throws with every problem listed.
 */
export function joinKnowledge(
  contents: readonly unknown[],
  retrievals: readonly unknown[],
): KnowledgeEntry[] {
  const problems: string[] = [];
  const parts = <T extends { id: string }>(raw: readonly unknown[], schema: z.ZodType<T>, folder: string) =>
    raw.flatMap((item, index) => {
      const result = schema.safeParse(item);
      if (result.success) return [result.data];
      problems.push(...problemsOf(result.error).map((p) => `${folder}[${index}].${p}`));
      return [];
    });
  const content = parts(contents, entryContentSchema, 'entries');
  const retrieval = new Map(parts(retrievals, entryRetrievalSchema, 'retrieval').map((r) => [r.id, r]));
  for (const entry of content) {
    if (!retrieval.has(entry.id)) problems.push(`${entry.id}: no retrieval data (src/knowledge/retrieval)`);
  }
  const contentIds = new Set(content.map((c) => c.id));
  for (const id of retrieval.keys()) {
    if (!contentIds.has(id)) problems.push(`${id}: retrieval data without an entry`);
  }
  if (problems.length > 0) throw new Error(`Invalid knowledge entries:\n${problems.join('\n')}`);
  return parseKnowledge(content.map((entry) => ({ ...entry, ...retrieval.get(entry.id) })));
}

/** Validates the link table: every link id has one valid link. Throws with every problem listed. */
export function parseLinks<T extends Readonly<Record<(typeof LINK_IDS)[number], unknown>>>(links: T): T {
  const problems: string[] = [];
  for (const id of LINK_IDS) {
    const result = linkSchema.safeParse(links[id]);
    if (!result.success) problems.push(...problemsOf(result.error).map((p) => `${id}.${p}`));
  }
  if (problems.length > 0) throw new Error(`Invalid links:\n${problems.join('\n')}`);
  return links;
}
