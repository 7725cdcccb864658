import {
  analyze,
  analyzeSentences,
  foldDiacritics,
  FUNCTION_WORD_STEMS,
  hasWords,
  keepBounded,
  normalizeTerm,
  stemPolish,
  stripMarkup,
  tokenize,
} from '../../../../src/domain/faq/normalize';

describe('foldDiacritics', () => {
  it('folds every Polish letter and lower-cases', () => {
    expect(foldDiacritics('ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż')).toBe('acelnoszz acelnoszz');
    expect(foldDiacritics('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });
});

describe('stripMarkup and tokenize', () => {
  it('drops mentions, tags, entities and markdown but keeps the words', () => {
    expect(
      tokenize(stripMarkup('<at>CSP Bot</at> **Is** <b>phone</b> support&nbsp;[offered](https://x.y)?')),
    ).toEqual(['is', 'phone', 'support', 'offered']);
  });

  it('knows when nothing readable is left', () => {
    expect(hasWords('<at>Bot</at>')).toBe(false);
    expect(hasWords('🙂🙂 !!! ***')).toBe(false);
    expect(hasWords('<p><br/></p>')).toBe(false);
    expect(hasWords('B?')).toBe(true);
  });
});

describe('Polish stemming', () => {
  it.each([
    [['zgłoszenie', 'zgłoszenia', 'zgłoszeniu', 'zgłoszeń', 'zgłoszeniem']],
    [['klient', 'klienta', 'klientowi', 'klientów', 'klientem']],
    [['subskrypcja', 'subskrypcji', 'subskrypcje', 'subskrypcją']],
    [['ważność', 'ważności', 'waznosc']],
    [['portal', 'portalu', 'portalem']],
  ])('brings %j to one term', (forms) => {
    const terms = new Set(forms.map((form) => normalizeTerm(form, 'pl')));
    expect(terms.size).toBe(1);
  });

  it('leaves short words alone', () => {
    expect(stemPolish('plan')).toBe('plan');
  });
});

describe('English stemming and synonyms', () => {
  it('meets inflected forms and interchangeable words', () => {
    expect(normalizeTerm('escalating', 'en')).toBe(normalizeTerm('escalation', 'en'));
    expect(normalizeTerm('tickets', 'en')).toBe(normalizeTerm('ticket', 'en'));
    expect(normalizeTerm('client', 'en')).toBe(normalizeTerm('customers', 'en'));
    expect(normalizeTerm('telephone', 'en')).toBe(normalizeTerm('phone', 'en'));
    expect(normalizeTerm('zadzwonić', 'pl')).toBe(normalizeTerm('telefonicznie', 'pl'));
    expect(normalizeTerm('bilet', 'pl')).toBe(normalizeTerm('zgłoszenie', 'pl'));
  });

  it('drops stop words per language', () => {
    expect(analyze('How do I get the phone support?', 'en')).toEqual(['phone', 'support']);
    expect(analyze('Czy jest pomoc telefoniczna?', 'pl')).toEqual(['pomoc', 'telefon']);
  });

  it('keeps apart words that only look alike', () => {
    // A partner's responsibilities are duties, not response times; "is that true?" asks for no rights.
    expect(normalizeTerm('responsibilities', 'en')).toBe(normalizeTerm('duties', 'en'));
    expect(normalizeTerm('responsibilities', 'en')).not.toBe(normalizeTerm('response', 'en'));
    expect(normalizeTerm('prawda', 'pl')).not.toBe(normalizeTerm('prawa', 'pl'));
    // "Several" stems like "severity" would.
    expect(analyze('several customers', 'en')).toEqual(['custom']);
  });

  it('reads shorthand and other spellings as the word they stand for', () => {
    expect(analyze('2h or 4hrs', 'en')).toEqual([normalizeTerm('hours', 'en'), normalizeTerm('hours', 'en')]);
    expect(normalizeTerm('config', 'en')).toBe(normalizeTerm('configuration', 'en'));
    expect(normalizeTerm('tech', 'en')).toBe(normalizeTerm('technical', 'en'));
    expect(normalizeTerm('SR', 'en')).toBe(normalizeTerm('ticket', 'en'));
    expect(normalizeTerm('centre', 'en')).toBe(normalizeTerm('center', 'en'));
    expect(normalizeTerm('płacić', 'pl')).toBe(normalizeTerm('opłata', 'pl'));
    expect(normalizeTerm('priorytecie', 'pl')).toBe(normalizeTerm('istotność', 'pl'));
    expect(normalizeTerm('leży', 'pl')).toBe(normalizeTerm('awaria', 'pl'));
    expect(normalizeTerm('pomijając', 'pl')).toBe(normalizeTerm('pominąć', 'pl'));
    expect(normalizeTerm('zacząć', 'pl')).toBe(normalizeTerm('zaczynasz', 'pl'));
  });

  it('drops chat fillers and time words that never name a topic', () => {
    expect(analyze('lol I think my customer wants to know, any idea?', 'en')).toEqual(['custom']);
    expect(analyze('yesterday morning the customer side said so', 'en')).toEqual(['custom']);
    expect(analyze('co robić, chyba klient wczoraj dostał błąd, to prawda?', 'pl')).toEqual([
      normalizeTerm('klient', 'pl'),
      normalizeTerm('błąd', 'pl'),
    ]);
    expect(analyze('see you', 'en')).toEqual([]);
    expect(analyze('good morning team', 'en')).toEqual(['team']);
    expect(analyze('Dzień dobry wszystkim', 'pl')).toEqual([]);
    // "Dzień" of a business day is still a word.
    expect(analyze('jeden dzień roboczy', 'pl')).toHaveLength(3);
  });

  it('keeps Microsoft Teams apart from a team of people', () => {
    expect(normalizeTerm('Teams', 'en')).not.toBe(normalizeTerm('team', 'en'));
    expect(normalizeTerm('Teams', 'pl')).not.toBe(normalizeTerm('team', 'pl'));
  });

  it('knows the terms other forms of function words become', () => {
    expect(FUNCTION_WORD_STEMS.en.has(normalizeTerm('knows', 'en') ?? '')).toBe(true);
    expect(FUNCTION_WORD_STEMS.en.has(normalizeTerm('phone', 'en') ?? '')).toBe(false);
  });

  it('reads phrases whose words mean something else alone', () => {
    expect(analyze('In which situations may I escalate?', 'en')).toEqual(['when', 'escal']);
    expect(analyze('W jakich sytuacjach mogę eskalować?', 'pl')).toEqual([
      'kiedy',
      normalizeTerm('eskalować', 'pl'),
    ]);
    expect(analyze('nie mogę dodać zgłoszenia', 'pl')).toEqual([normalizeTerm('zgłoszenie', 'pl')]);
    expect(normalizeTerm('nowego', 'pl')).toBe(normalizeTerm('nowe', 'pl'));
    expect(normalizeTerm('Centrze', 'pl')).toBe(normalizeTerm('Centrum', 'pl'));
  });

  it('reads idioms by what they mean', () => {
    expect(analyze('when will they get back to us', 'en')).toEqual(['when', 'respons']);
    expect(analyze('the provider must open up the account', 'en')).toContain(normalizeTerm('grant', 'en'));
    expect(analyze('nothing works', 'en')).toEqual([normalizeTerm('outage', 'en')]);
    expect(analyze('can they go without going through us', 'en')).toEqual([
      normalizeTerm('themselves', 'en'),
    ]);
    expect(normalizeTerm('tongue', 'en')).toBe(normalizeTerm('language', 'en'));
    expect(analyze('what are we on the hook for', 'en')).toEqual([normalizeTerm('responsibilities', 'en')]);
  });

  it('drops times of day and reads shorthand for a request', () => {
    expect(analyze('its 3am and the customer is down', 'en')).toEqual(['custom', 'down']);
    expect(normalizeTerm('req', 'en')).toBe(normalizeTerm('request', 'en'));
    expect(normalizeTerm('programme', 'en')).toBe(normalizeTerm('program', 'en'));
  });

  it('applies a correction before stemming', () => {
    expect(analyze('custmer', 'en', (token) => (token === 'custmer' ? 'customer' : token))).toEqual([
      'custom',
    ]);
  });
});

describe('Reading mixed Polish and English', () => {
  it('drops English function words kept with English terms in a Polish question', () => {
    expect(analyze('wpisuję swoje contact info for the customer', 'pl')).toEqual([
      normalizeTerm('wpisuję', 'pl'),
      'contact',
      'customer',
    ]);
    // Short English function words that are Polish words too stay Polish: "to" is dropped as Polish anyway.
    expect(analyze('on ma problem', 'pl')).toEqual([normalizeTerm('problem', 'pl')]);
  });

  it('meets English plurals and Polish forms of borrowed words', () => {
    expect(normalizeTerm('requests', 'pl')).toBe(normalizeTerm('request', 'pl'));
    expect(normalizeTerm('tickecie', 'pl')).toBe(normalizeTerm('zgłoszenie', 'pl'));
    expect(normalizeTerm('supporcie', 'pl')).toBe(normalizeTerm('support', 'pl'));
  });

  it('reads English terms in a Polish question as the Polish words the entries use', () => {
    expect(normalizeTerm('pricing', 'pl')).toBe(normalizeTerm('cennik', 'pl'));
    expect(normalizeTerm('fee', 'pl')).toBe(normalizeTerm('opłata', 'pl'));
    expect(normalizeTerm('sev', 'pl')).toBe(normalizeTerm('istotność', 'pl'));
    // English keeps its own words.
    expect(normalizeTerm('fee', 'en')).toBe('fee');
  });

  it('reads partner shorthand as the words it stands for', () => {
    expect(normalizeTerm('disti', 'en')).toBe(normalizeTerm('distributor', 'en'));
    expect(normalizeTerm('svc', 'en')).toBe(normalizeTerm('service', 'en'));
    expect(normalizeTerm('cust', 'en')).toBe(normalizeTerm('customer', 'en'));
    expect(normalizeTerm('subka', 'pl')).toBe(normalizeTerm('subskrypcja', 'pl'));
    expect(normalizeTerm('subce', 'pl')).toBe(normalizeTerm('subskrypcji', 'pl'));
    expect(normalizeTerm('sev1', 'en')).toBe(normalizeTerm('severity', 'en'));
    expect(normalizeTerm('odbiorcy', 'pl')).toBe(normalizeTerm('klient', 'pl'));
    expect(normalizeTerm('odbiorców', 'pl')).toBe(normalizeTerm('klient', 'pl'));
    expect(normalizeTerm('namiary', 'pl')).toBe(normalizeTerm('kontakt', 'pl'));
    expect(normalizeTerm('distie', 'en')).toBe(normalizeTerm('distributor', 'en'));
    expect(normalizeTerm('sh', 'en')).toBe(normalizeTerm('health', 'en'));
    expect(normalizeTerm('subami', 'pl')).toBe(normalizeTerm('subskrypcja', 'pl'));
    expect(normalizeTerm('nr', 'pl')).toBe(normalizeTerm('numer', 'pl'));
    expect(normalizeTerm('dodzwoniła', 'pl')).toBe(normalizeTerm('zadzwonić', 'pl'));
  });

  it('reads "MAC" in capitals as the admin center, and a Mac as a computer', () => {
    expect(analyze('direct MAC login = whose context?', 'en')).toContain(normalizeTerm('admin', 'en'));
    expect(analyze('loguję się do MAC bezpośrednio', 'pl')).toContain(normalizeTerm('admin', 'pl'));
    expect(analyze('Outlook on the Mac is broken', 'en')).not.toContain(normalizeTerm('admin', 'en'));
  });
});

describe('More words partners use interchangeably', () => {
  it('joins forms and near-synonyms', () => {
    expect(analyze('Partner Center sends me to the portal', 'en')).toEqual(
      analyze('Partner Center redirected to the portal', 'en'),
    );
    expect(analyze('is it part of the benefit', 'en')).toEqual(analyze('is it included benefit', 'en'));
    expect(normalizeTerm('sell', 'en')).toBe(normalizeTerm('resell', 'en'));
    expect(normalizeTerm('undocumented', 'en')).toBe(normalizeTerm('documentation', 'en'));
    expect(normalizeTerm('describes', 'en')).toBe(normalizeTerm('description', 'en'));
    expect(normalizeTerm('podejrzewamy', 'pl')).toBe(normalizeTerm('podejrzenie', 'pl'));
    expect(normalizeTerm('kontaktować', 'pl')).toBe(normalizeTerm('skontaktować', 'pl'));
    expect(normalizeTerm('sprzedawać', 'pl')).toBe(normalizeTerm('sprzedajemy', 'pl'));
    expect(analyze('co wchodzi w zakres', 'pl')).toEqual(analyze('co obejmuje zakres', 'pl'));
  });

  it('keeps the configuration apart from the task of configuring', () => {
    expect(normalizeTerm('config', 'en')).toBe(normalizeTerm('configuration', 'en'));
    expect(normalizeTerm('configuration', 'en')).not.toBe(normalizeTerm('configure', 'en'));
  });

  it('reads creating a new customer as account admin', () => {
    expect(analyze('utworzyć nowego klienta', 'pl')).toContain(normalizeTerm('dodanie', 'pl'));
  });
});

describe('analyzeSentences', () => {
  it('treats what someone else wrote, in quotes, as background even with a question mark', () => {
    const sentences = analyzeSentences(
      "Customer wrote: 'Is it you or Microsoft?' Where do I check the service health?",
      'en',
    );
    expect(sentences.map((s) => s.question)).toEqual([false, false, true]);
    const polish = analyzeSentences(
      'Klient napisał: „Czy to wasza wina?” Gdzie sprawdzić kondycję usług?',
      'pl',
    );
    expect(polish.map((s) => s.question)).toEqual([false, false, true]);
  });

  it('leaves apostrophes and unclosed quotes alone', () => {
    expect(analyzeSentences("the customer's tenant isn't listed?", 'en')).toEqual([
      { terms: analyze("the customer's tenant isn't listed", 'en'), question: true, products: 0 },
    ]);
    expect(analyzeSentences('he said „is it down?', 'en').map((s) => s.question)).toEqual([true]);
  });

  it('reads an opening clause of circumstance apart from the question', () => {
    const sentences = analyzeSentences(
      'Once Partner Center sends me to the Azure portal, how do I create the request?',
      'en',
    );
    expect(sentences).toHaveLength(2);
    expect(sentences.map((s) => s.question)).toEqual([false, true]);
    expect(analyzeSentences('When can I escalate, and how?', 'en')).toHaveLength(1);
  });

  it('keeps a question of function words only, empty, so its place is known', () => {
    const sentences = analyzeSentences('Licencje kupuje przez nas. Czy on w ogóle może tak zrobić?', 'pl');
    expect(sentences.at(-1)).toEqual({ terms: [], question: true, products: 0 });
  });
});

describe('keepBounded', () => {
  it('keeps at most `limit` entries, forgetting the oldest first', () => {
    const kept = new Map<string, number>();
    for (let i = 0; i < 5; i++) keepBounded(kept, `w${i}`, i, 3);
    expect([...kept.keys()]).toEqual(['w2', 'w3', 'w4']);
    keepBounded(kept, 'w3', 33, 3);
    expect(kept.size).toBe(3);
    expect(kept.get('w3')).toBe(33);
  });
});

describe('product names', () => {
  it('reads a product as its family, once however many words its name has', () => {
    expect(analyze('Azure Kubernetes Service', 'en')).toEqual(analyze('Azure', 'en'));
    expect(analyze('Entra ID', 'pl')).toEqual(analyze('EMS', 'pl'));
    expect(analyze('SharePoint Online', 'en')).toEqual(analyze('Office', 'en'));
    expect(analyze('Dynamics 365 Sales', 'en')).toEqual(analyze('Dynamics', 'en'));
    // "Teams Phone" is a Microsoft 365 product, not a question about phoning.
    expect(analyze('Teams Phone', 'en')).not.toContain(normalizeTerm('phone', 'en'));
  });

  it('counts the product names of each sentence', () => {
    const sentences = analyzeSentences('Our Exchange Online and OneDrive broke. Who files the ticket?', 'en');
    expect(sentences.map((s) => s.products)).toEqual([2, 0]);
  });
});

describe('formal frames', () => {
  it('drops greetings and polite frames around the question', () => {
    expect(analyze('Hello team, where do I see service health?', 'en')).toEqual(
      analyze('where do I see service health?', 'en'),
    );
    expect(analyze('Could you please outline the steps?', 'en')).toEqual(analyze('the steps?', 'en'));
    expect(analyze('Dzień dobry, proszę o informację, jak założyć zgłoszenie.', 'pl')).toEqual(
      analyze('jak założyć zgłoszenie', 'pl'),
    );
  });

  it('does not read "prawidłowo" (correctly) as rights', () => {
    expect(analyze('prawidłowo', 'pl')).not.toContain(normalizeTerm('uprawnienia', 'pl'));
  });
});

describe('account admin around GDAP', () => {
  it("reads GDAP's roles and relationships as a topic of their own, and no GDAP as before", () => {
    expect(analyze('which GDAP roles do we need', 'en')).toContain('gdapsetup');
    expect(analyze('a GDAP relationship for the tenant', 'en')).toContain('gdapsetup');
    expect(analyze('jakie role GDAP nadać technikom', 'pl')).toContain('gdapsetup');
    expect(analyze('we have no GDAP for this tenant', 'en')).not.toContain('gdapsetup');
  });

  it('reads what sets two plans apart as their difference', () => {
    expect(analyze('what sets them apart', 'en')).toContain(normalizeTerm('difference', 'en'));
  });

  it('keeps devices onboarding into a product apart from onboarding a customer', () => {
    expect(analyze("Defender isn't onboarding devices", 'en')).not.toContain('onboard');
    expect(analyze('how do I onboard a customer', 'en')).toContain(normalizeTerm('onboard', 'en'));
  });

  it('reads "who can", "kto może" and "ma prawo" as asking who is permitted', () => {
    expect(analyze('who can file tickets for customers', 'en')).toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('who may open a request', 'en')).toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('kto może otworzyć zgłoszenie', 'pl')).toContain(normalizeTerm('uprawnione', 'pl'));
    expect(analyze('kto ma prawo zgłaszać sprawy klienta', 'pl')).toContain(
      normalizeTerm('uprawnione', 'pl'),
    );
    expect(analyze('file tickets for customers', 'en')).not.toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('who files tickets for the customer', 'en')).toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('role for logging a customer case', 'en')).toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('the role of a sales agent', 'en')).not.toContain(normalizeTerm('permitted', 'en'));
  });

  it('reads a turnaround as a response, triage as troubleshooting, and "z jakimi rodzajami" before problems as categories', () => {
    expect(analyze('sev C turnaround', 'en')).toEqual(analyze('sev C response', 'en'));
    expect(analyze('do we hav to triage first', 'en')).toEqual(
      analyze('do we have to troubleshoot first', 'en'),
    );
    expect(analyze('z jakimi rodzajami usterek iść do Microsoftu', 'pl')).toContain(
      normalizeTerm('kategorie', 'pl'),
    );
    expect(analyze('z jakimi rodzajami subskrypcji', 'pl')).not.toContain(normalizeTerm('kategorie', 'pl'));
  });

  it('keeps a phrase around a filler word, and reads the Polish Helpdesk role names', () => {
    const permitted = normalizeTerm('uprawnione', 'pl');
    expect(analyze('kto właściwie może złożyć zgłoszenie', 'pl')).toContain(permitted);
    expect(analyze('who exactly can file for a customer', 'en')).toContain(normalizeTerm('permitted', 'en'));
    expect(analyze('jak przejąć jego subskrypcje', 'pl')).toContain(normalizeTerm('transfer', 'pl'));
    // Microsoft taking a problem on is no transfer.
    expect(analyze('czy to powinien przejąć Microsoft', 'pl')).not.toContain(normalizeTerm('transfer', 'pl'));
    expect(analyze('administrator pomocy technicznej nie może', 'pl')).toEqual(
      analyze('Helpdesk admin nie może', 'pl'),
    );
    expect(analyze('agenta pomocy technicznej', 'pl')).toEqual(analyze('Helpdesk agent', 'pl'));
    expect(analyze('zgłoszenie do pomocy technicznej', 'pl')).not.toContain(normalizeTerm('helpdesk', 'pl'));
  });

  it('reads "thru", "brake-fix", "billed" and arriving "po przejściu" as partners mean them', () => {
    expect(analyze('open it thru Partner Center', 'en')).toEqual(analyze('open it Partner Center', 'en'));
    expect(analyze('not brake-fix', 'en')).toEqual(analyze('not break-fix', 'en'));
    expect(analyze('will we get billed', 'en')).toEqual(analyze('will we get charged', 'en'));
    expect(analyze('po przejściu z Partner Center', 'pl')).toContain(normalizeTerm('przekierowaniu', 'pl'));
  });

  it('reads earning a competency as the partner program, not as getting access', () => {
    expect(analyze('jak zdobyć kompetencję Gold', 'pl')).toContain(normalizeTerm('designation', 'pl'));
    expect(analyze('jak zdobyć dostęp do Azure klienta', 'pl')).not.toContain(
      normalizeTerm('designation', 'pl'),
    );
  });

  it('reads "kinds / types / sorts of" as asking for categories', () => {
    expect(analyze('which kinds of problems does Microsoft take', 'en')).toContain(
      normalizeTerm('categories', 'en'),
    );
    expect(analyze('what types of issues qualify', 'en')).toContain(normalizeTerm('categories', 'en'));
    expect(analyze('types of issues MS will take from us', 'en')).toContain(
      normalizeTerm('categories', 'en'),
    );
    expect(analyze('which issue types can go to Microsoft', 'en')).toContain(
      normalizeTerm('categories', 'en'),
    );
    expect(analyze('which problems does Microsoft take', 'en')).not.toContain(
      normalizeTerm('categories', 'en'),
    );
    expect(analyze('what kinda issues go to Microsoft', 'en')).toContain(normalizeTerm('categories', 'en'));
    expect(analyze('przy jakich rodzajach usterek', 'pl')).toContain(normalizeTerm('kategorie', 'pl'));
    expect(analyze('jakie rodzaje problemów', 'pl')).toContain(normalizeTerm('kategorie', 'pl'));
    expect(analyze('what kinds of customer issues does Microsoft fix', 'en')).toContain(
      normalizeTerm('categories', 'en'),
    );
    // Only problems make it a question about categories: plans and requests keep their own words.
    expect(analyze('what kinds of support plans are there', 'en')).not.toContain(
      normalizeTerm('categories', 'en'),
    );
    expect(analyze('what types of requests can I open', 'en')).not.toContain(
      normalizeTerm('categories', 'en'),
    );
  });
});

describe('tabs, healthy services, new customers and price lists', () => {
  it('keeps a tab ("zakładka") apart from filing a ticket ("zakładać")', () => {
    expect(normalizeTerm('zakładka', 'pl')).toBe(normalizeTerm('zakładce', 'pl'));
    expect(normalizeTerm('zakładka', 'pl')).not.toBe(normalizeTerm('zakładać', 'pl'));
    expect(normalizeTerm('zakładam', 'pl')).toBe(normalizeTerm('zgłaszam', 'pl'));
  });

  it('reads healthy services as the service health page', () => {
    expect(normalizeTerm('healthy', 'en')).toBe(normalizeTerm('health', 'en'));
    expect(normalizeTerm('zdrowe', 'pl')).toBe(normalizeTerm('kondycja', 'pl'));
  });

  it('reads a how-to style request as a how-to question', () => {
    expect(analyze('a how-to style request', 'en')).toContain(normalizeTerm('howto', 'en'));
    expect(analyze('a how-to question', 'en')).toContain(normalizeTerm('howto', 'en'));
  });

  it('reads a new customer and a price list as account admin and commerce', () => {
    expect(analyze('create a new customer in Partner Center', 'en')).toContain(
      normalizeTerm('onboard', 'en'),
    );
    expect(analyze('the customer has a problem', 'en')).not.toContain(normalizeTerm('onboard', 'en'));
    expect(analyze('umowa z nową firmą', 'pl')).toContain(normalizeTerm('dodanie', 'pl'));
    expect(analyze('the CSP price list', 'en')).toContain(normalizeTerm('licenceprice', 'en'));
    expect(analyze('ile to kosztuje w cenniku CSP', 'pl')).toContain(normalizeTerm('licenceprice', 'pl'));
  });
});

describe('digging, English terms in Polish, trainers and newcomers', () => {
  it('reads digging into a problem yourself as troubleshooting it', () => {
    for (const word of ['kopać', 'grzebać', 'pogrzebałem'])
      expect(normalizeTerm(word, 'pl')).toBe(normalizeTerm('troubleshooting', 'pl'));
    // A copy ("kopia zapasowa") stays a backup, not troubleshooting.
    expect(normalizeTerm('kopie', 'pl')).not.toBe(normalizeTerm('troubleshooting', 'pl'));
  });

  it('reads users and a service that is down, in a Polish message, as the Polish words', () => {
    expect(normalizeTerm('userów', 'pl')).toBe(normalizeTerm('użytkowników', 'pl'));
    expect(normalizeTerm('down', 'pl')).toBe(normalizeTerm('awaria', 'pl'));
    expect(normalizeTerm('down', 'en')).not.toBe(normalizeTerm('awaria', 'en'));
  });

  it('drops the quiz or deck a trainer asks for', () => {
    expect(analyze('Quick check for the quiz: who sets severity?', 'en')).toEqual(
      analyze('who sets severity?', 'en'),
    );
    expect(analyze('Who sets severity? Explain for the onboarding deck.', 'en')).toEqual(
      analyze('Who sets severity?', 'en'),
    );
    expect(analyze('kto ustala istotność, do quizu', 'pl')).toEqual(analyze('kto ustala istotność', 'pl'));
  });

  it('reads someone new to CSP as a newcomer, not a new request', () => {
    expect(analyze('we are new to CSP', 'en')).not.toContain(normalizeTerm('new', 'en'));
    expect(analyze('where is the new request button', 'en')).toContain(normalizeTerm('new', 'en'));
  });
});
