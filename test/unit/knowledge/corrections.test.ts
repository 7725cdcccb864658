import { getEntry, knowledge, type KnowledgeId } from '../../../src/knowledge';
import { CUSTOMER_PORTAL_URL_PATTERN } from '../../../src/knowledge/links';
import { messageTables } from '../../../src/i18n';

/**
 * What the answers say, checked against the Partner Center sources (report-problems.en.md and the
 * pages it links to). Each test holds one fact the audit found wrong or missing.
 */

type Lang = 'en' | 'pl';
const LANGS: readonly Lang[] = ['en', 'pl'];

/** Every piece of text an entry shows. */
function shown(id: KnowledgeId, lang: Lang): string[] {
  const entry = getEntry(id);
  return [entry.title[lang], entry.answer[lang], ...(entry.steps?.[lang] ?? [])];
}

/** Everything a user can read about support: every entry and every message. */
function allText(lang: Lang): string[] {
  return [...knowledge.flatMap((entry) => shown(entry.id, lang)), ...Object.values(messageTables[lang])];
}

/** The clauses of a text, split at sentence ends and semicolons. */
function clauses(text: string): string[] {
  return text.split(/[.;:!?](?:\s|$)/).filter((c) => c.trim().length > 0);
}

describe('response times and the support language', () => {
  it.each(LANGS)('no text promises support around the clock (%s)', (lang) => {
    for (const text of allText(lang)) {
      expect(text).not.toMatch(/around the clock|round-the-clock|24\/7|24 ?x ?7|całodob|przez całą dobę/i);
    }
  });

  it.each(LANGS)('no text gives a time or hours for local-language (e.g. Polish) support (%s)', (lang) => {
    const local =
      lang === 'en'
        ? /local[- ]language|in polish|polish support/i
        : /języku lokalnym|po polsku|w języku polskim/i;
    for (const text of allText(lang)) {
      for (const clause of clauses(text).filter((c) => local.test(c))) {
        expect(clause).not.toMatch(/\d/);
        expect(clause).not.toMatch(/business day|dni[au]? robocz|dzień robocz/i);
      }
    }
  });

  it.each(LANGS)(
    'every statement of the 2 / 4 / 8 hour targets says they hold for English support (%s)',
    (lang) => {
      const hours = lang === 'en' ? /\b[248][ -]hours?\b|\b2, 4 and 8\b/ : /\b[248] godzin|\b2, 4 i 8\b/;
      const english = lang === 'en' ? /English-speaking|English-language/ : /w języku angielskim/;
      // Entry answers, the FAQ follow-ups and the wizard's severity and target texts alike.
      const stating = [
        ...knowledge.map((entry) => entry.answer[lang]),
        ...Object.values(messageTables[lang]),
      ].filter((text) => hours.test(text));
      expect(stating.length).toBeGreaterThanOrEqual(11);
      for (const text of stating) expect(text).toMatch(english);
    },
  );

  it('says only what the source says about local-language support', () => {
    const entry = getEntry('response.language');
    expect(entry.answer.en).toMatch(/English-speaking support only/);
    expect(entry.answer.en).toMatch(/during business hours/);
    expect(entry.answer.en).not.toMatch(/next business day|may have to wait|outside business hours/i);
    expect(entry.answer.pl).toMatch(/wyłącznie w pomocy technicznej w języku angielskim/);
    expect(entry.answer.pl).toMatch(/w godzinach pracy/);
    expect(entry.answer.pl).not.toMatch(/następnym dniu roboczym|poza godzinami pracy/);
  });

  it('gives no made-up examples of requests that are not break-fix', () => {
    const entry = getEntry('response.non-break-fix');
    expect(entry.answer.en).not.toMatch(/advisory|how-to|billing/i);
    expect(entry.answer.pl).not.toMatch(/doradcz|jak to zrobić|rozlicze/i);
    expect(entry.answer.en).toMatch(/up to one business day/);
  });
});

describe('what can be escalated, and where requests start', () => {
  it('says the five criteria are for technical problems, with billing, fraud and non-break-fix also in scope', () => {
    const { en, pl } = getEntry('escalation.criteria').answer;
    expect(en).not.toMatch(/\bonly when\b|\bonly problems\b/i);
    expect(en).toMatch(/criteria are for technical problems/);
    expect(en).toMatch(/billing/);
    expect(en).toMatch(/fraud/);
    expect(en).toMatch(/not break-fix/);
    expect(pl).not.toMatch(/tylko problemy należące/);
    expect(pl).toMatch(/kryteria dotyczą problemów technicznych/);
    expect(pl).toMatch(/rozliczeniami/);
    expect(pl).toMatch(/oszustwa/);
    expect(pl).toMatch(/nie są incydentami break-fix/);
  });

  it('says More... shows more articles, not more categories', () => {
    const { en, pl } = getEntry('m365.create-request').answer;
    expect(en).toMatch(/More\.\.\. shows additional articles/);
    expect(en).not.toMatch(/don’t see the right one/);
    expect(pl).toMatch(/pokazuje dodatkowe artykuły/);
  });

  it('names the ASfP requirement as ASfP or higher in the title', () => {
    expect(getEntry('dynamics.asfp').title.en).toMatch(/Advanced Support for Partners or higher/);
    expect(getEntry('dynamics.asfp').title.pl).toMatch(/Advanced Support for Partners lub wyższ/);
  });

  it.each<KnowledgeId>(['submit.partner-center', 'bypass.azure-portal'])(
    '%s states the no-admin-rights exception to starting in Partner Center',
    (id) => {
      const { en, pl } = getEntry(id).answer;
      expect(en).not.toMatch(/always start/i);
      expect(pl).not.toMatch(/zawsze zaczynaj/i);
      expect(en).toContain(CUSTOMER_PORTAL_URL_PATTERN);
      expect(en).toMatch(/exception/);
      expect(en).toMatch(/no admin rights/);
      expect(pl).toContain('https://portal.azure.com/<domena klienta>');
      expect(pl).toMatch(/wyjątek/);
    },
  );

  it('sends only product support for marketplace products to the ISV', () => {
    const { en, pl } = getEntry('marketplace.isv').answer;
    expect(en).toMatch(/Only product support goes to the ISV/);
    expect(en).toMatch(/billing issues, disputes and fraud concerns .* through Partner Center/);
    expect(pl).toMatch(/Do ISV trafia tylko pomoc dotycząca produktu/);
    expect(pl).toMatch(/rozliczeniami, spory i podejrzenia oszustwa .* przez Centrum partnerskie/);
  });
});

describe('who may file for a customer', () => {
  it.each([
    ['en', ['Admin agent', 'Global admin', 'Sales agent', 'Helpdesk agent']],
    [
      'pl',
      ['Agent administracyjny', 'Administrator globalny', 'Agent sprzedaży', 'Agent pomocy technicznej'],
    ],
  ] as const)('names each allowed role (%s)', (lang, roles) => {
    const { answer, title } = getEntry('escalation.roles');
    for (const role of roles) expect(answer[lang]).toContain(role);
    expect(title[lang]).toMatch(lang === 'en' ? /Who can file/ : /Kto może złożyć/);
    // The English role names stay visible in Polish, as Partner Center shows them.
    if (lang === 'pl') {
      for (const role of ['Admin agent', 'Global admin', 'Sales agent', 'Helpdesk agent']) {
        expect(answer.pl).toContain(role);
      }
    }
  });

  it('keeps the Helpdesk agent, who may escalate, apart from the Helpdesk admin, who can’t create Azure requests', () => {
    const { en, pl } = getEntry('escalation.roles').answer;
    expect(en).toMatch(/Helpdesk agent may escalate/);
    expect(en).toMatch(/Helpdesk admin can’t create Azure service requests/);
    expect(pl).toMatch(/agent może eskalować/);
    expect(pl).toMatch(/administrator pomocy technicznej nie utworzy żądania obsługi Azure/);
    // And the Helpdesk admin entry never says the Helpdesk agent is the one who can't.
    const helpdesk = getEntry('azure.helpdesk-admin').answer;
    expect(helpdesk.en).not.toMatch(/Helpdesk agent can’t|Helpdesk agent cannot/);
    expect(helpdesk.en).toMatch(/Don’t confuse this role with the Helpdesk agent/);
    expect(helpdesk.pl).toMatch(/Nie myl tej roli z agentem pomocy technicznej/);
  });

  it('rests on the role lists of the escalation and service-health pages', () => {
    expect(getEntry('escalation.roles').facts).toEqual(expect.arrayContaining(['F003', 'F004']));
    expect(getEntry('escalation.when').related).toContain('escalation.roles');
  });
});

describe('our own words', () => {
  // Product and UI names are facts that can't be reworded; they don't count towards a copied run.
  const NAMES = [
    'Microsoft Dynamics CRM Online',
    'Dynamics CRM Online',
    'Enterprise Mobility Suite',
    'Office 365 admin center',
    'Office 365',
    'Signature Cloud Support',
    'Microsoft Partner Network',
    'MPN',
    'Partner Center',
    'Microsoft Azure portal',
    'Azure portal',
    'Azure',
    'Microsoft',
    'Helpdesk admin',
    'independent software vendor',
    'ISV',
    'commercial marketplace',
    'Marketplace',
  ];

  function words(text: string): string[] {
    let out = text.replace(/’/g, "'");
    for (const name of NAMES) out = out.replace(new RegExp(name, 'gi'), ' # ');
    return out.toLowerCase().match(/[\p{L}\p{N}#']+/gu) ?? [];
  }

  /** Runs of six or more words our text shares with the source sentence, product names aside. */
  function copiedRuns(ours: string, source: string, n = 6): string[] {
    const a = words(ours);
    const b = ` ${words(source).join(' ')} `;
    const runs: string[] = [];
    for (let i = 0; i + n <= a.length; i++) {
      const run = a.slice(i, i + n);
      if (run.every((w) => w === '#')) continue;
      if (b.includes(` ${run.join(' ')} `)) runs.push(run.join(' '));
    }
    return runs;
  }

  // The sentences the audit found copied, from report-problems.en.md, facts.json and the Polish seed.
  const sources: [KnowledgeId, Lang, string][] = [
    [
      'bypass.azure-portal',
      'en',
      'If you sign in to the Azure portal directly, instead of going through Partner Center, you see it in your own context, not the customer’s. If you sign into the Microsoft Azure portal directly, you’re viewing the center in your own context, not a customer’s context. That’s why you should only sign directly into the Microsoft Azure portal when creating a service request for your own subscriptions.',
    ],
    [
      'marketplace.isv',
      'en',
      'Microsoft doesn’t provide product support for commercial marketplace products. You’ll need to contact the Independent Software Vendor (ISV) who published the product to get support. Contact the independent software vendor (ISV) that published the product. On the Marketplace page, select the product you need help with. On the product’s page, you’ll find support contact info.',
    ],
    [
      'azure.helpdesk-admin',
      'en',
      'Although the Helpdesk admin in Partner Center can’t create service requests in the Azure service portal, what they can do is create a support group in the Azure service portal and give that group permissions to log support requests. The Helpdesk admin in Partner Center can’t create service requests in the Azure portal. Instead, they can create a support group in the Azure portal and give that group permission to log support requests.',
    ],
    [
      'bypass.office365',
      'en',
      'If you sign into the Office 365 admin center directly, you’re viewing the center in your own context, not a customer’s context. That’s why you should only sign directly into the Office 365 admin center when creating a service request for your own subscriptions.',
    ],
    [
      'azure.reseller-access',
      'en',
      'In order for you, as the indirect reseller, to create service requests for your customer in Azure, your indirect provider must grant you access to the customer’s Azure account. This is different from administering on behalf of customers for Office 365.',
    ],
    [
      'azure.reseller-access',
      'pl',
      'Aby zapewnić, że jako pośredni odsprzedawca do tworzenia żądań obsługi dla klienta na platformie Azure, Dostawca pośredni musi udzielić dostępu do konta platformy Azure klienta. Różni się to od administrowania w imieniu klientów pakietu Office 365.',
    ],
    [
      'entitlement.fees',
      'en',
      'Support for your own partner tenant isn’t included as part of the CSP support benefit. However, Office 365, Microsoft Dynamics CRM Online, and Enterprise Mobility Suite don’t charge a separate support subscription fee for partners or customers. Azure does charge a fee, but if you’re entitled to Signature Cloud Support or other Microsoft Partner Network (MPN) benefits you may use these to pay that fee.',
    ],
  ];

  it.each(sources)('%s (%s) does not copy the source sentence', (id, lang, source) => {
    const entry = getEntry(id);
    for (const text of [entry.answer[lang], ...(entry.steps?.[lang] ?? [])]) {
      expect(copiedRuns(text, source)).toEqual([]);
    }
  });

  it('finds a copied run when there is one', () => {
    expect(
      copiedRuns('So grant you access to the customer’s Azure account now.', sources[4]?.[2] ?? ''),
    ).toEqual([
      "grant you access to the customer's",
      "you access to the customer's #",
      "access to the customer's # account",
    ]);
  });
});

describe('Polish phrasing', () => {
  it('places the request in the customer’s context, not Partner Center’s', () => {
    const { pl } = getEntry('bypass.office365').answer;
    expect(pl).not.toMatch(/w jego kontekście/);
    expect(pl).toMatch(/w kontekście klienta/);
  });

  it('says what the entitlement includes in idiomatic Polish', () => {
    const { pl } = getEntry('entitlement.scope').answer;
    expect(pl).not.toMatch(/w poważnych problemach/);
    expect(pl).not.toMatch(/jest wliczona bezpłatnie/);
    expect(pl).toMatch(/w przypadku poważnych problemów/);
  });
});
