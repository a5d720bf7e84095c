// The parser ships no types: this declares the part of it this service calls, as its README documents it.

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
