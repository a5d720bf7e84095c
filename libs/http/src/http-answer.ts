import { FieldProblemResponse } from './error-response';

/** An error that knows its own HTTP answer, for conditions outside the domain (idempotency, read waits, bodies). */
export class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: FieldProblemResponse[],
  ) {
    super(message);
  }
}
