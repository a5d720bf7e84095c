export { seededRandom } from '@trace/shared';

/** An integer from `min` to `max`, both included. */
export const between = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export const pad = (value: number, width: number): string => String(value).padStart(width, '0');
