import { entries } from './entries';
import { parseKnowledge, type KnowledgeEntry, type KnowledgeId } from './schema';

export { KNOWLEDGE_IDS, type KnowledgeEntry, type KnowledgeId, type KnowledgeLink } from './schema';
export { customerPortalUrl, InvalidCustomerDomainError, CUSTOMER_PORTAL_URL_PATTERN } from './links';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every knowledge entry, validated once when the module loads; a bad entry stops start-up. */
export const knowledge: readonly KnowledgeEntry[] = deepFreeze(parseKnowledge(entries));

const byId = new Map<KnowledgeId, KnowledgeEntry>(knowledge.map((entry) => [entry.id, entry]));

export function getEntry(id: KnowledgeId): KnowledgeEntry {
  const entry = byId.get(id);
  // Unreachable for a KnowledgeId: validation guarantees one entry per id.
  if (!entry) throw new Error(`No knowledge entry ${id}`);
  return entry;
}
