import { AnalystProjection } from '@trace/application';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './io';

/** Loads what an analyst's module needs, resolved from where it lives, as Node would for it. */
const requireFrom = (file: string) => createRequire(file);

/** TypeScript is transpiled, not type-checked: an analyst's module runs as soon as it parses. */
function loadTypeScript(file: string): unknown {
  let swc: typeof import('@swc/core');
  try {
    swc = createRequire(__filename)('@swc/core') as typeof import('@swc/core');
  } catch {
    throw new UsageError(`${file}: running .ts needs @swc/core (installed with the dev dependencies); or compile it to .js`);
  }
  const { code } = swc.transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  // A CommonJS module body, compiled with Node's public vm API and given its own require, exports and paths.
  const body = compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  const module = { exports: {} as unknown };
  body.call(module.exports, module.exports, requireFrom(file), module, file, dirname(file));
  return module.exports;
}

/** Loads an analyst's projection module (.js or .ts) and checks it has the expected shape. */
export function loadAnalystProjection(path: string): AnalystProjection {
  const file = resolve(path);
  if (!existsSync(file)) throw new UsageError(`${path}: no such file`);
  const extension = extname(file);
  if (!['.js', '.cjs', '.ts'].includes(extension)) throw new UsageError(`${path}: expected a .js, .cjs or .ts file`);
  const exported = (extension === '.ts' ? loadTypeScript(file) : requireFrom(file)(file)) as Partial<AnalystProjection> & {
    default?: Partial<AnalystProjection>;
  };
  const projection = typeof exported.apply === 'function' ? exported : exported.default;
  if (typeof projection?.apply !== 'function' || !('initialState' in projection)) {
    throw new UsageError(`${path}: must export initialState and apply(state, event), and may export result(state)`);
  }
  if (projection.result !== undefined && typeof projection.result !== 'function') throw new UsageError(`${path}: result must be a function`);
  return projection as AnalystProjection;
}
