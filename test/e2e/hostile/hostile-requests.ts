import fc from 'fast-check';
import { Route } from '../routes';
import { Field, Kind, Shape, shapeOf } from './dto-shape';

/** One request as it goes on the wire, and what was made wrong in it. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  wrong: string;
}

export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
];

const BAD_INSTANTS = [
  '2026-01-01T00Z',
  '20260101T000000Z',
  '2026-W53-7T00:00:00Z',
  '2026-01-01T00:00:00,5Z',
  '2026-001T00:00Z',
  '2026-02-30',
  '2026-01-01T10:00:00',
  'yesterday',
  '',
  '9999-99-99',
];
/** More than 6 digits after the decimal point, or more than the service counts exactly. */
const BAD_QUANTITIES = [0.0000001, 1.1234567, 5e-324, 1e10, 1e300];
const BAD_UNITS_OF_MEASURE = ['', 'E', 'ea', 'Kgm', 'KGMS', 'K G', ' EA', 'EA ', 'KG\u0000', 'ÉA', '1234'];
const BAD_IDENTIFIERS = ['', ' A', 'A ', 'A\u0000B', 'A\nB', 'A\u202eB', '\t', 'x'.repeat(65), '\u0085'];
/** Not GTINs: wrong lengths, a wrong check digit, letters, blanks, a number instead of text. */
const BAD_GTINS = ['', '123', '09506000134353', '0950600013435A', ' 09506000134352', '095060001343521', '9506000134352 ', '４００６３８１３３３９３１'];
const GOOD_GTINS = ['09506000134352', '4006381333931', '036000291452', '96385074'];
/** 18 digits with a wrong GS1 check digit. */
const BAD_SSCC = '106141411234567890';

const isString = (kind: Kind) => ['identifier', 'containerId', 'instant', 'string', 'enum', 'unitOfMeasure', 'gtin', 'isoDate'].includes(kind.kind);

// ---------------------------------------------------------------- values a field accepts

export function validValue(kind: Kind): fc.Arbitrary<unknown> {
  switch (kind.kind) {
    case 'identifier':
      return fc.stringMatching(/^[A-Z][A-Z0-9-]{0,12}$/);
    case 'containerId':
      return fc.stringMatching(/^C-[A-Z0-9]{1,8}$/);
    case 'instant':
      return fc.constantFrom('2026-01-01T00:00:00Z', '2025-06-30', '2026-03-03T12:00:00.5+01:00');
    case 'string': {
      // Short letters, at least as long as the field needs (a filter alone would never meet a minimum of 16).
      const shortest = Math.max(1, kind.min);
      return fc.stringMatching(new RegExp(`^[A-Z]{${shortest},${Math.max(8, shortest)}}$`)).filter((text) => kind.max === undefined || text.length <= kind.max);
    }
    case 'integer': {
      const min = kind.min ?? 0;
      return fc.integer({ min, max: Math.max(min, Math.min(kind.max ?? min + 100, min + 100)) });
    }
    case 'number':
      return fc.integer({ min: 1, max: 1000 });
    case 'quantity': {
      // Thousandths: at most 3 digits after the decimal point, written exactly.
      const positive = fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000);
      return kind.signed ? fc.tuple(positive, fc.boolean()).map(([amount, negative]) => (negative ? -amount : amount)) : positive;
    }
    case 'unitOfMeasure':
      return fc.stringMatching(/^[A-Z0-9]{2,3}$/);
    case 'gtin':
      return fc.constantFrom(...GOOD_GTINS);
    case 'isoDate':
      return fc.constantFrom('2028-12-31', '2024-02-29', '2030-01-01');
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...kind.values);
    case 'array':
      return fc.uniqueArray(validValue(kind.item), { minLength: Math.max(kind.min, 1), maxLength: 3, selector: (item) => JSON.stringify(item) });
    case 'object':
      return validObject(kind.shape);
  }
}

/** Every required field, and any subset of the optional ones. */
export function validObject(shape: Shape): fc.Arbitrary<Record<string, unknown>> {
  const entries = shape.map((field) => {
    const value = validValue(field.kind).map((inner) => [field.name, inner] as const);
    return field.optional ? fc.option(value, { nil: undefined }) : value;
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((pair): pair is readonly [string, unknown] => pair !== undefined)));
}

/** One valid example, the same every run, as the base of the systematic cases. */
const example = <T>(arbitrary: fc.Arbitrary<T>): T => fc.sample(arbitrary, { numRuns: 1, seed: 13 })[0];

// ---------------------------------------------------------------- values a field refuses, whatever else the request holds

const WRONG_TYPES: Record<string, unknown[]> = {
  string: [0, 1.5, true, false, null, {}, [], { $ne: '' }, ['A']],
  integer: ['1', 1.5, true, null, {}, [], { $gt: 0 }],
  number: ['1', true, null, {}, [], { $gt: 0 }],
  boolean: ['true', 1, 0, null, {}, []],
  array: ['A', 1, null, {}, true],
  object: ['A', 1, null, true, [], [1], ['A'], [{}]],
};

const typeOf = (kind: Kind) =>
  isString(kind) ? 'string' : kind.kind === 'object' ? 'object' : kind.kind === 'array' ? 'array' : kind.kind === 'quantity' ? 'number' : kind.kind;

/** Nested arrays `depth` deep: refused before anything walks them. */
const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

/** Every value of the finite catalogue a field of this kind refuses: each is tried on every field. */
export function badValues(kind: Kind, depth = 0): unknown[] {
  const values = [...WRONG_TYPES[typeOf(kind)], nested(40)];
  switch (kind.kind) {
    case 'identifier':
      return [...values, ...BAD_IDENTIFIERS];
    case 'containerId':
      return [...values, ...BAD_IDENTIFIERS, BAD_SSCC];
    case 'instant':
      return [...values, ...BAD_INSTANTS];
    case 'string':
      return [...values, ...(kind.min > 0 ? [''] : []), ...(kind.max !== undefined ? ['x'.repeat(kind.max + 1)] : [])];
    case 'integer':
      return [
        ...values,
        ...(kind.min !== undefined ? [kind.min - 1] : []),
        ...(kind.max !== undefined && kind.max < Number.MAX_SAFE_INTEGER ? [kind.max + 1] : []),
      ];
    case 'number':
      return [...values, ...(kind.positive ? [0, -1] : [])];
    case 'quantity':
      return [...values, 0, ...(kind.signed ? BAD_QUANTITIES.map((bad) => -bad) : [-1, -0.5]), ...BAD_QUANTITIES];
    case 'unitOfMeasure':
      return [...values, ...BAD_UNITS_OF_MEASURE];
    case 'gtin':
      return [...values, ...BAD_GTINS];
    case 'isoDate':
      return [...values, '2023-02-29', '2028-13-01', '2028-12-32', '2028-1-31', '28-12-31', '2028-12-31T00:00:00Z', ''];
    case 'enum':
      return [...values, 'UNKNOWN', ...kind.values.map((value) => `${String(value)}!`)];
    case 'array': {
      const good = example(validValue(kind.item));
      const tooMany =
        kind.max !== undefined && kind.max <= 10_000
          ? [Array.from({ length: kind.max + 1 }, (_, i) => (typeof good === 'string' ? `${good}-${i}` : good))]
          : [];
      return [...values, ...(kind.min > 0 ? [[]] : []), ...tooMany, ...badValues(kind.item, depth + 1).map((bad) => [good, bad])];
    }
    case 'object':
      return [...values, ...(depth < 2 ? badObjects(kind.shape, depth + 1).map(({ body }) => body) : [])];
    default:
      return values;
  }
}

/** Random refused values beyond the catalogue: strings of any length and content where a format is checked. */
function randomBadValue(kind: Kind): fc.Arbitrary<unknown> {
  const catalogue = fc.constantFrom(...badValues(kind));
  switch (kind.kind) {
    case 'identifier':
    case 'containerId':
      return fc.oneof(
        catalogue,
        fc.string({ minLength: 65, maxLength: 400, unit: 'grapheme' }),
        fc.string({ minLength: 1, maxLength: 10 }).map((text) => ` ${text}`),
      );
    case 'instant':
      return fc.oneof(
        catalogue,
        fc.string({ maxLength: 30 }).filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text)),
      );
    case 'string':
      return kind.max === undefined
        ? catalogue
        : fc.oneof(
            catalogue,
            fc.integer({ min: kind.max + 1, max: kind.max + 2000 }).map((length) => 'y'.repeat(length)),
          );
    case 'integer':
      return fc.oneof(catalogue, fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }), fc.string());
    case 'quantity': {
      // Ten-millionths that are not whole millionths: a 7th digit after the decimal point.
      const tooFine = fc
        .integer({ min: 1, max: 99_999_999 })
        .filter((n) => n % 10 !== 0)
        .map((n) => n / 10_000_000);
      const notPositive = fc.integer({ min: -1_000_000, max: 0 }).map((n) => n / 1000);
      return fc.oneof(
        catalogue,
        kind.signed ? fc.tuple(tooFine, fc.boolean()).map(([bad, negative]) => (negative ? -bad : bad)) : fc.oneof(tooFine, notPositive),
      );
    }
    case 'unitOfMeasure':
      return fc.oneof(
        catalogue,
        fc.string({ maxLength: 10 }).filter((text) => !/^[A-Z0-9]{2,3}$/.test(text)),
      );
    case 'isoDate':
      return fc.oneof(
        catalogue,
        fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
      );
    case 'gtin':
      // Digits of a GTIN's length with the check digit one off, or any short text.
      return fc.oneof(
        catalogue,
        fc.constantFrom(...GOOD_GTINS).map((gtin) => `${gtin.slice(0, -1)}${(Number(gtin[gtin.length - 1]) + 1) % 10}`),
        fc.string({ maxLength: 16 }).filter((text) => !/^\d{8}$|^\d{12,14}$/.test(text)),
      );
    case 'array':
      return fc.oneof(
        catalogue,
        fc.tuple(validValue(kind.item), randomBadValue(kind.item)).map(([good, bad]) => [good, bad]),
      );
    case 'object':
      return fc.oneof(
        catalogue,
        randomBadObject(kind.shape).map(({ body }) => body),
      );
    default:
      return catalogue;
  }
}

/** Sets a key as JSON.parse would, so `__proto__` is an own key and not the prototype. */
function withKey(body: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...body };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function without(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

const describe = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
};

type Wrong = { body: Record<string, unknown>; wrong: string };

/** Every object of this shape with one thing wrong: each field with each refused value, each required field left out, each prototype key added. */
export function badObjects(shape: Shape, depth = 0, base = example(validObject(shape))): Wrong[] {
  return [
    ...shape.flatMap((field) =>
      badValues(field.kind, depth).map((value) => ({ body: withKey(base, field.name, value), wrong: `${field.name} = ${describe(value)}` })),
    ),
    ...shape.filter((field) => !field.optional).map((field) => ({ body: without(base, field.name), wrong: `no ${field.name}` })),
    ...PROTOTYPE_KEYS.map((key) => ({ body: withKey(base, key, { polluted: true }), wrong: `key ${key}` })),
    { body: withKey(base, 'unknownField', 1), wrong: 'key unknownField' },
  ];
}

function randomBadObject(shape: Shape): fc.Arbitrary<Wrong> {
  const names = new Set(shape.map((field) => field.name));
  const base = validObject(shape);
  const options: fc.Arbitrary<Wrong>[] = [
    fc.tuple(base, fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue()).map(([body, key, value]) => ({ body: withKey(body, key, value), wrong: `key ${key}` })),
    fc
      .tuple(
        base,
        fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !names.has(key)),
        fc.jsonValue(),
      )
      .map(([body, key, value]) => ({ body: withKey(body, key, value), wrong: `unknown key ${JSON.stringify(key)}` })),
  ];
  if (shape.length) {
    options.push(
      fc
        .tuple(base, fc.constantFrom(...shape))
        .chain(([body, field]: [Record<string, unknown>, Field]) =>
          randomBadValue(field.kind).map((value) => ({ body: withKey(body, field.name, value), wrong: `${field.name} = ${describe(value)}` })),
        ),
    );
  }
  const required = shape.filter((field) => !field.optional);
  if (required.length)
    options.push(fc.tuple(base, fc.constantFrom(...required)).map(([body, field]) => ({ body: without(body, field.name), wrong: `no ${field.name}` })));
  return fc.oneof(...options);
}

// ---------------------------------------------------------------- whole requests

const BAD_HEADERS: Array<[string, string]> = [
  ['idempotency-key', ''],
  ['idempotency-key', 'with space'],
  ['idempotency-key', 'x'.repeat(256)],
  ['x-on-behalf-of', 'x'.repeat(65)],
  ['x-on-behalf-of', ''],
  ['authorization', 'Bearer trk_not-a-key'],
  ['authorization', 'Basic YWRtaW46YWRtaW4='],
  ['x-correlation-id', 'with space'],
  ['x-correlation-id', 'x'.repeat(256)],
  ['x-causation-id', ''],
];
const BAD_CONTENT: Array<Record<string, string>> = [
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/xml' },
  { 'content-type': 'application/x-www-form-urlencoded' },
  { 'content-type': 'multipart/form-data; boundary=x' },
  { 'content-type': 'application/json; charset=latin1' },
  { 'content-type': 'application/json; charset=utf-16' },
  { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  { 'content-type': 'application/json', 'content-encoding': 'deflate' },
  { 'content-type': 'application/json', 'content-encoding': 'br' },
];
/** Bodies that are not one JSON object (an empty body is no body: a command with every field optional takes it). */
const NOT_AN_OBJECT = [
  '[]',
  '[{}]',
  '"text"',
  '42',
  'null',
  'true',
  '{"a":',
  '{',
  ']',
  '{"a":1,}',
  "{'a':1}",
  '\u0000',
  JSON.stringify({ deep: nested(3000) }),
];
const BAD_PATH_VALUES = ['%00', '%20A', 'A%20', '%0A', '%E0%A4%A', '%', encodeURIComponent('A\u202eB')];

/** Values a path parameter refuses: one longer than its declared limit (an identifier's 64 unless its class says), and malformed ones. */
function badPathValues(route: Route, name: string): string[] {
  const declared = route.paramsDto ? shapeOf(route.paramsDto).find((field) => field.name === name)?.kind : undefined;
  const max = declared?.kind === 'string' && declared.max !== undefined ? declared.max : 64;
  return [encodeURIComponent('x'.repeat(max + 1)), ...BAD_PATH_VALUES];
}

/** Values for path parameters: the entities a suite created (so requests reach the deepest checks), or new ones. */
export type Existing = Record<string, string[]>;

const pathOf = (route: Route, values: Record<string, string>) => route.path.replace(/:(\w+)/g, (_, name: string) => values[name]);

const pathValues = (route: Route, existing: Existing): fc.Arbitrary<Record<string, string>> =>
  fc.record(Object.fromEntries(route.params.map((name) => [name, fc.constantFrom(...(existing[name] ?? []), 'NEW-1').map(encodeURIComponent)])));

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Builds the requests of one route. */
class Requests {
  readonly shape: Shape;
  constructor(
    private readonly route: Route,
    readonly existing: Existing,
  ) {
    this.shape = route.body ? shapeOf(route.body) : [];
  }

  command(
    values: Record<string, string>,
    wrong: string,
    body: unknown,
    headers: Record<string, string> = JSON_HEADERS,
    text = JSON.stringify(body),
  ): RawRequest {
    return { method: this.route.method, path: pathOf(this.route, values), headers, body: text, wrong };
  }

  query(values: Record<string, string>, query: string, wrong: string, headers: Record<string, string> = {}): RawRequest {
    return { method: 'GET', path: `${pathOf(this.route, values)}${query ? `?${query}` : ''}`, headers, wrong };
  }

  get values(): fc.Arbitrary<Record<string, string>> {
    return pathValues(this.route, this.existing);
  }

  get params(): string[] {
    return this.route.params;
  }
}

/**
 * The systematic hostile variants of a command route, each with exactly one thing wrong that the service must
 * refuse before recording anything: every field with every value of the catalogue its kind refuses (wrong types,
 * null, operator objects, nesting 40 deep, malformed, too long, out of range), each required field missing, each
 * prototype-named key, bodies that are no JSON object, each bad header, content type, charset and encoding, each
 * bad path parameter. Everything else in the request is valid, so each variant tests the one check it breaks.
 */
export function systematicCommands(route: Route, existing: Existing): RawRequest[] {
  const r = new Requests(route, existing);
  const values = example(r.values);
  const base = example(validObject(r.shape));
  return [
    ...BAD_HEADERS.map(([name, value]) => r.command(values, `header ${name}: ${describe(value)}`, base, { ...JSON_HEADERS, [name]: value })),
    ...BAD_CONTENT.map((headers) => r.command(values, `content ${JSON.stringify(headers)}`, base, headers)),
    ...r.params.flatMap((name) => badPathValues(route, name).map((bad) => r.command({ ...values, [name]: bad }, `path ${name} = ${bad}`, base))),
    ...(route.body
      ? [
          ...badObjects(r.shape, 0, base).map(({ body, wrong }) => r.command(values, wrong, body)),
          ...NOT_AN_OBJECT.map((text) => r.command(values, `body ${describe(text)}`, undefined, JSON_HEADERS, text)),
          r.command(values, 'body of 2.1 MB', { ...base, [r.shape[0]?.name ?? 'x']: 'x'.repeat(2_100_000) }),
        ]
      : []),
  ];
}

/** Random hostile variants of a command route beyond the catalogue: other valid bases, random strings, keys and values. */
export function randomCommands(route: Route, existing: Existing): fc.Arbitrary<RawRequest> {
  const r = new Requests(route, existing);
  const good = validObject(r.shape);
  const variants: fc.Arbitrary<RawRequest>[] = [
    fc
      .tuple(r.values, good, fc.constantFrom(...BAD_HEADERS))
      .map(([values, body, [name, value]]) => r.command(values, `header ${name}: ${describe(value)}`, body, { ...JSON_HEADERS, [name]: value })),
    fc
      .tuple(r.values, good, fc.constantFrom(...BAD_CONTENT))
      .map(([values, body, headers]) => r.command(values, `content ${JSON.stringify(headers)}`, body, headers)),
  ];
  if (route.body) {
    variants.push(
      fc.tuple(r.values, randomBadObject(r.shape)).map(([values, { body, wrong }]) => r.command(values, wrong, body)),
      fc.tuple(r.values, fc.integer({ min: 33, max: 3000 })).map(([values, depth]) => r.command(values, `body nested ${depth} deep`, { deep: nested(depth) })),
    );
  }
  if (route.params.length) {
    variants.push(
      fc
        .tuple(r.values, good, fc.constantFrom(...route.params), fc.constantFrom(...BAD_PATH_VALUES))
        .map(([values, body, name, bad]) => r.command({ ...values, [name]: bad }, `path ${name} = ${bad}`, body)),
    );
  }
  return fc.oneof(...variants);
}

/** Query values (as a URL carries them) that a field of this kind refuses. */
function badQueryValues(kind: Kind): string[] {
  switch (kind.kind) {
    case 'identifier':
      return BAD_IDENTIFIERS.filter(Boolean);
    case 'containerId':
      return [...BAD_IDENTIFIERS.filter(Boolean), BAD_SSCC];
    case 'instant':
      return BAD_INSTANTS;
    case 'integer':
      return [
        'abc',
        '1.5',
        '1e3',
        '0x10',
        ' 5',
        '',
        ...(kind.min !== undefined ? [String(kind.min - 1)] : []),
        ...(kind.max !== undefined ? [String(kind.max + 1)] : []),
      ];
    case 'boolean':
      return ['maybe', 'TRUE', '1', ''];
    case 'enum':
      return ['UNKNOWN', ''];
    default:
      return [];
  }
}

/** The systematic hostile variants of a query route: bad, repeated, unknown and prototype-named parameters, bad headers and path parameters. */
export function systematicQueries(route: Route, existing: Existing): RawRequest[] {
  const r = new Requests(route, existing);
  const values = example(r.values);
  const shape = route.query ? shapeOf(route.query) : [];
  return [
    ...['soon', '-1', '1e3', '9'.repeat(16)].map((bad) => r.query(values, '', `X-Min-Position: ${bad}`, { 'x-min-position': bad })),
    ...r.params.flatMap((name) => badPathValues(route, name).map((bad) => r.query({ ...values, [name]: bad }, '', `path ${name} = ${bad}`))),
    ...(route.query
      ? [
          ...PROTOTYPE_KEYS.map((key) => r.query(values, `${encodeURIComponent(key)}=1`, `query ${key}`)),
          r.query(values, 'unknownParameter=1', 'query unknownParameter'),
          ...shape.flatMap((field) =>
            badQueryValues(field.kind).map((bad) => r.query(values, `${field.name}=${encodeURIComponent(bad)}`, `${field.name}=${describe(bad)}`)),
          ),
          // A parameter given twice arrives as a list, which no field accepts.
          ...shape.map((field) => r.query(values, `${field.name}=A&${field.name}=B`, `${field.name} twice`)),
        ]
      : []),
  ];
}

/** Random hostile query routes: random unknown parameter names, random values for checked ones. */
export function randomQueries(route: Route, existing: Existing): fc.Arbitrary<RawRequest> {
  const r = new Requests(route, existing);
  const shape = route.query ? shapeOf(route.query) : [];
  const names = new Set(shape.map((field) => field.name));
  const variants: fc.Arbitrary<RawRequest>[] = [
    fc
      .tuple(
        r.values,
        fc.string({ minLength: 1, maxLength: 20 }).filter((bad) => !/^\d{1,15}$/.test(bad)),
      )
      .map(([values, bad]) => r.query(values, '', `X-Min-Position: ${describe(bad)}`, { 'x-min-position': encodeURIComponent(bad) })),
  ];
  if (route.query) {
    variants.push(
      fc
        .tuple(
          r.values,
          fc.stringMatching(/^[a-zA-Z_]{1,16}$/).filter((key) => !names.has(key)),
        )
        .map(([values, key]) => r.query(values, `${key}=1`, `unknown query ${key}`)),
    );
    const instants = shape.filter((field) => field.kind.kind === 'instant');
    if (instants.length) {
      variants.push(
        fc
          .tuple(
            r.values,
            fc.constantFrom(...instants),
            fc.string({ maxLength: 30 }).filter((text) => !/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)),
          )
          .map(([values, field, bad]) => r.query(values, `${field.name}=${encodeURIComponent(bad)}`, `${field.name}=${describe(bad)}`)),
      );
    }
  }
  return fc.oneof(...variants);
}
