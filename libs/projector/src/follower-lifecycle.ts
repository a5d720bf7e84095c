import { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';

export interface Startable {
  start(): Promise<void> | void;
  stop(): Promise<void>;
}

/** Starts a log follower with the application and stops it before the stores close. */
export class FollowerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly follower: Startable) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.follower.start();
  }

  // Before, not on, shutdown: the stores close on shutdown and the last batch must land first.
  beforeApplicationShutdown(): Promise<void> {
    return this.follower.stop();
  }
}
