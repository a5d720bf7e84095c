export * from './application.module';
export * from './recalls/reactor/recall-reactor.module';
export * from './recalls/reactor/recall-reactor';
export * from './analytics';
export * from './shared/nullable';
export * from './access/access.module';
export * from './access/api-keys';
export * from './access/authentication';
export { serviceContext } from './shared/command-context';
