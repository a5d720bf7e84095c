import { startedForSuite } from './api';

describe('abuse limits', () => {
  const suite = startedForSuite({ withProjector: false, env: { RATE_LIMIT_PER_MINUTE: '5', AUTH_FAILURES_PER_MINUTE: '3' } });

  it('limits requests per principal: past the limit 429 with Retry-After, while another principal goes on', async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'busy', roles: ['analyst'] })
      .expect(201);
    const busy = suite.api.as(issued.body.key);
    for (let i = 0; i < 5; i++) await busy.get('/v1/units/PUMP/S-1').expect(404);
    const limited = await busy.get('/v1/units/PUMP/S-1').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toEqual(expect.objectContaining({ statusCode: 429, message: expect.any(String) }));
    // The admin key has made two requests so far: it is not held back by another principal's traffic.
    await suite.api.http.get('/v1/units/PUMP/S-1').expect(404);
  });

  it('throttles failed authentications from an address harder, without logging what was presented', async () => {
    for (let i = 0; i < 3; i++) await suite.api.anonymous.get('/v1/units/PUMP/S-1').set('authorization', `Bearer trk_guess-${i}`).expect(401);
    const throttled = await suite.api.anonymous.get('/v1/units/PUMP/S-1').set('authorization', 'Bearer trk_guess-4').expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.body.message).toMatch(/too many failed authentications/);
  });
});
