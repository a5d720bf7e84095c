import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { SharedModule } from '../shared/shared.module';
import { ApiKeys } from './api-keys';
import { Authentication } from './authentication';
import { Authenticator } from './authenticator';
import { Authorization } from './authorization';
import { FirstStart } from './first-start';
import { IssueKeyController } from './issue-key/issue-key.controller';
import { IssueKeyHandler } from './issue-key/issue-key.handler';
import { ListKeysController } from './list-keys/list-keys.controller';
import { ListKeysHandler } from './list-keys/list-keys.handler';
import { FixedWindowStorage, PrincipalThrottler } from './principal-throttler';
import { RevokeKeyController } from './revoke-key/revoke-key.controller';
import { RevokeKeyHandler } from './revoke-key/revoke-key.handler';
import { RouteDeclarations } from './route-declarations';

/** Access control: API keys and JWTs, roles per route (deny by default), rate limits per principal. */
@Module({
  imports: [
    SharedModule,
    DiscoveryModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }], storage: new FixedWindowStorage() }),
    }),
  ],
  controllers: [IssueKeyController, ListKeysController, RevokeKeyController],
  providers: [
    ApiKeys,
    Authenticator,
    Authentication,
    FirstStart,
    RouteDeclarations,
    IssueKeyHandler,
    ListKeysHandler,
    RevokeKeyHandler,
    // Guards run in this order: who may call the route, then how often.
    { provide: APP_GUARD, useClass: Authorization },
    { provide: APP_GUARD, useClass: PrincipalThrottler },
  ],
  exports: [ApiKeys, Authentication],
})
export class AccessModule {}
