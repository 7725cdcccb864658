import type { Lang } from '../domain/lang';
import { contents } from './entries';
import { LINKS, type Link, type LinkId } from './links';
import { retrievals } from './retrieval';
import { joinKnowledge, parseLinks, type KnowledgeEntry, type KnowledgeId } from './schema';

export { KNOWLEDGE_IDS, type KnowledgeEntry, type KnowledgeId, type KnowledgeLink } from './schema';
export {
  customerPortalUrl,
  InvalidCustomerDomainError,
  CUSTOMER_PORTAL_URL_PATTERN,
  LINK_IDS,
  type LinkId,
} from './links';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every knowledge entry (content joined with retrieval data), validated once when the module loads. */
export const knowledge: readonly KnowledgeEntry[] = deepFreeze(joinKnowledge(contents, retrievals));

/** Every link the bot shows, validated with the entries. */
export const links: Readonly<Record<LinkId, Link>> = deepFreeze(parseLinks(LINKS));

const byId = new Map<KnowledgeId, KnowledgeEntry>(knowledge.map((entry) => [entry.id, entry]));

export function getEntry(id: KnowledgeId): KnowledgeEntry {
  const entry = byId.get(id);
  // Unreachable for a KnowledgeId: validation guarantees one entry per id.
  if (!entry) throw new Error(`No knowledge entry ${id}`);
  return entry;
}

/** The title on a button that opens the entry: its short title when the full one would be cut. */
export function entryButtonTitle(id: KnowledgeId, lang: Lang): string {
  const entry = getEntry(id);
  return entry.button?.[lang] ?? entry.title[lang];
}

/** An entry's title: the one name of a topic, on answer cards, buttons and ticket next steps alike. */
export function entryTitle(id: KnowledgeId, lang: Lang): string {
  return getEntry(id).title[lang];
}

export function getLink(id: LinkId): Link {
  return links[id];
}
