import { Client, startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

/** The product catalogue over HTTP (issue 18, part 1): products by SKU, their GTINs kept as 14 digits and unique. */
describe('products over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;
  let analyst: Client;

  const post = async (body: object, status = 201, client: Client = suite.api.http) => {
    const sent = await client.post('/v1/products').send(body);
    if (sent.status !== status) throw new Error(`POST /v1/products ${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
    position = Math.max(position, sent.body?.position ?? 0);
    return sent.body;
  };
  const get = async (path: string, status = 200) => (await analyst.get(path).set('X-Min-Position', String(position)).expect(status)).body;

  beforeAll(async () => {
    const key = (
      await suite.api.http
        .post('/v1/keys')
        .send({ name: 'catalogue-reader', roles: ['analyst'] })
        .expect(201)
    ).body.key as string;
    analyst = suite.api.as(key);
  });

  it('registers a product, its GTIN-13 kept as 14 digits, found by SKU and by either spelling of the GTIN', async () => {
    expect(await post({ sku: 'PUMP-200', name: 'Pump 200', gtin: '4006381333931' })).toEqual({ sku: 'PUMP-200', revision: 0, position: expect.any(Number) });
    const product = await get('/v1/products/PUMP-200');
    expect(product).toEqual({
      sku: 'PUMP-200',
      name: 'Pump 200',
      gtin: '04006381333931',
      uom: 'EA',
      gs1CompanyPrefixLength: null,
      registeredAt: expect.any(String),
      warranty: null,
    });
    expect((await get('/v1/products?gtin=4006381333931')).items).toEqual([product]);
    expect((await get('/v1/products?gtin=04006381333931')).items).toEqual([product]);
    expect((await get('/v1/products?gtin=96385074')).items).toEqual([]);
  });

  it('keeps the GS1 company prefix length a product declares, which needs a GTIN (EPCIS names its units by EPC URN)', async () => {
    await post({ sku: 'VALVE-7', name: 'Valve 7', gtin: '09506000134352', gs1CompanyPrefixLength: 7 });
    expect(await get('/v1/products/VALVE-7')).toMatchObject({ gtin: '09506000134352', gs1CompanyPrefixLength: 7 });
    for (const wrong of [{ gtin: '09506000134369', gs1CompanyPrefixLength: 5 }, { gs1CompanyPrefixLength: 7 }]) {
      const refused = await suite.api.http
        .post('/v1/products')
        .send({ sku: 'VALVE-8', name: 'Valve 8', ...wrong })
        .expect(400);
      expect(refused.body.details).toEqual([expect.objectContaining({ field: 'gs1CompanyPrefixLength' })]);
    }
  });

  it('registers a product without a GTIN, in its own unit of measure, and lists the catalogue by SKU', async () => {
    await post({ sku: 'FLOUR-T55', name: 'Flour T55', uom: 'KGM' });
    expect(await get('/v1/products/FLOUR-T55')).toMatchObject({ gtin: null, uom: 'KGM' });
    const first = await get('/v1/products?limit=1');
    expect(first.items.map((p: any) => p.sku)).toEqual(['FLOUR-T55']);
    expect((await get(`/v1/products?limit=1&cursor=${first.nextCursor}`)).items.map((p: any) => p.sku)).toEqual(['PUMP-200']);
  });

  it('refuses a SKU registered twice, and a GTIN of another SKU in any spelling, changing nothing', async () => {
    expect((await post({ sku: 'PUMP-200', name: 'Again' }, 409)).message).toMatch(/PUMP-200 is already registered/);
    const taken = await post({ sku: 'VALVE-9', name: 'Valve', gtin: '04006381333931' }, 409);
    expect(taken).toMatchObject({ details: { rule: 'gtin-taken' }, message: 'GTIN 04006381333931 belongs to product PUMP-200' });
    await get('/v1/products/VALVE-9', 404);
    expect(await get('/v1/products/PUMP-200')).toMatchObject({ name: 'Pump 200' });
  });

  it('gives a GTIN to one of two products registered with it at once', async () => {
    const answers = await Promise.all(['RACE-A', 'RACE-B'].map((sku) => suite.api.http.post('/v1/products').send({ sku, name: sku, gtin: '036000291452' })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    position = Math.max(position, ...answers.map((answer) => answer.body.position ?? 0));
    const winner = answers.find((answer) => answer.status === 201)?.body.sku as string;
    const loser = winner === 'RACE-A' ? 'RACE-B' : 'RACE-A';
    expect((await get('/v1/products?gtin=036000291452')).items.map((p: any) => p.sku)).toEqual([winner]);
    await get(`/v1/products/${loser}`, 404);
  });

  it.each([
    [{ sku: 'X-1', name: 'X', gtin: '4006381333932' }, 'gtin', /wrong check digit \(2; the digits before it give 1\)/],
    [{ sku: 'X-1', name: 'X', gtin: '40063813339' }, 'gtin', /must be a GTIN/],
    [{ sku: 'X-1', name: 'X', gtin: 4006381333931 }, 'gtin', /must be a GTIN/],
    [{ sku: 'X-1', name: 'X', uom: 'kg' }, 'uom', /UN\/ECE Rec 20/],
    [{ sku: 'X-1' }, 'name', /name/],
  ])('refuses %j naming the field', async (body, field, message) => {
    const refused = await post(body, 400);
    expect(refused.details).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
    expect(refused.details.every((problem: any) => problem.field === field)).toBe(true);
    await get('/v1/products/X-1', 404);
  });

  it('lets any role read the catalogue, and only an operator (or admin) add to it', async () => {
    await post({ sku: 'Y-1', name: 'Y' }, 403, analyst);
    expect((await get('/v1/products?gtin=x', 400)).details[0]).toMatchObject({ field: 'gtin' });
  });
});
