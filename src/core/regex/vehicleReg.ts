/**
 * Patterns for UK vehicle registration marks (DVLA and DVA Northern Ireland formats).
 *
 * @module
 */

/**
 * Every letter-first mark shape in one pass; the named group says which one matched (first wins):
 * - `current` (2001–): two memory-tag letters (not I, Q, Z), the two-digit `age` identifier, an optional
 *   space and three random letters (not I, Q): `AB12 CDE`;
 * - `suffix` (1963–1983): three letters, an optional space, 1–3 digits and the age letter (not I, O, Q,
 *   U, Z): `ABC 123D`;
 * - `prefix` (1983–2001): the age letter (not I, O, Q, U, Z), 1–3 digits, an optional space, three
 *   letters: `A123 BCD`;
 * - `ni` (Northern Ireland): up to three letters whose last two are an area code containing I or Z, an
 *   optional space, 1–4 digits: `ABZ 1234`;
 * - `dateless`: 1–3 letters, a space, 1–4 digits: `ABC 123`.
 */
export const VEHICLE_REG = /(?<![A-Za-z0-9])(?:(?<current>[A-HJ-PR-Y]{2}(?<age>\d\d) ?[A-HJ-PR-Z]{3})|(?<suffix>[A-HJ-PR-Y]{3} ?[1-9]\d{0,2}[A-HJ-NPR-TV-Y])|(?<prefix>[A-HJ-NPR-TV-Y][1-9]\d{0,2} ?[A-HJ-PR-Y]{3})|(?<ni>[A-Z]?(?:I[A-Z]|[A-HJ-Z]Z) ?[1-9]\d{0,3})|(?<dateless>[A-Z]{1,3} [1-9]\d{0,3}))(?![\p{L}\p{N}])/gu;

/** Dateless, digits first: 1–4 digits, a space, 1–3 letters (`1234 AB`). Needs context. */
export const VEHICLE_REG_DATELESS_REVERSED = /(?<![A-Za-z0-9])[1-9]\d{0,3} [A-Z]{1,3}(?![\p{L}\p{N}])/gu;

/**
 * Vehicle words in lower, title or upper case (global; the detector looks for them in a short window
 * around each candidate mark and checks the word boundary before): vehicle, registration, VRM, index, number plate, car, van,
 * driver, keeper, ANPR, DVLA and common makes.
 */
export const VEHICLE_CONTEXT = /(?:[Vv]ehicles?|VEHICLES?|[Rr]eg(?:istration)?s?|REG(?:ISTRATION)?S?|VR[MN]|vr[mn]|[Ii]ndex|INDEX|[Nn]umber ?[Pp]lates?|NUMBER ?PLATES?|[Pp]lates?|PLATES?|[Cc]ars?|CARS?|[Vv]ans?|VANS?|[Ll]orry|LORRY|HGV|hgv|[Mm]otor(?:cycle|bike)|MOTOR(?:CYCLE|BIKE)|[Mm]oped|MOPED|[Tt]axi|TAXI|[Dd]riv(?:er|ing|en)|DRIV(?:ER|ING|EN)|[Kk]eeper|KEEPER|ANPR|DVLA|DVA|Ford|FORD|Vauxhall|VAUXHALL|BMW|Audi|AUDI|Toyota|TOYOTA|Honda|HONDA|Nissan|NISSAN|Volkswagen|VOLKSWAGEN|VW|Mercedes|MERCEDES|Kia|KIA|Hyundai|HYUNDAI|Peugeot|PEUGEOT|Renault|RENAULT|Citro[eë]n|CITRO[EË]N|Fiat|FIAT|Skoda|SKODA|Volvo|VOLVO|Mini|MINI|Land Rover|LAND ROVER|Range Rover|RANGE ROVER|Jaguar|JAGUAR|Mazda|MAZDA|Tesla|TESLA)(?![\p{L}\p{N}])/gu;

/** A rank or officer-number word just before a dateless shape: the shape is a collar or shoulder number. */
export const VEHICLE_OFFICER_BEFORE = /(?<![\p{L}\p{N}])(?:pc|ps|sgt|dc|ds|pcso|spc|insp|constable|sergeant|officer|collar|shoulder|warrant|badge|epaulette)(?:\s+no\.?)?[\s:.#]{0,3}$/iu;
