import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { FieldProblem } from '@trace/domain';
import schema from './gs1/EPCIS-JSON-Schema.json';

/** Schema errors reported at most: a document wrong everywhere is told where to start, not flooded. */
const MOST_PROBLEMS = 50;

let compiled: ValidateFunction | undefined;

/** GS1's official schema, compiled once on first use (a few hundred milliseconds). */
function validator(): ValidateFunction {
  // Draft-07 with formats; not strict: the official schema uses keywords Ajv's strict mode frowns upon.
  compiled ??= addFormats(new Ajv({ strict: false, allErrors: true })).compile(schema);
  return compiled;
}

const fieldOf = (error: ErrorObject): string => {
  const path = error.instancePath
    .replace(/^\//, '')
    .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
    .replace(/\//g, '.');
  const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : null;
  return [path, missing].filter((part) => part).join('.') || 'body';
};

/**
 * What is wrong with a document (EPCISDocument, EPCISQueryDocument or a single event with its `@context`)
 * against the EPCIS 2.0 JSON schema, field by field; empty when it is valid. The schema's `if`/`then` wrappers
 * add nothing a client can act on and are left out.
 */
export function epcisSchemaProblems(document: unknown): FieldProblem[] {
  const validate = validator();
  if (validate(document)) return [];
  const problems = (validate.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map((error) => ({ field: fieldOf(error), message: error.message ?? 'is not valid' }));
  const unique = [...new Map(problems.map((problem) => [`${problem.field}\n${problem.message}`, problem])).values()];
  return unique.slice(0, MOST_PROBLEMS);
}
