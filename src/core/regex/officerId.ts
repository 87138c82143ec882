/**
 * Patterns for officer numbers (collar, shoulder, warrant, service numbers).
 *
 * @module
 */

/**
 * A context phrase that introduces an officer number: `collar number`, `Collar`, `shoulder no.`, `warrant no.`,
 * `service number`, `force number`, `epaulette number`, `badge no`, with an optional `:`/`is`/`#`. Group 1 is
 * the value that follows (checked further by the detector). Linear: every part is a fixed word set.
 */
export const OFFICER_ID_CONTEXT =
  /\b(?:(?:collar|shoulder|epaulette)(?:[ \t]+(?:numbers?|nos?\.?|num\.?|#|id))?|(?:warrant(?: card)?|force|service|badge|officer|call ?sign)[ \t]+(?:numbers?|nos?\.?|num\.?|#|id)|fin)[ \t]*(?:[:#=–-][ \t]*|is[ \t]+|of[ \t]+)?([A-Z0-9]{1,9})\b/giu;

/** A whole value that is an officer number: 1–6 digits with up to 3 letters, or 1–2 letters and digits. */
export const OFFICER_ID_VALUE = /^(?:\d{1,6}[A-Z]{0,3}|[A-Z]{1,2}\d{2,5})$/u;
