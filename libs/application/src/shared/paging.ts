import { ApiPropertyOptional } from '@nestjs/swagger';
import { InvalidInput } from '@trace/domain';
import { Key, keyOf, pageDocuments, PageShape, ReadModel, ReadStore, Where } from '@trace/read-store';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { Page } from './responses';
import { Optional } from './validators';

export const MAX_PAGE_SIZE = 1000;

/** Which page a query asks for. */
export interface PageRequest {
  limit?: number;
  /** nextCursor of the previous page. */
  cursor?: string;
}

export class PageParams implements PageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 })
  @Optional()
  // Digits only: Number() would also read '1e3', '0x10' and ' 5' as numbers.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Optional()
  @IsString()
  cursor?: string;
}

/** The equality filter of a list: the filters a request gave, each field of the model as named in the request. */
export const givenFilters = <Doc>(filters: Record<string, string | undefined>): Where<Doc> =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Where<Doc>;

/** The opaque cursor that resumes a keyset page after `key`. */
export const encode = (key: Key) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key a cursor of `encode` resumes after; 400 for anything else. */
export function decode(cursor: string, keyFields: string[]): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object') {
      const fields = key as Record<string, unknown>;
      const scalar = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
      if (keyFields.every((field) => scalar(fields[field]))) return Object.fromEntries(keyFields.map((field) => [field, fields[field] as string | number]));
    }
  } catch {
    // Falls through to the same answer as a well-formed cursor of the wrong shape.
  }
  throw InvalidInput.field('cursor', 'is not a cursor this endpoint returned');
}

/** Keyset paging: one page ordered by key (or as `shape` orders it), plus the cursor of the next one (null on the last page). */
export async function pageOf<Doc extends object>(
  reads: ReadStore,
  model: ReadModel<Doc>,
  where: Where<Doc>,
  query: PageRequest,
  shape: PageShape<Doc> = {},
): Promise<Page<Doc>> {
  const limit = query.limit ?? 100;
  const resumeFields = [...(shape.order ? [shape.order.by] : []), ...model.key];
  const after = query.cursor === undefined ? undefined : decode(query.cursor, resumeFields);
  const documents = await pageDocuments(reads, model, where, limit + 1, after, shape);
  const items = documents.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = documents.length > limit ? encode(keyOf(model, last, shape.order)) : null;
  return { items, nextCursor };
}

/** Every document matching `where`, a page at a time, so memory stays flat whatever their number. */
export async function* allPages<Doc extends object>(
  reads: ReadStore,
  model: ReadModel<Doc>,
  where: Where<Doc>,
  pageSize = MAX_PAGE_SIZE,
): AsyncGenerator<Doc[]> {
  let after: Key | undefined;
  for (;;) {
    const page = await pageDocuments(reads, model, where, pageSize, after);
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = keyOf(model, page[page.length - 1]);
  }
}

/** Every document matching `where`, read a page at a time so memory stays flat whatever their number. */
export async function* allRows<Doc extends object>(reads: ReadStore, model: ReadModel<Doc>, where: Where<Doc>, pageSize = MAX_PAGE_SIZE): AsyncGenerator<Doc> {
  for await (const page of allPages(reads, model, where, pageSize)) yield* page;
}

/**
 * A page of what `read` answers a page at a time, each document turned into an item by `keep` or left out (null):
 * reads on, `limit` documents at a time, until the page is full or none is left; the cursor resumes after the
 * document the page's last item came from, in `read`'s order.
 */
export async function keptPage<Doc, Item>(
  read: (query: PageRequest) => Promise<Page<Doc>>,
  keep: (documents: Doc[]) => Promise<Array<Item | null>>,
  query: PageRequest,
  resumeAfter: (document: Doc) => Key,
): Promise<Page<Item>> {
  const limit = query.limit ?? 100;
  const items: Item[] = [];
  let cursor = query.cursor;
  for (;;) {
    const documents = await read({ limit, cursor });
    const kept = await keep(documents.items);
    for (const [index, item] of kept.entries()) {
      if (item !== null) items.push(item);
      if (items.length === limit) {
        const more = index < kept.length - 1 || documents.nextCursor !== null;
        return { items, nextCursor: more ? encode(resumeAfter(documents.items[index])) : null };
      }
    }
    if (documents.nextCursor === null) return { items, nextCursor: null };
    cursor = documents.nextCursor;
  }
}
