/**
 * Police departments, units, squads, teams and commands, written out and as acronyms.
 *
 * Sources: force structure pages (Met Specialist Operations and Met Operations, Counter Terrorism Policing,
 * Police Scotland Specialist Crime Division, PSNI Crime Operations and Legacy Investigation Branch), HMICFRS
 * reports, College of Policing APP. See docs/detectors.md.
 *
 * @module
 */

/**
 * Named departments and units (matched on word tokens, case-insensitively, first word capitalised).
 *
 * @example
 * ```ts
 * DEPARTMENTS.includes('Territorial Support Group'); // true
 * ```
 */
export const DEPARTMENTS: readonly string[] = Object.freeze([
  'Territorial Support Group', 'Professional Standards', 'Professional Standards Department', 'Directorate of Professional Standards',
  'Anti-Corruption Unit', 'Counter Corruption Unit', 'Anti-Corruption Command', 'Counter Terrorism Command', 'Counter Terrorism Policing',
  'Counter Terrorism Unit', 'Counter Terrorism Intelligence Unit', 'Special Branch', 'Criminal Investigation Department',
  'Major Investigation Team', 'Major Crime Team', 'Major Crime Unit', 'Major Incident Team', 'Homicide and Major Crime Command',
  'Murder Investigation Team', 'Roads Policing Unit', 'Roads Policing', 'Roads Policing Team', 'Road Policing Unit', 'Traffic Unit', 'Traffic',
  'Roads and Transport Policing Command', 'Child Abuse Investigation Team', 'Child Abuse Investigation Unit', 'Child Protection Unit',
  'Public Protection Unit', 'Public Protection', 'Public Protection Department', 'Domestic Abuse Unit', 'Domestic Abuse Investigation Team',
  'Sapphire', 'Sexual Offences Investigation Team', 'Rape and Serious Sexual Offences', 'Response Team', 'Response', 'Emergency Response',
  'Response and Patrol', 'Neighbourhood Policing Team', 'Neighbourhood Policing', 'Safer Neighbourhood Team', 'Safer Neighbourhoods',
  'Neighbourhood Team', 'Local Policing', 'Economic Crime Unit', 'Economic Crime Command', 'Fraud Squad', 'Flying Squad', 'Firearms Unit',
  'Armed Response Unit', 'Armed Policing', 'Tactical Firearms Unit', 'Specialist Firearms Command', 'Dog Support Unit', 'Dog Unit',
  'Dog Section', 'Mounted Branch', 'Mounted Unit', 'Marine Policing Unit', 'Air Support Unit', 'Custody Services', 'Custody',
  'Criminal Justice Department', 'Criminal Justice Unit', 'Criminal Justice Services', 'Information Rights Unit',
  'Information Management Unit', 'Information Management', 'Freedom of Information Unit', 'Data Protection Office', 'Crime Operations',
  'Specialist Operations', 'Specialist Crime', 'Specialist Crime Division', 'Specialist Crime and Operations', 'Met Operations',
  'Frontline Policing', 'Royalty and Specialist Protection', 'Parliamentary and Diplomatic Protection', 'Protection Command',
  'Legacy Investigation Branch', 'Historical Enquiries Team', 'Serious Organised Crime Unit', 'Regional Organised Crime Unit',
  'Organised Crime Unit', 'Serious Crime Unit', 'Serious Crime Squad', 'Drugs Squad', 'Vice Squad', 'Gangs Unit', 'Violent Crime Task Force',
  'Intelligence Unit', 'Force Intelligence Bureau', 'Intelligence Bureau', 'Covert Operations', 'Surveillance Unit', 'Technical Support Unit',
  'Digital Forensics Unit', 'Cyber Crime Unit', 'Forensic Services', 'Scientific Support', 'Crime Scene Investigation', 'Control Room',
  'Force Control Room', 'Contact Centre', 'Command and Control', 'Operational Support', 'Operational Support Group', 'Tactical Support Group',
  'Tactical Support Team', 'Operational Support Unit', 'Human Resources', 'People Services', 'Learning and Development', 'Training School',
  'Vetting Unit', 'Force Vetting Unit', 'Corporate Communications', 'Legal Services', 'Finance', 'Estates', 'Fleet Services', 'Stop and Search Unit',
  'Hate Crime Unit', 'Missing Persons Unit', 'Offender Management Unit', 'Integrated Offender Management', 'Prisoner Handling Team',
  'Investigation Hub', 'Criminal Investigation Unit', 'Local Investigation Unit', 'Proactive Team', 'Burglary Squad', 'Robbery Squad',
  'Cold Case Unit', 'Economic Crime', 'Serious Fraud Office', 'Child Sexual Exploitation Team', 'Multi-Agency Safeguarding Hub',
  'Safeguarding Unit', 'Witness Care Unit', 'Case Progression Unit', 'Prosecutions Team', 'Disclosure Team', 'Road Crime Team',
  'Operational Command Unit', 'Basic Command Unit', 'Borough Command Unit', 'Contact Management', 'Covert Policing', 'Digital Forensics',
  'Forensic Investigation', 'Criminal Justice', 'Tactical Operations', 'Crime Investigation', 'Force Intelligence', 'Business Support',
  'Corporate Services', 'Firearms Licensing', 'Community Safety', 'Major Crime', 'Serious Crime', 'Cyber Crime', 'Child Protection',
  'Organised Crime', 'Roads Crime', 'Operation Support', 'Specialist Investigations', 'Economic Crime and Cyber', 'Intelligence Hub',
]);

/**
 * Words that make a short capitalised run a unit's name when it stands where a unit is written: before `, <force>`
 * in a signature (`Fraud Operations, City of London Police`), in parentheses after an officer (`(Victim Care)`),
 * before `, <place>` (`Response, Lisburn`) or after a place (`Exeter Response`, `Keighley NPT`). Lower case.
 *
 * @example
 * ```ts
 * UNIT_WORDS.includes('operations'); // true
 * ```
 */
export const UNIT_WORDS: readonly string[] = Object.freeze([
  'operations', 'development', 'bookings', 'services', 'support', 'management', 'rights', 'contact', 'learning', 'intelligence', 'investigation',
  'investigations', 'protection', 'standards', 'crime', 'fraud', 'cyber', 'training', 'policing', 'command', 'unit', 'team', 'squad', 'office',
  'bureau', 'hub', 'department', 'branch', 'constabulary', 'safeguarding', 'disclosure', 'information', 'custody', 'response', 'neighbourhood',
  'neighbourhoods', 'patrol', 'control', 'room', 'firearms', 'roads', 'traffic', 'vetting', 'legal', 'finance', 'estates', 'fleet', 'people',
  'communications', 'media', 'corporate', 'performance', 'analysis', 'justice', 'case', 'progression', 'victim', 'witness', 'care',
  'interpreter', 'scheduling', 'resourcing', 'planning', 'tasking', 'licensing', 'forensics', 'forensic', 'digital', 'tactical', 'specialist',
  'professional', 'complaints', 'conduct', 'occupational', 'health', 'wellbeing', 'welfare', 'prevent', 'counter', 'terrorism', 'major',
  'serious', 'organised', 'economic', 'public', 'partnership', 'partnerships', 'enquiry', 'enquiries', 'desk', 'front', 'rota', 'duties',
  'resolution', 'coordination', 'co-ordination', 'dogs', 'mounted', 'marine', 'air', 'armed', 'cid', 'csu', 'npt', 'snt', 'mash', 'moj', 'hr',
]);

/**
 * Words after a unit-like name that make it a law, body or system instead (`Criminal Justice Act`,
 * `Child Protection Register`).
 *
 * @example
 * ```ts
 * NOT_UNIT_AFTER.includes('act'); // true
 * ```
 */
export const NOT_UNIT_AFTER: readonly string[] = Object.freeze([
  'act', 'acts', 'bill', 'regulations', 'system', 'systems', 'board', 'partnership', 'register', 'plan', 'plans', 'strategy', 'review',
  'inspection', 'agency', 'service', 'committee', 'conference', 'week', 'awareness', 'course', 'training', 'policy', 'code', 'order',
]);

/**
 * Department acronyms and Met unit codes that mean a unit wherever they stand.
 *
 * @example
 * ```ts
 * DEPARTMENT_ACRONYMS.includes('CID'); // true
 * ```
 */
export const DEPARTMENT_ACRONYMS: readonly string[] = Object.freeze([
  'CID', 'TSG', 'PSD', 'DPS', 'CTP', 'CTU', 'SOCU', 'ROCU', 'CAIT', 'PPU', 'MIT', 'HMCC', 'SCD', 'SC&O', 'MASH', 'RPU', 'ARU',
  'DSU', 'OSU', 'OSG', 'IRU', 'FIB', 'LIB', 'HET', 'SNT', 'NPT', 'ECU', 'CJU', 'CJD', 'IOM', 'OCU', 'BCU', 'SCO19', 'SCO7', 'SCO35',
  'SO15', 'SO19', 'SO14', 'SO6', 'SO1', 'SO18', 'SO10', 'SO13', 'SO12', 'MO19', 'MO7', 'MO6', 'MO5', 'CO19', 'PaDP', 'RaSP', 'CTSFO',
  'CSU', 'CAIU', 'DAU',
]);

/**
 * Acronyms with common other meanings (MIT the university, ECU an engine unit…): reported only with police context
 * or as a whole table cell / signature segment.
 *
 * @example
 * ```ts
 * AMBIGUOUS_DEPARTMENT_ACRONYMS.includes('MIT'); // true
 * ```
 */
export const AMBIGUOUS_DEPARTMENT_ACRONYMS: readonly string[] = Object.freeze([
  'DPS', 'CTU', 'PPU', 'MIT', 'SCD', 'RPU', 'ARU', 'DSU', 'OSU', 'OSG', 'IRU', 'FIB', 'LIB', 'HET', 'SNT', 'NPT', 'ECU', 'CJU', 'CJD',
  'IOM', 'OCU', 'BCU', 'MASH', 'PSD', 'CTP', 'CSU', 'DAU',
]);

/**
 * Last words of a unit name: `… Unit`, `… Squad`; a run of capitalised words ending in one is a department.
 * The value is the score that pattern earns (weaker words need more words before them).
 *
 * @example
 * ```ts
 * DEPARTMENT_HEADS.squad; // 0.75
 * ```
 */
export const DEPARTMENT_HEADS: Readonly<Record<string, number>> = Object.freeze({
  unit: 0.75, squad: 0.75, team: 0.7, command: 0.7, department: 0.75, branch: 0.7, directorate: 0.75, bureau: 0.7,
  group: 0.6, hub: 0.7, services: 0.6, division: 0.6, section: 0.6, taskforce: 0.7, academy: 0.6, office: 0.6,
});
