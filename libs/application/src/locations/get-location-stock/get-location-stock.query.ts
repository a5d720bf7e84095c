export class GetLocationStockQuery {
  constructor(readonly location: string) {}
}

export interface LocationStock {
  location: string;
  total: number;
  bySku: Array<{ sku: string; count: number }>;
}
