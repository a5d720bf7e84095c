import { bulkAssign } from './bulk-assign';
import { LoadRequest, LoadResult } from './load';
import { lotMoves } from './lot-moves';
import { pacedCommands } from './paced-commands';
import { pacedGets } from './paced-gets';
import { unitLives } from './unit-lives';

function run(request: LoadRequest): Promise<LoadResult> {
  switch (request.kind) {
    case 'unit-lives':
      return unitLives(request);
    case 'paced-get':
      return pacedGets(request);
    case 'bulk-assign':
      return bulkAssign(request);
    case 'paced-commands':
      return pacedCommands(request);
    case 'lot-moves':
      return lotMoves(request);
  }
}

/** Child process: receives one LoadRequest, runs it against the API, answers the LoadResult and exits. */
process.once('message', (request: LoadRequest) => {
  run(request)
    .then((result) => process.send?.(result, () => process.exit(0)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
});
