/**
 * Patterns for IP addresses.
 *
 * @module
 */

/** A dotted quad, not inside a longer dotted number or token; the detector checks the octets. */
export const IPV4 = /(?<![\p{L}\p{N}.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\p{L}\p{N}]|\.\d)/gu;

/** An IPv6 candidate: hex groups of up to four digits joined by colons (`::` allowed); the detector checks it. */
export const IPV6 = /(?<![\p{L}\p{N}:])[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}(?![\p{L}\p{N}:])/gu;

/** Context words for IP addresses. */
export const IP_CONTEXT = /(?<![\p{L}\p{N}])(?:ip|ipv4|ipv6|ip address|address|host|server|logged in from|connected from)(?![\p{L}\p{N}])/iu;
