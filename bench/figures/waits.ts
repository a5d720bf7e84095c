import { json } from '../http-json';
import { Target } from '../load/load';

const TIMEOUT_MS = 10 * 60_000;

/** Polls `condition` every `pollMs` until it holds; more than ten minutes is an error naming `what`. */
export async function until(condition: () => Promise<boolean>, what: string, pollMs: number): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Events the projector in the API's process has still to project, as /health tells. */
export const projectorLag = async (target: Target): Promise<number> =>
  ((await json(target, '/health')).details as { projector: { lag: number } }).projector.lag;

/** Until the projector in the API's process has projected the whole log. */
export const caughtUp = (target: Target): Promise<void> => until(async () => (await projectorLag(target)) === 0, 'projector catch-up', 200);
