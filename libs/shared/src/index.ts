export * from './backoff';
export * from './stable-id';
