import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileTemplate, TemplateError } from '../../../src/cards/cardTemplate';
import { expandWithLibrary, withoutEmpty } from '../../helpers/templatingLibrary';

const CARDS_DIR = path.resolve(__dirname, '../../../adaptiveCards');

const card = (...body: unknown[]) => ({ type: 'AdaptiveCard', version: '1.5', body });
const bodyOf = (template: object, data: object) => compileTemplate(template)(data).body;

/** Expands with the compiled template, expecting exactly what adaptivecards-templating gives. */
function expand(template: object, data: object): unknown {
  const ours = compileTemplate(template)(data);
  expect(ours).toStrictEqual(expandWithLibrary(template, data));
  return ours;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

describe('compileTemplate', () => {
  it.each(readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json')))(
    'compiles adaptiveCards/%s (a template needing more than is supported fails here)',
    (file) => {
      const template = JSON.parse(readFileSync(path.join(CARDS_DIR, file), 'utf8')) as object;
      expect(() => compileTemplate(template)).not.toThrow();
    },
  );

  describe('bindings', () => {
    it('keeps a missing field visible as its binding, whole, in text, nested and from $root', () => {
      const template = card(
        { text: '${missing}' },
        { text: 'x ${missing} y' },
        { text: '${response.headline}' },
        { text: '${response.absent.deeper}' },
        { $data: '${items}', text: '${$root.nothing} ${nothing}' },
      );
      expect(expand(template, { response: { other: 1 }, items: [{}] })).toMatchObject({
        body: [
          { text: '${missing}' },
          { text: 'x ${missing} y' },
          { text: '${response.headline}' },
          { text: '${response.absent.deeper}' },
          { text: '${$root.nothing} ${nothing}' },
        ],
      });
    });

    it('keeps the type of a value bound as a whole string; text with bindings is text', () => {
      const template = card({
        isRequired: '${flag}',
        maxLength: '${max}',
        value: '${empty}',
        nothing: '${none}',
        list: '${list}',
        object: '${object}',
        text: '${flag}: ${max}, ${list} ${object}',
      });
      const data = { flag: false, max: 120, empty: '', none: null, list: [1, 'a'], object: { a: 1 } };
      expect(expand(template, data)).toMatchObject({
        body: [
          {
            isRequired: false,
            maxLength: 120,
            value: '',
            nothing: null,
            list: [1, 'a'],
            object: { a: 1 },
            text: 'false: 120, 1,a [object Object]',
          },
        ],
      });
    });

    it('refuses a null value inside text, as the library does', () => {
      const template = card({ text: 'a ${none}' });
      expect(() => compileTemplate(template)({ none: null })).toThrow(TypeError);
      expect(() => expandWithLibrary(template, { none: null })).toThrow();
    });

    it('shows user data verbatim: template syntax and markdown in it are never evaluated', () => {
      const text = 'Costs $5 ${secret} {x} } { `code` **bold** [a](http://e.example) <b>b</b> \\ ${';
      const template = card({ text: '${v}' }, { text: '${v} (${v})' }, { $data: '${list}', text: '${text}' });
      expect(expand(template, { v: text, list: [{ text }] })).toMatchObject({
        body: [{ text }, { text: `${text} (${text})` }, { text }],
      });
    });

    it('matches field names ignoring case, taking the first key that matches, as the library does', () => {
      const template = card({ a: '${title}', b: '${Title}', c: '${ticketID}', d: '${outer.INNER}' });
      expect(
        expand(template, { TITLE: 'first', title: 'second', ticketId: 'CSP-1', outer: { inner: 1 } }),
      ).toMatchObject({ body: [{ a: 'first', b: 'first', c: 'CSP-1', d: 1 }] });
      const map = new Map<string, unknown>([
        ['Title', 'map'],
        ['count', 2],
      ]);
      expect(expand(card({ a: '${m.title}', b: '${m.count}', c: '${m.size}' }), { m: map })).toMatchObject({
        body: [{ a: 'map', b: 2, c: '${m.size}' }],
      });
    });

    it('reads nothing through a value that is not an object', () => {
      const template = card({ a: '${s.length}', b: '${n.x}', c: '${z.x}', d: '${list.length}' });
      expand(template, { s: 'text', n: 5, z: 0, list: [1, 2] });
    });
  });

  describe('$when', () => {
    const when = (expression: string, data: object) =>
      (expand(card({ $when: expression, type: 'TextBlock' }), data) as { body: unknown[] }).body.length === 1;

    it('keeps the element for true and drops it for false, an absent field or a non-boolean', () => {
      expect(when('${shown}', { shown: true })).toBe(true);
      expect(when('${shown}', { shown: false })).toBe(false);
      expect(when('${shown}', {})).toBe(false);
      expect(when('${shown}', { shown: 'true' })).toBe(false);
      expect(when('${shown}', { shown: 1 })).toBe(false);
      expect(when('${a.b}', { a: { b: true } })).toBe(true);
      expect(when('${$root.a}', { a: true })).toBe(true);
    });

    it('compares with == and != to a literal', () => {
      expect(when("${kind == 'choice'}", { kind: 'choice' })).toBe(true);
      expect(when("${kind == 'choice'}", { kind: 'text' })).toBe(false);
      expect(when("${kind == 'choice'}", {})).toBe(false);
      expect(when('${kind == "choice"}', { kind: 'choice' })).toBe(true);
      expect(when("${'choice' == kind}", { kind: 'choice' })).toBe(true);
      expect(when("${notice != ''}", { notice: 'Saved' })).toBe(true);
      expect(when("${notice != ''}", { notice: '' })).toBe(false);
      // An absent field is not '', so != '' holds.
      expect(when("${notice != ''}", {})).toBe(true);
      expect(when("${n == '1'}", { n: 1 })).toBe(false);
      expect(when('${n == 1}', { n: 1 })).toBe(true);
      expect(when('${n == 0.3}', { n: 0.1 + 0.2 })).toBe(true);
      expect(when("${list == ''}", { list: [] })).toBe(false);
      expect(when("${object != ''}", { object: {} })).toBe(true);
    });

    it('counts lists, strings and objects; count of an absent field makes any comparison false', () => {
      expect(when('${count(list) > 0}', { list: [1] })).toBe(true);
      expect(when('${count(list) > 0}', { list: [] })).toBe(false);
      expect(when('${count(list) == 0}', { list: [] })).toBe(true);
      expect(when('${count(list) > 0}', { list: 'ab' })).toBe(true);
      expect(when('${count(list) == 2}', { list: { a: 1, b: 2 } })).toBe(true);
      expect(when('${count(list) > 0}', {})).toBe(false);
      expect(when('${count(list) == 0}', {})).toBe(false);
      expect(when('${count(list) != 0}', {})).toBe(false);
      expect(when('${count(list) == 0}', { list: null })).toBe(false);
      expect(when('${count(list) == 0}', { list: 5 })).toBe(false);
      expect(when('${count(a.list) > 1}', { a: { list: [1, 2] } })).toBe(true);
    });

    it('compares numbers and strings with >, and nothing else', () => {
      expect(when('${n > 2}', { n: 3 })).toBe(true);
      expect(when('${n > 2}', { n: 2 })).toBe(false);
      expect(when("${s > 'a'}", { s: 'b' })).toBe(true);
      expect(when("${n > 'a'}", { n: 3 })).toBe(false);
      expect(when('${n > 2}', {})).toBe(false);
      expect(when('${n > 2}', { n: null })).toBe(false);
      expect(when('${a > b}', { a: 2, b: 1 })).toBe(true);
    });

    it('is evaluated for each item of $data', () => {
      const template = card({ $data: '${fields}', $when: "${kind == 'text'}", id: '${id}' });
      const fields = [
        { kind: 'text', id: 'a' },
        { kind: 'choice', id: 'b' },
        { kind: 'text', id: 'c' },
      ];
      expect(expand(template, { fields })).toMatchObject({ body: [{ id: 'a' }, { id: 'c' }] });
    });
  });

  describe('$data', () => {
    it('repeats an element per item, none for an empty list, and leaves $data out of the card', () => {
      const template = card(
        { type: 'Title', text: '${title}' },
        { $data: '${items}', type: 'TextBlock', text: '${number}. ${text}' },
        { type: 'End' },
      );
      expect(expand(template, { title: 'T', items: [] })).toStrictEqual(
        card({ type: 'Title', text: 'T' }, { type: 'End' }),
      );
      expect(
        expand(template, {
          title: 'T',
          items: [
            { number: 1, text: 'one' },
            { number: 2, text: 'two' },
          ],
        }),
      ).toStrictEqual(
        card(
          { type: 'Title', text: 'T' },
          { type: 'TextBlock', text: '1. one' },
          { type: 'TextBlock', text: '2. two' },
          { type: 'End' },
        ),
      );
    });

    it('nests: an item’s own list inside it, $root from anywhere', () => {
      const template = card({
        $data: '${fields}',
        id: '${id}',
        choices: [{ $data: '${choices}', title: '${title}', value: '${value}', lang: '${$root.lang}' }],
        facts: [{ $data: '${info}', title: '${title}' }],
      });
      const data = {
        lang: 'pl',
        fields: [
          { id: 'a', choices: [{ title: 'Tak', value: 'yes' }], info: [] },
          {
            id: 'b',
            choices: [
              { title: 'A', value: 'a' },
              { title: 'B', value: 'b' },
            ],
            info: [{ title: 'i' }],
          },
        ],
      };
      expect(expand(template, data)).toStrictEqual(
        card(
          { id: 'a', choices: [{ title: 'Tak', value: 'yes', lang: 'pl' }], facts: [] },
          {
            id: 'b',
            choices: [
              { title: 'A', value: 'a', lang: 'pl' },
              { title: 'B', value: 'b', lang: 'pl' },
            ],
            facts: [{ title: 'i' }],
          },
        ),
      );
    });

    it('takes odd items and values the way the library does', () => {
      const template = card({ $data: '${items}', text: '${text}' });
      // null items, an undefined item (keeps the previous item), strings, numbers
      expand(template, { items: [{ text: 'a' }, undefined, null, 'str', 7, { TEXT: 'upper' }] });
      // a value that is not a list is the data of one element
      expand(template, { items: { text: 'one' } });
      // a missing list gives one element with its bindings visible
      expand(template, {});
      expand(template, { items: null });
    });

    it('spreads a list bound as an array element and drops null elements', () => {
      const template = card('${list}', null, '${none}', 'x', [1, [2, null]]);
      expect(expand(template, { list: [1, 2], none: null })).toStrictEqual(card(1, 2, 'x', 1, 2));
    });
  });

  describe('the template and the cards', () => {
    it('never modifies the template and builds new objects on every render', () => {
      const template = deepFreeze(
        card(
          { type: 'TextBlock', text: '${text}', data: { a: '${a}' }, msteams: { width: 'Full' } },
          { $data: '${items}', $when: '${shown}', text: '${text}' },
        ),
      );
      const before = JSON.stringify(template);
      const expander = compileTemplate(template);
      const data = { text: 't', a: 1, items: [{ shown: true, text: 'i' }] };
      const first = expander(data);
      const body = first.body as Record<string, Record<string, unknown>>[];
      (body[0]?.data as Record<string, unknown>).a = 'changed';
      (body[0]?.msteams as Record<string, unknown>).width = 'changed';
      body.push({});
      expect(expander(data)).toStrictEqual(
        card({ type: 'TextBlock', text: 't', data: { a: 1 }, msteams: { width: 'Full' } }, { text: 'i' }),
      );
      expect(JSON.stringify(template)).toBe(before);
      expect(expander(data)).not.toBe(expander(data));
    });
  });

  describe('omitWhenEmpty', () => {
    const OMIT = ['placeholder', 'errorMessage'];
    /** Expands leaving OMIT out when empty, expecting the library's card with them removed after. */
    const expandOmitting = (template: object, data: object): unknown => {
      const ours = compileTemplate(template, { omitWhenEmpty: OMIT })(data);
      expect(ours).toStrictEqual(withoutEmpty(expandWithLibrary(template, data), OMIT));
      return ours;
    };

    it('leaves the keys out where they come out empty: written so, bound, in text and per $data item', () => {
      const template = card(
        { type: 'Input.Text', placeholder: '', errorMessage: '${error}', label: '' },
        { type: 'Input.Text', placeholder: '${hint}', errorMessage: '${a}${b}' },
        { $data: '${inputs}', type: 'Input.Text', placeholder: '${hint}', errorMessage: 'x ${error}' },
      );
      const data = {
        error: '',
        hint: 'e.g. contoso.com',
        a: '',
        b: '',
        inputs: [{ hint: '', error: 'y' }, { hint: 'h' }],
      };
      expect(expandOmitting(template, data)).toStrictEqual(
        card(
          { type: 'Input.Text', label: '' },
          { type: 'Input.Text', placeholder: 'e.g. contoso.com' },
          { type: 'Input.Text', errorMessage: 'x y' },
          { type: 'Input.Text', placeholder: 'h', errorMessage: 'x ${error}' },
        ),
      );
    });

    it('copies values bound whole from the view model without them, at any depth and in spread lists', () => {
      const template = card('${list}', { type: 'Container', items: '${items}', extra: '${extra}' });
      const data = {
        list: [{ placeholder: '', errorMessage: 'kept', nested: [{ errorMessage: '' }] }, null, ''],
        items: [{ type: 'Input.Text', placeholder: '' }],
        extra: { inner: { placeholder: '', value: '' } },
      };
      const before = JSON.stringify(data);
      const ours = expandOmitting(template, data);
      expect(ours).toStrictEqual(
        card({ errorMessage: 'kept', nested: [{}] }, null, '', {
          type: 'Container',
          items: [{ type: 'Input.Text' }],
          extra: { inner: { value: '' } },
        }),
      );
      // The view model is left as it was, and the card holds none of its objects.
      expect(JSON.stringify(data)).toBe(before);
      const body = (ours as { body: Record<string, unknown>[] }).body;
      expect(body[3]?.items).not.toBe(data.items);
      expect(body[3]?.extra).not.toBe(data.extra);
    });

    it('keeps them when not empty, keeps other empty values, and without the option keeps everything', () => {
      const template = card({ placeholder: '${p}', errorMessage: '${e}', value: '${v}', label: '' });
      const data = { p: 0, e: null, v: '' };
      expect(expandOmitting(template, data)).toStrictEqual(
        card({ placeholder: 0, errorMessage: null, value: '', label: '' }),
      );
      expect(expand(template, { p: '', e: '', v: '' })).toStrictEqual(
        card({ placeholder: '', errorMessage: '', value: '', label: '' }),
      );
    });
  });

  describe('refuses at compile time what it does not support', () => {
    it.each<[string, unknown, RegExp]>([
      ['another function', card({ text: '${join(list, ",")}' }), /not supported/],
      ['a function in a value', card({ text: '${count(list)}' }), /only a field can be bound here/],
      ['a comparison in a value', card({ v: "${a == 'b'}" }), /only a field can be bound here/],
      ['&&', card({ $when: '${a && b}' }), /the operator && is not supported/],
      ['||', card({ $when: '${a || b}' }), /the operator \|\| is not supported/],
      ['!', card({ $when: '${!a}' }), /the operator ! is not supported/],
      ['<', card({ $when: '${count(a) < 1}' }), /the operator < is not supported/],
      ['>=', card({ $when: '${count(a) >= 1}' }), /the operator >= is not supported/],
      ['+', card({ text: '${a + b}' }), /the operator \+ is not supported/],
      ['an index', card({ text: '${list[0]}' }), /the operator \[ is not supported/],
      ['the literal true', card({ $when: '${true}' }), /the literal true is not supported/],
      ['$index', card({ $data: '${items}', text: '${$index}' }), /\$index is not supported/],
      ['$data', card({ text: '${$data.a}' }), /\$data is not supported/],
      ['$root alone', card({ v: '${$root}' }), /\$root alone/],
      ['two comparisons', card({ $when: "${a == 'x' == b}" }), /only one comparison/],
      ['== between fields', card({ $when: '${a == b}' }), /only with a literal/],
      ['a count alone in $when', card({ $when: '${count(a)}' }), /\$when needs a field or a comparison/],
      ['a literal $when', card({ $when: true }), /\$when must be one/],
      ['$when as text', card({ $when: 'shown' }), /\$when must be one/],
      ['$when with text around', card({ $when: 'is ${shown}' }), /\$when must be one/],
      ['a literal $data', card({ $data: [{ a: 1 }] }), /\$data must be one/],
      ['$data with a comparison', card({ $data: "${a == 'b'}" }), /only a field can be bound/],
      ['$when off an array', card({ selectAction: { $when: '${a}' } }), /only on an element of an array/],
      ['$data off an array', { type: 'AdaptiveCard', body: { $data: '${a}' } }, /only on an element/],
      ['$when on the card', { type: 'AdaptiveCard', $when: '${a}' }, /not supported on the card itself/],
      ['a reserved key', card({ $root: 'x' }), /the key \$root is not supported/],
      ['an unclosed binding', card({ text: 'a ${b' }), /an unclosed binding/],
      ['an empty binding', card({ text: '${}' }), /an empty binding/],
      ['a backslash around a binding', card({ text: 'a\\n${b}' }), /text around bindings/],
      ['a $ around a binding', card({ text: '$${b}' }), /text around bindings/],
      ['a string with a backslash', card({ $when: "${a == 'it\\'s'}" }), /a string with/],
      ['an unterminated string', card({ $when: "${a == 'x}" }), /unterminated string/],
      ['a newline in a binding', card({ text: '${a\n}' }), /unexpected/],
    ])('%s', (_name, template, message) => {
      expect(() => compileTemplate(template as object)).toThrow(TemplateError);
      expect(() => compileTemplate(template as object)).toThrow(message);
    });

    it('says where in the template', () => {
      const template = card({ type: 'Container', items: [{ text: 'ok' }, { $when: '${a && b}' }] });
      expect(() => compileTemplate(template)).toThrow(/^Card template, body\[0\]\.items\[1\]\.\$when: /);
    });

    it('leaves text without bindings as it is, whatever it holds', () => {
      const text = 'a \\ ` $ { } ${ no binding';
      expect(bodyOf(card({ text: 'plain \\ ` $ { }' }), {})).toEqual([{ text: 'plain \\ ` $ { }' }]);
      // "${" starts a binding, so that one is refused.
      expect(() => compileTemplate(card({ text }))).toThrow(TemplateError);
    });
  });
});
