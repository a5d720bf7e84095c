export * from './config';
export * from './tokens';
export * from './logging';
export * from './shutdown-deadline';
export * from './redact';
