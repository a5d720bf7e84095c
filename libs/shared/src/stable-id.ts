import { createHash, hash } from 'node:crypto';

/** The project's UUID namespace for name-based ids (RFC 9562 version 5). */
const NAMESPACE = Buffer.from('6b0e0f43c1a34a4f9d7e1f7a3c2b9d10', 'hex');

/**
 * The namespace followed by the name being hashed: written into one reused buffer and hashed in one call, which
 * is a third cheaper than a hash object fed twice (a captured EPCIS event takes four ids).
 */
let named = Buffer.alloc(1024);
NAMESPACE.copy(named);

/** The variant's hex digit (10xx) for each hex digit of the digest at its place. */
const VARIANT_DIGIT = '89ab89ab89ab89ab';

/** A UUID v5 of `name`: the same name always gives the same id, which makes retried appends recognisable. */
export function stableUuid(name: string): string {
  const longest = NAMESPACE.length + 3 * name.length;
  if (named.length < longest) {
    named = Buffer.alloc(2 * longest);
    NAMESPACE.copy(named);
  }
  const length = NAMESPACE.length + named.write(name, NAMESPACE.length, 'utf8');
  // A digest in hex is half the work of one in a buffer; the version and variant are then set as digits.
  const hex = hash('sha1', named.subarray(0, length), 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${VARIANT_DIGIT[parseInt(hex[16], 16)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** JSON with object keys sorted at every depth, so equal values always serialise the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Name-based ids that sort side by side: each shares its first 48 bits with the others of `cluster` (taken from
 * the cluster's own id), the rest comes from the name within it. The commands of one EPCIS capture take ids of one
 * cluster, so the log's command index grows in one place per document, not at a random page per command: a
 * document's commit then costs about the same at any size of the log.
 */
export function clusteredUuids(cluster: string): (name: string) => string {
  const prefix = stableUuid(cluster).slice(0, 13);
  return (name) => prefix + stableUuid(`${cluster}\n${name}`).slice(13);
}
