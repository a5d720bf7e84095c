/** A connection string fit for a log line: any `user:password@` is masked. */
export const redactCredentials = (connectionString: string): string => connectionString.replace(/\/\/[^/@]*@/, '//***@');
