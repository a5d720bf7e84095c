import { lotLinksModel, lotPlacesModel, placeLeft, placeTaken, transitOf } from './lot-places';

describe('lot places', () => {
  it('adds a quantity taken to a place as an increment in millionths, negative when taken from one', () => {
    expect(placeTaken('L1', 'customer', 'ACME', 2.5)).toEqual({
      op: 'increment',
      model: 'lot_places',
      key: { lotId: 'L1', kind: 'customer', place: 'ACME' },
      by: { quantityMicros: 2_500_000 },
    });
    expect(placeTaken('L1', 'transit', 'S1', -0.000001)).toMatchObject({ op: 'increment', by: { quantityMicros: -1 } });
  });

  it('sets a location to what remains after stock left it, and removes it at 0', () => {
    expect(placeLeft('L1', 'WH-A', 0.3)).toEqual({
      op: 'upsert',
      model: 'lot_places',
      key: { lotId: 'L1', kind: 'location', place: 'WH-A' },
      set: { quantityMicros: 300_000 },
    });
    expect(placeLeft('L1', 'WH-A', 0)).toEqual({ op: 'delete', model: 'lot_places', key: { lotId: 'L1', kind: 'location', place: 'WH-A' } });
  });

  it('sets or removes a customer when the kind says so', () => {
    expect(placeLeft('L1', 'ACME', 1, 'customer')).toMatchObject({
      op: 'upsert',
      key: { kind: 'customer', place: 'ACME' },
      set: { quantityMicros: 1_000_000 },
    });
    expect(placeLeft('L1', 'ACME', 0, 'customer')).toEqual({ op: 'delete', model: 'lot_places', key: { lotId: 'L1', kind: 'customer', place: 'ACME' } });
  });

  it('removes a closed shipment from transit', () => {
    expect(transitOf('L1', 'S1')).toEqual({ op: 'delete', model: 'lot_places', key: { lotId: 'L1', kind: 'transit', place: 'S1' } });
  });

  it('keys places by lot, kind and place, and serves "lots at a place" by index', () => {
    expect(lotPlacesModel.key).toEqual(['lotId', 'kind', 'place']);
    expect(lotPlacesModel.indexes).toContainEqual(['kind', 'place']);
    expect(lotLinksModel.key).toEqual(['input', 'into']);
    expect(lotLinksModel.indexes).toContainEqual(['intoLot']);
  });
});
