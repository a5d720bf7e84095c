import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { csvLines } from '../../shared/csv';
import { RecallLotResponse } from '../list-recall-lots/list-recall-lots.response';
import { RecallLots } from '../recall-lots';
import { ExportRecallLotsQuery } from './export-recall-lots.query';

/** One row per lot and place: where its quantity is (a location, a shipment in transit, a customer), or one row for a lot with none left. */
interface CsvRow {
  recallId: string;
  lotId: string;
  sku: string;
  uom: string;
  state: string;
  action: string | null;
  place: 'location' | 'in_transit' | 'customer' | null;
  location: string | null;
  shipmentId: string | null;
  party: string | null;
  quantity: number | null;
  returned: number;
  disposed: number;
  resolvedAt: string | null;
  note: string | null;
}

const CSV_COLUMNS: Array<keyof CsvRow> = [
  'recallId',
  'lotId',
  'sku',
  'uom',
  'state',
  'action',
  'place',
  'location',
  'shipmentId',
  'party',
  'quantity',
  'returned',
  'disposed',
  'resolvedAt',
  'note',
];

function csvRows(lot: RecallLotResponse): CsvRow[] {
  const { recallId, lotId, sku, uom, state, action, resolvedAt, note } = lot;
  const common = { recallId, lotId, sku, uom, state, action, resolvedAt, note, returned: lot.recovered.returned, disposed: lot.recovered.disposed };
  const none = { location: null, shipmentId: null, party: null };
  const rows: CsvRow[] = [
    ...lot.atLocations.map((at) => ({ ...common, ...none, place: 'location' as const, location: at.location, quantity: at.quantity })),
    ...lot.inTransit.map((t) => ({ ...common, ...none, place: 'in_transit' as const, shipmentId: t.shipmentId, party: t.to, quantity: t.quantity })),
    ...lot.withCustomers.map((c) => ({ ...common, ...none, place: 'customer' as const, party: c.customer, quantity: c.quantity })),
  ];
  return rows.length ? rows : [{ ...common, ...none, place: null, quantity: null }];
}

/** Every lot of a recall as CSV, a page of lots at a time: the customers to call and the stock to pull, with quantities. */
@QueryHandler(ExportRecallLotsQuery)
export class ExportRecallLotsHandler implements IQueryHandler<ExportRecallLotsQuery> {
  constructor(private readonly lots: RecallLots) {}

  async execute({ recallId }: ExportRecallLotsQuery): Promise<AsyncIterable<string>> {
    const lots = this.lots.all(recallId);
    // Pull the first lot now, so an unknown recall still answers 404 rather than a broken stream.
    const first = await lots.next();
    const rows = (async function* () {
      if (!first.done) yield* csvRows(first.value);
      for await (const lot of lots) yield* csvRows(lot);
    })();
    return csvLines(CSV_COLUMNS, rows);
  }
}
