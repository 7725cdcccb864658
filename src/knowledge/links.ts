import { CUSTOMER_DOMAIN_PLACEHOLDER } from './schema';

/** Where partner engineers go. One constant per URL, shared by the knowledge entries and the cards. */
export const PARTNER_CENTER_URL = 'https://partner.microsoft.com/dashboard';
export const AZURE_PORTAL_URL = 'https://portal.azure.com';
export const M365_ADMIN_CENTER_URL = 'https://admin.microsoft.com';
export const PARTNER_SUPPORT_PLANS_URL = 'https://partner.microsoft.com/support/partnersupport';
export const AZURE_SUPPORT_FAQ_URL = 'https://go.microsoft.com/fwlink/?LinkId=717532';
export const DYNAMICS_SUPPORT_URL =
  'https://learn.microsoft.com/dynamics365/customer-engagement/admin/contact-technical-support';

/** The pattern shown to users: the customer's domain goes straight after the slash, with no space. */
export const CUSTOMER_PORTAL_URL_PATTERN = `${AZURE_PORTAL_URL}/${CUSTOMER_DOMAIN_PLACEHOLDER}`;

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
