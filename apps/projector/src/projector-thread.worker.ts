import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { createLogger, loadConfig } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { startProjector } from './start-projector';

/**
 * The projector in a worker thread of the API's process (`npm start`): on a core of its own instead of the API's event
 * loop. Signals reach only the process's main thread, which tells this one to stop ('stop') and waits for it to
 * end its batch ('stopped'), and tells it of every commit of its own ('appended').
 */
async function serve(): Promise<void> {
  if (!parentPort) throw new Error('the projector thread runs in a worker');
  const port = parentPort;
  const config = loadConfig();
  // A thread's own priority on Linux; elsewhere it would be the API's too.
  const app = await startProjector(config, createLogger(config), { lowerPriority: process.platform === 'linux' });
  const store = app.get<EventStore>(EVENT_STORE);
  port.on('message', (message: 'stop' | 'appended') => {
    // The API committed: the followers read the log now rather than at their next look.
    if (message === 'appended') store.appended?.notify();
    if (message === 'stop') void app.close().then(() => port.postMessage('stopped'));
  });
  new Logger('Projector').log('following the event log, in a thread of the API process');
  port.postMessage('started');
}

// A failure rejects unhandled, which ends the thread with an 'error' the API's thread reports before it stops the process.
void serve();
