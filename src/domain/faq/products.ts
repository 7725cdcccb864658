/**
 * Microsoft products and services partners name when they describe a customer's problem ("Entra ID",
 * "Azure Kubernetes Service", "Teams Phone", "Dynamics 365 Sales"). The knowledge is about how support
 * works for a product family (Azure, Microsoft 365 and EMS, Dynamics 365), not about each product, so
 * a product name is read as the family it belongs to: in-domain context, neither a topic of its own
 * (the one entry listing "SharePoint" as a keyword) nor a word no entry knows (which weighs as much as
 * the rarest word). "Co wchodzi w pakiet wsparcia CSP, kiedy klient ma problem z Entra ID?" is then
 * read as the same question about EMS; what is asked of the product ("configure", "restore", "migrate")
 * still says whether the knowledge covers it.
 *
 * Names are written folded (lower case, no diacritics) and matched as whole words, the longest first.
 * A family word is itself a word of the name ("Azure Backup"), so the name reads as that word once.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  azure: `
    azure kubernetes service | azure kubernetes | kubernetes | aks | azure storage | storage account |
    storage accounts | blob storage | azure blob storage | azure files | azure backup | azure site recovery |
    site recovery | azure sql database | azure sql | sql database | sql managed instance | cosmos db | cosmosdb |
    azure cosmos db | azure functions | app service | azure app service | azure virtual desktop | avd |
    azure vm | azure vms | virtual machine | virtual machines | vm | vms | azure virtual machine |
    azure virtual machines | maszyna wirtualna | maszyny wirtualnej | maszyny wirtualne | maszyne wirtualna |
    maszynie wirtualnej | maszyn wirtualnych | maszynami wirtualnymi | maszyna wirtualna azure |
    azure monitor | log analytics | azure key vault | key vault | azure devops | azure firewall |
    azure load balancer | load balancer | application gateway | expressroute | azure expressroute |
    azure openai | azure vpn gateway | vpn gateway | virtual network | azure virtual network | vnet |
    azure front door | azure cdn | azure databricks | azure synapse | azure data factory | data factory
  `,
  office: `
    exchange online | exchange | sharepoint online | sharepoint | sharepointa | onedrive | onedrive for business |
    microsoft teams | teams | teamsach | teamsie | teamsow | teams phone | teams rooms | outlook | outlooka |
    outlooku | outlook on the web | owa | microsoft 365 copilot | copilot | power bi | power apps |
    power automate | microsoft defender | defender for office 365 | defender | purview | microsoft purview |
    windows 365 | microsoft 365 apps | office apps | business premium | microsoft 365 business premium |
    m365 business premium | business standard | microsoft 365 business standard | m365 business standard |
    business basic | microsoft 365 business basic | m365 business basic | microsoft 365 e3 | microsoft 365 e5 |
    office 365 e1 | office 365 e3 | office 365 e5 | m365 e3 | m365 e5 | o365 e3 | o365 e5
  `,
  ems: `
    intune | microsoft intune | entra id | entra | microsoft entra id | microsoft entra | azure ad |
    azure active directory | active directory | aad | entra connect | azure ad connect
  `,
  dynamics: `
    dynamics 365 sales | dynamics sales | dynamics 365 customer service | dynamics 365 field service |
    dynamics 365 business central | business central | dynamics 365 marketing | dynamics 365 commerce |
    dynamics 365 project operations | dynamics 365 customer insights | dataverse
  `,
};

interface Product {
  words: readonly string[];
  family: string;
}

/** Product names by their first word, longest first. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly Product[]> = (() => {
  const byFirst = new Map<string, Product[]>();
  for (const [family, list] of Object.entries(FAMILIES)) {
    for (const name of list.split('|')) {
      const words = name.trim().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const products = byFirst.get(first) ?? [];
      products.push({ words, family });
      byFirst.set(first, products);
    }
  }
  for (const products of byFirst.values()) products.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/**
 * The product name that starts at `tokens[i]`, if any: how many tokens it spans and the family word
 * it reads as.
 */
export function productAt(
  tokens: readonly string[],
  i: number,
): { length: number; family: string } | undefined {
  const products = BY_FIRST_WORD.get(tokens[i] ?? '');
  if (products === undefined) return undefined;
  for (const { words, family } of products) {
    if (words.every((word, k) => tokens[i + k] === word)) return { length: words.length, family };
  }
  return undefined;
}
