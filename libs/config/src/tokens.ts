/** Injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('AppConfig');
/** Injection token of the clock (`() => Date`), replaced in tests. */
export const CLOCK = Symbol('Clock');
export type Clock = () => Date;
/** Name of the checkpoint shared by the read-model projections. */
export const READ_MODELS_CHECKPOINT = 'read-models';
