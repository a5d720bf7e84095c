export * from './config';
export * from './tokens';
export * from './stores.module';
export * from './http/validation';
export * from './http/error.filter';
export * from './http/http-answer';
export * from './http/request-body';
export * from './log-levels';
