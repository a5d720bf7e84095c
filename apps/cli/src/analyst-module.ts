import { AnalystProjection } from '@trace/application';
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './io';

/** Node's own loader, which the public typings do not describe. */
interface CompilableModule extends Module {
  _compile(code: string, filename: string): void;
}
const nodeModulePaths = (Module as unknown as { _nodeModulePaths(directory: string): string[] })._nodeModulePaths;

/** TypeScript is transpiled, not type-checked: an analyst's module runs as soon as it parses. */
function loadTypeScript(file: string): unknown {
  let swc: typeof import('@swc/core');
  try {
    swc = require('@swc/core');
  } catch {
    throw new UsageError(`${file}: running .ts needs @swc/core (installed with the dev dependencies); or compile it to .js`);
  }
  const { code } = swc.transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const loaded = new Module(file, module) as CompilableModule;
  loaded.filename = file;
  loaded.paths = nodeModulePaths(dirname(file));
  loaded._compile(code, file);
  return loaded.exports;
}

/** Loads an analyst's projection module (.js or .ts) and checks it has the expected shape. */
export function loadAnalystProjection(path: string): AnalystProjection {
  const file = resolve(path);
  if (!existsSync(file)) throw new UsageError(`${path}: no such file`);
  const extension = extname(file);
  if (!['.js', '.cjs', '.ts'].includes(extension)) throw new UsageError(`${path}: expected a .js, .cjs or .ts file`);
  const exported = (extension === '.ts' ? loadTypeScript(file) : require(file)) as Partial<AnalystProjection> & { default?: Partial<AnalystProjection> };
  const projection = typeof exported.apply === 'function' ? exported : exported.default;
  if (typeof projection?.apply !== 'function' || !('initialState' in projection)) {
    throw new UsageError(`${path}: must export initialState and apply(state, event), and may export result(state)`);
  }
  if (projection.result !== undefined && typeof projection.result !== 'function') throw new UsageError(`${path}: result must be a function`);
  return projection as AnalystProjection;
}
