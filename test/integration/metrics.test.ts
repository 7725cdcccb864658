import { VERB } from '../../src/cards/verbs';
import { BotHarness } from '../helpers/botHarness';
import { WizardDriver, type StepInputs } from '../helpers/wizardDriver';

/** One sample line of the Prometheus text: `name{a="1",b="2"} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) throw new Error(`Not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key as string] = value as string;
    }
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample named `name` whose labels include `labels`; 0 when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${found.length} samples match ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value ?? 0;
}

const TICKET: StepInputs = {
  role: 'direct-bill',
  service: 'azure',
  problemType: 'break-fix',
  criteria: 'service-unavailable,network-disruption',
  serviceHealthChecked: 'true',
  troubleshootingDone: 'true',
  delegatedAdmin: 'yes',
  helpdeskAdmin: 'no',
  asfp: 'yes',
  severity: 'B',
  customerName: 'Contoso Ltd',
  customerDomain: 'contoso.onmicrosoft.com',
  customerTenantId: '',
  title: 'Virtual machines unreachable',
  description: 'All VMs in rg-prod stopped answering at 09:00.',
  affectedResource: '',
  contactName: 'Ada Partner',
  contactEmail: 'ada@partner.example',
  contactPhone: '',
  contactLanguage: 'en',
  microsoftRequestNumber: '',
};

describe('GET /metrics after real turns', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('counts turns, invokes, FAQ outcomes and votes, tickets and their latencies as they happened', async () => {
    expect((await bot.message('help')).status).toBe(200);
    expect((await bot.message('Is phone support available for CSP customers?')).status).toBe(200);
    expect((await bot.message('What is the best pizza topping?')).status).toBe(200);
    const vote = await bot.execute(
      VERB.faqFeedback,
      { knowledgeId: 'phone', helpful: true, lang: 'en', question: 'phone support?' },
      { replyToId: 'answer-1' },
    );
    expect(vote.status).toBe(200);
    expect((await bot.execute('no.such.verb', {})).status).toBe(200);

    // A ticket through the wizard: one "new ticket" message, then one invoke per step and the submit.
    const driver = new WizardDriver(bot);
    await driver.startByText('new ticket');
    const steps = await driver.complete(TICKET);
    await driver.submit();
    const wizardInvokes = steps.length; // every step but the review answered with Next, plus the submit
    await bot.delivered(); // the new ticket's card, updated in the background

    const response = await fetch(bot.url('/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(await response.text());

    const messages = 4; // help, two questions, "new ticket"
    const invokes = 2 + wizardInvokes;
    expect(valueOf(samples, 'cspbot_turns_total', { activity_type: 'message', outcome: 'ok' })).toBe(
      messages,
    );
    expect(valueOf(samples, 'cspbot_turns_total', { activity_type: 'invoke', outcome: 'ok' })).toBe(invokes);
    expect(valueOf(samples, 'cspbot_turns_total', { outcome: 'error', activity_type: 'message' })).toBe(0);
    const invoke = { invoke_name: 'adaptiveCard/action', outcome: 'ok' };
    expect(valueOf(samples, 'cspbot_invokes_total', { ...invoke, verb: 'faq.feedback' })).toBe(1);
    expect(valueOf(samples, 'cspbot_invokes_total', { ...invoke, verb: 'unknown' })).toBe(1);
    expect(valueOf(samples, 'cspbot_invokes_total', { ...invoke, verb: 'wizard.next' })).toBe(
      wizardInvokes - 1,
    );
    expect(valueOf(samples, 'cspbot_invokes_total', { ...invoke, verb: 'wizard.submit' })).toBe(1);

    // Every turn is in its latency histogram once.
    expect(valueOf(samples, 'cspbot_turn_duration_seconds_count', { activity_type: 'message' })).toBe(
      messages,
    );
    expect(valueOf(samples, 'cspbot_turn_duration_seconds_count', { activity_type: 'invoke' })).toBe(invokes);
    expect(
      valueOf(samples, 'cspbot_turn_duration_seconds_bucket', { activity_type: 'message', le: '+Inf' }),
    ).toBe(messages);
    expect(
      valueOf(samples, 'cspbot_invoke_duration_seconds_count', {
        invoke_name: 'adaptiveCard/action',
        verb: 'faq.feedback',
      }),
    ).toBe(1);

    expect(valueOf(samples, 'cspbot_faq_questions_total', { outcome: 'answered', lang: 'en' })).toBe(1);
    expect(valueOf(samples, 'cspbot_faq_questions_total', { outcome: 'abstained', lang: 'en' })).toBe(1);
    expect(valueOf(samples, 'cspbot_faq_votes_total', { helpful: 'true' })).toBe(1);
    expect(valueOf(samples, 'cspbot_tickets_total', { status: 'ready-to-file', event: 'created' })).toBe(1);
    expect(valueOf(samples, 'cspbot_tickets_total', { status: 'draft', event: 'created' })).toBe(0);

    // Fed by code still to come, or by failures: present, at zero.
    expect(samples.some((s) => s.name === 'cspbot_deliveries_retried_total')).toBe(true);
    expect(samples.some((s) => s.name === 'cspbot_alerts_sent_total')).toBe(true);
    expect(valueOf(samples, 'cspbot_deliveries_pending')).toBe(0);
    expect(valueOf(samples, 'cspbot_database_errors_total')).toBe(0);
    expect(valueOf(samples, 'cspbot_database_answering')).toBe(1);
  }, 60_000);
});

describe('GET /metrics access', () => {
  it('wants the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789abcdef0123';
    const bot = await new BotHarness().start({ METRICS_TOKEN: token });
    try {
      const anonymous = await fetch(bot.url('/metrics'));
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      const wrong = await fetch(bot.url('/metrics'), { headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.status).toBe(401);
      const right = await fetch(bot.url('/metrics'), { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('cspbot_alerts_sent_total');
    } finally {
      await bot.stop();
    }
  });

  it('is not served with METRICS_ENABLED=false', async () => {
    const bot = await new BotHarness().start({ METRICS_ENABLED: 'false' });
    try {
      expect((await fetch(bot.url('/metrics'))).status).toBe(404);
    } finally {
      await bot.stop();
    }
  });
});

describe('GET /metrics when the database stops answering', () => {
  it('counts the failed store calls, while the FAQ still answers', async () => {
    const bot = await new BotHarness().start();
    try {
      await bot.db.client.close();
      expect((await bot.message('Is phone support available?')).status).toBe(200);
      const samples = parsePrometheus(await (await fetch(bot.url('/metrics'))).text());
      // A standalone question needs no follow-up context: only remembering its topic is tried.
      expect(
        valueOf(samples, 'cspbot_database_errors_total', { store: 'faqFollowUps', operation: 'set' }),
      ).toBe(1);
      expect(
        valueOf(samples, 'cspbot_database_errors_total', { store: 'faqFollowUps', operation: 'get' }),
      ).toBe(0);
      expect(valueOf(samples, 'cspbot_turns_total', { activity_type: 'message', outcome: 'ok' })).toBe(1);
      expect(valueOf(samples, 'cspbot_turns_total', { activity_type: 'message', outcome: 'error' })).toBe(0);
    } finally {
      await bot.stop();
    }
  });
});
