import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '@trace/config';
import { ACCESS_KEYS_STREAM, accessDecider, AccessState, AlreadyExists, parseInstant, Role } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { CommandContext } from '../shared/command-context';
import { StreamCommands } from '../shared/stream-commands';
import { newKeyId, newKeySecret, secretHash } from './key-secrets';
import { keyState, ListedKey, RegisteredKey, registeredKeys } from './key-register';

export interface KeyRequest {
  name: string;
  roles: Role[];
  expiresAt?: string;
}

/** A key just issued: the only time its secret is shown. */
export interface IssuedKey {
  keyId: string;
  name: string;
  roles: Role[];
  expiresAt: string | null;
  key: string;
}

/** Issuing, listing and revoking API keys: the register is one stream of the log, as auditable as a unit's. */
@Injectable()
export class ApiKeys {
  /** Told of every change this process makes, so that it sees its own keys at once. */
  private readonly listeners: Array<() => void> = [];

  constructor(
    private readonly commands: StreamCommands,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  async issue(request: KeyRequest, context: CommandContext): Promise<IssuedKey> {
    const key = newKeySecret();
    const keyId = newKeyId();
    const expiresAt = request.expiresAt === undefined ? null : (parseInstant(request.expiresAt) ?? request.expiresAt);
    await this.commands.execute<AccessState>({
      stream: ACCESS_KEYS_STREAM,
      decider: accessDecider,
      decide: (state) =>
        accessDecider.decide(
          { type: 'IssueKey', keyId, name: request.name, roles: request.roles, expiresAt, secretHash: secretHash(key), now: this.clock().toISOString() },
          state,
        ),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    this.changed();
    const issued = (await this.keys()).get(keyId);
    // A retry under the same Idempotency-Key finds the first attempt's key: its secret was shown once and is not kept.
    if (!issued) throw new AlreadyExists('this Idempotency-Key already issued a key, whose secret is not kept: revoke that key and issue another');
    return { keyId, name: issued.name, roles: issued.roles, expiresAt: issued.expiresAt, key };
  }

  async revoke(keyId: string, context: CommandContext): Promise<void> {
    await this.commands.execute<AccessState>({
      stream: ACCESS_KEYS_STREAM,
      decider: accessDecider,
      decide: (state) => accessDecider.decide({ type: 'RevokeKey', keyId }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    this.changed();
  }

  /** Every key in the order it was issued, as an admin sees it: never a secret or its hash. */
  async list(): Promise<ListedKey[]> {
    const now = this.clock().getTime();
    return [...(await this.keys()).values()].map((key) => ({
      keyId: key.keyId,
      name: key.name,
      roles: key.roles,
      issuedAt: key.issuedAt,
      expiresAt: key.expiresAt,
      revokedAt: key.revokedAt,
      state: keyState(key, now),
    }));
  }

  /** Every key issued, by id, as the register has them now. */
  async keys(): Promise<Map<string, RegisteredKey>> {
    return registeredKeys(await this.events.readStream(ACCESS_KEYS_STREAM));
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** What issuing, listing and revoking keys needs, for the CLI, which runs them without HTTP. */
export const KEY_SERVICES = [ApiKeys, StreamCommands];
