import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The projector app's thread entry, beside the API app in the build (dist/apps/…). */
const WORKER = join(__dirname, '..', '..', 'projector', 'src', 'projector-thread.worker.js');

/**
 * `npm start`'s projector: the projector app in a worker thread of the API's process, so projecting takes a core of
 * its own instead of turns on the API's event loop. It starts with the API and stops before it (ending its batch);
 * a thread that fails stops the process, which its supervisor restarts, as it would a projector process.
 */
@Injectable()
export class ProjectorThread implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker?: Worker;

  async onApplicationBootstrap(): Promise<void> {
    const worker = new Worker(WORKER);
    await new Promise<void>((resolve, reject) => {
      // Only these listeners come off once it has started (a worker has listeners of its own that keep its port open).
      const settle = (error?: Error) => {
        worker.off('message', onStarted).off('error', settle).off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      const onStarted = () => settle();
      const onExit = (code: number) => settle(new Error(`the projector thread exited with code ${code} while starting`));
      worker.on('message', onStarted).on('error', settle).on('exit', onExit);
    });
    worker.on('error', (error) => {
      new Logger('Projector').fatal(error);
      process.exit(1);
    });
    // A thread that ends on its own (its code calling process.exit ends only the thread) takes the process with it.
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      new Logger('Projector').fatal(`the projector thread ended (code ${code}) while the API runs: stopping the process`);
      process.exit(code || 1);
    });
    this.worker = worker;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    const stopped = once(worker, 'message');
    worker.postMessage('stop');
    await stopped;
    await worker.terminate();
  }
}
