import { IncomingMessage } from 'node:http';

/** Who a request was authenticated as: its name (the actor of what it records) and its roles. */
export interface RequestPrincipal {
  name: string;
  roles: readonly string[];
}

const principals = new WeakMap<IncomingMessage, RequestPrincipal>();

/** Authentication says who made the request, once, before anything else reads it. */
export function authenticatedAs(request: IncomingMessage, principal: RequestPrincipal): void {
  principals.set(request, principal);
}

/** Who made a request; undefined for one not authenticated (yet, or ever: open routes, refusals). */
export const principalOf = (request: IncomingMessage): RequestPrincipal | undefined => principals.get(request);
