export class GetLotQuery {
  constructor(readonly lotId: string) {}
}
