/**
 * Patterns for IP addresses.
 *
 * @module
 */

/** A dotted quad, not inside a longer dotted number or token; the detector checks the octets. */
export const IPV4 = /(?<![A-Za-z0-9.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\p{L}\p{N}]|\.\d)/gu;

/** Context words for IP addresses. */
export const IP_CONTEXT = /(?<![\p{L}\p{N}])(?:ip|ipv4|ipv6|ip address|address|host|server|logged in from|connected from)(?![\p{L}\p{N}])/iu;

/** Words before a dotted quad that make it a version or section number, not an address. */
export const IP_NOT_BEFORE = /(?:version|ver\.?|v|release|build|section|s\.|para(?:graph)?|rule|clause|chapter|figure|table|appendix|annex)\s*$/iu;
