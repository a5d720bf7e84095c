import { ALL_PROJECTIONS } from '@trace/projections';
import { PageQuery } from '@trace/read-store';
import { SqliteReadStore } from '@trace/read-store/sqlite';

/**
 * Every query the lists of issue 17 make, as SQLite plans it over the models the projections declare: each is a
 * search of an index (or of the key) that comes out in the page's order. A SCAN would read the whole model, a
 * temporary B-tree would sort what it read: either would make a list as slow as the model is large.
 */
const LIST_QUERIES: Array<[string, string, Omit<PageQuery, 'limit'>]> = [
  ['recalls newest first', 'recalls', { where: {}, order: { by: 'recalledAt', descending: true } }],
  ['recalls by state', 'recalls', { where: { state: 'open' }, order: { by: 'recalledAt', descending: true } }],
  [
    'recalls by state opened in a period',
    'recalls',
    { where: { state: 'open' }, order: { by: 'recalledAt', descending: true }, ranges: { recalledAt: { from: 'a', before: 'b' } } },
  ],
  ['recalls holding a lot', 'recall_lots', { where: { lotId: 'L' } }],
  ['lots by SKU', 'lots', { where: { sku: 'S' } }],
  ['lots by site', 'lots', { where: { site: 'S' } }],
  ['lots by SKU and site', 'lots', { where: { sku: 'S', site: 'T' } }],
  ['lots expiring', 'lots', { where: {}, order: { by: 'expiresInstant' }, ranges: { expiresInstant: { before: 'x' } } }],
  ['lots of a SKU expiring', 'lots', { where: { sku: 'S' }, order: { by: 'expiresInstant' }, ranges: { expiresInstant: { before: 'x' } } }],
  ['lots of a site expiring', 'lots', { where: { site: 'S' }, order: { by: 'expiresInstant' }, ranges: { expiresInstant: { before: 'x' } } }],
  ['lots of a SKU produced in a period', 'lots', { where: { sku: 'S' }, ranges: { producedInstant: { from: 'a', before: 'b' } } }],
  ...(['sku', 'customer', 'custodian', 'location', 'lotId'] as const).flatMap((field): Array<[string, string, Omit<PageQuery, 'limit'>]> => [
    [`units by ${field}`, 'units', { where: { [field]: 'X' } }],
    [`units by ${field} and status`, 'units', { where: { [field]: 'X', status: 'sold' } }],
    ...(field === 'sku' ? [] : [[`units by ${field} and SKU`, 'units', { where: { [field]: 'X', sku: 'S' } }] as [string, string, Omit<PageQuery, 'limit'>]]),
  ]),
  ['units of a lot by customer', 'units', { where: { lotId: 'L', customer: 'C' } }],
  ['containers by location', 'containers', { where: { location: 'L' } }],
  ['containers by status', 'containers', { where: { status: 'in_stock' } }],
  ['containers by custodian', 'containers', { where: { custodian: 'C' } }],
  ...(['state', 'location', 'container', 'customer', 'status'] as const).map((field): [string, string, Omit<PageQuery, 'limit'>] => [
    `recall units by ${field}`,
    'recall_units',
    { where: { recallId: 'R', [field]: 'X' } },
  ]),
];

describe('the queries of the lists, as SQLite plans them', () => {
  const store = new SqliteReadStore({ file: ':memory:' });
  beforeAll(() => store.register(ALL_PROJECTIONS.flatMap((projection) => projection.models)));
  afterAll(() => store.close());

  it.each(LIST_QUERIES)('%s: searches an index in the page order', (_name, model, query) => {
    const plan = store.explain(model, { ...query, limit: 100, after: undefined });
    expect(plan.join('\n')).toMatch(/^SEARCH /);
    expect(plan.filter((step) => /SCAN|TEMP B-TREE/.test(step))).toEqual([]);
  });

  it('reads lots in key order, without sorting, for production dates alone (the one list that may read a whole model)', () => {
    const plan = store.explain('lots', { where: {}, ranges: { producedInstant: { from: 'a' } }, limit: 100 });
    expect(plan).toEqual([expect.stringMatching(/^SCAN lots/)]);
  });

  it('reads a page after a cursor by searching too, ordered pages included', () => {
    const after = store.explain('recalls', {
      where: { state: 'open' },
      order: { by: 'recalledAt', descending: true },
      limit: 10,
      after: { recalledAt: 'x', recallId: 'y' },
    });
    expect(after.filter((step) => /SCAN|TEMP B-TREE/.test(step))).toEqual([]);
    const units = store.explain('units', { where: { customer: 'C' }, limit: 10, after: { sku: 'S', serial: '1' } });
    expect(units.filter((step) => /SCAN|TEMP B-TREE/.test(step))).toEqual([]);
  });
});
