import { Type } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

// class-transformer publishes the types of its metadata storage apart from the code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

/** What a DTO field accepts, read from its class-validator declarations. */
export type Kind =
  | { kind: 'identifier' }
  | { kind: 'containerId' }
  | { kind: 'instant' }
  | { kind: 'string'; min: number; max?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'number'; positive: boolean }
  /** A JSON number with at most 6 digits after the decimal point: greater than 0, or (signed) anything but 0. */
  | { kind: 'quantity'; signed: boolean }
  /** A UN/ECE Rec 20 code: 2 or 3 upper-case letters or digits. */
  | { kind: 'unitOfMeasure' }
  /** A GTIN-8, -12, -13 or -14 whose check digit is right. */
  | { kind: 'gtin' }
  /** An ISO calendar date: 2028-12-31. */
  | { kind: 'isoDate' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly unknown[] }
  | { kind: 'array'; min: number; max?: number; item: Kind }
  | { kind: 'object'; shape: Shape };

export interface Field {
  name: string;
  optional: boolean;
  kind: Kind;
}

export type Shape = Field[];

type Checks = Map<string, unknown[]>;

/** A field checked by a validator this reader does not know: the hostile-input test must learn it, not skip it. */
class UnknownCheck extends Error {}

function scalar(dto: string, field: string, checks: Checks): Kind {
  const has = (name: string) => checks.has(name);
  const first = (name: string) => checks.get(name)?.[0] as number | undefined;
  if (has('isIdentifier')) return { kind: 'identifier' };
  if (has('isContainerId')) return { kind: 'containerId' };
  if (has('isInstant')) return { kind: 'instant' };
  if (has('isBoolean')) return { kind: 'boolean' };
  if (has('isIn')) return { kind: 'enum', values: checks.get('isIn')?.[0] as unknown[] };
  if (has('isInt')) return { kind: 'integer', min: first('min'), max: first('max') };
  if (has('isNumber')) return { kind: 'number', positive: has('isPositive') };
  if (has('isQuantity')) return { kind: 'quantity', signed: false };
  if (has('isSignedQuantity')) return { kind: 'quantity', signed: true };
  if (has('isUnitOfMeasure')) return { kind: 'unitOfMeasure' };
  if (has('isGtin')) return { kind: 'gtin' };
  if (has('isIsoDate')) return { kind: 'isoDate' };
  if (has('isString')) {
    const length = checks.get('isLength') as [number, number] | undefined;
    return { kind: 'string', min: length?.[0] ?? 0, max: length?.[1] ?? first('maxLength') };
  }
  throw new UnknownCheck(`${dto}.${field} is checked by ${[...checks.keys()].join(', ')}: teach test/e2e/hostile/dto-shape.ts what it accepts`);
}

/** The fields of a DTO class and what each accepts, nested DTOs included. */
export function shapeOf(dto: Type<unknown>): Shape {
  const storage = getMetadataStorage();
  const metadata = storage.getTargetValidationMetadatas(dto, '', true, false);
  const byField = new Map<string, typeof metadata>();
  for (const entry of metadata) byField.set(entry.propertyName, [...(byField.get(entry.propertyName) ?? []), entry]);
  return [...byField].map(([name, entries]) => {
    const own: Checks = new Map();
    const each: Checks = new Map();
    let nested: { each: boolean } | undefined;
    let optional = false;
    for (const entry of entries) {
      if (entry.type === ValidationTypes.CONDITIONAL_VALIDATION) optional = true;
      else if (entry.type === ValidationTypes.NESTED_VALIDATION) nested = { each: entry.each ?? false };
      else if (entry.constraintCls) {
        for (const constraint of storage.getTargetValidatorConstraints(entry.constraintCls)) {
          (entry.each ? each : own).set(constraint.name ?? '', entry.constraints ?? []);
        }
      }
    }
    const nestedClass = defaultMetadataStorage.findTypeMetadata(dto, name)?.typeFunction() as Type<unknown> | undefined;
    const object = (): Kind => ({ kind: 'object', shape: shapeOf(nestedClass as Type<unknown>) });
    let kind: Kind;
    if (own.has('isArray')) {
      const item = nested?.each ? object() : scalar(dto.name, `${name}[]`, each);
      kind = { kind: 'array', min: (own.get('arrayMinSize')?.[0] as number | undefined) ?? 0, max: own.get('arrayMaxSize')?.[0] as number | undefined, item };
    } else {
      kind = nested ? object() : scalar(dto.name, name, own);
    }
    return { name, optional, kind };
  });
}
