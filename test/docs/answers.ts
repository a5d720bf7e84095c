/**
 * The answers the walk-throughs write after their commands, `# → [status] answer`, and how a real answer is held
 * against them.
 *
 * - A leading HTTP status (`409`) is written for an answer that is not 2xx; it must be the status of the command's
 *   last HTTP answer. Without one, every HTTP answer of the command must be 2xx.
 * - An answer that starts with `{` or `[` is a JSON pattern; prose after the value closes is commentary. The actual
 *   answer must be JSON and hold every key and value written, with equal values. `…` says "more here": as a member
 *   of an object (other keys may follow), as an item of an array (any items, including none), as a whole value, or
 *   inside a string (any text). An object or array without `…` must have exactly what is written.
 * - Anything else is text (a CLI's table or summary), compared with runs of whitespace as one space; `…` stands
 *   for any text.
 */

const ELLIPSIS = '…';

export type Pattern =
  | { kind: 'anything' }
  | { kind: 'scalar'; value: string | number | boolean | null }
  | { kind: 'elided string'; fragments: string[] }
  | { kind: 'object'; members: Array<[string, Pattern]>; open: boolean }
  | { kind: 'array'; items: Array<Pattern | 'gap'> };

export interface Expected {
  status?: number;
  json?: Pattern;
  text?: string;
}

/** Reads an annotation; `http` says whether the command speaks HTTP, so that a leading three-digit number is its status. */
export function parseExpected(annotation: string, http: boolean): Expected {
  let rest = annotation.trim();
  const expected: Expected = {};
  const status = http ? /^([1-5]\d\d)(?=\s|$)/.exec(rest) : null;
  if (status) {
    expected.status = Number(status[1]);
    rest = rest.slice(status[0].length).trim();
  }
  if (rest.startsWith('{') || rest.startsWith('[')) expected.json = new PatternReader(rest).read();
  else if (rest !== '') expected.text = rest;
  return expected;
}

class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Pattern {
    return this.value();
  }

  private value(): Pattern {
    this.skipBlanks();
    const next = this.source[this.at];
    if (next === '{') return this.object();
    if (next === '[') return this.array();
    if (next === '"') return this.string();
    if (next === ELLIPSIS) {
      this.at += 1;
      return { kind: 'anything' };
    }
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.source.slice(this.at));
    if (!literal) throw this.fail('a JSON value or …');
    this.at += literal[0].length;
    return { kind: 'scalar', value: JSON.parse(literal[0]) as number | boolean | null };
  }

  private object(): Pattern {
    this.at += 1;
    const members: Array<[string, Pattern]> = [];
    let open = false;
    for (;;) {
      this.skipBlanks();
      const next = this.source[this.at];
      if (next === '}') break;
      if (next === ELLIPSIS) {
        this.at += 1;
        open = true;
      } else {
        if (next !== '"') throw this.fail('a key, … or }');
        const key = this.string();
        this.skipBlanks();
        if (this.source[this.at] !== ':' || key.kind !== 'scalar') throw this.fail('a key followed by :');
        this.at += 1;
        members.push([String(key.value), this.value()]);
      }
      this.skipSeparator();
    }
    this.at += 1;
    return { kind: 'object', members, open };
  }

  private array(): Pattern {
    this.at += 1;
    const items: Array<Pattern | 'gap'> = [];
    for (;;) {
      this.skipBlanks();
      const next = this.source[this.at];
      if (next === ']') break;
      if (next === undefined) throw this.fail('an item, … or ]');
      if (next === ELLIPSIS && /^…\s*[,\]]/.test(this.source.slice(this.at))) {
        this.at += 1;
        items.push('gap');
      } else {
        items.push(this.value());
      }
      this.skipSeparator();
    }
    this.at += 1;
    return { kind: 'array', items };
  }

  private string(): Pattern {
    const literal = /^"(?:[^"\\]|\\.)*"/.exec(this.source.slice(this.at));
    if (!literal) throw this.fail('a closed string');
    this.at += literal[0].length;
    const text = JSON.parse(literal[0]) as string;
    return text.includes(ELLIPSIS) ? { kind: 'elided string', fragments: text.split(ELLIPSIS) } : { kind: 'scalar', value: text };
  }

  private skipBlanks(): void {
    while (/\s/.test(this.source[this.at] ?? '')) this.at += 1;
  }

  /** A comma between members, or none before and after `…`, which reads better as `{…"location":"WH-B"}`. */
  private skipSeparator(): void {
    this.skipBlanks();
    if (this.source[this.at] === ',') this.at += 1;
  }

  private fail(wanted: string): Error {
    return new Error(`expected ${wanted} at character ${this.at + 1} of ${this.source}`);
  }
}

/** Why `actual` does not match `pattern`, naming where (`$.items[0].status`), or undefined when it does. */
export function jsonMismatch(pattern: Pattern, actual: unknown, path = '$'): string | undefined {
  switch (pattern.kind) {
    case 'anything':
      return undefined;
    case 'scalar':
      return actual === pattern.value ? undefined : `${path} is ${JSON.stringify(actual)}, the page says ${JSON.stringify(pattern.value)}`;
    case 'elided string':
      return typeof actual === 'string' && fragmentsMatch(pattern.fragments, actual)
        ? undefined
        : `${path} is ${JSON.stringify(actual)}, the page says "${pattern.fragments.join(ELLIPSIS)}"`;
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${path} is ${JSON.stringify(actual)}, the page says an object`;
      const fields = actual as Record<string, unknown>;
      for (const [key, value] of pattern.members) {
        if (!Object.hasOwn(fields, key)) return `${path}.${key} is missing`;
        const inside = jsonMismatch(value, fields[key], `${path}.${key}`);
        if (inside) return inside;
      }
      const written = new Set(pattern.members.map(([key]) => key));
      const more = Object.keys(fields).filter((key) => !written.has(key));
      return pattern.open || more.length === 0 ? undefined : `${path} also has ${more.join(', ')}, which the page does not write (add … if that is meant)`;
    }
    case 'array': {
      if (!Array.isArray(actual)) return `${path} is ${JSON.stringify(actual)}, the page says an array`;
      if (!pattern.items.includes('gap')) {
        if (actual.length !== pattern.items.length) return `${path} has ${actual.length} items, the page writes ${pattern.items.length}`;
        for (const [index, item] of pattern.items.entries()) {
          const inside = jsonMismatch(item as Pattern, actual[index], `${path}[${index}]`);
          if (inside) return inside;
        }
        return undefined;
      }
      return itemsMatch(pattern.items, actual as unknown[]) ? undefined : `${path} does not hold the items the page writes, in that order`;
    }
  }
}

/** Items in order, each `gap` standing for any number of items. */
function itemsMatch(items: Array<Pattern | 'gap'>, actual: unknown[]): boolean {
  const from = (item: number, at: number): boolean => {
    if (item === items.length) return at === actual.length;
    const pattern = items[item];
    if (pattern === 'gap') {
      for (let skip = at; skip <= actual.length; skip += 1) if (from(item + 1, skip)) return true;
      return false;
    }
    return at < actual.length && jsonMismatch(pattern, actual[at]) === undefined && from(item + 1, at + 1);
  };
  return from(0, 0);
}

/** The fragments between `…`s, in order: the first at the start and the last at the end of `text`. */
function fragmentsMatch(fragments: string[], text: string): boolean {
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  if (fragments.length === 1) return text === first;
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return false;
  let at = first.length;
  for (const fragment of fragments.slice(1, -1)) {
    const found = text.indexOf(fragment, at);
    if (found < 0 || found + fragment.length > text.length - last.length) return false;
    at = found + fragment.length;
  }
  return true;
}

/** Text answers: runs of whitespace count as one space, `…` as any text. */
export function textMismatch(pattern: string, actual: string): string | undefined {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const fragments = flat(pattern)
    .split(ELLIPSIS)
    .map((fragment) => fragment.trim());
  return fragmentsMatch(fragments, flat(actual)) ? undefined : `it printed:\n${actual.trimEnd()}\nthe page says:\n${pattern}`;
}
