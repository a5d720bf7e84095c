import { Reflector } from '@nestjs/core';
import { Role, ROLES } from '@trace/domain';
import { declaredAccess, RouteAccess } from '../../libs/application/src/access/route-access';
import { removeDataDir, RunningApi, startApi, startedForSuite, tempDataDir } from './api';
import { Route, routesOf } from './routes';

/** A request to `route` with a value for every path parameter, as a client probing it would send. */
const pathOf = (route: Route) => route.path.replace(/:(\w+)/g, (_, name: string) => `probe-${name}`);

/** Who may call a route, per its declaration: the expectation the matrix holds every route to. */
function allows(access: RouteAccess, roles: readonly Role[] | null): boolean {
  if (access.kind === 'open') return true;
  if (roles === null) return false;
  return access.kind === 'any-role' || roles.includes(access.role) || roles.includes('admin');
}

describe('access control: every route × every role', () => {
  const suite = startedForSuite();
  let routes: Array<Route & { access: RouteAccess }>;
  /** A key holding exactly one role, per role. */
  const keys = new Map<Role, string>();

  beforeAll(async () => {
    const reflector = new Reflector();
    routes = routesOf(suite.api.app).map((route) => {
      const method = (route.controller.prototype as Record<string, (...args: never[]) => unknown>)[route.handler];
      const access = declaredAccess(reflector, route.controller, method);
      if (!access) throw new Error(`${route.method} ${route.path} declares no access`);
      return { ...route, access };
    });
    for (const role of ROLES) {
      const issued = await suite.api.http
        .post('/v1/keys')
        .send({ name: `only-${role}`, roles: [role] })
        .expect(201);
      keys.set(role, issued.body.key);
    }
  });

  it('declares the roles the issue names: every read open to every role, every write to one role', () => {
    const table = routes.map((route) => `${route.method} ${route.path} ${route.access.kind === 'role' ? route.access.role : route.access.kind}`);
    for (const route of routes) {
      if (route.path === '/health') expect(route.access).toEqual({ kind: 'open' });
      else if ((route.method === 'GET' || route.method === 'OPTIONS') && !route.path.startsWith('/v1/keys'))
        expect([route.path, route.access]).toEqual([route.path, { kind: 'any-role' }]);
      // Issue 18: verification is for every role, clearing a suspicion for an admin.
      else if (route.path === '/v1/verifications') expect([route.path, route.access]).toEqual([route.path, { kind: 'any-role' }]);
      else if (route.path.endsWith('/suspicion/clear')) expect([route.path, route.access]).toEqual([route.path, { kind: 'role', role: 'admin' }]);
      else if (route.path.startsWith('/v1/keys')) expect([route.path, route.access]).toEqual([route.path, { kind: 'role', role: 'admin' }]);
      else if (route.path.startsWith('/v1/recalls')) expect([route.path, route.access]).toEqual([route.path, { kind: 'role', role: 'recall-coordinator' }]);
      else expect([route.path, route.access]).toEqual([route.path, { kind: 'role', role: 'operator' }]);
    }
    expect(table).toEqual(expect.arrayContaining(['POST /v1/recalls recall-coordinator', 'POST /v1/units operator', 'GET /v1/keys admin', 'GET /health open']));
  });

  it('answers 401 without credentials, 403 naming the missing role, and lets every other call through to the route', async () => {
    const principals: Array<[string, readonly Role[] | null, string | null]> = [
      ['nobody', null, null],
      ...ROLES.map((role): [string, Role[], string] => [role, [role], keys.get(role)!]),
    ];
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of routes) {
      for (const [who, roles, key] of principals) {
        let call = suite.api.anonymous[route.method.toLowerCase() as 'get' | 'options'](pathOf(route));
        if (key) call = call.set('authorization', `Bearer ${key}`);
        const answer = ['GET', 'DELETE', 'OPTIONS'].includes(route.method) ? await call : await call.send({});
        const label = `${route.method} ${route.path} as ${who}`;
        const outcome =
          answer.status === 401 ? '401' : answer.status === 403 ? `403 ${answer.body.message}` : answer.status === 429 ? '429' : 'reached the route';
        outcomes.push(`${label}: ${outcome}`);
        if (allows(route.access, roles)) expected.push(`${label}: reached the route`);
        else if (roles === null) expected.push(`${label}: 401`);
        else expected.push(`${label}: 403 this route needs the role ${(route.access as { role: Role }).role}; only-${who} holds ${who}`);
        if (answer.status === 401) expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
        expect([label, answer.status]).not.toEqual([label, 500]);
      }
    }
    expect(outcomes).toEqual(expected);
    // The matrix covered what it claims: every route, five principals.
    expect(outcomes.length).toBe(routes.length * (ROLES.length + 1));
  });
});

describe('access control: authentication comes first', () => {
  const suite = startedForSuite({ withProjector: false });

  it.each([
    ['an unknown path', (a: RunningApi) => a.anonymous.get('/v1/no-such-thing')],
    ['a body that is not JSON', (a: RunningApi) => a.anonymous.post('/v1/units').set('content-type', 'application/json').send('{not json')],
    [
      'a body over the limit',
      (a: RunningApi) =>
        a.anonymous
          .post('/v1/units')
          .set('content-type', 'application/json')
          .send(`{"x":"${'a'.repeat(3_000_000)}"}`),
    ],
    ['a body of another type', (a: RunningApi) => a.anonymous.post('/v1/units').set('content-type', 'text/plain').send('hello')],
    ['a valid write', (a: RunningApi) => a.anonymous.post('/v1/units').send({ sku: 'PUMP', serial: 'SN-1', location: 'WH-A' })],
  ])('refuses %s without credentials with 401 and changes nothing', async (_, send) => {
    const answer = await send(suite.api);
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.body).toEqual(expect.objectContaining({ statusCode: 401, error: 'Unauthorized', message: expect.stringMatching(/no credentials/) }));
    await suite.api.http.get('/v1/units/PUMP/SN-1').expect(404);
  });

  it.each([
    ['a key nobody issued', 'Bearer trk_0000000000000000000000000000000000000000000', /the key is not valid/],
    ['another scheme', 'Basic YWRtaW46YWRtaW4=', /Authorization: Bearer/],
    ['a token without an identity provider', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', /no identity provider is configured/],
  ])('refuses %s with 401 saying why', async (_, authorization, message) => {
    const answer = await suite.api.anonymous.post('/v1/units').set('authorization', authorization).send({ sku: 'PUMP', serial: 'SN-2', location: 'WH-A' });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.body.message).toMatch(message);
  });

  it('keeps /health open, showing the stores only to a principal', async () => {
    // No projector runs in this process: the service reports itself down (503), which is what matters here.
    const open = await suite.api.anonymous.get('/health').expect(503);
    expect(open.body).toEqual({ status: 'error' });
    const shown = await suite.api.http.get('/health').expect(503);
    expect(shown.body).toEqual(expect.objectContaining({ status: 'error', details: expect.objectContaining({ eventStore: { status: 'up', position: 1 } }) }));
    // A bad key on an open path is not a way in, nor a 401: the path is shown as to anyone.
    expect((await suite.api.anonymous.get('/health').set('authorization', 'Bearer trk_nope').expect(503)).body).toEqual({ status: 'error' });
  });

  it('keeps /docs open, documenting the bearer scheme and each route’s role', async () => {
    await suite.api.anonymous.get('/docs').expect(200);
    const document = (await suite.api.anonymous.get('/docs-json').expect(200)).body;
    expect(document.components.securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
    expect(document.paths['/v1/recalls'].post['x-required-role']).toBe('recall-coordinator');
    expect(document.paths['/v1/keys'].get['x-required-role']).toBe('admin');
    expect(document.paths['/v1/units/{sku}/{serial}'].get['x-required-role']).toBe('any-role');
  });

  it('sends security headers', async () => {
    const answer = await suite.api.http.get('/v1/keys').expect(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });
});

describe('access control: /docs with DOCS=off', () => {
  it('serves no pages', async () => {
    const dir = tempDataDir();
    const api = await startApi(dir, false, { DOCS: 'off' });
    try {
      await api.anonymous.get('/docs-json').expect(404);
      await api.http.get('/docs').expect(404);
    } finally {
      await api.close();
      removeDataDir(dir);
    }
  });
});
