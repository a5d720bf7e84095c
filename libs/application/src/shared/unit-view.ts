import { ReadDocument } from '@trace/read-store';

export interface UnitView {
  sku: string;
  serial: string;
  lotId: string | null;
  status: string;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  destination: string | null;
  /** The unit this one is built into, if any. */
  installedIn: { sku: string; serial: string } | null;
  /** The container the unit is packed in, if any; where it is and who holds it are that container's. */
  container: string | null;
  lastEventAt: string;
  revision: number;
}

/** The public shape of a unit; the read model's bookkeeping (position) stays inside. */
export const unitView = (document: ReadDocument): UnitView => {
  const { position: _position, ...view } = document;
  return view as unknown as UnitView;
};
