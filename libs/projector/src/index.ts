export * from './log-follower';
export * from './follower-lifecycle';
export * from './projector';
export * from './projector.module';
export * from './heartbeat';
