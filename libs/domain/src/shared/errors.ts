/** A field-level problem with what the caller sent. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of every error the domain raises on purpose; adapters map `kind` to a transport status. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid_input' | 'not_found' | 'already_exists' | 'rule_violation' | 'invalid_reference' | 'conflict';

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed (400). */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid_input';

  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }

  static field(field: string, message: string): InvalidInput {
    return new InvalidInput([{ field, message }]);
  }
}

/** The addressed unit or lot does not exist (404). */
export class NotFound extends DomainError {
  readonly kind = 'not_found';
}

/** Creating something whose identity is taken (409). */
export class AlreadyExists extends DomainError {
  readonly kind = 'already_exists';
}

/** A lifecycle rule refuses the command (409); `rule` is a stable code clients can branch on. */
export class RuleViolation extends DomainError {
  readonly kind = 'rule_violation';

  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** The command points at something that is missing or incompatible (422). */
export class InvalidReference extends DomainError {
  readonly kind = 'invalid_reference';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Concurrent writers kept winning, or an idempotency key was reused for another request (409/422 by context). */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}
