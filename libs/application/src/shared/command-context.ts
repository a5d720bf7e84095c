import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { adoptCorrelationId, principalOf } from '@trace/http';
import { identifierProblem, InvalidInput, NotAuthenticated, ServiceActor } from '@trace/domain';
import { canonicalJson, sha256, stableUuid } from '@trace/shared';
import { randomUUID } from 'node:crypto';
import { Request, Response } from 'express';

/** Who asked for a command and how it relates to other work; copied into every event's metadata. */
export interface CommandContext {
  commandId: string;
  /** True when the client sent an Idempotency-Key: a repeat must return the first outcome. */
  idempotent: boolean;
  /** Fingerprint of method, path and body, to refuse a key reused for another request; '' without a key (nothing to compare). */
  requestHash: string;
  correlationId: string;
  causationId: string;
  /** The authenticated principal; the service's own writers use names no key or token can take. */
  actor: string;
  /** The person a gateway acted for (X-On-Behalf-Of); null when it did not say. */
  onBehalfOf: string | null;
  /** Set by an EPCIS capture: the captured event the command carries out. */
  epcisEventId?: string;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

function header(request: Request, name: string): string | undefined {
  const value = request.header(name);
  if (value !== undefined && !KEY.test(value)) {
    throw InvalidInput.field(name, 'must be 1-255 visible ASCII characters');
  }
  return value;
}

/**
 * Builds the CommandContext: the actor is the authenticated principal (X-Actor is ignored: old clients keep working,
 * their header has no effect), then Idempotency-Key, X-On-Behalf-Of, X-Correlation-Id, X-Causation-Id.
 */
export function commandContextOf(request: Request): CommandContext {
  const principal = principalOf(request);
  if (!principal) throw new NotAuthenticated('no credentials: send Authorization: Bearer <key or token>');
  const onBehalfOf = request.header('x-on-behalf-of') ?? null;
  const onBehalfOfProblem = onBehalfOf === null ? null : identifierProblem(onBehalfOf);
  if (onBehalfOfProblem) throw InvalidInput.field('X-On-Behalf-Of', onBehalfOfProblem);
  const key = header(request, 'idempotency-key');
  // Keys are scoped per principal, so two clients picking the same key never collide.
  const commandId = key ? stableUuid(`idempotency:${principal.name}:${key}`) : randomUUID();
  return {
    commandId,
    idempotent: key !== undefined,
    // Only a key's retry is compared with it: without one, hashing the body (10,000 serials in a batch) is work for nothing.
    requestHash: key ? sha256(`${request.method} ${request.path}\n${canonicalJson(request.body ?? null)}`) : '',
    correlationId: header(request, 'x-correlation-id') ?? commandId,
    causationId: header(request, 'x-causation-id') ?? commandId,
    actor: principal.name,
    onBehalfOf,
  };
}

export const CommandMeta = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const http = context.switchToHttp();
  const command = commandContextOf(http.getRequest<Request>());
  // The request is logged and answered with the correlation id its events record: with none sent, the command id.
  adoptCorrelationId(http.getResponse<Response>(), command.correlationId);
  return command;
});

/**
 * The context of a write the service makes on its own (the recall reactor, the first start, the CLI): its actor is
 * one of the names no key can take, and it has no Idempotency-Key (a fixed command id makes it idempotent instead).
 */
export function serviceContext(
  actor: ServiceActor,
  links: { commandId?: string; correlationId?: string; causationId?: string; onBehalfOf?: string | null } = {},
): CommandContext {
  const commandId = links.commandId ?? randomUUID();
  return {
    commandId,
    idempotent: false,
    requestHash: '',
    correlationId: links.correlationId ?? commandId,
    causationId: links.causationId ?? commandId,
    actor,
    onBehalfOf: links.onBehalfOf ?? null,
  };
}
