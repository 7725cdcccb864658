/**
 * Where partner engineers go: every link the bot shows, its URL and its label in both languages.
 * The knowledge entries and the wizard's decisions refer to these by id; nothing else spells a URL.
 */

/** Placeholder in a link pattern; the bot fills it with customerPortalUrl() before it makes a button. */
export const CUSTOMER_DOMAIN_PLACEHOLDER = '<customer domain>';

export const LINK_IDS = [
  'partner-center',
  'customer-portal',
  'azure-portal',
  'm365-admin-center',
  'partner-support-plans',
  'azure-support-faq',
  'dynamics-support',
  'marketplace',
] as const;
export type LinkId = (typeof LINK_IDS)[number];

export interface Link {
  /** The button title: at most 30 characters, so Teams does not cut it. */
  label: { en: string; pl: string };
  url: string;
  /** True when `url` is a pattern holding CUSTOMER_DOMAIN_PLACEHOLDER: shown as text, never opened as is. */
  pattern?: true;
}

const AZURE_PORTAL_URL = 'https://portal.azure.com';

/** The pattern shown to users: the customer's domain goes straight after the slash, with no space. */
export const CUSTOMER_PORTAL_URL_PATTERN = `${AZURE_PORTAL_URL}/${CUSTOMER_DOMAIN_PLACEHOLDER}`;

/** Validated with the knowledge when the module loads (see ./index). */
export const LINKS: Readonly<Record<LinkId, Link>> = {
  'partner-center': {
    label: { en: 'Partner Center dashboard', pl: 'Pulpit Centrum partnerskiego' },
    url: 'https://partner.microsoft.com/dashboard',
  },
  'customer-portal': {
    label: { en: 'Customer’s Azure portal', pl: 'Portal Azure klienta' },
    url: CUSTOMER_PORTAL_URL_PATTERN,
    pattern: true,
  },
  'azure-portal': {
    label: { en: 'Azure portal', pl: 'Portal Azure' },
    url: AZURE_PORTAL_URL,
  },
  'm365-admin-center': {
    label: { en: 'Microsoft 365 admin center', pl: 'Centrum administracyjne M365' },
    url: 'https://admin.microsoft.com',
  },
  'partner-support-plans': {
    label: { en: 'Partner support plans', pl: 'Plany pomocy dla partnerów' },
    url: 'https://partner.microsoft.com/support/partnersupport',
  },
  'azure-support-faq': {
    label: { en: 'Azure support FAQ', pl: 'FAQ pomocy technicznej Azure' },
    url: 'https://go.microsoft.com/fwlink/?LinkId=717532',
  },
  'dynamics-support': {
    label: { en: 'Contact Dynamics 365 support', pl: 'Pomoc techniczna Dynamics 365' },
    url: 'https://learn.microsoft.com/dynamics365/customer-engagement/admin/contact-technical-support',
  },
  marketplace: {
    label: { en: 'Commercial marketplace', pl: 'Komercyjny marketplace' },
    url: 'https://azuremarketplace.microsoft.com',
  },
};

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Thrown when a customer domain cannot be part of a portal URL. */
export class InvalidCustomerDomainError extends RangeError {
  readonly code = 'INVALID_CUSTOMER_DOMAIN';
  constructor(readonly domain: string) {
    super(`Not a valid customer domain: "${domain}"`);
    this.name = 'InvalidCustomerDomainError';
  }
}

/**
 * The Azure portal URL that opens directly in a customer's directory, e.g.
 * customerPortalUrl('contoso.onmicrosoft.com') → https://portal.azure.com/contoso.onmicrosoft.com.
 * Used when the partner has no admin rights for the customer (copy the domain from Partner Center).
 */
export function customerPortalUrl(domain: string): string {
  const normalized = domain.trim().toLowerCase().replace(/\.$/, '');
  const labels = normalized.split('.');
  const valid =
    normalized.length > 0 &&
    normalized.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[a-z]{2,63}$/.test(labels[labels.length - 1] ?? '');
  if (!valid) throw new InvalidCustomerDomainError(domain);
  return `${AZURE_PORTAL_URL}/${normalized}`;
}
