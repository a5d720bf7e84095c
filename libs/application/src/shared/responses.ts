import { Type } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** Where a command's last event stands: send `position` back as X-Min-Position to read your writes. */
export class ChangedResponse {
  @ApiProperty({ description: "Revision of the command's stream after it", example: 3 })
  revision: number;

  @ApiProperty({ description: 'Position of its last event in the whole log', example: 1042 })
  position: number;
}

/** A unit named by its SKU and serial. */
export class UnitRefResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-000123' })
  serial: string;
}

export interface Page<Item> {
  items: Item[];
  /** Cursor of the next page; null on the last. */
  nextCursor: string | null;
}

const pages = new Map<Type, Type>();

/** The response class of a page of `item`s, named after it (UnitResponse → UnitPage) for the OpenAPI document. */
export function PageOf<Item>(item: Type<Item>): Type<Page<Item>> {
  const known = pages.get(item);
  if (known) return known as Type<Page<Item>>;
  class ItemPage implements Page<Item> {
    @ApiProperty({ type: [item] })
    items: Item[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
    nextCursor: string | null;
  }
  Object.defineProperty(ItemPage, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
  pages.set(item, ItemPage);
  return ItemPage;
}

/**
 * The schema of a field holding a `type` or null. Swagger writes `nullable` beside the `$ref` of a class, which
 * OpenAPI 3.0 reads as "not null", so null is a branch of its own (register `type` with ApiExtraModels).
 */
export const nullableRef = (type: Type): { oneOf: object[] } => ({ oneOf: [{ $ref: getSchemaPath(type) }, { type: 'object', nullable: true, enum: [null] }] });
