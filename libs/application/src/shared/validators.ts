import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { containerIdProblem, gtinProblem, identifierProblem, IDENTIFIER_MAX_LENGTH, instantProblem, parseInstant } from '@trace/domain';
import { IsString, Length, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

/** A class-validator decorator from a domain check that names the problem with a value, or null when fine. */
export function checkedBy(name: string, problem: (value: unknown) => string | null) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target: object, property: string | symbol) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(property),
        options,
        validator: {
          validate: (value: unknown) => problem(value) === null,
          defaultMessage: (args) => `${args?.property} ${problem(args?.value)}`,
        },
      });
}

/** 1–64 printable characters without surrounding blanks: SKUs, serials, lot ids, locations, parties. */
export const IsIdentifier = checkedBy('isIdentifier', identifierProblem);

/** An identifier; 18 digits must be an SSCC with a valid check digit. */
export const IsContainerId = checkedBy('isContainerId', containerIdProblem);

export const CONTAINER_ID_SCHEMA = {
  minLength: 1,
  maxLength: IDENTIFIER_MAX_LENGTH,
  example: '106141411234567897',
  description: 'Any identifier, e.g. an SSCC (18 digits, check digit verified)',
};

/** A date, or a date-time with a zone (the domain's one grammar of instants). */
export const IsInstant = checkedBy('isInstant', instantProblem);

/** UN/ECE Recommendation 20 codes, as EPCIS uses them: 2 or 3 upper-case letters or digits (`EA`, `KGM`, `LTR`). */
const UOM = /^[A-Z0-9]{2,3}$/;
export const IsUnitOfMeasure = checkedBy('isUnitOfMeasure', (value) =>
  typeof value === 'string' && UOM.test(value) ? null : 'must be a UN/ECE Rec 20 code: 2-3 upper-case letters or digits, e.g. EA, KGM, LTR',
);

/** A calendar date as ISO 8601 writes it (2028-12-31), as printed on a pack: a real day of a real month. */
export const IsIsoDate = checkedBy('isIsoDate', (value) => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day && day.toISOString().slice(0, 10) === value ? null : 'must be an ISO date (2028-12-31)';
});

/** A GTIN-8, -12, -13 or -14 with its check digit right. */
export const IsGtin = checkedBy('isGtin', gtinProblem);
export const GTIN_SCHEMA = { example: '09506000134352', description: 'GTIN-8, -12, -13 or -14 (answered as 14 digits)' };

/** An optional instant a request gave (and IsInstant checked), as the ISO instant the read models compare. */
export const optionalInstant = (text: string | undefined): string | undefined => (text === undefined ? undefined : (parseInstant(text) as string));

/**
 * The field may be left out; unlike class-validator's IsOptional, `null` is not "left out": it is checked like any
 * other value (and refused by the field's type), so `{"serials": null}` is a 400, never a half-read command.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

export const IDENTIFIER_SCHEMA = { minLength: 1, maxLength: IDENTIFIER_MAX_LENGTH, example: 'PUMP-200' };

/** Free text such as reasons and descriptions. */
export function IsText(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    IsString()(target, property);
    Length(1, 500)(target, property);
  };
}

/** Base of every command body: when the fact happened, if not now. */
export class OccurredAtDto {
  @ApiPropertyOptional({
    description: 'When it happened (ISO 8601), e.g. the scan time; defaults to now; may be in the past, not in the future.',
    example: '2026-11-20T14:03:00Z',
  })
  @Optional()
  @IsInstant()
  occurredAt?: string;
}

/** A unit named in a body, or in a path (`/v1/units/{sku}/{serial}`, URL-encoded). */
export class UnitRefRequest {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SN-000123' })
  @IsIdentifier()
  serial: string;
}

/** Path parameters of a unit. */
export class UnitParams extends UnitRefRequest {}

export class SkuParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'PUMP-200' })
  @IsIdentifier()
  sku: string;
}

export class LotParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A' })
  @IsIdentifier()
  lotId: string;
}

export class LocationParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @IsIdentifier()
  location: string;
}
