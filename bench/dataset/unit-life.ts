import { UnitLifecycleCommand } from '@trace/domain';
import { DISTRIBUTION_CENTRES, WAREHOUSES, warehouse } from './plan';
import { between, pad } from './random';

/** Longest life a unit can have: move, ship, receive, sell, return, repair, scrap. */
export const LONGEST_LIFE = 7;

/**
 * What happens to one unit after its serial is assigned: most are moved between warehouses, about half are
 * shipped to a distribution centre and sold there, a few come back for repair, one in a hundred is scrapped.
 * About three events per unit in all.
 */
export function lifeOf(random: () => number, plant: string): UnitLifecycleCommand[] {
  const life: UnitLifecycleCommand[] = [];
  if (random() < 0.6) {
    const other = warehouse(between(random, 0, WAREHOUSES - 1));
    life.push({ type: 'MoveUnit', to: other === plant ? `${plant}-OVERFLOW` : other, reason: 'rebalance' });
  }
  if (random() < 0.5) {
    const centre = `DC-${pad(between(random, 0, DISTRIBUTION_CENTRES - 1), 2)}`;
    life.push({ type: 'ShipUnit', to: centre });
    if (random() < 0.95) {
      life.push({ type: 'ReceiveUnit', by: centre, location: `${centre}/BAY-${between(random, 1, 20)}` });
      if (random() < 0.8) {
        life.push({ type: 'SellUnit', customer: `CUST-${pad(between(random, 0, 49_999), 5)}`, receipt: `INV-${pad(between(random, 0, 9_999_999), 7)}` });
        if (random() < 0.05) {
          life.push({ type: 'ReturnUnit', reason: 'does not power on', location: `${centre}/RMA` });
          if (random() < 0.5) life.push({ type: 'RepairUnit', description: 'replaced the power board' });
        }
      }
    }
  }
  if (random() < 0.01) life.push({ type: 'ScrapUnit', reason: 'damaged in handling' });
  return life;
}
