import type { EntryRetrieval } from '../schema';
import { retrieval as escalationWhen } from './escalation.when';
import { retrieval as escalationRoles } from './escalation.roles';
import { retrieval as escalationCriteria } from './escalation.criteria';
import { retrieval as serviceHealth } from './service-health';
import { retrieval as submitPartnerCenter } from './submit.partner-center';
import { retrieval as azureCreateRequest } from './azure.create-request';
import { retrieval as azureResellerAccess } from './azure.reseller-access';
import { retrieval as azureHelpdeskAdmin } from './azure.helpdesk-admin';
import { retrieval as azureNoAdminRights } from './azure.no-admin-rights';
import { retrieval as m365CreateRequest } from './m365.create-request';
import { retrieval as dynamicsAsfp } from './dynamics.asfp';
import { retrieval as dynamicsMoreSupport } from './dynamics.more-support';
import { retrieval as marketplaceIsv } from './marketplace.isv';
import { retrieval as entitlementScope } from './entitlement.scope';
import { retrieval as entitlementFees } from './entitlement.fees';
import { retrieval as entitlementOwnSubscription } from './entitlement.own-subscription';
import { retrieval as responseSeverity } from './response.severity';
import { retrieval as responseLanguage } from './response.language';
import { retrieval as responseNonBreakFix } from './response.non-break-fix';
import { retrieval as phone } from './phone';
import { retrieval as bypassAzurePortal } from './bypass.azure-portal';
import { retrieval as bypassOffice365 } from './bypass.office365';
import { retrieval as partnerDuties } from './partner.duties';
import { retrieval as partnerSupportPlans } from './partner.support-plans';

/**
 * Retrieval data of every knowledge entry: many phrasings per language (Polish without diacritics
 * included) and extra search words. Tuning search happens here, never in ../entries.
 */
export const retrievals: readonly EntryRetrieval[] = [
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
