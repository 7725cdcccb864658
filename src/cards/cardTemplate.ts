/**
 * Adaptive Card templates (https://adaptivecards.io/templating) compiled once into a tree of closures,
 * so that rendering a card only walks the template and reads the view model.
 *
 * It expands exactly the part of the templating language that adaptiveCards/*.json use, the way
 * adaptivecards-templating 2.3 (over adaptive-expressions 4) expands it; the card tests render every
 * card builder with both and expect the same JSON. Anything else is refused when the template is
 * compiled (a TemplateError naming where), so a template that needs more fails the tests instead of
 * rendering differently.
 *
 * What is supported, and how it expands:
 * - `"${a.b}"` as a whole string: the value itself, of whatever type (a number stays a number, a
 *   boolean a boolean); a field that is absent (or undefined) becomes the text `${a.b}`, null stays null.
 * - text with bindings, `"${number}. ${text}"`: each value's toString(), an absent one as `${text}`.
 * - `$root.a` reaches the view model from inside `$data`.
 * - field names are matched as the library matches them: the first own key equal ignoring case.
 * - `$data: "${list}"` on an element of an array: the element once per item of the list, with the
 *   item as the data (none for an empty list); a value that is not a list is the data of one element.
 * - `$when: "${...}"` on an element of an array (evaluated per item of its `$data`): the element is kept
 *   only when the expression is the boolean true. The expression is a field, or a comparison `==`,
 *   `!=` or `>` of fields, `count(field)`, and string or number literals (`==` and `!=` with a literal
 *   on one side); a field or count that cannot be read makes the comparison false.
 * - In arrays, null elements are dropped and a binding whose value is a list is spread.
 * The template is never modified, and every render builds new objects and arrays.
 *
 * One addition to the library, asked for with `omitWhenEmpty`: those keys are left out wherever
 * their value is the empty string, as it expands (values bound whole from the view model are
 * copied without them too), so no second walk over the card is needed to remove them.
 */

/** A template uses something this expander does not support; `where` says where in the template. */
export class TemplateError extends Error {
  constructor(
    readonly where: string,
    detail: string,
  ) {
    super(`Card template, ${where === '' ? 'the card' : where}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** The data bindings are read against: the view model, and the current `$data` item. */
interface Scope {
  readonly root: unknown;
  readonly data: unknown;
}

type Expand = (scope: Scope) => unknown;
/** Expands an array element into `out`: none, one or (with `$data`) several values. */
type Emit = (scope: Scope, out: unknown[]) => void;
type Condition = (scope: Scope) => boolean;

/** What a template is compiled with, beyond the template itself. */
interface Rules {
  /** Keys left out wherever their value is the empty string. */
  readonly omitWhenEmpty: ReadonlySet<string>;
}

/** The library reads these keys itself and leaves them out of the card. */
const RESERVED_KEYS = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

// ---- Reading the view model ---------------------------------------------------------------------

interface Segment {
  readonly name: string;
  /** Identifiers are ASCII letters, digits and `_`, so the lower case has the same length. */
  readonly lower: string;
}

/**
 * One field of `instance`, as adaptive-expressions reads it: nothing from a falsy value, else the
 * first own enumerable key equal to the name ignoring case (so `title` also finds `Title`).
 */
function field(instance: unknown, segment: Segment): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) {
    const exact: unknown = instance.get(segment.name);
    if (exact !== undefined) return exact;
    for (const key of instance.keys()) {
      if (typeof key === 'string' && key.toLowerCase() === segment.lower) return instance.get(key);
    }
    return undefined;
  }
  const { name, lower } = segment;
  // A key whose lower case is the (ASCII) lower-case name has the name's length.
  const length = name.length;
  const first = lower.charCodeAt(0);
  for (const key in instance as object) {
    if (key.length !== length) continue;
    if (key !== name) {
      const c = key.charCodeAt(0);
      if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== first) continue;
      if (key.toLowerCase() !== lower) continue;
    }
    if (Object.prototype.hasOwnProperty.call(instance, key))
      return (instance as Record<string, unknown>)[key];
  }
  return undefined;
}

interface Path {
  readonly fromRoot: boolean;
  readonly segments: readonly Segment[];
  /** As written, without spaces: `$root.lang`, `response.headline`. */
  readonly text: string;
}

/** The value at `path`, or undefined when any part of it is absent. */
function compileRead(path: Path): Expand {
  const { fromRoot, segments } = path;
  const [first, second] = segments;
  if (first === undefined) throw new TypeError('A path has at least one segment');
  if (segments.length === 1) {
    return fromRoot ? (scope) => field(scope.root, first) : (scope) => field(scope.data, first);
  }
  if (segments.length === 2 && second !== undefined) {
    return fromRoot
      ? (scope) => field(field(scope.root, first), second)
      : (scope) => field(field(scope.data, first), second);
  }
  return (scope) => {
    let value: unknown = fromRoot ? scope.root : scope.data;
    for (const segment of segments) value = field(value, segment);
    return value;
  };
}

/** Like compileRead, but an absent value reads as the binding itself, `${path}`, as the library shows it. */
function compileBinding(path: Path): Expand {
  const read = compileRead(path);
  const placeholder = '${' + path.text + '}';
  return (scope) => {
    const value = read(scope);
    return value === undefined ? placeholder : value;
  };
}

// ---- Expressions --------------------------------------------------------------------------------

type Token =
  | { kind: 'name'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; text: '.' | '(' | ')' | '==' | '!=' | '>' };

type Operand =
  { kind: 'path'; path: Path } | { kind: 'count'; path: Path } | { kind: 'literal'; value: string | number };

type Expression = Operand | { kind: 'compare'; op: '==' | '!=' | '>'; left: Operand; right: Operand };

const KEYWORDS = new Set(['true', 'false', 'null', 'undefined']);
const UNSUPPORTED_OPERATORS = '>= <= <> && || ?? => < ! & | + - * / % ^ ? : , [ ] { }'.split(' ');

function tokenize(source: string, where: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (detail: string): never => {
    throw new TemplateError(where, `${detail} in "\${${source}}"`);
  };
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^[ \t]+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const name = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    const number = /^[0-9]+(?:\.[0-9]+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: parseFloat(number[0]) });
      i += number[0].length;
      continue;
    }
    const quote = rest[0];
    if (quote === "'" || quote === '"') {
      const end = rest.indexOf(quote, 1);
      if (end < 0) fail('an unterminated string');
      const value = rest.slice(1, end);
      if (/[\\`${}]/.test(value)) fail(`a string with \\, \`, $, { or } (${quote}${value}${quote})`);
      tokens.push({ kind: 'string', value });
      i += end + 1;
      continue;
    }
    const punct = (['==', '!=', '.', '(', ')'] as const).find((p) => rest.startsWith(p));
    if (punct && !rest.startsWith('=>')) {
      tokens.push({ kind: 'punct', text: punct });
      i += punct.length;
      continue;
    }
    if (rest.startsWith('>') && !rest.startsWith('>=')) {
      tokens.push({ kind: 'punct', text: '>' });
      i += 1;
      continue;
    }
    const operator = UNSUPPORTED_OPERATORS.find((op) => rest.startsWith(op));
    fail(operator ? `the operator ${operator} is not supported` : `unexpected "${rest[0] ?? ''}"`);
  }
  return tokens;
}

function parseExpression(source: string, where: string): Expression {
  const tokens = tokenize(source, where);
  let at = 0;
  const fail = (detail: string): never => {
    throw new TemplateError(where, `${detail} in "\${${source}}"`);
  };
  const peek = () => tokens[at];
  const isPunctAt = (index: number, text: string) => {
    const token = tokens[index];
    return token?.kind === 'punct' && token.text === text;
  };
  const isPunct = (text: string) => isPunctAt(at, text);

  const parsePath = (): Path => {
    const head = peek();
    if (head?.kind !== 'name') return fail('a field name was expected');
    at++;
    let fromRoot = false;
    const segments: Segment[] = [];
    if (head.text === '$root') {
      fromRoot = true;
    } else if (head.text.startsWith('$')) {
      fail(`${head.text} is not supported (only $root is)`);
    } else if (KEYWORDS.has(head.text)) {
      fail(`the literal ${head.text} is not supported`);
    } else {
      segments.push({ name: head.text, lower: head.text.toLowerCase() });
    }
    while (isPunct('.')) {
      at++;
      const next = peek();
      if (next?.kind !== 'name' || next.text.startsWith('$'))
        return fail('a field name was expected after "."');
      at++;
      segments.push({ name: next.text, lower: next.text.toLowerCase() });
    }
    if (segments.length === 0) fail('$root alone is not supported; name a field of it');
    if (isPunct('(')) fail(`the function ${head.text}() is not supported (only count() is)`);
    const text = [...(fromRoot ? ['$root'] : []), ...segments.map((s) => s.name)].join('.');
    return { fromRoot, segments, text };
  };

  const parseOperand = (): Operand => {
    const token = peek();
    if (token?.kind === 'string' || token?.kind === 'number') {
      at++;
      return { kind: 'literal', value: token.value };
    }
    if (token?.kind === 'name' && token.text === 'count' && isPunctAt(at + 1, '(')) {
      at += 2;
      const path = parsePath();
      if (!isPunct(')')) fail('count() takes one field');
      at++;
      return { kind: 'count', path };
    }
    return { kind: 'path', path: parsePath() };
  };
  if (tokens.length === 0) fail('an empty binding');
  const left = parseOperand();
  let expression: Expression = left;
  const op = peek();
  if (op?.kind === 'punct' && (op.text === '==' || op.text === '!=' || op.text === '>')) {
    at++;
    const right = parseOperand();
    if (op.text !== '>' && left.kind !== 'literal' && right.kind !== 'literal') {
      fail(`${op.text} is supported only with a literal on one side`);
    }
    expression = { kind: 'compare', op: op.text, left, right };
  }
  if (at < tokens.length) fail('only one comparison is supported, with nothing after it');
  return expression;
}

// ---- Conditions ($when) -------------------------------------------------------------------------

/** An operand's value, or FAILED when adaptive-expressions would report an error for it. */
const FAILED = Symbol('failed');

function compileOperand(operand: Operand): (scope: Scope) => unknown {
  switch (operand.kind) {
    case 'literal': {
      const { value } = operand;
      return () => value;
    }
    case 'path':
      return compileRead(operand.path);
    case 'count': {
      const read = compileRead(operand.path);
      return (scope) => {
        const value = read(scope);
        if (typeof value === 'string' || Array.isArray(value)) return value.length;
        if (value instanceof Map) return value.size;
        // count() of null or of anything but a string, list or object is an error.
        if (value === null || typeof value !== 'object') return FAILED;
        return Object.keys(value).length;
      };
    }
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/** adaptive-expressions' equality where one side is a string or number literal. */
function equalsLiteral(value: unknown, literal: unknown): boolean {
  if (isNumber(value) && isNumber(literal) && Math.abs(value - literal) < Number.EPSILON) return true;
  return value === literal;
}

function greater(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (
    (isNumber(a) && isNumber(b)) ||
    (typeof a === 'string' && typeof b === 'string') ||
    (a instanceof Date && b instanceof Date)
  ) {
    return a > b;
  }
  return false;
}

function compileCondition(expression: Expression, where: string, source: string): Condition {
  if (expression.kind === 'path') {
    // No `${field}` stand-in here: an absent field is just not true.
    const read = compileRead(expression.path);
    return (scope) => read(scope) === true;
  }
  if (expression.kind !== 'compare') {
    throw new TemplateError(where, `$when needs a field or a comparison, not "\${${source}}"`);
  }
  const left = compileOperand(expression.left);
  const right = compileOperand(expression.right);
  const test: (a: unknown, b: unknown) => boolean =
    expression.op === '=='
      ? equalsLiteral
      : expression.op === '!='
        ? (a, b) => !equalsLiteral(a, b)
        : greater;
  // An operand that fails makes every comparison false, != included, as in adaptive-expressions.
  return (scope) => {
    const a = left(scope);
    if (a === FAILED) return false;
    const b = right(scope);
    return b !== FAILED && test(a, b);
  };
}

// ---- Strings ------------------------------------------------------------------------------------

type Piece = { literal: string } | { source: string };

/** Splits text into literal pieces and `${...}` sources. */
function splitBindings(text: string, where: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    const literal = text.slice(from, start < 0 ? undefined : start);
    if (literal !== '') {
      if (/[\\`${}]/.test(literal)) {
        throw new TemplateError(where, `text around bindings may not hold \\, \`, $, { or }: "${text}"`);
      }
      pieces.push({ literal });
    }
    if (start < 0) return pieces;
    const end = text.indexOf('}', start + 2);
    if (end < 0) throw new TemplateError(where, `an unclosed binding in "${text}"`);
    pieces.push({ source: text.slice(start + 2, end) });
    from = end + 1;
  }
}

/** The path of a binding that is the whole of `text` ("${a.b}"), or undefined when it is not one. */
function wholeBinding(text: string, where: string): { source: string; expression: Expression } | undefined {
  const pieces = splitBindings(text, where);
  const [only] = pieces;
  if (pieces.length !== 1 || only === undefined || !('source' in only)) return undefined;
  return { source: only.source, expression: parseExpression(only.source, where) };
}

function pathOf(expression: Expression, source: string, where: string): Path {
  if (expression.kind !== 'path') {
    throw new TemplateError(where, `only a field can be bound here, not "\${${source}}"`);
  }
  return expression.path;
}

/** `node` copied without the keys in `omit` whose value is the empty string, at any depth. */
function copyWithout(node: unknown, omit: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((element) => copyWithout(element, omit));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === '' && omit.has(key)) continue;
    out[key] = copyWithout(value, omit);
  }
  return out;
}

function compileString(text: string, where: string, rules: Rules): Expand {
  if (!text.includes('${')) return () => text;
  const pieces = splitBindings(text, where);
  const [only] = pieces;
  if (pieces.length === 1 && only !== undefined && 'source' in only) {
    const bound = compileBinding(pathOf(parseExpression(only.source, where), only.source, where));
    const omit = rules.omitWhenEmpty;
    if (omit.size === 0) return bound;
    // A value of the view model goes into the card as a copy, without those keys.
    return (scope) => {
      const value = bound(scope);
      return typeof value === 'object' && value !== null ? copyWithout(value, omit) : value;
    };
  }
  const parts = pieces.map((piece): string | Expand =>
    'literal' in piece
      ? piece.literal
      : compileBinding(pathOf(parseExpression(piece.source, where), piece.source, where)),
  );
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const value = part(scope);
      // The library calls toString() on every value, which a null cannot take.
      if (value === null) throw new TypeError(`Card template, ${where}: a value bound in "${text}" is null`);
      out += (value as { toString(): string }).toString();
    }
    return out;
  };
}

// ---- Objects and arrays -------------------------------------------------------------------------

/** Where a key of the object at `where` is: `body[2].items`. */
const member = (where: string, key: string) => (where === '' ? key : `${where}.${key}`);

const isObject = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

function compileValue(node: unknown, where: string, rules: Rules): Expand {
  if (typeof node === 'string') return compileString(node, where, rules);
  if (Array.isArray(node)) {
    const elements = node.map((element, i) => compileElement(element, `${where}[${i}]`, rules));
    return (scope) => {
      const out: unknown[] = [];
      for (const emit of elements) emit(scope, out);
      return out;
    };
  }
  if (isObject(node)) {
    for (const key of ['$data', '$when']) {
      if (key in node)
        throw new TemplateError(member(where, key), `${key} is supported only on an element of an array`);
    }
    return compileObject(node, where, rules);
  }
  if (node === null || typeof node === 'number' || typeof node === 'boolean') return () => node;
  throw new TemplateError(where, `a ${typeof node} is not JSON`);
}

function compileObject(
  node: Record<string, unknown>,
  where: string,
  rules: Rules,
): (scope: Scope) => Record<string, unknown> {
  // Values without bindings are copied as they are; the others are expanded.
  const entries: { key: string; constant: unknown; expand: Expand | undefined; omitEmpty: boolean }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === '$data' || key === '$when') continue;
    if (RESERVED_KEYS.has(key))
      throw new TemplateError(member(where, key), `the key ${key} is not supported`);
    const omitEmpty = rules.omitWhenEmpty.has(key);
    if (omitEmpty && value === '') continue;
    const constant =
      value === null ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      (typeof value === 'string' && !value.includes('${'));
    entries.push(
      constant
        ? { key, constant: value, expand: undefined, omitEmpty }
        : { key, constant: undefined, expand: compileValue(value, member(where, key), rules), omitEmpty },
    );
  }
  return (scope) => {
    const out: Record<string, unknown> = {};
    for (const entry of entries) {
      if (entry.expand === undefined) {
        out[entry.key] = entry.constant;
        continue;
      }
      const value = entry.expand(scope);
      if (value !== undefined && !(value === '' && entry.omitEmpty)) out[entry.key] = value;
    }
    return out;
  };
}

function compileElement(node: unknown, where: string, rules: Rules): Emit {
  if (!isObject(node) || !('$data' in node || '$when' in node)) {
    const expand = compileValue(node, where, rules);
    return (scope, out) => {
      const value = expand(scope);
      if (value === null) return;
      if (Array.isArray(value)) out.push(...(value as unknown[]));
      else out.push(value);
    };
  }
  const body = compileObject(node, where, rules);
  const when = '$when' in node ? compileWhen(node.$when, `${where}.$when`) : undefined;
  const data = '$data' in node ? compileData(node.$data, `${where}.$data`) : undefined;
  const emitOne = when
    ? (scope: Scope, out: unknown[]) => {
        if (when(scope)) out.push(body(scope));
      }
    : (scope: Scope, out: unknown[]) => {
        out.push(body(scope));
      };
  if (!data) return emitOne;
  return (scope, out) => {
    const items = data(scope);
    if (!Array.isArray(items)) {
      emitOne(items === undefined ? scope : { root: scope.root, data: items }, out);
      return;
    }
    // An undefined item keeps the data of the one before, as in the library.
    let current = scope.data;
    for (const item of items as unknown[]) {
      if (item !== undefined) current = item;
      emitOne({ root: scope.root, data: current }, out);
    }
  };
}

function compileWhen(node: unknown, where: string): Condition {
  const binding = typeof node === 'string' ? wholeBinding(node, where) : undefined;
  if (!binding)
    throw new TemplateError(where, `$when must be one "\${...}" expression, not ${JSON.stringify(node)}`);
  return compileCondition(binding.expression, where, binding.source);
}

function compileData(node: unknown, where: string): Expand {
  const binding = typeof node === 'string' ? wholeBinding(node, where) : undefined;
  if (!binding)
    throw new TemplateError(where, `$data must be one "\${field}" binding, not ${JSON.stringify(node)}`);
  return compileBinding(pathOf(binding.expression, binding.source, where));
}

// ---- Entry point --------------------------------------------------------------------------------

/** A compiled template: expands it with a view model (`$root`) into a new card. */
export type CompiledTemplate = (data: object) => Record<string, unknown>;

export interface CompileOptions {
  /** Keys to leave out of the card wherever their value is the empty string (none by default). */
  omitWhenEmpty?: readonly string[];
}

/** Compiles `template` (never modified); throws a TemplateError for anything it does not support. */
export function compileTemplate(template: object, options: CompileOptions = {}): CompiledTemplate {
  if (!isObject(template)) throw new TemplateError('', 'a template is a JSON object');
  for (const key of ['$data', '$when']) {
    if (key in template) throw new TemplateError(key, `${key} is not supported on the card itself`);
  }
  const rules: Rules = { omitWhenEmpty: new Set(options.omitWhenEmpty ?? []) };
  const expand = compileObject(template, '', rules);
  return (data) => expand({ root: data, data });
}
