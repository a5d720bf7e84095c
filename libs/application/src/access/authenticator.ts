import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CLOCK, Clock, JwtConfig } from '@trace/config';
import { identifierProblem, isReservedActor, NotAuthenticated, Role, ROLES } from '@trace/domain';
import { StoreUnavailable } from '@trace/shared';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { ApiKeys } from './api-keys';
import { secretHash } from './key-secrets';
import { keyState, RegisteredKey } from './key-register';

/** Who a request is: the name its writes are recorded under, and its roles. */
export interface Principal {
  name: string;
  roles: Role[];
}

/** How stale the key register may be: a revoked key is refused by every process within this (and one read). */
const REGISTER_FRESH_MS = 500;

/** Asymmetric algorithms only: a token "signed" with the public key as an HMAC secret, or not signed, is refused. */
const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const JWT_CLOCK_TOLERANCE_SECONDS = 30;

const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

function jwtProblem(error: unknown): string | null {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted (${error.reason})`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key the identity provider does not list';
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return "the token's algorithm is not accepted";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSEError) return 'the token is not a valid JWT';
  return null;
}

/**
 * Turns a request's `Authorization: Bearer …` into a principal: an API key, looked up by the hash of its secret in
 * the key register (read from the log, at most REGISTER_FRESH_MS old), or a JWT verified against the identity
 * provider's keys when one is configured.
 */
@Injectable()
export class Authenticator {
  private readonly logger = new Logger(Authenticator.name);
  private keysByHash = new Map<string, RegisteredKey>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;

  constructor(
    private readonly keys: ApiKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.jwks = config.jwt ? createRemoteJWKSet(new URL(config.jwt.jwksUrl)) : null;
    keys.onChange(() => (this.loadedAt = -Infinity));
  }

  async authenticate(authorization: string | undefined): Promise<Principal> {
    const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token)
      throw new NotAuthenticated(
        authorization ? 'send credentials as Authorization: Bearer <key or token>' : 'no credentials: send Authorization: Bearer <key or token>',
      );
    return JWT_SHAPE.test(token) ? this.fromJwt(token) : this.fromKey(token);
  }

  private async fromKey(secret: string): Promise<Principal> {
    await this.fresh();
    const key = this.keysByHash.get(secretHash(secret));
    if (!key) throw new NotAuthenticated('the key is not valid');
    const state = keyState(key, this.clock().getTime());
    if (state === 'revoked') throw new NotAuthenticated('the key was revoked');
    if (state === 'expired') throw new NotAuthenticated('the key has expired');
    return { name: key.name, roles: key.roles };
  }

  private async fromJwt(token: string): Promise<Principal> {
    const jwt = this.config.jwt;
    if (!jwt || !this.jwks) throw new NotAuthenticated('tokens are not accepted: no identity provider is configured; send an API key');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: JWT_ALGORITHMS,
        clockTolerance: JWT_CLOCK_TOLERANCE_SECONDS,
        currentDate: this.clock(),
      }));
    } catch (error) {
      const problem = jwtProblem(error);
      if (problem) throw new NotAuthenticated(problem);
      // The identity provider's keys could not be fetched: not the client's fault, and worth retrying.
      throw new StoreUnavailable('identity provider', error);
    }
    return principalOfClaims(payload, jwt);
  }

  // Freshness is measured on the process's monotonic clock: the configured clock may be a test's fixed one.
  private async fresh(): Promise<void> {
    if (performance.now() - this.loadedAt <= REGISTER_FRESH_MS) return;
    this.loading ??= this.load().finally(() => (this.loading = null));
    await this.loading;
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const keys = await this.keys.keys();
    this.keysByHash = new Map([...keys.values()].map((key) => [key.secretHash, key]));
    this.loadedAt = started;
    this.logger.debug(`key register read: ${keys.size} keys`);
  }
}

/** The principal a verified token names: its name claim, and the roles of its roles claim this service knows. */
function principalOfClaims(payload: JWTPayload, jwt: JwtConfig): Principal {
  const name = payload[jwt.nameClaim];
  if (typeof name !== 'string' || identifierProblem(name) !== null)
    throw new NotAuthenticated(`the token's ${jwt.nameClaim} claim is not a name (1-64 printable characters)`);
  if (isReservedActor(name)) throw new NotAuthenticated(`the token's ${jwt.nameClaim} claim names one of the service's own writers`);
  const claimed = payload[jwt.rolesClaim];
  const listed = Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(' ') : [];
  const roles = ROLES.filter((role) => listed.includes(role));
  return { name, roles };
}
