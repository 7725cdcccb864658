import type { EntryContent } from '../schema';
import { content as escalationWhen } from './escalation.when';
import { content as escalationRoles } from './escalation.roles';
import { content as escalationCriteria } from './escalation.criteria';
import { content as serviceHealth } from './service-health';
import { content as submitPartnerCenter } from './submit.partner-center';
import { content as azureCreateRequest } from './azure.create-request';
import { content as azureResellerAccess } from './azure.reseller-access';
import { content as azureHelpdeskAdmin } from './azure.helpdesk-admin';
import { content as azureNoAdminRights } from './azure.no-admin-rights';
import { content as m365CreateRequest } from './m365.create-request';
import { content as dynamicsAsfp } from './dynamics.asfp';
import { content as dynamicsMoreSupport } from './dynamics.more-support';
import { content as marketplaceIsv } from './marketplace.isv';
import { content as entitlementScope } from './entitlement.scope';
import { content as entitlementFees } from './entitlement.fees';
import { content as entitlementOwnSubscription } from './entitlement.own-subscription';
import { content as responseSeverity } from './response.severity';
import { content as responseLanguage } from './response.language';
import { content as responseNonBreakFix } from './response.non-break-fix';
import { content as phone } from './phone';
import { content as bypassAzurePortal } from './bypass.azure-portal';
import { content as bypassOffice365 } from './bypass.office365';
import { content as partnerDuties } from './partner.duties';
import { content as partnerSupportPlans } from './partner.support-plans';

/**
 * What the bot knows about reporting a customer's problem to Microsoft through CSP, one file per entry.
 * Rests on "Report problems on behalf of a customer", "Escalate problems to Microsoft",
 * "Check service health" and "Provide support to your customers" (Partner Center docs, 2021);
 * `facts` points at the atomic facts each entry relies on. Validated by ../index at load, together
 * with the entry's retrieval data in ../retrieval. A new entry needs a file in both folders and a line
 * in both lists.
 */
export const contents: readonly EntryContent[] = [
  escalationWhen,
  escalationRoles,
  escalationCriteria,
  serviceHealth,
  submitPartnerCenter,
  azureCreateRequest,
  azureResellerAccess,
  azureHelpdeskAdmin,
  azureNoAdminRights,
  m365CreateRequest,
  dynamicsAsfp,
  dynamicsMoreSupport,
  marketplaceIsv,
  entitlementScope,
  entitlementFees,
  entitlementOwnSubscription,
  responseSeverity,
  responseLanguage,
  responseNonBreakFix,
  phone,
  bypassAzurePortal,
  bypassOffice365,
  partnerDuties,
  partnerSupportPlans,
];
