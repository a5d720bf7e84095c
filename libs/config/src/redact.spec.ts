import { redactCredentials } from './redact';

describe('redactCredentials', () => {
  it('masks user and password, and leaves strings without them alone', () => {
    expect(redactCredentials('esdb://admin:changeit@es-1:2113,es-2:2113?tls=true')).toBe('esdb://***@es-1:2113,es-2:2113?tls=true');
    expect(redactCredentials('mongodb+srv://app:p%40ss@cluster0.example.net/?retryWrites=true')).toBe(
      'mongodb+srv://***@cluster0.example.net/?retryWrites=true',
    );
    expect(redactCredentials('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
  });

  it('masks every one in a text, without reaching across words', () => {
    expect(redactCredentials('no server at mongodb://app:s3cret@db-1 nor at mongodb://app:s3cret@db-2; ask ops@example.com')).toBe(
      'no server at mongodb://***@db-1 nor at mongodb://***@db-2; ask ops@example.com',
    );
  });
});
