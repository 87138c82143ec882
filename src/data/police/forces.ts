/**
 * UK police forces and services with the names they go by.
 *
 * Each entry is `[canonical name, other written forms…]`. Sources: Home Office list of the 43 territorial
 * forces of England and Wales; Police Scotland; PSNI; the three special forces (BTP, MDP, CNC); the National
 * Crime Agency; Welsh-language names from the forces' own sites. See docs/detectors.md.
 *
 * @module
 */

/**
 * Forces: canonical name first, then aliases (all matched on word tokens, case-insensitively for multi-word forms).
 *
 * @example
 * ```ts
 * FORCES.find((f) => f.includes('GMP'))?.[0]; // 'Greater Manchester Police'
 * ```
 */
export const FORCES: readonly (readonly string[])[] = Object.freeze([
  ['Avon and Somerset Constabulary', 'Avon & Somerset Constabulary', 'Avon and Somerset Police', 'Avon & Somerset Police', 'ASP'],
  ['Bedfordshire Police', 'Bedfordshire Constabulary', 'Beds Police'],
  ['Cambridgeshire Constabulary', 'Cambridgeshire Police', 'Cambs Police'],
  ['Cheshire Constabulary', 'Cheshire Police'],
  ['City of London Police', 'City of London Police Service', 'CoLP', 'City Police'],
  ['Cleveland Police'],
  ['Cumbria Constabulary', 'Cumbria Police'],
  ['Derbyshire Constabulary', 'Derbyshire Police'],
  ['Devon and Cornwall Police', 'Devon & Cornwall Police', 'Devon and Cornwall Constabulary'],
  ['Dorset Police', 'Dorset Constabulary'],
  ['Durham Constabulary', 'Durham Police'],
  ['Dyfed-Powys Police', 'Heddlu Dyfed-Powys', 'Dyfed Powys Police'],
  ['Essex Police', 'Essex Constabulary'],
  ['Gloucestershire Constabulary', 'Gloucestershire Police'],
  ['Greater Manchester Police', 'GMP'],
  ['Gwent Police', 'Heddlu Gwent'],
  ['Hampshire and Isle of Wight Constabulary', 'Hampshire & Isle of Wight Constabulary', 'Hampshire Constabulary', 'Hampshire Police'],
  ['Hertfordshire Constabulary', 'Hertfordshire Police', 'Herts Police'],
  ['Humberside Police'],
  ['Kent Police', 'Kent Constabulary'],
  ['Lancashire Constabulary', 'Lancashire Police'],
  ['Leicestershire Police', 'Leicestershire Constabulary'],
  ['Lincolnshire Police', 'Lincolnshire Constabulary'],
  ['Merseyside Police'],
  ['Metropolitan Police Service', 'Metropolitan Police', 'Met Police', 'Met Police Service', 'London Metropolitan Police', 'MPS'],
  ['Norfolk Constabulary', 'Norfolk Police'],
  ['North Wales Police', 'Heddlu Gogledd Cymru'],
  ['North Yorkshire Police', 'NYP'],
  ['Northamptonshire Police', 'Northants Police'],
  ['Northumbria Police'],
  ['Nottinghamshire Police', 'Notts Police'],
  ['South Wales Police', 'Heddlu De Cymru', 'SWP'],
  ['South Yorkshire Police', 'SYP'],
  ['Staffordshire Police', 'Staffs Police'],
  ['Suffolk Constabulary', 'Suffolk Police'],
  ['Surrey Police', 'Surrey Constabulary'],
  ['Sussex Police', 'Sussex Constabulary'],
  ['Thames Valley Police', 'TVP'],
  ['Warwickshire Police', 'Warwickshire Constabulary'],
  ['West Mercia Police', 'West Mercia Constabulary'],
  ['West Midlands Police', 'WMP'],
  ['West Yorkshire Police', 'WYP'],
  ['Wiltshire Police', 'Wiltshire Constabulary'],
  ['Police Scotland', 'Police Service of Scotland', 'PSoS', 'Poileas Alba'],
  ['Police Service of Northern Ireland', 'PSNI', 'Royal Ulster Constabulary', 'RUC'],
  ['British Transport Police', 'BTP'],
  ['Ministry of Defence Police', 'MOD Police', 'MoD Police', 'MDP'],
  ['Civil Nuclear Constabulary', 'CNC'],
  ['National Crime Agency', 'NCA'],
  ['States of Jersey Police', 'Guernsey Police', 'Isle of Man Constabulary'],
  ['Port of Liverpool Police', 'Port of Dover Police', 'Port of Tilbury Police', 'Port of Bristol Police', 'Port of Felixstowe Police'],
  ['Scottish Crime and Drug Enforcement Agency', 'SCDEA'],
]);

/**
 * Short forms that also have common non-police meanings: reported only near police context words.
 *
 * @example
 * ```ts
 * AMBIGUOUS_FORCE_FORMS.includes('CNC'); // true
 * ```
 */
export const AMBIGUOUS_FORCE_FORMS: readonly string[] = Object.freeze(['CNC', 'MDP', 'NCA', 'ASP', 'SWP', 'NYP', 'CoLP', 'City Police', 'RUC', 'SCDEA']);
