import { identifierProblem } from '@trace/domain';
import { IncomingMessage } from 'node:http';

/**
 * Who made a request, as the request log names them. Until requests are authenticated that is the X-Actor header
 * when it is a valid actor (as commands take it), else `anonymous`; access control will answer here with the
 * authenticated principal.
 */
export function principalOf(request: IncomingMessage): string {
  const actor = request.headers['x-actor'];
  return typeof actor === 'string' && identifierProblem(actor) === null ? actor : 'anonymous';
}
