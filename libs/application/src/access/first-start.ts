import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { AlreadyExists, SERVICE_ACTORS } from '@trace/domain';
import { StoreUnavailable } from '@trace/shared';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serviceContext } from '../shared/command-context';
import { ApiKeys } from './api-keys';

/** How often the first start is tried again while the event store cannot be reached. */
const RETRY_MS = 5_000;

/**
 * On the first start (no key ever issued) the service issues an `admin` key and writes it to ADMIN_KEY_FILE
 * (`$DATA_DIR/admin.key`), readable by its owner only, and logs where: never the key. Two processes starting at once
 * race on the register's first event; the loser writes nothing. A service started while its event store is down
 * still starts (it answers 503 until the store is back) and issues the key once it can.
 */
@Injectable()
export class FirstStart implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FirstStart.name);
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly keys: ApiKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.issueFirstKey();
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      this.logger.warn(`first start: the ${error.store} is unreachable; the admin key is issued once it is back`);
      this.retry = setTimeout(() => void this.onApplicationBootstrap(), RETRY_MS);
      this.retry.unref();
    }
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  private async issueFirstKey(): Promise<void> {
    if ((await this.keys.keys()).size > 0) return;
    const file = this.config.adminKeyFile;
    const draft = `${file}.${process.pid}.tmp`;
    const context = serviceContext(SERVICE_ACTORS.firstStart);
    let key: string;
    try {
      ({ key } = await this.keys.issue({ name: 'admin', roles: ['admin'] }, context));
    } catch (error) {
      // Another process started at the same moment and issued it.
      if (error instanceof AlreadyExists) return;
      throw error;
    }
    try {
      await mkdir(dirname(file), { recursive: true });
      // Written in full, owner-only, before it is put where readers look.
      await writeFile(draft, `${key}\n`, { mode: 0o600, flag: 'wx' });
      await rename(draft, file);
    } catch (error) {
      await rm(draft, { force: true });
      throw new Error(
        `first start: the admin key was issued but could not be written to ${file} (${(error as Error).message}); ` +
          'set ADMIN_KEY_FILE to a writable path, then issue a key with `trace keys create --name <name> --role admin` and revoke the one named admin',
      );
    }
    this.logger.log(`first start: an admin key was issued; it is in ${file} (readable by this user only)`);
  }
}
