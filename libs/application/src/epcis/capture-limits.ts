import { BODY_LIMIT_BYTES } from '@trace/http';

/** Events one capture takes at most: a document is decided and written at once, so its size bounds memory and the write. */
export const CAPTURE_LIMIT = 10_000;

/** The limits the REST binding advertises, on capture answers and OPTIONS. */
export const CAPTURE_LIMIT_HEADERS: Record<string, string> = {
  'GS1-EPCIS-Capture-Limit': String(CAPTURE_LIMIT),
  'GS1-EPCIS-Capture-File-Size-Limit': String(BODY_LIMIT_BYTES),
};
