import { z } from 'zod';

/** Stable ids of the knowledge entries. Other modules (cards, feedback, evaluation) refer to entries by these. */
export const KNOWLEDGE_IDS = [
  'escalation.when',
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

/** Placeholder in a link pattern; the bot fills it with customerPortalUrl() before it makes a button. */
export const CUSTOMER_DOMAIN_PLACEHOLDER = '<customer domain>';

export const linkSchema = z
  .object({
    label: bilingual,
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

export const entrySchema = z
  .object({
    id: knowledgeIdSchema,
    title: bilingual,
    answer: bilingual,
    steps: bilingualList
      .refine((s) => s.en.length === s.pl.length && s.en.length > 0, {
        message: 'steps must be non-empty and have as many Polish steps as English ones',
      })
      .optional(),
    links: z.array(linkSchema),
    facts: z.array(z.string().regex(/^F\d{3}$/, 'fact ids look like F001')).min(1),
    examples: bilingualList.refine((e) => e.en.length >= 5 && e.pl.length >= 5, {
      message: 'each language needs at least five example questions',
    }),
    /** Extra search vocabulary (synonyms, product names, UI labels) that is not worth a full example. */
    keywords: bilingualList.optional(),
    related: z.array(knowledgeIdSchema),
  })
  .strict();

export type KnowledgeEntry = z.infer<typeof entrySchema>;
export type KnowledgeLink = z.infer<typeof linkSchema>;

/** The whole knowledge base: entry-level shape plus the cross-entry rules. */
export const knowledgeSchema = z.array(entrySchema).superRefine((entries, ctx) => {
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

/** Validates raw entries; throws with every problem listed, so a broken knowledge file fails at start-up. */
export function parseKnowledge(raw: unknown): KnowledgeEntry[] {
  const result = knowledgeSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`Invalid knowledge entries:\n${problems.join('\n')}`);
  }
  return result.data;
}
