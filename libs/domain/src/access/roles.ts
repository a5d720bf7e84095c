/** What a principal may do; a key or a token may hold several. Every role may read. */
export const ROLES = ['operator', 'recall-coordinator', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Actors of the service's own writers (and of old clients' default, `anonymous`): no key or token may take these
 * names, so a history that says the recall reactor held a unit was written by the recall reactor.
 */
export const SERVICE_ACTORS = { recallReactor: 'recall-reactor', cli: 'trace-cli', firstStart: 'system', beforeAccessControl: 'anonymous' } as const;
export type ServiceActor = (typeof SERVICE_ACTORS)[keyof typeof SERVICE_ACTORS];

export const RESERVED_ACTORS: readonly ServiceActor[] = Object.values(SERVICE_ACTORS);

export const isReservedActor = (name: string): boolean => (RESERVED_ACTORS as readonly string[]).includes(name);

/** Whether roles held allow what a role guards; `admin` allows everything. */
export const allows = (held: readonly string[], required: Role): boolean => held.includes(required) || held.includes('admin');
