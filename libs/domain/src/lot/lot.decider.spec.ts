import { given } from '../testing/given-when-then';
import { AlreadyExists, InvalidInput } from '../shared/errors';
import { lotDecider } from './lot.decider';
import { LotRegistered } from './lot.events';

const registered: LotRegistered = {
  type: 'LotRegistered',
  data: { lotId: 'L1', sku: 'PUMP', producedAt: '2026-01-01T00:00:00.000Z', expiresAt: null, site: 'PLANT-1', quantity: 50 },
};

describe('lot decider', () => {
  it('registers a new lot with every optional field defaulted to null', () => {
    given(lotDecider)
      .when({ type: 'RegisterLot', lotId: 'L2', sku: 'PUMP' })
      .then([{ type: 'LotRegistered', data: { lotId: 'L2', sku: 'PUMP', producedAt: null, expiresAt: null, site: null, quantity: null } }]);
  });

  it('registers a lot with production data', () => {
    given(lotDecider)
      .when({ type: 'RegisterLot', lotId: 'L1', sku: 'PUMP', producedAt: '2026-01-01T00:00:00.000Z', site: 'PLANT-1', quantity: 50 })
      .then([registered]);
  });

  it('refuses to register a lot twice', () => {
    given(lotDecider, [registered]).when({ type: 'RegisterLot', lotId: 'L1', sku: 'PUMP' }).thenThrows(AlreadyExists);
  });

  it('refuses an expiry before production', () => {
    given(lotDecider)
      .when({ type: 'RegisterLot', lotId: 'L3', sku: 'PUMP', producedAt: '2026-02-01T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' })
      .thenThrows(InvalidInput, { problems: [{ field: 'expiresAt', message: 'must not be before producedAt' }] });
  });
});
