export * from './config';
export * from './tokens';
export * from './stores.module';
export * from './http/validation';
export * from './http/error.filter';
export * from './log-levels';
