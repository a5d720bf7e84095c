import { createHmac } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { CryptoKey, exportJWK, exportSPKI, generateKeyPair, JWK, JWTPayload, SignJWT } from 'jose';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'trace-api';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An identity provider as a test needs one: a key pair, its JWKS served on localhost, and tokens it signs. */
async function identityProvider() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  const sign = (claims: JWTPayload, options: { key?: CryptoKey; kid?: string; expiresIn?: string | number; issuer?: string; audience?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'idp-1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? privateKey);
  return { url, sign, stranger, publicKey, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('JWT bearer tokens from an identity provider', () => {
  let dir: string;
  let api: RunningApi;
  let idp: Awaited<ReturnType<typeof identityProvider>>;

  beforeAll(async () => {
    idp = await identityProvider();
    dir = tempDataDir();
    api = await startApi(dir, true, { AUTH_JWKS_URL: idp.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
  });
  afterAll(async () => {
    await api?.close();
    await idp?.close();
    removeDataDir(dir);
  });

  const unit = (serial: string) => ({ sku: 'PUMP', serial, location: 'WH-A' });

  it('accepts a valid token: its sub is the actor, its roles claim the roles', async () => {
    const token = await idp.sign({ sub: 'mes-service', roles: ['operator'] });
    const mes = api.as(token);
    const answer = await mes.post('/v1/units').send(unit('J-1')).expect(201);
    const history = await mes.get('/v1/units/PUMP/J-1/history').set('X-Min-Position', String(answer.body.position)).expect(200);
    expect(history.body.items[0].metadata).toEqual(expect.objectContaining({ actor: 'mes-service' }));
    // Its roles, no more: opening a recall needs recall-coordinator.
    const refused = await mes.post('/v1/recalls').send({}).expect(403);
    expect(refused.body.message).toMatch(/recall-coordinator/);
  });

  it('takes space-separated roles (an OAuth scope-like claim) and ignores roles it does not know', async () => {
    const token = await idp.sign({ sub: 'desk', roles: 'analyst superuser' });
    await api.as(token).get('/v1/units/PUMP/J-1').expect(200);
    await api.as(token).post('/v1/units').send(unit('J-2')).expect(403);
  });

  it('works beside API keys', async () => {
    await api.http.get('/v1/keys').expect(200);
    await api
      .as(await idp.sign({ sub: 'mes-service', roles: ['operator'] }))
      .get('/v1/units/PUMP/J-1')
      .expect(200);
  });

  const refusals: Array<[string, () => Promise<string>, RegExp]> = [
    ['for another audience', () => idp.sign({ sub: 'x', roles: ['admin'] }, { audience: 'another-api' }), /aud/],
    ['from another issuer', () => idp.sign({ sub: 'x', roles: ['admin'] }, { issuer: 'https://evil.example.test/' }), /iss/],
    ['that has expired', () => idp.sign({ sub: 'x', roles: ['admin'] }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }), /expired/],
    ['not valid yet', () => idp.sign({ sub: 'x', roles: ['admin'], nbf: Math.floor(Date.now() / 1000) + 600 }), /nbf/],
    [
      'signed by a key the provider does not list',
      () => idp.sign({ sub: 'x', roles: ['admin'] }, { key: idp.stranger.privateKey, kid: 'other' }),
      /does not list/,
    ],
    ['signed by another key under the listed kid', () => idp.sign({ sub: 'x', roles: ['admin'] }, { key: idp.stranger.privateKey }), /signature/],
    [
      'with alg none',
      async () =>
        `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: 'x', roles: ['admin'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 }))}.`,
      /algorithm|not a valid/,
    ],
    [
      'HS256-signed with the public key as the secret',
      async () => {
        const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'idp-1' }));
        const payload = base64url(JSON.stringify({ sub: 'x', roles: ['admin'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 }));
        const secret = await exportSPKI(idp.publicKey);
        return `${header}.${payload}.${createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')}`;
      },
      /algorithm/,
    ],
    ['naming one of the service’s own writers', () => idp.sign({ sub: 'recall-reactor', roles: ['admin'] }), /own writers/],
    ['whose sub is not a name', () => idp.sign({ sub: 'a\u0000b', roles: ['admin'] }), /sub claim/],
  ];

  it.each(refusals)('refuses a token %s with 401, saying why', async (_, token, message) => {
    const answer = await api
      .as(await token())
      .post('/v1/units')
      .send(unit('J-X'))
      .expect(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.body.message).toMatch(message);
  });

  it('recorded nothing for any refused token', async () => {
    await api.http.get('/v1/units/PUMP/J-X').expect(404);
  });
});

describe('JWT with an identity provider that cannot be reached', () => {
  it('answers 503 for tokens while API keys keep working', async () => {
    const idp = await identityProvider();
    const token = await idp.sign({ sub: 'mes-service', roles: ['operator'] });
    const url = idp.url;
    await idp.close();
    const dir = tempDataDir();
    const api = await startApi(dir, false, { AUTH_JWKS_URL: url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
    try {
      const answer = await api.as(token).get('/v1/units/PUMP/J-1').expect(503);
      expect(answer.body.message).toMatch(/identity provider/);
      expect(answer.headers['retry-after']).toBeDefined();
      await api.http.get('/v1/units/PUMP/J-1').expect(404);
    } finally {
      await api.close();
      removeDataDir(dir);
    }
  });
});
