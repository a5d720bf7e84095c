export class GetRecallQuery {
  constructor(readonly recallId: string) {}
}
