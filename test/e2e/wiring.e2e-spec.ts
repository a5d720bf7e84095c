import { Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { COMMAND_HANDLER_METADATA, QUERY_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

const APPLICATION = join(__dirname, '../../libs/application/src');

/** Every file under the application library whose name ends in `suffix`. */
function filesEnding(suffix: string, dir = APPLICATION): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesEnding(suffix, join(dir, entry.name)) : entry.name.endsWith(suffix) ? [join(dir, entry.name)] : [],
  );
}

/** The classes a file exports that carry `metadata` (a controller's path, a handler's command or query). */
function exportedWith(file: string, metadata: string): Type[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are found at run time
  const exports = require(file) as Record<string, unknown>;
  return Object.values(exports).filter((value): value is Type => typeof value === 'function' && Reflect.hasMetadata(metadata, value));
}

/** A use case is wired when a module registers it: a controller or handler written and forgotten fails here. */
describe('wiring of the use cases', () => {
  let dir: string;
  let api: RunningApi;
  const registered = { controllers: new Set<unknown>(), providers: new Set<unknown>() };

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, false);
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) registered.controllers.add(wrapper.metatype);
      for (const wrapper of module.providers.values()) registered.providers.add(wrapper.metatype);
    }
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('registers every controller of every use case folder', () => {
    const files = filesEnding('.controller.ts');
    expect(files.length).toBeGreaterThan(20);
    const missing = files.flatMap((file) =>
      exportedWith(file, PATH_METADATA)
        .filter((type) => !registered.controllers.has(type))
        .map((type) => `${relative(APPLICATION, file)}: ${type.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('registers every command and query handler', () => {
    const files = filesEnding('.handler.ts');
    expect(files.length).toBeGreaterThan(20);
    const handlers = files.flatMap((file) =>
      [...exportedWith(file, COMMAND_HANDLER_METADATA), ...exportedWith(file, QUERY_HANDLER_METADATA)].map((type) => ({ file, type })),
    );
    expect(handlers.length).toBe(files.length);
    const missing = handlers.filter(({ type }) => !registered.providers.has(type)).map(({ file, type }) => `${relative(APPLICATION, file)}: ${type.name}`);
    expect(missing).toEqual([]);
  });
});
