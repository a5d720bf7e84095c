import { Target } from './load/load';

/** GET `path` (or `init`) as a client holding the target's key; anything but 2xx is an error naming the request and the answer. */
export async function json(target: Target, path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.url}${path}`, { ...init, headers: { authorization: target.authorization, ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

export const postJson = (target: Target, path: string, body: unknown): Promise<Record<string, unknown>> =>
  json(target, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
