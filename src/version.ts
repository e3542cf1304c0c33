/**
 * The library's version, recorded in every result's fingerprint (a test keeps it equal to
 * package.json's).
 * @example VERSION // '0.1.0'
 */
export const VERSION = '0.1.0';
