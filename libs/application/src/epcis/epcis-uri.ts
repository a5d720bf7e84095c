/** An identifier EPCIS names things by: a URI (scheme, colon, then visible ASCII: percent-encode the rest). */
export const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7e]+$/;
export const URI_MESSAGE = '$property must be a URI (scheme:…, visible ASCII only, percent-encoded otherwise)';
