import { AlreadyExists, RuleViolation } from '../shared/errors';
import { fold } from '../shared/decider';
import { gtinDecider, productDecider } from './product.decider';

const register = { type: 'RegisterProduct' as const, sku: 'PUMP-200', name: 'Pump 200', gtin: '09506000134352', uom: 'EA' };

describe('product decider', () => {
  it('registers a product once per SKU', () => {
    const events = productDecider.decide(register, productDecider.initialState());
    expect(events).toEqual([{ type: 'ProductRegistered', data: { sku: 'PUMP-200', name: 'Pump 200', gtin: '09506000134352', uom: 'EA' } }]);
    const state = fold(productDecider, events);
    expect(state).toEqual({ exists: true, sku: 'PUMP-200', name: 'Pump 200', gtin: '09506000134352', uom: 'EA' });
    expect(() => productDecider.decide({ ...register, name: 'Other' }, state)).toThrow(AlreadyExists);
  });

  it('lets a GTIN name one SKU only, and the same SKU again', () => {
    const claimed = fold(gtinDecider, gtinDecider.decide({ type: 'ClaimGtin', gtin: '09506000134352', sku: 'PUMP-200' }, gtinDecider.initialState()));
    expect(claimed).toEqual({ claimedBy: 'PUMP-200' });
    expect(gtinDecider.decide({ type: 'ClaimGtin', gtin: '09506000134352', sku: 'PUMP-200' }, claimed)).toHaveLength(1);
    const refused = () => gtinDecider.decide({ type: 'ClaimGtin', gtin: '09506000134352', sku: 'VALVE-9' }, claimed);
    expect(refused).toThrow(RuleViolation);
    expect(refused).toThrow('GTIN 09506000134352 belongs to product PUMP-200');
  });
});
