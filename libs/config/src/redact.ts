/** A text fit for a log line: any `user:password@` of a URL in it (a connection string, a driver's error) is masked. */
export const redactCredentials = (text: string): string => text.replace(/\/\/[^/@\s]*@/g, '//***@');
