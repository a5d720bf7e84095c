export class GetProjectionsQuery {}
