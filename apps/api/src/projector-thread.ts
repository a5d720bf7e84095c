import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EVENT_STORE, EventStore } from '@trace/event-store';

/** The projector app's thread entry, beside the API app in the build (dist/apps/…). */
const WORKER = join(__dirname, '..', '..', 'projector', 'src', 'projector-thread.worker.js');
/** How long the relay waits for a commit before it looks again whether it should stop (aborting wakes it anyway). */
const RELAY_IDLE_MS = 60_000;

/**
 * `npm start`'s projector: the projector app in a worker thread of the API's process, so projecting takes a core of
 * its own instead of turns on the API's event loop. It starts with the API and stops before it (ending its batch);
 * a thread that fails stops the process, which its supervisor restarts, as it would a projector process. The API's
 * commits are told to it as they happen ('appended'), so it projects them at once instead of at its next look.
 */
@Injectable()
export class ProjectorThread implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker?: Worker;
  private readonly relaying = new AbortController();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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
    void this.relayAppends(worker);
  }

  /** One message a commit at most: commits made while the thread is being told fold into the next message. */
  private async relayAppends(worker: Worker): Promise<void> {
    const appended = this.store.appended;
    if (!appended) return;
    let told = appended.version;
    while (!this.relaying.signal.aborted) {
      await appended.wait(told, this.relaying.signal, RELAY_IDLE_MS);
      if (appended.version === told || this.worker !== worker) continue;
      told = appended.version;
      worker.postMessage('appended');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.relaying.abort();
    if (!worker) return;
    this.worker = undefined;
    const stopped = once(worker, 'message');
    worker.postMessage('stop');
    await stopped;
    await worker.terminate();
  }
}
