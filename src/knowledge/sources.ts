import type { Lang } from '../domain/lang';
import type { KnowledgeEntry } from './schema';

/** The Partner Center documentation pages the knowledge rests on. */
export const SOURCE_PAGES = {
  'report-problems-on-behalf-of-a-customer': {
    title: {
      en: 'Report problems on behalf of a customer',
      pl: 'Zgłaszanie problemów w imieniu klienta',
    },
    url: 'https://learn.microsoft.com/partner-center/report-problems-on-behalf-of-a-customer',
  },
  'escalate-problems-to-microsoft': {
    title: { en: 'Escalate problems to Microsoft', pl: 'Eskalacja problemów do firmy Microsoft' },
    url: 'https://learn.microsoft.com/partner-center/escalate-problems-to-microsoft',
  },
  'customer-support': {
    title: { en: 'Customer support (CSP)', pl: 'Pomoc techniczna dla klientów (CSP)' },
    url: 'https://learn.microsoft.com/partner-center/customer-support',
  },
  'check-service-health': {
    title: { en: 'Check service health', pl: 'Sprawdzanie kondycji usług' },
    url: 'https://learn.microsoft.com/partner-center/check-service-health',
  },
} as const;

export type SourcePage = keyof typeof SOURCE_PAGES;

/** Which page each fact comes from (facts F001–F079 of the team's source notes). */
export const FACT_PAGES: Readonly<Record<string, SourcePage>> = {
  F001: 'report-problems-on-behalf-of-a-customer',
  F002: 'report-problems-on-behalf-of-a-customer',
  F003: 'escalate-problems-to-microsoft',
  F004: 'check-service-health',
  F005: 'report-problems-on-behalf-of-a-customer',
  F006: 'report-problems-on-behalf-of-a-customer',
  F007: 'escalate-problems-to-microsoft',
  F008: 'escalate-problems-to-microsoft',
  F009: 'escalate-problems-to-microsoft',
  F010: 'escalate-problems-to-microsoft',
  F011: 'escalate-problems-to-microsoft',
  F012: 'escalate-problems-to-microsoft',
  F013: 'escalate-problems-to-microsoft',
  F014: 'escalate-problems-to-microsoft',
  F015: 'check-service-health',
  F016: 'escalate-problems-to-microsoft',
  F017: 'escalate-problems-to-microsoft',
  F018: 'report-problems-on-behalf-of-a-customer',
  F019: 'report-problems-on-behalf-of-a-customer',
  F020: 'report-problems-on-behalf-of-a-customer',
  F021: 'report-problems-on-behalf-of-a-customer',
  F022: 'report-problems-on-behalf-of-a-customer',
  F023: 'report-problems-on-behalf-of-a-customer',
  F024: 'report-problems-on-behalf-of-a-customer',
  F025: 'report-problems-on-behalf-of-a-customer',
  F026: 'report-problems-on-behalf-of-a-customer',
  F027: 'report-problems-on-behalf-of-a-customer',
  F028: 'report-problems-on-behalf-of-a-customer',
  F029: 'report-problems-on-behalf-of-a-customer',
  F030: 'report-problems-on-behalf-of-a-customer',
  F031: 'report-problems-on-behalf-of-a-customer',
  F032: 'report-problems-on-behalf-of-a-customer',
  F033: 'report-problems-on-behalf-of-a-customer',
  F034: 'report-problems-on-behalf-of-a-customer',
  F035: 'report-problems-on-behalf-of-a-customer',
  F036: 'report-problems-on-behalf-of-a-customer',
  F037: 'report-problems-on-behalf-of-a-customer',
  F038: 'report-problems-on-behalf-of-a-customer',
  F039: 'report-problems-on-behalf-of-a-customer',
  F040: 'report-problems-on-behalf-of-a-customer',
  F041: 'report-problems-on-behalf-of-a-customer',
  F042: 'report-problems-on-behalf-of-a-customer',
  F043: 'report-problems-on-behalf-of-a-customer',
  F044: 'report-problems-on-behalf-of-a-customer',
  F045: 'report-problems-on-behalf-of-a-customer',
  F046: 'report-problems-on-behalf-of-a-customer',
  F047: 'report-problems-on-behalf-of-a-customer',
  F048: 'report-problems-on-behalf-of-a-customer',
  F049: 'report-problems-on-behalf-of-a-customer',
  F050: 'report-problems-on-behalf-of-a-customer',
  F051: 'report-problems-on-behalf-of-a-customer',
  F052: 'report-problems-on-behalf-of-a-customer',
  F053: 'report-problems-on-behalf-of-a-customer',
  F054: 'report-problems-on-behalf-of-a-customer',
  F055: 'report-problems-on-behalf-of-a-customer',
  F056: 'report-problems-on-behalf-of-a-customer',
  F057: 'report-problems-on-behalf-of-a-customer',
  F058: 'report-problems-on-behalf-of-a-customer',
  F059: 'report-problems-on-behalf-of-a-customer',
  F060: 'report-problems-on-behalf-of-a-customer',
  F061: 'report-problems-on-behalf-of-a-customer',
  F062: 'report-problems-on-behalf-of-a-customer',
  F063: 'report-problems-on-behalf-of-a-customer',
  F064: 'report-problems-on-behalf-of-a-customer',
  F065: 'report-problems-on-behalf-of-a-customer',
  F066: 'report-problems-on-behalf-of-a-customer',
  F067: 'report-problems-on-behalf-of-a-customer',
  F068: 'report-problems-on-behalf-of-a-customer',
  F069: 'report-problems-on-behalf-of-a-customer',
  F070: 'customer-support',
  F071: 'customer-support',
  F072: 'customer-support',
  F073: 'customer-support',
  F074: 'customer-support',
  F075: 'customer-support',
  F076: 'check-service-health',
  F077: 'check-service-health',
  F078: 'check-service-health',
  F079: 'report-problems-on-behalf-of-a-customer',
};

/** The pages an entry rests on, in the order of its facts, each once. */
export function entrySources(
  entry: Pick<KnowledgeEntry, 'facts'>,
  lang: Lang,
): { title: string; url: string }[] {
  const pages = [...new Set(entry.facts.map((fact) => FACT_PAGES[fact]).filter((p) => p !== undefined))];
  return pages.map((page) => ({ title: SOURCE_PAGES[page].title[lang], url: SOURCE_PAGES[page].url }));
}
