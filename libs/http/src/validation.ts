import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, InvalidInput } from '@trace/domain';
import { getMetadataStorage } from 'class-validator';

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Fields of the request that did not reach the DTO. class-transformer silently skips keys named like built-in or
 * DTO members (`__proto__`, `constructor`, `toString`, a DTO's own methods), so whitelisting never sees them:
 * comparing what was sent with what was built finds them, at any depth.
 */
export function droppedFields(sent: unknown, built: unknown, prefix = ''): FieldProblem[] {
  if (Array.isArray(sent)) {
    return Array.isArray(built) ? sent.flatMap((item, index) => droppedFields(item, built[index], `${prefix}[${index}]`)) : [];
  }
  if (!isRecord(sent) || built === null || typeof built !== 'object') return [];
  return Object.keys(sent).flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    return has(built, key)
      ? droppedFields(sent[key], (built as Record<string, unknown>)[key], field)
      : [{ field, message: `property ${key} should not exist` }];
  });
}

/** Keys Nest's pipe deletes from the request in place before anything sees them (prototype pollution guards). */
const STRIPPED = ['__proto__', 'prototype', 'constructor'];

/** Whether any object in `sent` has a key the pipe strips: a walk that names nothing, for bodies of thousands of fields. */
function hasStripped(sent: unknown): boolean {
  const pending: unknown[] = [sent];
  while (pending.length) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (STRIPPED.includes(key)) return true;
      pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** Where stripped keys are, by field name (walked only when `hasStripped` found one). */
function strippedFields(sent: unknown, prefix = ''): FieldProblem[] {
  if (sent === null || typeof sent !== 'object' || (prefix === '' && !hasStripped(sent))) return [];
  return Object.keys(sent).flatMap((key) => {
    const field = Array.isArray(sent) ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;
    if (!Array.isArray(sent) && STRIPPED.includes(key)) return [{ field, message: `property ${key} should not exist` }];
    return strippedFields((sent as Record<string, unknown>)[key], field);
  });
}

/** The parameters a query DTO declares, sorted: what an unknown one's answer names. */
function declaredParameters(metatype: ArgumentMetadata['metatype']): string[] {
  if (!metatype) return [];
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(metatype, '', true, false)
    .map((rule) => rule.propertyName);
  return [...new Set(declared)].sort();
}

/** A query's unknown parameters are answered with the ones it takes: a misspelt filter is then one look away from right. */
function namingAllowed(error: InvalidInput, metatype: ArgumentMetadata['metatype']): InvalidInput {
  const allowed = declaredParameters(metatype);
  const unknown = /^property \S+ should not exist$/;
  if (!allowed.length || !error.problems.some((problem) => unknown.test(problem.message))) return error;
  return new InvalidInput(
    error.problems.map((problem) => (unknown.test(problem.message) ? { ...problem, message: `${problem.message} (allowed: ${allowed.join(', ')})` } : problem)),
  );
}

/** Refuses what the standard pipe would let through by dropping it: a request is valid only as a whole. */
class WholeRequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await this.transformWhole(value, metadata);
    } catch (error) {
      if (metadata.type === 'query' && error instanceof InvalidInput) throw namingAllowed(error, metadata.metatype);
      throw error;
    }
  }

  private async transformWhole(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const checked = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    const stripped = checked ? strippedFields(value) : [];
    if (stripped.length) throw new InvalidInput(stripped);
    const built: unknown = await super.transform(value, metadata);
    if (checked && built !== value) {
      const dropped = droppedFields(value, built);
      if (dropped.length) throw new InvalidInput(dropped);
    }
    return built;
  }
}

/** Validates bodies, params and queries: unknown fields are refused, and every problem names its field. */
export const validationPipe = () =>
  new WholeRequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInput(problems(errors)),
  });
