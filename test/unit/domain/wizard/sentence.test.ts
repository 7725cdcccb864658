import { LIMITS } from '../../../../src/domain/wizard/model';
import { readFields, readSentence, type SentenceReading } from '../../../../src/domain/wizard/sentence';

type Expected = Omit<SentenceReading, 'unclear'> & { unclear?: SentenceReading['unclear'] };

const cases: [string, string, Expected][] = [
  [
    'the example, in English',
    'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A',
    {
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
      customerDomain: 'contoso.onmicrosoft.com',
      title: 'VMs in West Europe down since 6:00',
      description: 'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A',
    },
  ],
  [
    'the example, in Polish',
    'maszyny wirtualne w Europie Zachodniej nie działają od 6:00 dla contoso.onmicrosoft.com, istotność A',
    {
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
      customerDomain: 'contoso.onmicrosoft.com',
      title: 'maszyny wirtualne w Europie Zachodniej nie działają od 6:00',
      description:
        'maszyny wirtualne w Europie Zachodniej nie działają od 6:00 dla contoso.onmicrosoft.com, istotność A',
    },
  ],
  [
    'Polish without diacritics, severity first, upper-case domain',
    'waznosc: B — Exchange nie wysyla poczty u klienta FABRIKAM.COM',
    {
      service: 'office365',
      problemType: 'break-fix',
      severity: 'B',
      customerDomain: 'fabrikam.com',
      title: 'Exchange nie wysyla poczty',
      description: 'waznosc: B — Exchange nie wysyla poczty u klienta FABRIKAM.COM',
    },
  ],
  [
    'severity spelled out, Dynamics 365, no domain',
    'Dynamics 365 sales app throws errors on save, severity C.',
    {
      service: 'dynamics365',
      problemType: 'break-fix',
      severity: 'C',
      title: 'Dynamics 365 sales app throws errors on save.',
      description: 'Dynamics 365 sales app throws errors on save, severity C.',
    },
  ],
  [
    'the words before the customer go with the domain',
    'Teams calls drop for the customer tailspin.pl, sev C',
    {
      service: 'office365',
      problemType: 'break-fix',
      severity: 'C',
      customerDomain: 'tailspin.pl',
      title: 'Teams calls drop',
      description: 'Teams calls drop for the customer tailspin.pl, sev C',
    },
  ],
  [
    'Polish: "dla klienta" goes with the domain',
    'Outlook nie wysyła poczty dla klienta fabrikam.pl, priorytet B',
    {
      service: 'office365',
      problemType: 'break-fix',
      severity: 'B',
      customerDomain: 'fabrikam.pl',
      title: 'Outlook nie wysyła poczty',
      description: 'Outlook nie wysyła poczty dla klienta fabrikam.pl, priorytet B',
    },
  ],
  [
    'two customers in a list: the domain is asked',
    'VMs down for contoso.com and fabrikam.com sev A',
    {
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
      title: 'VMs down for contoso.com and fabrikam.com',
      description: 'VMs down for contoso.com and fabrikam.com sev A',
      unclear: ['customerDomain'],
    },
  ],
  [
    'Polish list of two customers: asked',
    'Azure nie działa dla contoso.com i fabrikam.com',
    {
      service: 'azure',
      title: 'Azure nie działa dla contoso.com i fabrikam.com',
      description: 'Azure nie działa dla contoso.com i fabrikam.com',
      unclear: ['customerDomain'],
    },
  ],
  [
    'no service, no severity, no domain: only the words',
    'something is broken again',
    { title: 'something is broken again', description: 'something is broken again' },
  ],
  [
    'Polish, nothing but words',
    'coś przestało działać',
    { title: 'coś przestało działać', description: 'coś przestało działać' },
  ],
  ['only a severity: no title to read', 'sev A', { severity: 'A', problemType: 'break-fix' }],
  ['empty', '   ', {}],
  [
    'two services: asked, not read',
    'Outlook on an Azure VM is slow for contoso.com',
    {
      customerDomain: 'contoso.com',
      title: 'Outlook on an Azure VM is slow',
      description: 'Outlook on an Azure VM is slow for contoso.com',
      unclear: ['service'],
    },
  ],
  [
    'two severities: asked, not read',
    'Intune sync fails, sev A or sev B',
    {
      service: 'ems',
      title: 'Intune sync fails, sev A or sev B',
      description: 'Intune sync fails, sev A or sev B',
      unclear: ['severity'],
    },
  ],
  [
    'two customer domains: asked, not read',
    'SharePoint down for contoso.com and for fabrikam.com',
    {
      service: 'office365',
      title: 'SharePoint down for contoso.com and for fabrikam.com',
      description: 'SharePoint down for contoso.com and for fabrikam.com',
      unclear: ['customerDomain'],
    },
  ],
  [
    'a domain named for the customer wins over another one mentioned',
    'App on node.js stopped for contoso.com, sev B',
    {
      severity: 'B',
      problemType: 'break-fix',
      customerDomain: 'contoso.com',
      title: 'App on node.js stopped',
      description: 'App on node.js stopped for contoso.com, sev B',
    },
  ],
  [
    "emails, links and Microsoft's own hosts are never the customer's domain",
    'ann@contoso.com sees errors on https://portal.azure.com/x and portal.azure.com',
    {
      service: 'azure',
      title: 'ann@contoso.com sees errors on https://portal.azure.com/x and portal.azure.com',
      description: 'ann@contoso.com sees errors on https://portal.azure.com/x and portal.azure.com',
    },
  ],
  [
    'words that only contain a keyword or a severity are not one',
    'several teamsters reported a vmware problem',
    {
      title: 'several teamsters reported a vmware problem',
      description: 'several teamsters reported a vmware problem',
    },
  ],
  [
    'markup is kept as text, never read as anything',
    '<at>Bot</at> **VMs** down <script>alert(1)</script> sev A',
    {
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
      title: '<at>Bot</at> **VMs** down <script>alert(1)</script>',
      description: '<at>Bot</at> **VMs** down <script>alert(1)</script> sev A',
    },
  ],
  [
    'control characters: no title or description (the field would refuse them)',
    'VMs down\u0000 for contoso.com',
    { service: 'azure', customerDomain: 'contoso.com' },
  ],
];

describe('readSentence', () => {
  it.each(cases)('%s', (_name, sentence, expected) => {
    expect(readSentence(sentence)).toEqual({ unclear: [], ...expected });
  });

  it('cuts a long title at a word, within the title limit, and keeps the whole text as the description', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const reading = readSentence(`${words} sev C`);
    expect(reading.title?.length).toBeLessThanOrEqual(LIMITS.title);
    expect(reading.title?.endsWith('…')).toBe(true);
    expect(words.startsWith((reading.title ?? '').slice(0, -1))).toBe(true);
    expect(reading.description).toBe(`${words} sev C`);
  });

  it('reads a lone half of a surrogate pair as U+FFFD, as the inputs do', () => {
    const reading = readSentence('VMs down \ud83d since 9:00, sev B \udc00');
    expect(reading.description).toBe('VMs down \ufffd since 9:00, sev B \ufffd');
    expect(reading.title).toBe('VMs down \ufffd since 9:00, \ufffd');
    expect(reading.severity).toBe('B');
  });

  it('reads nothing from a text longer than a description may be', () => {
    expect(readSentence(`VMs down sev A ${'x'.repeat(LIMITS.description)}`)).toEqual({ unclear: [] });
  });

  // What such input costs is measured by the hostile-input bench (npm run bench), not here.
  it("reads long hostile input within the fields' bounds", () => {
    const hostile = `${'sev '.repeat(500)}${'a.'.repeat(900)}`.slice(0, LIMITS.description);
    const reading = readSentence(hostile);
    expect(reading).toMatchObject({ unclear: [], severity: 'A', description: hostile });
    expect(reading.customerDomain).toBeUndefined();
    expect(reading.title?.length).toBeLessThanOrEqual(LIMITS.title);
    expect(readSentence('-'.repeat(LIMITS.description))).toEqual({ unclear: [] });
  });

  it('reads a domain as the domain field does: unseen characters dropped, lower-cased', () => {
    const reading = readSentence('Outlook down for Con\u200btoso.COM\u2060, sev B');
    expect(reading.customerDomain).toBe('contoso.com');
    expect(reading.title).toBe('Outlook down');
  });

  it('picks the one cued domain out of hundreds named, and none out of hundreds uncued', () => {
    const many = Array.from({ length: 250 }, (_, i) => `h${i}.example`).join(' ');
    expect(readSentence(`${many} down for the customer fabrikam.pl`).customerDomain).toBe('fabrikam.pl');
    expect(readSentence(`${many} down`)).toMatchObject({ unclear: ['customerDomain'] });
    expect(readSentence(`${many} down`).customerDomain).toBeUndefined();
  });

  it('lists what it read, in field order', () => {
    expect(readFields(readSentence('sev A for contoso.com: VMs down'))).toEqual([
      'service',
      'problemType',
      'severity',
      'customerDomain',
      'title',
      'description',
    ]);
  });
});
