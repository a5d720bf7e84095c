/** A field-level problem with what the caller sent. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of every error the domain raises on purpose; the transport's edge maps each class to its answer. */
export abstract class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed (400). */
export class InvalidInput extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }

  static field(field: string, message: string): InvalidInput {
    return new InvalidInput([{ field, message }]);
  }
}

/** The addressed unit or lot does not exist (404). */
export class NotFound extends DomainError {}

/** Creating something whose identity is taken (409). */
export class AlreadyExists extends DomainError {}

/** A lifecycle rule refuses the command (409); `rule` is a stable code clients can branch on. */
export class RuleViolation extends DomainError {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** The command points at something that is missing or incompatible (422). */
export class InvalidReference extends DomainError {
  /** `problem` says what is wrong with the field, when the message says it for the whole request. */
  constructor(
    readonly field: string,
    message: string,
    readonly problem: string = message,
  ) {
    super(message);
  }
}

/** Concurrent writers kept winning, or an idempotency key was reused for another request (409/422 by context). */
export class Conflict extends DomainError {}

/** The request carries no credentials, or credentials that are unknown, revoked, expired or not valid (401). */
export class NotAuthenticated extends DomainError {}

/** The principal lacks the role the request needs (403); `role` names it. */
export class NotAllowed extends DomainError {
  constructor(
    readonly role: string,
    message: string,
  ) {
    super(message);
  }
}
