export * from './sqlite-read-store';
export * from './sqlite-store-files';
