import { asPlainText, renderCard } from '../../../src/cards/render';
import { helpCard } from '../../../src/cards/helpCard';
import { LANGS } from '../../../src/i18n';
import { VERBS } from '../../../src/cards/verbs';
import helpTemplate from '../../../adaptiveCards/help.json';

describe('renderCard', () => {
  it('binds data and never modifies the template', () => {
    const template = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: '${greeting}' }],
    };
    const before = JSON.stringify(template);
    const card = renderCard(template, { greeting: 'Cześć' });
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Cześć' }]);
    expect(JSON.stringify(template)).toBe(before);
    expect(renderCard(template, { greeting: 'Hi' }).body).toEqual([{ type: 'TextBlock', text: 'Hi' }]);
  });

  it('keeps a missing field visible, so incomplete view models are caught by card tests', () => {
    const card = renderCard(
      { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'x${missing}y' }] },
      {},
    );
    expect(JSON.stringify(card)).toContain('x${missing}y');
  });

  it('shows user data verbatim, without evaluating template syntax inside it', () => {
    const card = renderCard(
      { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: '${v}' }] },
      { v: '${secret}' },
    );
    expect((card.body as { text: string }[])[0]?.text).toBe('${secret}');
  });
});

describe('asPlainText', () => {
  it('escapes template syntax in user text', () => {
    expect(asPlainText('${x}')).not.toContain('${');
  });

  it('escapes markdown and HTML so they are shown, not rendered', () => {
    expect(asPlainText('**bold** [x](http://evil) <b>hi</b>')).toBe(
      '\\*\\*bold\\*\\* \\[x\\]\\(http://evil\\) \\<b\\>hi\\</b\\>',
    );
    expect(asPlainText('zwykły tekst')).toBe('zwykły tekst');
  });
});

describe('helpCard', () => {
  it.each(LANGS)('renders a complete Adaptive Card 1.5 in %s', (lang) => {
    const card = helpCard(lang);
    const json = JSON.stringify(card);
    expect(card.version).toBe('1.5');
    expect(json).not.toContain('${');
    const actions = card.actions as { type: string; verb?: string; data?: { verb?: string } }[];
    for (const action of actions) {
      const verb = action.type === 'Action.Execute' ? action.verb : action.data?.verb;
      expect(VERBS).toContain(verb);
    }
    expect(JSON.stringify(helpTemplate)).not.toContain(lang === 'pl' ? 'Asystent' : 'assistant');
  });

  it('shows a notice only when given one', () => {
    expect(JSON.stringify(helpCard('en'))).not.toContain('"color":"Attention"');
    expect(JSON.stringify(helpCard('en', { notice: 'Sorry' }))).toContain('Sorry');
  });
});
