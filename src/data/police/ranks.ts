/**
 * Police ranks and role titles of UK forces, in every written form we know of.
 *
 * Each entry is `[written form, kind]`. Forms are matched on word tokens, case-insensitively, so
 * `Ch. Insp.`, `Ch Insp` and `CH INSP` are one form; `D/Sgt` and `D Sgt` likewise.
 * - `full`: a rank written out (`Detective Sergeant`); generic on its own ("the sergeant said").
 * - `abbr`: an abbreviation that means a rank wherever it stands (`Sgt`, `DCI`, `PCSO`).
 * - `ambiguous`: an abbreviation with common other meanings (`PC`, `DS`, `SC`, `CC`).
 *
 * Sources: College of Policing rank structure; force websites (Met, City of London, Police Scotland,
 * PSNI, BTP, MDP, CNC); the shared domain sheet. See docs/detectors.md.
 *
 * @module
 */

/** The kind of a rank form: how much evidence it needs. */
export type RankKind = 'full' | 'abbr' | 'ambiguous';

/**
 * Every rank form with its kind.
 *
 * @example
 * ```ts
 * RANK_FORMS.some(([form]) => form === 'Det Sgt'); // true
 * ```
 */
export const RANK_FORMS: readonly (readonly [string, RankKind])[] = Object.freeze([
  // Constables.
  ['Police Constable', 'full'], ['Constable', 'full'], ['Detective Constable', 'full'], ['Trainee Detective Constable', 'full'],
  ['Probationary Constable', 'full'], ['Student Constable', 'full'], ['Reserve Constable', 'full'], ['Head Constable', 'full'],
  ['Woman Police Constable', 'full'], ['Woman Detective Constable', 'full'],
  ['PC', 'ambiguous'], ['P C', 'ambiguous'], ['DC', 'ambiguous'], ['D C', 'ambiguous'], ['WPC', 'abbr'], ['WDC', 'abbr'],
  ['TDC', 'abbr'], ['TDS', 'abbr'], ['Det Con', 'abbr'], ['Det Const', 'abbr'], ['Det Cons', 'abbr'], ['PCs', 'abbr'], ['DCs', 'abbr'],
  // Sergeants.
  ['Police Sergeant', 'full'], ['Sergeant', 'full'], ['Detective Sergeant', 'full'], ['Custody Sergeant', 'full'],
  ['PS', 'ambiguous'], ['P S', 'ambiguous'], ['DS', 'ambiguous'], ['D S', 'ambiguous'], ['Sgt', 'abbr'], ['Sgts', 'abbr'], ['Sarg', 'abbr'],
  ['Det Sgt', 'abbr'], ['D Sgt', 'abbr'], ['DSgt', 'abbr'], ['P Sgt', 'abbr'],
  // Inspectors.
  ['Inspector', 'full'], ['Detective Inspector', 'full'], ['Chief Inspector', 'full'], ['Detective Chief Inspector', 'full'],
  ['Insp', 'abbr'], ['Inspr', 'abbr'], ['DI', 'ambiguous'], ['D I', 'ambiguous'], ['Det Insp', 'abbr'], ['D Insp', 'abbr'],
  ['CI', 'ambiguous'], ['Ch Insp', 'abbr'], ['C Insp', 'abbr'], ['Chief Insp', 'abbr'], ['Ch Inspector', 'abbr'],
  ['DCI', 'abbr'], ['D CI', 'abbr'], ['Det Ch Insp', 'abbr'], ['Det Chief Insp', 'abbr'], ['DCInsp', 'abbr'],
  // Superintendents.
  ['Superintendent', 'full'], ['Detective Superintendent', 'full'], ['Chief Superintendent', 'full'], ['Detective Chief Superintendent', 'full'],
  ['Supt', 'abbr'], ['Supdt', 'abbr'], ['Det Supt', 'abbr'], ['D Supt', 'abbr'], ['DSU', 'abbr'], ['DSupt', 'abbr'],
  ['Ch Supt', 'abbr'], ['C Supt', 'abbr'], ['Chief Supt', 'abbr'], ['CSupt', 'abbr'], ['CS', 'ambiguous'],
  ['Det Ch Supt', 'abbr'], ['Det Chief Supt', 'abbr'], ['DCS', 'abbr'], ['DCSupt', 'abbr'],
  // Chief officers (territorial forces, Police Scotland, PSNI, BTP, MDP, CNC).
  ['Assistant Chief Constable', 'full'], ['Deputy Chief Constable', 'full'], ['Chief Constable', 'full'],
  ['ACC', 'abbr'], ['DCC', 'abbr'], ['CC', 'ambiguous'], ['T ACC', 'abbr'],
  ['Assistant Chief Officer', 'full'], ['Deputy Chief Officer', 'full'],
  // Metropolitan Police and City of London Police.
  ['Commander', 'full'], ['Cmdr', 'abbr'], ['Cdr', 'abbr'], ['Commissioner', 'full'], ['Commr', 'abbr'],
  ['Deputy Assistant Commissioner', 'full'], ['Assistant Commissioner', 'full'], ['Deputy Commissioner', 'full'],
  ['DAC', 'abbr'], ['AC', 'ambiguous'], ['DPC', 'abbr'],
  // Special Constabulary.
  ['Special Constable', 'full'], ['Special Sergeant', 'full'], ['Special Inspector', 'full'], ['Special Chief Inspector', 'full'],
  ['Special Superintendent', 'full'], ['Special Chief Superintendent', 'full'], ['Special Chief Officer', 'full'],
  ['Special Constabulary Chief Officer', 'full'], ['Section Officer', 'full'], ['Divisional Officer', 'full'],
  ['SC', 'ambiguous'], ['SPC', 'abbr'], ['Spec Con', 'abbr'], ['Spl Con', 'abbr'], ['SPS', 'abbr'], ['S Sgt', 'abbr'], ['Special Sgt', 'abbr'],
  ['Special Insp', 'abbr'], ['SCO', 'ambiguous'],
  // Police staff roles that stand for a person when attached to a name.
  ['Police Community Support Officer', 'full'], ['Community Support Officer', 'full'], ['PCSO', 'abbr'], ['PCSOs', 'abbr'], ['CSO', 'ambiguous'],
  ['Student Officer', 'full'], ['Student Police Officer', 'full'], ['Probationer', 'full'], ['Police Cadet', 'full'], ['Volunteer Police Cadet', 'full'],
  ['Detention Officer', 'full'], ['Designated Detention Officer', 'full'], ['DDO', 'abbr'],
  ['Police Staff Investigator', 'full'], ['PSI', 'ambiguous'], ['Crime Scene Investigator', 'full'], ['CSI', 'ambiguous'],
  ['Investigating Officer', 'full'], ['Disclosure Officer', 'full'], ['Call Handler', 'full'], ['Intelligence Analyst', 'full'],
  // Plurals before a list of names (`Constables Aoife Duggan, Imtiaz Mirza and …`): like every form, only with a name or number after.
  ['Constables', 'full'], ['Police Constables', 'full'], ['Detective Constables', 'full'], ['Special Constables', 'full'], ['Sergeants', 'full'],
  ['Detective Sergeants', 'full'], ['Inspectors', 'full'], ['PCs', 'abbr'], ['DCs', 'abbr'],
  // Welsh, as the forces of Wales write them in bilingual documents (with the soft mutations of running text:
  // Cwnstabl/Gwnstabl, Rhingyll/Ringyll, Prif/Brif).
  ['Cwnstabl', 'full'], ['Gwnstabl', 'full'], ['Heddwas', 'full'], ['Rhingyll', 'full'], ['Ringyll', 'full'], ['Arolygydd', 'full'],
  ['Prif Arolygydd', 'full'], ['Brif Arolygydd', 'full'], ['Uwch-arolygydd', 'full'], ['Prif Uwch-arolygydd', 'full'], ['Prif Gwnstabl', 'full'],
  ['Brif Gwnstabl', 'full'], ['Dirprwy Brif Gwnstabl', 'full'], ['Prif Gwnstabl Cynorthwyol', 'full'], ['Ditectif Gwnstabl', 'full'],
  ['Ditectif Cwnstabl', 'full'], ['Ditectif Ringyll', 'full'], ['Ditectif Rhingyll', 'full'], ['Ditectif Arolygydd', 'full'],
  ['Ditectif Brif Arolygydd', 'full'], ['Ditectif Prif Arolygydd', 'full'], ['Cwnstabl Gwirfoddol', 'full'], ['Swyddog Cymorth Cymunedol', 'full'],
  ['SCCH', 'abbr'],
] as const);

/**
 * Words that may stand before a rank and belong to it: acting and temporary forms (`A/Insp`, `T/DCI`, `Acting Sergeant`).
 * Keys are lower case; the value says whether the word must be joined by a slash (`A/`, `T/`).
 *
 * @example
 * ```ts
 * RANK_PREFIXES.acting; // false
 * ```
 */
export const RANK_PREFIXES: Readonly<Record<string, boolean>> = Object.freeze({
  a: true, t: true, acting: false, temporary: false, temp: false, actg: false,
});
