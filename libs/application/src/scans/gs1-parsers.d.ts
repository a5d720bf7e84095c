// Neither parser ships types: these declare the part of each this service calls, as their READMEs document it.

declare module 'gs1-barcode-parser-mod' {
  /** One element of a code: its application identifier and its data (a Date for date AIs, a number for measures). */
  export interface ParsedCodeItem {
    ai: string;
    dataTitle: string;
    data: string | number | Date;
    unit: string;
    raw: string;
  }

  /** Throws a string naming the problem for a code it cannot read. */
  export function parseBarcode(barcode: string): { codeName: string; parsedCodeItems: ParsedCodeItem[] };
}

declare module 'digital-link.js' {
  /** A parsed Digital Link: each part as AI → value, values as written in the URI (percent-escapes kept). */
  export interface DigitalLinkObject {
    getIdentifier(): Record<string, string>;
    getKeyQualifiers(): Record<string, string>;
    getAttributes(): Record<string, string>;
    isValid(): boolean;
  }

  export function DigitalLink(input: string): DigitalLinkObject;
}
