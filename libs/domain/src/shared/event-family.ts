/** One entry per event type of a family: the compiler refuses a type missing here, or one the family's union does not have. */
export type EventTypes<Family extends { type: string }> = Record<Family['type'], true>;

/** A guard for a family of events, from the family's list of types. */
export const memberOf =
  <Family extends { type: string }>(types: EventTypes<Family>) =>
  <E extends { type: string }>(event: E): event is E & Family =>
    Object.prototype.hasOwnProperty.call(types, event.type);
