export * from './logger';
export * from './nest-logger';
export * from './principal';
export * from './request-log';
