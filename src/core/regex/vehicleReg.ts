/**
 * Patterns for UK vehicle registration marks (DVLA and DVA Northern Ireland formats).
 *
 * @module
 */

/**
 * Current format (2001–): two memory-tag letters (first not I, Q, Z; second not I, Q, Z), a two-digit age
 * identifier, an optional space and three random letters (not I, Q). Groups: 1 age identifier.
 */
export const VEHICLE_REG_CURRENT = /(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y](\d\d) ?[A-HJ-PR-Z]{3}(?![\p{L}\p{N}])/gu;

/** Prefix format (1983–2001): age letter (not I, O, Q, U, Z), 1–3 digits, optional space, three letters. */
export const VEHICLE_REG_PREFIX = /(?<![A-Za-z0-9])[A-HJ-NPR-TV-Y][1-9]\d{0,2} ?[A-HJ-PR-Y]{3}(?![\p{L}\p{N}])/gu;

/** Suffix format (1963–1983): three letters, an optional space, 1–3 digits and the age letter (not I, O, Q, U, Z). */
export const VEHICLE_REG_SUFFIX = /(?<![A-Za-z0-9])[A-HJ-PR-Y]{3} ?[1-9]\d{0,2}[A-HJ-NPR-TV-Y](?![\p{L}\p{N}])/gu;

/** Dateless: 1–3 letters, a space, 1–4 digits; or 1–4 digits, a space, 1–3 letters. Needs context. */
export const VEHICLE_REG_DATELESS = /(?<![A-Za-z0-9])(?:[A-Z]{1,3} [1-9]\d{0,3}|[1-9]\d{0,3} [A-Z]{1,3})(?![\p{L}\p{N}])/gu;

/** Northern Ireland: three letters of which the last two are an area code containing I or Z, a space or not, 1–4 digits. */
export const VEHICLE_REG_NI = /(?<![A-Za-z0-9])[A-Z]?(?:I[A-Z]|[A-HJ-Z]Z) ?[1-9]\d{0,3}(?![\p{L}\p{N}])/gu;

/** Context words for vehicles; the detector also scans with a global copy to find dateless and Northern Ireland marks near each. */
export const VEHICLE_CONTEXT = /(?<![\p{L}\p{N}])(?:vehicles?|reg(?:istration)?(?:s|\.)?|vrm|vrn|index(?: no| number| mark)?|number ?plates?|plates?|cars?|vans?|lorry|hgv|motorcycle|motorbike|moped|taxi|driv(?:er|ing|en)|keeper|ANPR|DVLA|DVA|ford|vauxhall|bmw|audi|toyota|honda|nissan|volkswagen|vw|mercedes|kia|hyundai|peugeot|renault|citroen|fiat|skoda|volvo|mini|land rover|range rover|jaguar|mazda|tesla)(?![\p{L}\p{N}])/iu;

/** A rank or officer-number word just before a dateless shape: the shape is a collar or shoulder number. */
export const VEHICLE_OFFICER_BEFORE = /(?<![\p{L}\p{N}])(?:pc|ps|sgt|dc|ds|pcso|spc|insp|constable|sergeant|officer|collar|shoulder|warrant|badge|epaulette)(?:\s+no\.?)?[\s:.#]{0,3}$/iu;
