import type { WizardAnswers } from '../../src/domain/wizard/model';
import type { StepInputs } from './wizardDriver';

/** Card inputs of a complete details step, as Teams sends them. */
export const DETAILS: StepInputs = {
  customerName: 'Contoso Ltd',
  customerDomain: 'Contoso.onmicrosoft.com',
  customerTenantId: '',
  title: 'Virtual machines in West Europe unreachable',
  description: 'All VMs in rg-prod stopped answering at 09:00; restart did not help.',
  affectedResource: '/subscriptions/1/resourceGroups/rg-prod',
  contactName: 'Ada Partner',
  contactEmail: 'ada@partner.example',
  contactPhone: '+48 22 123 45 67',
  contactLanguage: 'en',
  microsoftRequestNumber: '',
};

/** Service health checked and troubleshooting done. */
export const CHECKED = { serviceHealthChecked: 'true', troubleshootingDone: 'true' };

/** Every answer of an eligible break-fix ticket for `service`, direct-bill partner with delegated admin. */
export const breakFix = (service: string, severity: 'A' | 'B' | 'C', extra: StepInputs = {}): StepInputs => ({
  role: 'direct-bill',
  service,
  problemType: 'break-fix',
  criteria: 'service-unavailable,network-disruption',
  ...CHECKED,
  delegatedAdmin: 'yes',
  helpdeskAdmin: 'no',
  asfp: 'yes',
  severity,
  ...DETAILS,
  ...extra,
});

/** The answers of an eligible severity B Azure break-fix ticket, as the domain holds them. */
export const AZURE_ANSWERS: WizardAnswers = {
  role: 'direct-bill',
  service: 'azure',
  problemType: 'break-fix',
  criteria: ['service-unavailable'],
  prerequisites: ['service-health-checked', 'troubleshooting-done'],
  access: { delegatedAdmin: true, helpdeskAdmin: false },
  severity: 'B',
  details: {
    customer: { name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
    title: 'VMs unreachable',
    description: 'All VMs stopped answering.',
    contact: { name: 'Ann Partner', email: 'ann@fabrikam.com', language: 'en' },
  },
};
