/**
 * Patterns for vetting and security clearance levels.
 *
 * @module
 */

/**
 * NPPV levels as written: `NPPV3`, `NPPV 2`, `NPPV-3`, `NPPV L1`, `NPPV Level 2 (Full)`, `NPPV2 (Abbreviated)`,
 * `NPPV2/abbreviated`, `NPPV2A`, `NPPV 2 Full`, and `Non-Police Personnel Vetting Level 3`. Never collides.
 */
export const NPPV_LEVEL =
  /(?:NPPV|Non[- ]Police Personnel Vetting)[ \t-]?(?:(?:Level|Lvl|L)[ \t.-]?)?[123](?:[AF]\b|[ \t]?\((?:Full|Abbreviated|Abbrev\.?|Abbr\.?)\)|[ \t]?\/[ \t]?(?:full|abbreviated|abbrev|abbr)\b|[ \t-](?:Full|Abbreviated)\b)?(?![\p{L}\p{N}])/iuy;

/** Words that make a vetting reading of a short form likely, searched in a window around it. */
export const VETTING_CUE = /\b(?:vetting|vetted|vet|cleared|clearance|clearances|level|levels|holds?|held|nppv|security|bpss|ctc|expires|expired|expiry|renewal|renewed|granted|aftercare|upgrade|upgraded)\b/u;

/** Words that make `DV` domestic violence, `SC` a short circuit / place, `AC` air conditioning, `CTC` a tax credit. */
export const VETTING_ANTI_CUE =
  /\b(?:domestic|abuse|marac|dash|victims?|survivors?|perpetrators?|offen[cs]es?|offenders?|incidents?|cases?|refuge|circuit|fault|carolina|charity|conditioning|tax credits?|child tax|voltage)\b/u;

/** `DC current`, `AC current`: electrics, not a level (only right after the form: `Current level: SC` is one). */
export const VETTING_CURRENT_AFTER = /^\s*current\b/u;
