// Hand-written held-out evaluation corpus for police-pii.
// Regenerate with:  node bench/corpora/heldout.build.mjs
// Items are written with spans as [typeCode, exactText, origin?, skip?]; spans are listed in
// text order and each is searched for after the end of the previous one (whole-word match
// preferred), so offsets are computed, never typed. `skip` (a number) skips that many matches.
// Only node: built-ins are used. Three "unlabelled repeat" warnings are expected (deliberate, see heldout.md).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  P: 'PERSON', R: 'POLICE_RANK', O: 'OFFICER_ID', Y: 'PAY_NUMBER', V: 'VETTING_LEVEL', F: 'FORCE',
  L: 'LOCATION', D: 'DEPARTMENT', E: 'EMAIL', T: 'PHONE', C: 'UK_POSTCODE', N: 'NI_NUMBER',
  H: 'NHS_NUMBER', G: 'VEHICLE_REG', B: 'DATE_OF_BIRTH',
};
const ORIGINS = {
  an: 'anglo', ir: 'irish', sw: 'scottish_welsh', sa: 'south_asian', af: 'african', ca: 'caribbean',
  ea: 'east_asian', ee: 'eastern_european', me: 'middle_eastern', ot: 'other',
};
const ITEMS = [];
function I(kind, text, ...spans) { ITEMS.push({ kind, text, spans }); }

// ---------------------------------------------------------------------------------------------
// ===== FOI letters and disclosure logs =====
I('foi_letter', `Heddlu Dyfed-Powys Police
Uned Rhyddid Gwybodaeth / Freedom of Information Unit
Cyf / Ref: RhG-2024-0917

Annwyl Ymgeisydd / Dear Applicant,

Thank you for your request about overtime claimed by officers stationed in Aberystwyth. Figures for the last three financial years are set out in Annex A. We have withheld the names of individual claimants under section 40(2).

For any queries please contact Rhingyll (Sergeant) Gwenllian Prydderch, Tîm Datgelu, on 029 2018 0473.

Yn gywir / Yours sincerely
Emyr Vaughan
Swyddog Hawliau Gwybodaeth / Information Rights Officer`,
  ['F', 'Heddlu Dyfed-Powys Police'], ['D', 'Uned Rhyddid Gwybodaeth'], ['D', 'Freedom of Information Unit'],
  ['L', 'Aberystwyth'], ['R', 'Rhingyll'], ['R', 'Sergeant'], ['P', 'Gwenllian Prydderch', 'sw'], ['D', 'Tîm Datgelu'],
  ['T', '029 2018 0473'], ['P', 'Emyr Vaughan', 'sw']);

I('foi_letter', `PSNI Freedom of Information Unit
Police Service of Northern Ireland
Block 7, Ardmore Court, Belfast BT9 7QJ

Request F-2024-01876

You asked how many officers in Derry City and Strabane District hold a firearms authorisation. PSNI can confirm that 212 officers in the district are authorised. Section 40(2) exempts the names and service numbers of those officers. The covering minute from Chief Inspector Dervla McCloskey, Operational Support Department, to the district commander has been withheld in full.

If you are unhappy with this response, write to the Head of Information Management, Siobhán Tierney-Walsh, at the address above.`,
  ['F', 'PSNI'], ['D', 'Freedom of Information Unit'], ['F', 'Police Service of Northern Ireland'], ['C', 'BT9 7QJ'],
  ['L', 'Derry City and Strabane District'], ['F', 'PSNI'], ['R', 'Chief Inspector'], ['P', 'Dervla McCloskey', 'ir'],
  ['D', 'Operational Support Department'], ['P', 'Siobhán Tierney-Walsh', 'ir']);

I('disclosure_log', `Disclosure log – entries published week ending 14 March 2025

Ref 2025/0311 | Cost of Taser replacements | Information provided in full.
Ref 2025/0314 | Complaints against a named officer | Neither confirm nor deny (s.40(5)).
Ref 2025/0322 | Staff at Hinckley Road police station | Partially disclosed. Note: the requester's email named PC 2731 Bains and PCSO 6610 Oyelaran-Smith; these details were redacted before publication.
Ref 2025/0330 | Collisions on the A47 involving police vehicles | Information provided in full.`,
  ['L', 'Hinckley Road police station'], ['R', 'PC'], ['O', '2731'], ['P', 'Bains', 'sa'], ['R', 'PCSO'], ['O', '6610'],
  ['P', 'Oyelaran-Smith', 'af']);

I('foi_letter', `Our reference: IM-FOI-2024-2281
Your request dated 2 October 2024

Police Scotland has considered your request for the duty rota of the Dundee Road Policing Unit on the night of 17 August. Rota records name individual constables and sergeants and are exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002. We have instead provided the number of officers on duty (nine).

This response was prepared by Information Management – Glasgow, and approved by Superintendent Catriona MacLeod, Head of Road Policing (North).

Should you require a review, contact foi.review@scotland.police.uk or call 0141 496 0358.`,
  ['F', 'Police Scotland'], ['L', 'Dundee'], ['D', 'Road Policing Unit'], ['D', 'Information Management'], ['L', 'Glasgow'],
  ['R', 'Superintendent'], ['P', 'Catriona MacLeod', 'sw'], ['D', 'Road Policing (North)'],
  ['E', 'foi.review@scotland.police.uk'], ['T', '0141 496 0358']);

I('foi_letter', `British Transport Police – FOI 1187-24

Dear Ms Okonjo,

Your request concerned assaults on staff at Leeds railway station. Between April 2023 and March 2024, 41 assaults on rail staff and 9 on officers were recorded there. Information identifying victims has been withheld.

Your request was handled by Sunil Wickramasinghe (FOI Decision Maker) and reviewed by Inspector Yetunde Balogun of the Public Contact Command.

Regards,
Information Rights Team, PO Box 2812, London NW1 2QT`,
  ['F', 'British Transport Police'], ['P', 'Okonjo', 'af'], ['P', 'Sunil Wickramasinghe', 'sa'], ['R', 'Inspector'],
  ['P', 'Yetunde Balogun', 'af'], ['D', 'Public Contact Command'], ['D', 'Information Rights Team'], ['C', 'NW1 2QT']);

I('foi_letter', `FOI 003412/25 – Response

Question 1: Please name the officer who authorised the dispersal order in Skegness on 3 August.
Answer: The order was authorised by Superintendent Martin Ashdown, Lincolnshire Police's East Area commander. Senior officers' names and ranks are routinely published, so no exemption applies.

Question 2: Please name the constables who enforced it.
Answer: Withheld. Officers below the rank of superintendent have a reasonable expectation that their involvement will not be disclosed (s.40(2)).`,
  ['R', 'Superintendent'], ['P', 'Martin Ashdown', 'an'], ['F', 'Lincolnshire Police'], ['L', 'East Area']);

I('foi_letter', `Dear Mr Quintero,

Re: Internal review IR-25-044 (original request FOI-25-1907)

I have reviewed the handling of your request for the gifts and hospitality register of the Deputy Chief Constable. I uphold the original decision in part. The register entries for DCC Bronwen Tudur-Hughes are now released (Annex 1). The entries for the staff officer, Sergeant Arjun Thakkar, remain withheld, as he is not a senior officer.

Yours sincerely,

Joanne Seddon
Head of Information Assurance, North Wales Police | Heddlu Gogledd Cymru`,
  ['P', 'Quintero', 'ot'], ['R', 'DCC'], ['P', 'Bronwen Tudur-Hughes', 'sw'], ['R', 'Sergeant'], ['P', 'Arjun Thakkar', 'sa'],
  ['P', 'Joanne Seddon', 'an'], ['F', 'North Wales Police'], ['F', 'Heddlu Gogledd Cymru']);

I('disclosure_log', `Published responses – March 2025
25-0612  Number of Taser discharges by borough (2022–2024)  – Disclosed
25-0619  Rota for officers at Tottenham police station on 12 Jan  – Refused s.40(2), s.31
25-0624  Emails between Cmdr Rupert Allingham and the Mayor's office about Notting Hill Carnival  – Part disclosed; names of junior staff (e.g. PC 417NW Valentina Restrepo) redacted in the released copy
25-0633  Budget for the Dog Support Unit  – Disclosed`,
  ['L', 'Tottenham police station'], ['R', 'Cmdr'], ['P', 'Rupert Allingham', 'an'], ['R', 'PC'], ['O', '417NW'],
  ['P', 'Valentina Restrepo', 'ot'], ['D', 'Dog Support Unit']);

// ===== misconduct outcomes =====
I('misconduct', `OUTCOME OF GROSS MISCONDUCT HEARING

Officer: Police Constable 1482 Delano Hinds
Force: West Yorkshire Police
Posting at time of conduct: Neighbourhood Policing Team, Dewsbury
Hearing: 3–5 February 2025, held in public

Allegation: that on 11 June 2023 PC Hinds used excessive force on a detained person and then failed to record it.

Finding: Proven. Outcome: dismissal without notice. PC Hinds will be placed on the Barred List held by the College of Policing.

Panel: Mr R. Ellwood-Hart (legally qualified chair), Chief Superintendent Nasreen Kazi, Mrs J. Fenwick (independent member).`,
  ['R', 'Police Constable'], ['O', '1482'], ['P', 'Delano Hinds', 'ca'], ['F', 'West Yorkshire Police'],
  ['D', 'Neighbourhood Policing Team'], ['L', 'Dewsbury'], ['R', 'PC'], ['P', 'Hinds', 'ca'], ['R', 'PC'],
  ['P', 'Hinds', 'ca'], ['P', 'R. Ellwood-Hart', 'an'], ['R', 'Chief Superintendent'], ['P', 'Nasreen Kazi', 'sa'],
  ['P', 'J. Fenwick', 'an']);

I('misconduct', `A Met detective who shared crime scene photographs in a WhatsApp group has been given a final written warning. Detective Constable Hiroshi Tanabe, attached to the Central West Major Investigation Team, admitted the breach at a misconduct meeting on Tuesday. Commander Olumide Fashola, who leads the Met's professional standards work, said Tanabe's conduct "caused real distress to a bereaved family".`,
  ['F', 'Met'], ['R', 'Detective Constable'], ['P', 'Hiroshi Tanabe', 'ea'], ['D', 'Central West Major Investigation Team'],
  ['R', 'Commander'], ['P', 'Olumide Fashola', 'af'], ['F', 'Met'], ['P', 'Tanabe', 'ea']);

I('misconduct', `PSNI misconduct panel – summary of outcome

Sergeant Ruairí Mac Aodha, formerly of Response, Lisburn, was found to have breached the Code of Ethics by failing to declare a business interest. The panel, chaired by Assistant Chief Constable Helen Carrothers, imposed a written warning. Sgt Mac Aodha remains on restricted duties at Lurgan.`,
  ['F', 'PSNI'], ['R', 'Sergeant'], ['P', 'Ruairí Mac Aodha', 'ir'], ['D', 'Response'], ['L', 'Lisburn'],
  ['R', 'Assistant Chief Constable'], ['P', 'Helen Carrothers', 'sw'], ['R', 'Sgt'], ['P', 'Mac Aodha', 'ir'], ['L', 'Lurgan']);

I('misconduct', `Police Scotland: conduct hearing result

A constable based at Fort William police station has been dismissed after a hearing found he had used a police vehicle for personal journeys. Constable Alasdair Mac an t-Saoir, 34, of Highlands and Islands Division, was not present. The hearing was chaired by Chief Superintendent Fraser Dunbar.`,
  ['F', 'Police Scotland'], ['L', 'Fort William police station'], ['R', 'Constable'], ['P', 'Alasdair Mac an t-Saoir', 'sw'],
  ['L', 'Highlands and Islands Division'], ['R', 'Chief Superintendent'], ['P', 'Fraser Dunbar', 'sw']);

I('misconduct', `Accelerated misconduct hearing – Staffordshire Police
Subject: former DC J. K. Rowntree (warrant no. 30417), Public Protection Unit, Hanley
The officer resigned before the hearing. Had she still been serving, she would have been dismissed. Decision maker: ACC Tomasz Grabowski.`,
  ['F', 'Staffordshire Police'], ['R', 'DC'], ['P', 'J. K. Rowntree', 'an'], ['O', '30417'], ['D', 'Public Protection Unit'],
  ['L', 'Hanley'], ['R', 'ACC'], ['P', 'Tomasz Grabowski', 'ee']);

I('misconduct', `British Transport Police has announced the outcome of a misconduct hearing into PC Mateus Figueiredo, shoulder number 7741, of the Kings Cross Neighbourhood Policing Team. The panel found that PC Figueiredo made inappropriate comments to a member of rail staff. He received a final written warning. The appropriate authority was represented by Ms Abena Owusu of counsel.`,
  ['F', 'British Transport Police'], ['R', 'PC'], ['P', 'Mateus Figueiredo', 'ot'], ['O', '7741'], ['L', 'Kings Cross'],
  ['D', 'Neighbourhood Policing Team'], ['R', 'PC'], ['P', 'Figueiredo', 'ot'], ['P', 'Abena Owusu', 'af']);

I('misconduct', `Gwrandawiad camymddwyn / Misconduct hearing – South Wales Police
Ditectif Gwnstabl Lowri Gruffydd (Detective Constable), CID Merthyr Tydfil, was found to have breached the standards of honesty and integrity. Outcome: final written warning. Chair: Mr Idris Pennant, LQC.`,
  ['F', 'South Wales Police'], ['R', 'Ditectif Gwnstabl'], ['P', 'Lowri Gruffydd', 'sw'], ['R', 'Detective Constable'],
  ['D', 'CID'], ['L', 'Merthyr Tydfil'], ['P', 'Idris Pennant', 'sw']);

I('misconduct', `Five officers from Greater Manchester Police will face a gross misconduct hearing over the handling of a 999 call in Wythenshawe. They are Sergeant Delroy Hylton, Constables Aoife Duggan, Imtiaz Mirza and Katarzyna Wiśniewska, and Police Staff Investigator Tendai Mutasa. All five deny the allegations. GMP's Professional Standards Branch said a date would be set in the new year.`,
  ['F', 'Greater Manchester Police'], ['R', 'Sergeant'], ['P', 'Delroy Hylton', 'ca'], ['R', 'Constables'],
  ['P', 'Aoife Duggan', 'ir'], ['P', 'Imtiaz Mirza', 'sa'], ['P', 'Katarzyna Wiśniewska', 'ee'],
  ['R', 'Police Staff Investigator'], ['P', 'Tendai Mutasa', 'af'], ['F', 'GMP'], ['D', 'Professional Standards Branch']);

I('misconduct', `RPRP outcome note (internal)
Officer: PS 409 Kim Soo-yeon, Custody, Southampton Central
Matter: failure to complete a risk assessment for a detainee
Outcome: Reflective Practice Review Process. Reviewer: Insp Karim Nasrallah.
Learning shared with Hampshire and Isle of Wight Constabulary custody inspectors.`,
  ['R', 'PS'], ['O', '409'], ['P', 'Kim Soo-yeon', 'ea'], ['D', 'Custody'], ['L', 'Southampton Central'], ['R', 'Insp'],
  ['P', 'Karim Nasrallah', 'me'], ['F', 'Hampshire and Isle of Wight Constabulary']);

I('misconduct', `Special case hearing: T/Sgt 2674 Oluwaseun ADEYEMI-JONES of Kent Police (Medway Community Safety Unit) was dismissed on 19 March 2025 after being convicted of fraud at Maidstone Crown Court. The chief officer who heard the case, DCC Imogen Thursfield, said Adeyemi-Jones's dishonesty was "fundamentally incompatible with the office of constable".`,
  ['R', 'T/Sgt'], ['O', '2674'], ['P', 'Oluwaseun ADEYEMI-JONES', 'af'], ['F', 'Kent Police'], ['L', 'Medway'],
  ['D', 'Community Safety Unit'], ['R', 'DCC'], ['P', 'Imogen Thursfield', 'an'], ['P', 'Adeyemi-Jones', 'af']);

I('misconduct', `Misconduct meeting – outcome letter

Dear Special Constable Nwosu,

The meeting held at Bletchley police station on 10 April 2025 found that you failed to declare a notifiable association while serving with the Thames Valley Police Special Constabulary. The outcome is management advice.

Signed: Chief Inspector Rania Shammas, Professional Standards Department`,
  ['R', 'Special Constable'], ['P', 'Nwosu', 'af'], ['L', 'Bletchley police station'], ['F', 'Thames Valley Police'],
  ['D', 'Special Constabulary'], ['R', 'Chief Inspector'], ['P', 'Rania Shammas', 'me'], ['D', 'Professional Standards Department']);

I('misconduct', `An Essex Police officer who sent racist messages has been barred from policing. Former PC Liam Fothergill-Shaw, who worked on the Colchester response team, would have been sacked had he not resigned. Detective Superintendent Efua Quaye, head of the force's anti-corruption unit, said: "Fothergill-Shaw's views have no place in this force." A second officer, PC Zhou Xiaoling, who reported the messages, was praised by the panel.`,
  ['F', 'Essex Police'], ['R', 'PC'], ['P', 'Liam Fothergill-Shaw', 'an'], ['L', 'Colchester'], ['R', 'Detective Superintendent'],
  ['P', 'Efua Quaye', 'af'], ['P', 'Fothergill-Shaw', 'an'], ['R', 'PC'], ['P', 'Zhou Xiaoling', 'ea']);
// ===== news and press releases =====
I('news', `Officers praised after river rescue

Two Avon and Somerset Police officers have been commended for pulling a teenager from the River Avon in Bath last month. PC Leanne Crabtree and PC Bishnu Gurung, both from the Bath Neighbourhood Team, waded into the water after a 999 call at about 10pm. Chief Inspector Clive Baptiste said: "Leanne and Bishnu didn't hesitate."`,
  ['F', 'Avon and Somerset Police'], ['R', 'PC'], ['P', 'Leanne Crabtree', 'an'], ['R', 'PC'], ['P', 'Bishnu Gurung', 'ot'],
  ['L', 'Bath'], ['D', 'Neighbourhood Team'], ['R', 'Chief Inspector'], ['P', 'Clive Baptiste', 'ca'], ['P', 'Leanne', 'an'],
  ['P', 'Bishnu', 'ot']);

I('news', `A man who rammed a marked police car in Sheffield has been jailed for 28 months. Dmitri Volkov, 41, of Page Hall, admitted assaulting an emergency worker. Sheffield Crown Court heard that PC Ayesha Siddiqui suffered a fractured wrist. Judge Caroline Astbury said the officer had been "doing her job". Volkov's Audi, registration YD17 KXP, was forfeited.`,
  ['P', 'Dmitri Volkov', 'ee'], ['R', 'PC'], ['P', 'Ayesha Siddiqui', 'sa'], ['P', 'Caroline Astbury', 'an'], ['P', 'Volkov', 'ee'],
  ['G', 'YD17 KXP']);

I('news', `Cumbria Constabulary names new deputy chief

Cumbria Constabulary has named Ifeoma Nnaji as its next Deputy Chief Constable. Ms Nnaji, currently an Assistant Chief Constable with Lancashire Constabulary, began her career on the beat in Brixton in 2001. She succeeds DCC Richard Haverthwaite, who retires in May.`,
  ['F', 'Cumbria Constabulary'], ['F', 'Cumbria Constabulary'], ['P', 'Ifeoma Nnaji', 'af'], ['R', 'Deputy Chief Constable'],
  ['P', 'Nnaji', 'af'], ['R', 'Assistant Chief Constable'], ['F', 'Lancashire Constabulary'], ['L', 'Brixton'], ['R', 'DCC'],
  ['P', 'Richard Haverthwaite', 'an']);

I('news', `Edinburgh community officer wins national award

Constable Eilidh MacAulay, who works from Leith police office, has been named Community Officer of the Year at the Scottish Police Awards. Her inspector, Hamish Cruickshank, said she had "transformed relationships with local traders". Chief Superintendent Lau Chi-keung presented the award on behalf of Police Scotland.`,
  ['R', 'Constable'], ['P', 'Eilidh MacAulay', 'sw'], ['L', 'Leith police office'], ['R', 'inspector'], ['P', 'Hamish Cruickshank', 'sw'],
  ['R', 'Chief Superintendent'], ['P', 'Lau Chi-keung', 'ea'], ['F', 'Police Scotland']);

I('news', `Tributes have been paid to Gráinne Brophy, a call handler in Merseyside Police's Force Control Room at Bootle for 22 years, who died on Saturday. Colleagues described Gráinne's calm voice as "the first thing thousands of frightened people heard". Her husband, Pete, and daughters Ciara and Niamh said they were overwhelmed by the messages.`,
  ['P', 'Gráinne Brophy', 'ir'], ['F', 'Merseyside Police'], ['D', 'Force Control Room'], ['L', 'Bootle'], ['P', 'Gráinne', 'ir'],
  ['P', 'Pete', 'an'], ['P', 'Ciara', 'ir'], ['P', 'Niamh', 'ir']);

I('news', `Police in Newry are appealing for information after a PSNI patrol car was damaged during disorder on Monday night. Inspector Colm Ó Néill said two officers were treated in hospital. Anyone with information can call 101 quoting reference 1432 of 09/09/24.`,
  ['L', 'Newry'], ['F', 'PSNI'], ['R', 'Inspector'], ['P', 'Colm Ó Néill', 'ir']);

I('news', `Windrush Day: the Nottinghamshire Police officers who paved the way

When Constable Carlton Spence walked his first beat in Hyson Green in 1978, he was one of three Black officers in the county. Now 71, Mr Spence remembers the abuse – and the friendship of his first sergeant, Bill Gedling. His granddaughter, Sgt Yolanda Spence-Henry, today leads the same neighbourhood team.`,
  ['F', 'Nottinghamshire Police'], ['R', 'Constable'], ['P', 'Carlton Spence', 'ca'], ['L', 'Hyson Green'], ['P', 'Spence', 'ca'],
  ['R', 'sergeant'], ['P', 'Bill Gedling', 'an'], ['R', 'Sgt'], ['P', 'Yolanda Spence-Henry', 'ca']);

I('news', `PRESS RELEASE – Police Service of Northern Ireland
Issued 10:15, 4 March 2025

Detectives from the Paramilitary Crime Task Force have charged a 44-year-old man with extortion following searches in north Belfast. Detective Chief Inspector Niall Ó Catháin said: "This investigation shows our determination to tackle those who prey on local businesses." The man, Eamon Cassidy, is due before Belfast Magistrates' Court tomorrow.`,
  ['F', 'Police Service of Northern Ireland'], ['D', 'Paramilitary Crime Task Force'], ['R', 'Detective Chief Inspector'],
  ['P', 'Niall Ó Catháin', 'ir'], ['P', 'Eamon Cassidy', 'ir']);

I('news', `A retired detective who spent 30 years with Cleveland Police has published a memoir about the force's Major Crime Team. Ex-DS Ahmad Jaber, now 66, writes about the 1990s with affection for colleagues including the late Det Supt Morris Ingledew, "a man who never raised his voice". Jaber's book is out on Thursday.`,
  ['F', 'Cleveland Police'], ['D', 'Major Crime Team'], ['R', 'DS'], ['P', 'Ahmad Jaber', 'me'], ['R', 'Det Supt'],
  ['P', 'Morris Ingledew', 'an'], ['P', 'Jaber', 'me']);

I('news', `Two Police Scotland officers who ran into a burning flat in Paisley have received the Queen's Gallantry Medal. Sergeant Mhairi Strachan and Constable Rafael Quintero-Muir, both of Renfrewshire and Inverclyde Division, carried an unconscious woman down four flights of stairs. Strachan, 38, said she "would do it again tomorrow".`,
  ['F', 'Police Scotland'], ['R', 'Sergeant'], ['P', 'Mhairi Strachan', 'sw'], ['R', 'Constable'], ['P', 'Rafael Quintero-Muir', 'ot'],
  ['L', 'Renfrewshire and Inverclyde Division'], ['P', 'Strachan', 'sw']);

I('news', `British Transport Police are looking for a man who assaulted a guard on a train between Preston and Lancaster. The victim, conductor Paul Wetherall, suffered facial injuries. Investigating officer DC Nkechi Obiora of BTP's Manchester CID can be contacted on 0161 496 0815.`,
  ['F', 'British Transport Police'], ['P', 'Paul Wetherall', 'an'], ['R', 'DC'],
  ['P', 'Nkechi Obiora', 'af'], ['F', 'BTP'], ['L', 'Manchester'], ['D', 'CID'], ['T', '0161 496 0815']);

I('news', `Hackney's new borough commander, Chief Superintendent Ayodele Fagbemi-Lawson, met traders in Dalston on Friday. Fagbemi-Lawson, who moves from Lewisham, said tackling phone snatching would be her first priority. She replaces Ch Supt Mark Finchley, who joins the Met's Public Order and Public Safety Command.`,
  ['L', 'Hackney'], ['R', 'Chief Superintendent'], ['P', 'Ayodele Fagbemi-Lawson', 'af'], ['P', 'Fagbemi-Lawson', 'af'],
  ['L', 'Lewisham'], ['R', 'Ch Supt'], ['P', 'Mark Finchley', 'an'], ['F', 'Met'], ['D', 'Public Order and Public Safety Command']);

I('news', `Heddlu De Cymru / South Wales Police

Mae Arolygydd Siân Bowen wedi ei phenodi yn bennaeth tîm plismona'r gymdogaeth yn Abertawe. (Inspector Siân Bowen has been appointed head of the neighbourhood policing team in Swansea.) Mae hi'n olynu Prif Arolygydd Dafydd Tudur. (She succeeds Chief Inspector Dafydd Tudur.)`,
  ['F', 'Heddlu De Cymru'], ['F', 'South Wales Police'], ['R', 'Arolygydd'], ['P', 'Siân Bowen', 'sw'], ['L', 'Abertawe'],
  ['R', 'Inspector'], ['P', 'Siân Bowen', 'sw'], ['L', 'Swansea'], ['R', 'Prif Arolygydd'], ['P', 'Dafydd Tudur', 'sw'],
  ['R', 'Chief Inspector'], ['P', 'Dafydd Tudur', 'sw']);

I('news', `Sussex Police has paid tribute to PCSO Jocelyn Bautista, who is retiring after 19 years in Crawley. Jocelyn, who came to the UK from Manila in 1999, learned Tagalog, Polish and Malayalam phrases to help residents. Her colleague PCSO Ravi Menon called her "the heart of Broadfield".`,
  ['F', 'Sussex Police'], ['R', 'PCSO'], ['P', 'Jocelyn Bautista', 'ot'], ['L', 'Crawley'], ['P', 'Jocelyn', 'ot'], ['R', 'PCSO'],
  ['P', 'Ravi Menon', 'sa']);

// ===== court listings =====
I('court_listing', `CARDIFF MAGISTRATES' COURT – Court 3 – Thursday 6 March 2025 – 10:00
1. ABDI FARAH, Hodan – 29 – CF24 2SJ – theft from shop – OIC: PC 3318 Heledd JENKINS (South Wales Police)
2. MARKOVIĆ, Jelena – 35 – NP20 4GH – drink driving (VRM CF68 WZT) – OIC: PC 5120 Struan Moffat (Gwent Police)
3. RAHMAN, Tanvir – 52 – assault by beating (emergency worker) – OIC: Sgt 117 Ewan ap Iorwerth (South Wales Police)`,
  ['P', 'ABDI FARAH, Hodan', 'ot'], ['C', 'CF24 2SJ'], ['R', 'PC'], ['O', '3318'], ['P', 'Heledd JENKINS', 'sw'],
  ['F', 'South Wales Police'], ['P', 'MARKOVIĆ, Jelena', 'ee'], ['C', 'NP20 4GH'], ['G', 'CF68 WZT'], ['R', 'PC'], ['O', '5120'],
  ['P', 'Struan Moffat', 'sw'], ['F', 'Gwent Police'], ['P', 'RAHMAN, Tanvir', 'sa'], ['R', 'Sgt'], ['O', '117'],
  ['P', 'Ewan ap Iorwerth', 'sw'], ['F', 'South Wales Police']);

I('court_listing', `Snaresbrook Crown Court – Warned List w/c 12 May 2025
T20247731  R v Okafor-Bright, Chidi  (Witnesses: DC 219KD Gordon; PC 4471KD Mirela Stancu)
T20248012  R v Lindo, Jermaine  (Witnesses: DS Rosalind Thackeray, Met Roads and Transport Policing Command)
T20248019  R v Papadakis, Eleni & Kyriakou, Stavros`,
  ['P', 'Okafor-Bright, Chidi', 'af'], ['R', 'DC'], ['O', '219KD'], ['P', 'Gordon', 'sw'], ['R', 'PC'], ['O', '4471KD'],
  ['P', 'Mirela Stancu', 'ee'], ['P', 'Lindo, Jermaine', 'ca'], ['R', 'DS'], ['P', 'Rosalind Thackeray', 'an'], ['F', 'Met'],
  ['D', 'Roads and Transport Policing Command'], ['P', 'Papadakis, Eleni', 'ot'], ['P', 'Kyriakou, Stavros', 'ot']);

I('court_listing', `Glasgow Sheriff Court – Custody Court – 14/01/2025
PF v Daniel CHEUNG (DOB 03/11/1996) – Police Scotland ref GW/1287/25 – reporting officer PC Fiona Baird, Govan Police Office
PF v Oleksandr KOVALENKO (DOB 22/07/1988) – reporting officer PC Ross Haldane`,
  ['P', 'Daniel CHEUNG', 'ea'], ['B', '03/11/1996'], ['F', 'Police Scotland'], ['R', 'PC'], ['P', 'Fiona Baird', 'sw'],
  ['L', 'Govan Police Office'], ['P', 'Oleksandr KOVALENKO', 'ee'], ['B', '22/07/1988'], ['R', 'PC'], ['P', 'Ross Haldane', 'sw']);

I('court_listing', `Laganside Courts – Belfast Magistrates' Court – list for 27 November 2024
Case 14  Police Service of Northern Ireland v. Seamus McGlinchey (b. 15.04.1979), BT12 6HQ
Arresting officer: Constable Tariq Jaber-Hollis, Lisburn Road station`,
  ['F', 'Police Service of Northern Ireland'], ['P', 'Seamus McGlinchey', 'ir'], ['B', '15.04.1979'], ['C', 'BT12 6HQ'],
  ['R', 'Constable'], ['P', 'Tariq Jaber-Hollis', 'me'], ['L', 'Lisburn Road station']);

I('court_listing', `Leeds Crown Court — Court 7 — Daily List — Monday
10:30  Sentence  BALOGUN-WRIGHT Samuel Oladipo  (bail)  — Officer in case: DC 4098 Thackray, Leeds District CID
11:00  Mention   NGUYEN Van Hung (custody)
14:00  Trial     WOJCIECHOWSKA Paulina  — OIC: PC 1172 S. O'Flaherty (Roads Policing, Stainbeck)`,
  ['P', 'BALOGUN-WRIGHT Samuel Oladipo', 'af'], ['R', 'DC'], ['O', '4098'], ['P', 'Thackray', 'an'], ['L', 'Leeds District'],
  ['D', 'CID'], ['P', 'NGUYEN Van Hung', 'ot'], ['P', 'WOJCIECHOWSKA Paulina', 'ee'], ['R', 'PC'], ['O', '1172'],
  ['P', "S. O'Flaherty", 'ir'], ['D', 'Roads Policing'], ['L', 'Stainbeck']);
// ===== emails =====
I('email', `From: Ng, Grace <grace.ng@thamesvalley.police.uk>
Sent: 04 April 2025 08:14
To: Ingleby, Philip (Insp) <philip.ingleby@thamesvalley.police.uk>
Cc: TVP Rota Office
Subject: RE: Saturday cover – Milton Keynes

Phil – I can do the 0700–1500 if Leroy picks up my Sunday. Mob 07700 900615.
Grace

-----Original Message-----
From: Ingleby, Philip (Insp)
Sent: 03 April 2025 17:52
Subject: Saturday cover – Milton Keynes

All, we are two short on Team 3 for Saturday. Any volunteers please let me know by Friday.
Insp Phil Ingleby | Response & Patrol | Milton Keynes | ext 7724`,
  ['P', 'Ng, Grace', 'ea'], ['E', 'grace.ng@thamesvalley.police.uk'], ['P', 'Ingleby, Philip', 'an'], ['R', 'Insp'],
  ['E', 'philip.ingleby@thamesvalley.police.uk'], ['F', 'TVP'], ['D', 'Rota Office'], ['L', 'Milton Keynes'], ['P', 'Phil', 'an'],
  ['P', 'Leroy', 'ca'], ['T', '07700 900615'], ['P', 'Grace', 'ea'], ['P', 'Ingleby, Philip', 'an'], ['R', 'Insp'],
  ['L', 'Milton Keynes'], ['D', 'Team 3'], ['R', 'Insp'], ['P', 'Phil Ingleby', 'an'], ['D', 'Response & Patrol'],
  ['L', 'Milton Keynes']);

I('email', `Subject: Vetting renewal – your MV expires 30/06/2025

Hello Maricel,

Our records show your Management Vetting expires on 30 June 2025. Please complete the attached questionnaire and return it to the Force Vetting Unit by 16 May.

Kind regards

Rukhsana Akhtar
Vetting Officer | Force Vetting Unit | West Midlands Police
Lloyd House, Birmingham
Tel: 0121 496 0287 | rukhsana.akhtar@westmidlands.police.uk`,
  ['V', 'MV'], ['P', 'Maricel', 'ot'], ['V', 'Management Vetting'], ['D', 'Force Vetting Unit'], ['P', 'Rukhsana Akhtar', 'sa'],
  ['D', 'Force Vetting Unit'], ['F', 'West Midlands Police'], ['L', 'Lloyd House'], ['T', '0121 496 0287'],
  ['E', 'rukhsana.akhtar@westmidlands.police.uk']);

I('email', `Hi both,

Quick one – Zsófia and Asif are covering the front counter at Stretford tomorrow while Nicola's on leave. If anyone from Trafford CSU asks, send them to me.

Cheers
Bongani`,
  ['P', 'Zsófia', 'ee'], ['P', 'Asif', 'sa'], ['L', 'Stretford'], ['P', 'Nicola', 'an'], ['L', 'Trafford'], ['D', 'CSU'],
  ['P', 'Bongani', 'af']);

I('email', `From: SAMUELS Claudette (PC 2290)
To: MOULD Trevor (PS 1105); OZOLA Kristina (PC 2318)
Subject: Handover – Op MARLIN obs log

Trevor, Kristina – obs log for tonight is on the shared drive under Op MARLIN. Vehicle of interest is a grey Golf, LR15 OVN; keyholder is Mr Desmond Ricketts, DOB 19/02/1974, tel 0113 496 0921.`,
  ['P', 'SAMUELS Claudette', 'ca'], ['R', 'PC'], ['O', '2290'], ['P', 'MOULD Trevor', 'an'], ['R', 'PS'], ['O', '1105'],
  ['P', 'OZOLA Kristina', 'ee'], ['R', 'PC'], ['O', '2318'], ['P', 'Trevor', 'an'], ['P', 'Kristina', 'ee'], ['G', 'LR15 OVN'],
  ['P', 'Desmond Ricketts', 'ca'], ['B', '19/02/1974'], ['T', '0113 496 0921']);

I('email', `Madainn mhath Mhairi,

Please find attached the duty amendments for N Division (Highlands and Islands). PC Iain Sutherland (service no. 51834) has swapped his rest day with PC Kirsty Baird.

Le deagh dhùrachd,
Sergeant Ewan Gillespie
Poileas Alba | Police Scotland
Inverness Police Office, Old Perth Road, Inverness IV2 3SY
Mob: 07700 900 382`,
  ['P', 'Mhairi', 'sw'], ['L', 'N Division'], ['L', 'Highlands and Islands'], ['R', 'PC'], ['P', 'Iain Sutherland', 'sw'],
  ['O', '51834'], ['R', 'PC'], ['P', 'Kirsty Baird', 'sw'], ['R', 'Sergeant'], ['P', 'Ewan Gillespie', 'sw'], ['F', 'Poileas Alba'],
  ['F', 'Police Scotland'], ['L', 'Inverness Police Office'], ['C', 'IV2 3SY'], ['T', '07700 900 382']);

I('email', `To: complaints@northumbria.police.uk
Subject: Complaint about officer at Forth Banks

I want to complain about the officer who dealt with me on 2 March at Forth Banks station. His number was 4417 and I think his name was Sgt Purewal. My name is Nguyen Thi Lan, date of birth 8 August 1990, and you can reach me on 0191 498 0562 or at 14 Rye Hill, Newcastle NE4 6AR.`,
  ['E', 'complaints@northumbria.police.uk'], ['L', 'Forth Banks'], ['L', 'Forth Banks station'], ['O', '4417'], ['R', 'Sgt'],
  ['P', 'Purewal', 'sa'], ['P', 'Nguyen Thi Lan', 'ot'], ['B', '8 August 1990'], ['T', '0191 498 0562'], ['C', 'NE4 6AR']);

I('email', `From: hr.shared.services@merseyside.police.uk
To: Tran Van Duc
Subject: Overpayment recovery – pay no. 00481762

Dear Mr Tran,

Following your transfer from Cheshire Constabulary, an overpayment of £412.60 was made in your March salary. We will recover this over three months unless you contact us by 30 April. Please quote your payroll number (00481762) and your staff ID, M207115, in any reply.

HR Shared Services`,
  ['E', 'hr.shared.services@merseyside.police.uk'], ['P', 'Tran Van Duc', 'ot'], ['Y', '00481762'], ['P', 'Tran', 'ot'],
  ['F', 'Cheshire Constabulary'], ['Y', '00481762'], ['Y', 'M207115'], ['D', 'HR Shared Services']);

I('email', `Sir/Ma'am,

Please note the following for the Tuesday briefing at Bishopgate:
– DI S.P. Chaudhry is OIC for the Bethnal Road burglary series.
– T/DS Okeke-Brown and DC M. Ferreira will attend the CPS meeting.
– A/Insp Vytautas Jankauskas remains duty inspector until 1400.

Sgt L. Bottomley
Intelligence Unit`,
  ['L', 'Bishopgate'], ['R', 'DI'], ['P', 'S.P. Chaudhry', 'sa'], ['R', 'T/DS'], ['P', 'Okeke-Brown', 'af'], ['R', 'DC'],
  ['P', 'M. Ferreira', 'ot'], ['R', 'A/Insp'], ['P', 'Vytautas Jankauskas', 'ee'], ['R', 'Sgt'], ['P', 'L. Bottomley', 'an'],
  ['D', 'Intelligence Unit']);

I('email', `Subject: Secondment to CTP North East – clearance

Gurdeep,

Before you can start at Counter Terrorism Policing North East you will need SC clearance at minimum; the DS post in Prevent needs DV. Your current level is NPPV3, which isn't enough on its own. I have asked the Force Vetting Unit to prioritise.

Separately – I know you're finishing the DV (domestic violence) review for the Safeguarding Board; please hand that to Folake.

Thanks, Stacey
DCI Stacey Bramall, SOCU`,
  ['D', 'CTP North East'], ['P', 'Gurdeep', 'sa'], ['D', 'Counter Terrorism Policing North East'], ['V', 'SC'], ['D', 'Prevent'],
  ['V', 'DV'], ['V', 'NPPV3'], ['D', 'Force Vetting Unit'], ['P', 'Folake', 'af'], ['P', 'Stacey', 'an'], ['R', 'DCI'],
  ['P', 'Stacey Bramall', 'an'], ['D', 'SOCU']);

I('email', `Thanks all – minutes to follow.

PC 6032 Emre Yıldırım
Neighbourhood Policing Team | British Transport Police | Birmingham New Street
T: +44 (0)121 496 0640 | M: 07700 900 118
E: emre.yildirim@btp.police.uk`,
  ['R', 'PC'], ['O', '6032'], ['P', 'Emre Yıldırım', 'ot'], ['D', 'Neighbourhood Policing Team'], ['F', 'British Transport Police'],
  ['L', 'Birmingham New Street'], ['T', '+44 (0)121 496 0640'], ['T', '07700 900 118'], ['E', 'emre.yildirim@btp.police.uk']);

I('email', `On Tue, 11 Feb 2025 at 16:03, Kenji Fujimura <kenji.fujimura@cityoflondon.police.uk> wrote:
> Can someone from the Economic Crime Academy cover my slot on the 20th?

Kenji – I'll take it. Tell Yasmin I'll need the room at Guildhall Yard East from 9.

--
DC 612CP Beatriz Andrade Lopes
Fraud Operations, City of London Police
07700 900 571`,
  ['P', 'Kenji Fujimura', 'ea'], ['E', 'kenji.fujimura@cityoflondon.police.uk'], ['D', 'Economic Crime Academy'], ['P', 'Kenji', 'ea'],
  ['P', 'Yasmin', 'me'], ['L', 'Guildhall Yard East'], ['R', 'DC'], ['O', '612CP'], ['P', 'Beatriz Andrade Lopes', 'ot'],
  ['D', 'Fraud Operations'], ['F', 'City of London Police'], ['T', '07700 900 571']);

I('email', `Morning Sarge,

Just to let you know I've had a call from Mrs Adaeze Uchenna's son – she was the victim in the Carr Lane burglary. He wants an update. His number is 0115 496 0377. I said you'd ring back after briefing.

Also, Leon from the Hucknall team says the van (SN70 BWK) is back from the garage.

Kas`,
  ['P', 'Adaeze Uchenna', 'af'], ['T', '0115 496 0377'], ['P', 'Leon', 'ca'], ['L', 'Hucknall'], ['G', 'SN70 BWK'], ['P', 'Kas', 'ee']);

I('email', `From: Abdelrahman, Nour (DCI) <Nour.Abdelrahman@westyorkshire.police.uk>
To: Dąbrowski, Marek (DS); Balogun, Tunde (DC); Whitlock, Tobias (DC)
Subject: Op Heron – arrest phase

Arrest phase confirmed for Thursday 05:00. Briefing at Elland Road police station 04:00. DS Dąbrowski has the entry team; DC Balogun and DC Whitlock on exhibits. TSG support from the Operational Support Unit (Insp Kwame Adjei).`,
  ['P', 'Abdelrahman, Nour', 'me'], ['R', 'DCI'], ['E', 'Nour.Abdelrahman@westyorkshire.police.uk'], ['P', 'Dąbrowski, Marek', 'ee'],
  ['R', 'DS'], ['P', 'Balogun, Tunde', 'af'], ['R', 'DC'], ['P', 'Whitlock, Tobias', 'an'], ['R', 'DC'],
  ['L', 'Elland Road police station'], ['R', 'DS'], ['P', 'Dąbrowski', 'ee'], ['R', 'DC'], ['P', 'Balogun', 'af'], ['R', 'DC'],
  ['P', 'Whitlock', 'an'], ['D', 'TSG'], ['D', 'Operational Support Unit'], ['R', 'Insp'], ['P', 'Kwame Adjei', 'af']);

I('email', `Dear Eoghan,

Thank you for agreeing to act as mentor for Student Officer Yuki Matsuda, who joins Response Team B at Cowley on 2 June. Yuki's tutor constable will be PC Abigail Lathom (4829).

Best wishes
Tess Harrington
Learning & Development, Thames Valley Police
Sulhamstead
01632 960 417`,
  ['P', 'Eoghan', 'ir'], ['R', 'Student Officer'], ['P', 'Yuki Matsuda', 'ea'], ['D', 'Response Team B'], ['L', 'Cowley'],
  ['P', 'Yuki', 'ea'], ['R', 'PC'], ['P', 'Abigail Lathom', 'an'], ['O', '4829'], ['P', 'Tess Harrington', 'an'],
  ['D', 'Learning & Development'], ['F', 'Thames Valley Police'], ['L', 'Sulhamstead'], ['T', '01632 960 417']);

// ===== minutes =====
I('minutes', `Minutes – Tasking and Co-ordination Group, Bradford District
Date: 9 January 2025, 09:30. Venue: Odsal police station

Present: Ch Supt Harpreet Kaur Sandhu (Chair); Supt Dominic Fairweather; DCI Nour Abdelrahman; Insp Marlon Beckford (Neighbourhoods); Ms Wanjiru Kamau (Intelligence Hub); PCSO Supervisor Zainab Bhatti
Apologies: DI Tadhg Ferris

1. Burglary: DCI Abdelrahman reported a 14% reduction in the Manningham area.
2. ASB: Insp Beckford to brief Keighley NPT on the new dispersal order.
Actions: DCI Abdelrahman to circulate the problem profile by 16/01.`,
  ['L', 'Bradford District'], ['L', 'Odsal police station'], ['R', 'Ch Supt'], ['P', 'Harpreet Kaur Sandhu', 'sa'], ['R', 'Supt'],
  ['P', 'Dominic Fairweather', 'an'], ['R', 'DCI'], ['P', 'Nour Abdelrahman', 'me'], ['R', 'Insp'], ['P', 'Marlon Beckford', 'ca'],
  ['D', 'Neighbourhoods'], ['P', 'Wanjiru Kamau', 'af'], ['D', 'Intelligence Hub'], ['R', 'PCSO Supervisor'],
  ['P', 'Zainab Bhatti', 'sa'], ['R', 'DI'], ['P', 'Tadhg Ferris', 'ir'], ['R', 'DCI'], ['P', 'Abdelrahman', 'me'], ['R', 'Insp'],
  ['P', 'Beckford', 'ca'], ['L', 'Keighley'], ['D', 'NPT'], ['R', 'DCI'], ['P', 'Abdelrahman', 'me']);

I('minutes', `Mid Ulster Policing and Community Safety Partnership – public meeting, 21 October 2024

Chief Inspector Orla Keaveney gave the policing update. Anti-social behaviour was down 9% on the previous year. Members asked about response times in Magherafelt; CI Keaveney said the response team at Cookstown had been reinforced by two officers from Dungannon. Councillor Marian Quinlivan thanked Constable Pádraig Ó Súilleabháin for his work with young people in Coalisland.`,
  ['R', 'Chief Inspector'], ['P', 'Orla Keaveney', 'ir'], ['R', 'CI'], ['P', 'Keaveney', 'ir'], ['L', 'Cookstown'], ['L', 'Dungannon'],
  ['P', 'Marian Quinlivan', 'ir'], ['R', 'Constable'], ['P', 'Pádraig Ó Súilleabháin', 'ir'], ['L', 'Coalisland']);

I('minutes', `Custody Users Group – note of meeting – 3 Dec
Attendees: Insp Samir Aziz (custody manager, Perry Barr), Sgt Jermaine Forbes, DDO Lukáš Dvořák, Sgt Chloe Ramsbottom, Dr Anjali Deshpande (HCP lead)
Item 1: Cell 14 at Perry Barr still out of use. Sgt Forbes to chase Estates.
Item 2: DDO Dvořák raised staffing on nights; Insp Aziz agreed to review the rota with Sgt Ramsbottom.`,
  ['R', 'Insp'], ['P', 'Samir Aziz', 'me'], ['L', 'Perry Barr'], ['R', 'Sgt'], ['P', 'Jermaine Forbes', 'ca'], ['R', 'DDO'],
  ['P', 'Lukáš Dvořák', 'ee'], ['R', 'Sgt'], ['P', 'Chloe Ramsbottom', 'an'], ['P', 'Anjali Deshpande', 'sa'], ['L', 'Perry Barr'], ['R', 'Sgt'],
  ['P', 'Forbes', 'ca'], ['R', 'DDO'], ['P', 'Dvořák', 'ee'], ['R', 'Insp'], ['P', 'Aziz', 'me'], ['R', 'Sgt'], ['P', 'Ramsbottom', 'an']);

I('minutes', `Senior Leadership Team – Action log (extract)
AP-117  Owner: ACC Vikram Raghunathan  – Review of NPPV renewals backlog (412 outstanding)  – Open
AP-118  Owner: Ch Supt Donovan Whyte  – Estates: closure of the front counter at Tredegar  – Closed
AP-121  Owner: Ms Leila Farahani (Director of People)  – Pay review for Band C and D staff  – Open`,
  ['R', 'ACC'], ['P', 'Vikram Raghunathan', 'sa'], ['R', 'Ch Supt'], ['P', 'Donovan Whyte', 'ca'], ['P', 'Leila Farahani', 'me']);

I('minutes', `Minutes of the Joint Negotiating Committee, Police Federation (Scotland) and Police Scotland
Present for the Federation: Sgt Alan Gilchrist, Constable Nadia Rahman-Stewart. For the Service: Chief Superintendent Kirsty MacInnes (People and Development).
The Federation raised overtime payments for officers at Aberdeen Queen Street. CS MacInnes undertook to report back by 31 January.`,
  ['F', 'Police Scotland'], ['R', 'Sgt'], ['P', 'Alan Gilchrist', 'sw'], ['R', 'Constable'], ['P', 'Nadia Rahman-Stewart', 'sa'],
  ['R', 'Chief Superintendent'], ['P', 'Kirsty MacInnes', 'sw'], ['D', 'People and Development'], ['L', 'Aberdeen Queen Street'],
  ['R', 'CS'], ['P', 'MacInnes', 'sw']);

// ===== vetting correspondence =====
I('vetting', `OFFICIAL-SENSITIVE: PERSONNEL

Vetting decision – Ref VET/24/00917
Subject: Ms Milena Petrović, DOB 14 September 1992
Role applied for: Police Staff Investigator, Economic Crime Unit
Level required: NPPV Level 3
Decision: Granted. Expiry: 30/09/2031.

Nikolai Sokolov-Hart
Force Vetting Manager, Derbyshire Constabulary`,
  ['P', 'Milena Petrović', 'ee'], ['B', '14 September 1992'], ['D', 'Economic Crime Unit'], ['V', 'NPPV Level 3'],
  ['P', 'Nikolai Sokolov-Hart', 'ee'], ['F', 'Derbyshire Constabulary']);

I('vetting', `Dear Mr Mahmoud,

Re: your application for NPPV 2 (Abbreviated) – contractor, cleaning services, Ashford police station

We are unable to grant clearance at this time because of an undisclosed adverse financial record. You may appeal within 28 days to the Vetting Appeals Officer, Supt Helena Marchetti, Kent Police Vetting Unit, Coldharbour Lane, Aylesford ME20 7SL.`,
  ['P', 'Mahmoud', 'me'], ['V', 'NPPV 2 (Abbreviated)'], ['L', 'Ashford police station'], ['R', 'Supt'], ['P', 'Helena Marchetti', 'ot'],
  ['F', 'Kent Police'], ['D', 'Vetting Unit'], ['C', 'ME20 7SL']);

I('vetting', `Vetting status check – result
Name: ČERNÁ, Veronika   Collar: 5831   Force: Lincolnshire Police
Current level: RV (recruitment vetting) – valid to 01/2030
Requested: MV for move to the Covert Authorities Bureau
Notes: Candidate also holds SC (CTP sponsored, 2023). No DV required.`,
  ['P', 'ČERNÁ, Veronika', 'ee'], ['O', '5831'], ['F', 'Lincolnshire Police'], ['V', 'RV'], ['V', 'recruitment vetting'], ['V', 'MV'],
  ['D', 'Covert Authorities Bureau'], ['V', 'SC'], ['V', 'DV']);

I('vetting', `PSNI Vetting Branch
To: Constable 19447 Aidan Breslin, Strand Road
Your Counter Terrorist Check (CTC) renewal is due. Please return form V2 by 28 February. Queries: vetting.admin@psni.police.uk / 028 9649 6117.`,
  ['F', 'PSNI'], ['D', 'Vetting Branch'], ['R', 'Constable'], ['O', '19447'], ['P', 'Aidan Breslin', 'ir'], ['L', 'Strand Road'],
  ['V', 'Counter Terrorist Check'], ['V', 'CTC'], ['E', 'vetting.admin@psni.police.uk'], ['T', '028 9649 6117']);

I('vetting', `Aftercare notification: DS Chukwuemeka Nwachukwu (pay no. 0834571), Serious Organised Crime Unit, declared a change of circumstances on 12/02/2025 (new co-habiting partner: Ms Ivana Horvatová, born 07/06/1990). Current clearance: MV / eSC. Vetting officer: Robyn Carstairs.`,
  ['R', 'DS'], ['P', 'Chukwuemeka Nwachukwu', 'af'], ['Y', '0834571'], ['D', 'Serious Organised Crime Unit'],
  ['P', 'Ivana Horvatová', 'ee'], ['B', '07/06/1990'], ['V', 'MV'], ['V', 'eSC'], ['P', 'Robyn Carstairs', 'sw']);
// ===== rosters: CSV, TSV, pipe and markdown tables =====
I('roster_csv', `Shoulder number,Officer,Rank,Base,Shift,Vetting status
4417,Rhodri Pugh,PC,Cathays,Earlies,NPPV3
3092,Akiko Morimoto,PC,Cathays,Earlies,RV
112,Desmond Whyte-Lindsay,Sgt,Cathays,Earlies,MV
5561,Agnieszka Dąbrowska,SC,Ely,Lates,RV
7204,Yousef Darwish,PCSO,Ely,Lates,NPPV2 (Full)`,
  ['O', '4417'], ['P', 'Rhodri Pugh', 'sw'], ['R', 'PC'], ['L', 'Cathays'], ['V', 'NPPV3'],
  ['O', '3092'], ['P', 'Akiko Morimoto', 'ea'], ['R', 'PC'], ['L', 'Cathays'], ['V', 'RV'],
  ['O', '112'], ['P', 'Desmond Whyte-Lindsay', 'ca'], ['R', 'Sgt'], ['L', 'Cathays'], ['V', 'MV'],
  ['O', '5561'], ['P', 'Agnieszka Dąbrowska', 'ee'], ['R', 'SC'], ['L', 'Ely'], ['V', 'RV'],
  ['O', '7204'], ['P', 'Yousef Darwish', 'me'], ['R', 'PCSO'], ['L', 'Ely'], ['V', 'NPPV2 (Full)']);

I('roster_tsv', `Surname\tForename\tWarrant No.\tRank\tOCU\tClearance
NWACHUKWU\tAdaora\t241876\tDC\tCentral South\tSC
HASSAN\tIbrahim\t238405\tDS\tCentral South\tSC
DE SOUSA\tInês\t246110\tPC\tNorth West\tNPPV 3
MCFARLANE\tTyrone\t229774\tPS\tNorth West\tMV`,
  ['P', 'NWACHUKWU', 'af'], ['P', 'Adaora', 'af'], ['O', '241876'], ['R', 'DC'], ['L', 'Central South'], ['V', 'SC'],
  ['P', 'HASSAN', 'me'], ['P', 'Ibrahim', 'me'], ['O', '238405'], ['R', 'DS'], ['L', 'Central South'], ['V', 'SC'],
  ['P', 'DE SOUSA', 'ot'], ['P', 'Inês', 'ot'], ['O', '246110'], ['R', 'PC'], ['L', 'North West'], ['V', 'NPPV 3'],
  ['P', 'MCFARLANE', 'ca'], ['P', 'Tyrone', 'ca'], ['O', '229774'], ['R', 'PS'], ['L', 'North West'], ['V', 'MV']);

I('roster_table', `| Payroll ref | Name | Role | Command | Vetting |
|---|---|---|---|---|
| 10442871 | Tse Wing-man | Intelligence Analyst | Specialist Crime | NPPV Level 3 |
| 10431996 | Farah Kazemi | Detention Officer | Custody Command | NPPV2A |
| 10459023 | Kieran Ashworth-Lowe | Call Handler | Met Command and Control | RV |`,
  ['Y', '10442871'], ['P', 'Tse Wing-man', 'ea'], ['R', 'Intelligence Analyst'], ['D', 'Specialist Crime'], ['V', 'NPPV Level 3'],
  ['Y', '10431996'], ['P', 'Farah Kazemi', 'me'], ['R', 'Detention Officer'], ['D', 'Custody Command'], ['V', 'NPPV2A'],
  ['Y', '10459023'], ['P', 'Kieran Ashworth-Lowe', 'an'], ['R', 'Call Handler'], ['F', 'Met'], ['D', 'Command and Control'], ['V', 'RV']);

I('roster_csv', `Staff ID,Surname,Initials,Role,Ward,Contact
E118402,Gurung,P.,PCSO,Aldershot North,07700 900 241
E120977,Sherpa,N.,PCSO,Farnborough West,07700 900 242
E109665,Holloway,K.,Sgt,Aldershot North,07700 900 245`,
  ['Y', 'E118402'], ['P', 'Gurung', 'ot'], ['P', 'P.', 'ot'], ['R', 'PCSO'], ['L', 'Aldershot North'], ['T', '07700 900 241'],
  ['Y', 'E120977'], ['P', 'Sherpa', 'ot'], ['P', 'N.', 'ot'], ['R', 'PCSO'], ['L', 'Farnborough West'], ['T', '07700 900 242'],
  ['Y', 'E109665'], ['P', 'Holloway', 'an'], ['P', 'K.', 'an'], ['R', 'Sgt'], ['L', 'Aldershot North'], ['T', '07700 900 245']);

I('roster_table', `DUTY STATE – Team C – Sat 15/03/2025 – Wolverhampton
Call sign | Collar | Name | Vehicle
WV51 | 1742 | PC Shantelle Grizzle | MX72 HLP
WV52 | 2286 | PC Jakub Sienkiewicz | MX72 HLR
WV50 | 415 | PS Hollie Pickersgill | –`,
  ['D', 'Team C'], ['L', 'Wolverhampton'], ['O', '1742'], ['R', 'PC'], ['P', 'Shantelle Grizzle', 'ca'], ['G', 'MX72 HLP'],
  ['O', '2286'], ['R', 'PC'], ['P', 'Jakub Sienkiewicz', 'ee'], ['G', 'MX72 HLR'], ['O', '415'], ['R', 'PS'],
  ['P', 'Hollie Pickersgill', 'an']);

I('roster_tsv', `Officer\tRank\tService No.\tStation\tRest days
Constable R. Ó Briain\tConstable\t14382\tCoalisland\tSat/Sun
Sergeant C. Nic Giolla Phádraig\tSergeant\t9127\tDungannon\tMon/Tue
Constable P. Sandhu-Mallon\tConstable\t15520\tDungannon\tWed/Thu`,
  ['R', 'Constable'], ['P', 'R. Ó Briain', 'ir'], ['R', 'Constable'], ['O', '14382'], ['L', 'Coalisland'],
  ['R', 'Sergeant'], ['P', 'C. Nic Giolla Phádraig', 'ir'], ['R', 'Sergeant'], ['O', '9127'], ['L', 'Dungannon'],
  ['R', 'Constable'], ['P', 'P. Sandhu-Mallon', 'sa'], ['R', 'Constable'], ['O', '15520'], ['L', 'Dungannon']);

I('roster_csv', `"Surname","First name","Shoulder no","Team","Station","Mobile"
"Achterberg","Femke","3391","Response 2","Ipswich","07700 900 803"
"Gooden","Trevon","3408","Response 2","Ipswich","07700 900 811"
"Sato","Haruka","2977","Response 4","Lowestoft",""
"Ó Conghaile","Máire","3412","Response 4","Lowestoft","07700 900 826"`,
  ['P', 'Achterberg', 'ot'], ['P', 'Femke', 'ot'], ['O', '3391'], ['D', 'Response 2'], ['L', 'Ipswich'], ['T', '07700 900 803'],
  ['P', 'Gooden', 'ca'], ['P', 'Trevon', 'ca'], ['O', '3408'], ['D', 'Response 2'], ['L', 'Ipswich'], ['T', '07700 900 811'],
  ['P', 'Sato', 'ea'], ['P', 'Haruka', 'ea'], ['O', '2977'], ['D', 'Response 4'], ['L', 'Lowestoft'],
  ['P', 'Ó Conghaile', 'ir'], ['P', 'Máire', 'ir'], ['O', '3412'], ['D', 'Response 4'], ['L', 'Lowestoft'], ['T', '07700 900 826']);

I('roster_table', `Week 14 – Night Time Economy plan – Swansea
+---------+----------------------+-------+-----------+
| Collar  | Officer              | Rank  | Post      |
+---------+----------------------+-------+-----------+
| 2044    | Carys Llewellyn      | PC    | Wind St   |
| 1876    | Aled Rhys-Evans      | PC    | Wind St   |
| 0931    | Omar Farouk         | Sgt   | Supervisor|
| 7735    | Mihaela Dumitrescu   | PCSO  | Kingsway  |
+---------+----------------------+-------+-----------+`,
  ['L', 'Swansea'], ['O', '2044'], ['P', 'Carys Llewellyn', 'sw'], ['R', 'PC'], ['L', 'Wind St'], ['O', '1876'], ['P', 'Aled Rhys-Evans', 'sw'],
  ['R', 'PC'], ['L', 'Wind St'], ['O', '0931'], ['P', 'Omar Farouk', 'me'], ['R', 'Sgt'], ['O', '7735'], ['P', 'Mihaela Dumitrescu', 'ee'],
  ['R', 'PCSO'], ['L', 'Kingsway']);

I('roster_csv', `rank,surname,forename,collar_no,pay_no,command,base
Supt,Kapoor,Rohan,,0712260,Local Policing,Hastings
Insp,Ogunleye,Bisi,,0723384,Local Policing,Hastings
Sgt,Falzon,Marco,1203,0740017,Local Policing,Eastbourne
PC,Tehrani,Reza,2719,0761142,Local Policing,Eastbourne`,
  ['R', 'Supt'], ['P', 'Kapoor', 'sa'], ['P', 'Rohan', 'sa'], ['Y', '0712260'], ['D', 'Local Policing'], ['L', 'Hastings'],
  ['R', 'Insp'], ['P', 'Ogunleye', 'af'], ['P', 'Bisi', 'af'], ['Y', '0723384'], ['D', 'Local Policing'], ['L', 'Hastings'],
  ['R', 'Sgt'], ['P', 'Falzon', 'ot'], ['P', 'Marco', 'ot'], ['O', '1203'], ['Y', '0740017'], ['D', 'Local Policing'], ['L', 'Eastbourne'],
  ['R', 'PC'], ['P', 'Tehrani', 'me'], ['P', 'Reza', 'me'], ['O', '2719'], ['Y', '0761142'], ['D', 'Local Policing'], ['L', 'Eastbourne']);

I('roster_tsv', `Shift plan – Glasgow City Centre – Friday 21:00–07:00
Name\tRank\tService number\tArea
Chen Meiling\tConstable\tG4471\tMerchant City
Kevin Drummond\tConstable\tG3980\tSauchiehall
Rashid al-Hakim\tSergeant\tG2105\tCity Centre
Siobhan MacPhail\tInspector\tG1022\tCity Centre`,
  ['L', 'Glasgow City Centre'], ['P', 'Chen Meiling', 'ea'], ['R', 'Constable'], ['O', 'G4471'], ['L', 'Merchant City'],
  ['P', 'Kevin Drummond', 'sw'], ['R', 'Constable'], ['O', 'G3980'], ['L', 'Sauchiehall'],
  ['P', 'Rashid al-Hakim', 'me'], ['R', 'Sergeant'], ['O', 'G2105'], ['L', 'City Centre'],
  ['P', 'Siobhan MacPhail', 'sw'], ['R', 'Inspector'], ['O', 'G1022'], ['L', 'City Centre']);

I('roster_table', `| Officer | Warrant No. | Unit | Date | Overtime (hrs) |
|:--|:--|:--|:--|--:|
| PC Ewa Kołodziej | 250118 | TSG | 04/05 | 6 |
| PC Junior Brathwaite | 248803 | TSG | 04/05 | 6 |
| Sgt Farid Haddad | 231570 | TSG | 04/05 | 8 |
| PC Somchai Kittisak | 252961 | Dog Section | 05/05 | 4 |`,
  ['R', 'PC'], ['P', 'Ewa Kołodziej', 'ee'], ['O', '250118'], ['D', 'TSG'], ['R', 'PC'], ['P', 'Junior Brathwaite', 'ca'],
  ['O', '248803'], ['D', 'TSG'], ['R', 'Sgt'], ['P', 'Farid Haddad', 'me'], ['O', '231570'], ['D', 'TSG'], ['R', 'PC'],
  ['P', 'Somchai Kittisak', 'ot'], ['O', '252961'], ['D', 'Dog Section']);

I('roster_csv', `Employee Number,Name,Job Title,Department,Site,Vetting Level,Vetting Expiry
P0044712,Ochieng Wairimu,Crime Scene Investigator,Forensic Services,Hinchingbrooke,NPPV3,2029-04-30
P0045103,Jan Novotný,Digital Forensic Examiner,Digital Forensic Unit,Hinchingbrooke,NPPV3,2027-12-31
P0039960,Ho Mei-ling,Crime Scene Investigator,Forensic Services,Parkside,NPPV2,2026-08-31`,
  ['Y', 'P0044712'], ['P', 'Ochieng Wairimu', 'af'], ['R', 'Crime Scene Investigator'], ['D', 'Forensic Services'],
  ['L', 'Hinchingbrooke'], ['V', 'NPPV3'], ['Y', 'P0045103'], ['P', 'Jan Novotný', 'ee'], ['D', 'Digital Forensic Unit'],
  ['L', 'Hinchingbrooke'], ['V', 'NPPV3'], ['Y', 'P0039960'], ['P', 'Ho Mei-ling', 'ea'], ['R', 'Crime Scene Investigator'],
  ['D', 'Forensic Services'], ['L', 'Parkside'], ['V', 'NPPV2']);

I('roster_tsv', `BTP – Wembley event day – serials
Serial\tSupervisor\tCollar\tDeployment
S1\tPS Kelechi Amadi\t2140\tWembley Park
S2\tPS Gwen Talbot-Yates\t1987\tWembley Central
S3\tInsp Hamid Rostami\t—\tEvent control`,
  ['F', 'BTP'], ['R', 'PS'], ['P', 'Kelechi Amadi', 'af'], ['O', '2140'], ['L', 'Wembley Park'], ['R', 'PS'],
  ['P', 'Gwen Talbot-Yates', 'an'], ['O', '1987'], ['L', 'Wembley Central'], ['R', 'Insp'], ['P', 'Hamid Rostami', 'me']);

I('roster_csv', `surname;initials;rank/grade;location;department;service_no
Wiśniewski;A;Constable;Antrim Road;Local Policing Team;17742
Ng'ang'a;W M;Constable;Antrim Road;Local Policing Team;18021
McAteer;S;Sergeant;Antrim Road;Neighbourhood Policing Team;12206
Nassar;R;Inspector;Tennent Street;Response;9634`,
  ['P', 'Wiśniewski', 'ee'], ['P', 'A', 'ee'], ['R', 'Constable'], ['L', 'Antrim Road'], ['D', 'Local Policing Team'], ['O', '17742'],
  ['P', "Ng'ang'a", 'af'], ['P', 'W M', 'af'], ['R', 'Constable'], ['L', 'Antrim Road'], ['D', 'Local Policing Team'], ['O', '18021'],
  ['P', 'McAteer', 'ir'], ['P', 'S', 'ir'], ['R', 'Sergeant'], ['L', 'Antrim Road'], ['D', 'Neighbourhood Policing Team'], ['O', '12206'],
  ['P', 'Nassar', 'me'], ['P', 'R', 'me'], ['R', 'Inspector'], ['L', 'Tennent Street'], ['D', 'Response'], ['O', '9634']);

// ===== HR exports =====
I('hr_export', `emp_no;surname;forename;rank_grade;dept;location;vetting;vetting_expiry;dob
2003417;Adebayo-Cole;Folasade;Detective Sergeant;Economic Crime Unit;Hammersmith;MV;2027-03-31;1984-09-12
2003982;Cunningham-Forbes;Beverley;Police Staff;Economic Crime Unit;Hammersmith;NPPV3;2026-11-30;1979-02-27
2004110;Łukasik;Bogdan;Detective Constable;Economic Crime Unit;Hammersmith;MV;2028-01-15;1991-06-03`,
  ['Y', '2003417'], ['P', 'Adebayo-Cole', 'af'], ['P', 'Folasade', 'af'], ['R', 'Detective Sergeant'], ['D', 'Economic Crime Unit'],
  ['L', 'Hammersmith'], ['V', 'MV'], ['B', '1984-09-12'],
  ['Y', '2003982'], ['P', 'Cunningham-Forbes', 'ca'], ['P', 'Beverley', 'ca'], ['D', 'Economic Crime Unit'], ['L', 'Hammersmith'],
  ['V', 'NPPV3'], ['B', '1979-02-27'],
  ['Y', '2004110'], ['P', 'Łukasik', 'ee'], ['P', 'Bogdan', 'ee'], ['R', 'Detective Constable'], ['D', 'Economic Crime Unit'],
  ['L', 'Hammersmith'], ['V', 'MV'], ['B', '1991-06-03']);

I('hr_export', `PERSONNEL EXTRACT   RUN 02/05/25   PAGE 1
PAYNO    NAME                   RANK  STATION         NI NO
0773215  O'DWYER, FERGAL        PC    Kentish Town    NE 48 21 76 B
0769904  VENKATESH, POOJA       DC    Kentish Town    PY 30 77 15 A
0781146  MENSAH, EFUA           PS    Holborn         HS 62 04 39 C`,
  ['Y', '0773215'], ['P', "O'DWYER, FERGAL", 'ir'], ['R', 'PC'], ['L', 'Kentish Town'], ['N', 'NE 48 21 76 B'],
  ['Y', '0769904'], ['P', 'VENKATESH, POOJA', 'sa'], ['R', 'DC'], ['L', 'Kentish Town'], ['N', 'PY 30 77 15 A'],
  ['Y', '0781146'], ['P', 'MENSAH, EFUA', 'af'], ['R', 'PS'], ['L', 'Holborn'], ['N', 'HS 62 04 39 C']);

I('hr_export', `[{"staffNumber":"S0611847","givenName":"Daniel","familyName":"Kaczmarek","grade":"Police Constable","team":"Roads Policing Unit","station":"Hendon","clearance":"NPPV3"},
 {"staffNumber":"S0622910","givenName":"Ngozi","familyName":"Eze-Ugwu","grade":"Police Sergeant","team":"Roads Policing Unit","station":"Hendon","clearance":"SC"},
 {"staffNumber":"S0630044","givenName":"Hye-jin","familyName":"Bae","grade":"Police Staff","team":"Collision Investigation","station":"Hendon","clearance":"NPPV2"}]`,
  ['Y', 'S0611847'], ['P', 'Daniel', 'ee'], ['P', 'Kaczmarek', 'ee'], ['R', 'Police Constable'], ['D', 'Roads Policing Unit'],
  ['L', 'Hendon'], ['V', 'NPPV3'], ['Y', 'S0622910'], ['P', 'Ngozi', 'af'], ['P', 'Eze-Ugwu', 'af'], ['R', 'Police Sergeant'],
  ['D', 'Roads Policing Unit'], ['L', 'Hendon'], ['V', 'SC'], ['Y', 'S0630044'], ['P', 'Hye-jin', 'ea'], ['P', 'Bae', 'ea'],
  ['D', 'Collision Investigation'], ['L', 'Hendon'], ['V', 'NPPV2']);

I('hr_export', `Leavers report – Q4
Personnel No | Surname | Forename | Rank | Last posting | Leaving date | Reason
00619284 | Abubakar | Halima | PC | Luton | 14/02/2025 | Transfer to Hertfordshire Constabulary
00587711 | Pennington-Smythe | Giles | Ch Insp | Kempston | 28/02/2025 | Retirement
00641009 | Rivas | Camila | PCSO | Dunstable | 07/03/2025 | Resigned`,
  ['Y', '00619284'], ['P', 'Abubakar', 'af'], ['P', 'Halima', 'af'], ['R', 'PC'], ['L', 'Luton'], ['F', 'Hertfordshire Constabulary'],
  ['Y', '00587711'], ['P', 'Pennington-Smythe', 'an'], ['P', 'Giles', 'an'], ['R', 'Ch Insp'], ['L', 'Kempston'],
  ['Y', '00641009'], ['P', 'Rivas', 'ot'], ['P', 'Camila', 'ot'], ['R', 'PCSO'], ['L', 'Dunstable']);

I('hr_export', `Warrant card reprint batch 2025-07 (supplier file)
WARRANT_NO|FULL_NAME|RANK|PAYROLL|CLEARANCE|PHOTO_REF
219904|Roxanne Bailey-Forde|PC|0987312|NPPV3|IMG_7712
204416|Antoine Lefebvre-Diallo|DS|0954470|MV|IMG_7713
233057|Kerry-Ann McKenzie|PC|0990218|NPPV3|IMG_7714
188120|Li Jianguo|DI|0921043|SC|IMG_7715`,
  ['O', '219904'], ['P', 'Roxanne Bailey-Forde', 'ca'], ['R', 'PC'], ['Y', '0987312'], ['V', 'NPPV3'],
  ['O', '204416'], ['P', 'Antoine Lefebvre-Diallo', 'ot'], ['R', 'DS'], ['Y', '0954470'], ['V', 'MV'],
  ['O', '233057'], ['P', 'Kerry-Ann McKenzie', 'ca'], ['R', 'PC'], ['Y', '0990218'], ['V', 'NPPV3'],
  ['O', '188120'], ['P', 'Li Jianguo', 'ea'], ['R', 'DI'], ['Y', '0921043'], ['V', 'SC']);

// ===== training attendance =====
I('training', `Public Order Level 2 refresher – attendance – Hutton Training Centre – 22/05/2025
Name | Collar | Station | Signed
Sgt Rajinder Bains | 1420 | Blackpool | ✓
PC Lloyd Mattis | 2981 | Blackpool | ✓
PC Eleni Papadopoulou | 3307 | Preston | ✓
PC Craig Whiteside | 3562 | Preston | did not attend`,
  ['L', 'Hutton Training Centre'], ['R', 'Sgt'], ['P', 'Rajinder Bains', 'sa'], ['O', '1420'], ['L', 'Blackpool'],
  ['R', 'PC'], ['P', 'Lloyd Mattis', 'ca'], ['O', '2981'], ['L', 'Blackpool'], ['R', 'PC'], ['P', 'Eleni Papadopoulou', 'ot'],
  ['O', '3307'], ['L', 'Preston'], ['R', 'PC'], ['P', 'Craig Whiteside', 'an'], ['O', '3562'], ['L', 'Preston']);

I('training', `Officer Safety Training – delegates, course OST/25/031, Tulliallan
1. Constable Morven Pryde (Lothians and Scottish Borders)
2. Constable Abdulkadir Warsame (Greater Glasgow)
3. Special Constable Lorna Baxter-Kerr (Tayside)
4. Constable Zhang Yufei (Greater Glasgow)
Instructor: Sergeant Duncan Strathearn`,
  ['L', 'Tulliallan'], ['R', 'Constable'], ['P', 'Morven Pryde', 'sw'], ['L', 'Lothians and Scottish Borders'], ['R', 'Constable'],
  ['P', 'Abdulkadir Warsame', 'ot'], ['L', 'Greater Glasgow'], ['R', 'Special Constable'], ['P', 'Lorna Baxter-Kerr', 'sw'],
  ['L', 'Tayside'], ['R', 'Constable'], ['P', 'Zhang Yufei', 'ea'], ['L', 'Greater Glasgow'], ['R', 'Sergeant'],
  ['P', 'Duncan Strathearn', 'sw']);

I('training', `Taser initial course – pass list (confidential)
Kowalewska, Dorota – PC 2267 – Leicester Central – PASS
Obi, Chinonso – PC 3015 – Loughborough – PASS
Lindqvist, Astrid – PC 1920 – Leicester Central – REFER
Saeed, Bilal – PC 2841 – Hinckley – PASS`,
  ['P', 'Kowalewska, Dorota', 'ee'], ['R', 'PC'], ['O', '2267'], ['L', 'Leicester Central'],
  ['P', 'Obi, Chinonso', 'af'], ['R', 'PC'], ['O', '3015'], ['L', 'Loughborough'],
  ['P', 'Lindqvist, Astrid', 'ot'], ['R', 'PC'], ['O', '1920'], ['L', 'Leicester Central'],
  ['P', 'Saeed, Bilal', 'sa'], ['R', 'PC'], ['O', '2841'], ['L', 'Hinckley']);

I('training', `Sign-in sheet – Domestic Abuse Matters (Cohort 6)
Print name            Staff/collar no.    Team
Rosa Mendoza-Pike     4470               Response A, Bodmin
Toby Carthew          3981               Response A, Bodmin
Anh Pham              E072118            Control Room
Tamsin Penrose        E071245            Safeguarding Hub`,
  ['P', 'Rosa Mendoza-Pike', 'ot'], ['O', '4470'], ['D', 'Response A'], ['L', 'Bodmin'],
  ['P', 'Toby Carthew', 'an'], ['O', '3981'], ['D', 'Response A'], ['L', 'Bodmin'],
  ['P', 'Anh Pham', 'ot'], ['Y', 'E072118'], ['D', 'Control Room'],
  ['P', 'Tamsin Penrose', 'an'], ['Y', 'E071245'], ['D', 'Safeguarding Hub']);
// ===== custody, stop, incident and crime-report logs =====
I('custody', `14:02  DP booked in. Name: Stavros KYRIAKIDES. DOB 30.01.1993. Address NFA. Arresting officer PC 3117 WINTERBOTTOM (Oldham). Custody Sgt 2280 Haddad.
14:20  DP requests solicitor – duty scheme contacted.
14:45  DP seen by HCP (Nurse Rebecca Ainsworth). Meds: none.
15:10  Vehicle BV19 ZPU seized under s.165.`,
  ['P', 'Stavros KYRIAKIDES', 'ot'], ['B', '30.01.1993'], ['R', 'PC'], ['O', '3117'], ['P', 'WINTERBOTTOM', 'an'], ['L', 'Oldham'],
  ['R', 'Sgt'], ['O', '2280'], ['P', 'Haddad', 'me'], ['P', 'Rebecca Ainsworth', 'an'], ['G', 'BV19 ZPU']);

I('custody', `CUSTODY RECORD  ref 31/00862/25  Beaumont Leys
Detained person: ANTONIOU, Georgios
Born: 11/11/1987   Place of birth: Thessaloniki
NI number: WK 73 90 14 C    NHS no. 641 477 8567
Next of kin: Mrs Despina Antoniou – 07700 900 734
Address: Flat 2, 41 Narborough Road, Leicester LE3 0BU
Arresting officer: DC 0917 R. Sharma-Cole (CID, Euston Street)
Authorising officer: Insp 0451 Ayodele Fagbemi`,
  ['L', 'Beaumont Leys'], ['P', 'ANTONIOU, Georgios', 'ot'], ['B', '11/11/1987'], ['N', 'WK 73 90 14 C'], ['H', '641 477 8567'],
  ['P', 'Despina Antoniou', 'ot'], ['T', '07700 900 734'], ['C', 'LE3 0BU'], ['R', 'DC'], ['O', '0917'], ['P', 'R. Sharma-Cole', 'sa'],
  ['D', 'CID'], ['L', 'Euston Street'], ['R', 'Insp'], ['O', '0451'], ['P', 'Ayodele Fagbemi', 'af']);

I('incident_log', `CAD 2211 14/02/25 — 23:41 Caller Ms Hülya DEMIR (07700 900 907) reports male trying car door handles, Linthorpe Road. 23:44 Allocated: CR31 (PC 1182 Hartley, PC 2043 Mwangi). 23:58 Suspect vehicle VN08 KTY stopped. 00:12 One adult male arrested — Kwame Ofori-Atta, DOB 05/05/2001.`,
  ['P', 'Hülya DEMIR', 'ot'], ['T', '07700 900 907'], ['R', 'PC'], ['O', '1182'], ['P', 'Hartley', 'an'], ['R', 'PC'], ['O', '2043'],
  ['P', 'Mwangi', 'af'], ['G', 'VN08 KTY'], ['P', 'Kwame Ofori-Atta', 'af'], ['B', '05/05/2001']);

I('custody', `Stop and search record (s.1 PACE)
Person searched: Mr Wong Ka-wai, d.o.b. 17 Mar 1999, of 8 Chapel Street, Salford M3 7NH
Grounds: seen passing a package through car window, vehicle KP66 RXE
Object: controlled drugs. Outcome: NFA.
Officer: PC 8841 Yasmin El-Sayed, Salford Precinct. Body-worn video: yes.`,
  ['P', 'Wong Ka-wai', 'ea'], ['B', '17 Mar 1999'], ['C', 'M3 7NH'], ['G', 'KP66 RXE'], ['R', 'PC'], ['O', '8841'],
  ['P', 'Yasmin El-Sayed', 'me'], ['L', 'Salford Precinct']);

I('custody', `MISSING PERSON – HIGH RISK
Name: Takahashi, Ren   Date of birth: 2 February 2009 (age 16)
NHS: 199 738 1591
Last seen: Clifton Down station, 18:20 wearing grey school blazer
Parent: Mrs Emiko Takahashi, 0117 496 0624
OIC: PS 2718 Marcia Beckford-Lewis, Bristol North Missing Persons Unit`,
  ['P', 'Takahashi, Ren', 'ea'], ['B', '2 February 2009'], ['H', '199 738 1591'], ['P', 'Emiko Takahashi', 'ea'], ['T', '0117 496 0624'],
  ['R', 'PS'], ['O', '2718'], ['P', 'Marcia Beckford-Lewis', 'ca'], ['L', 'Bristol North'], ['D', 'Missing Persons Unit']);

I('custody', `Crime report 41/22870/25 – assault (s.47)
Victim: Ms Parisa Moradi (DOB 24-06-1985), tel. 0121 496 0553, NI no. JT482165B
Suspect: Mr Callum Beattie, 31, no fixed abode
Witness: Mr Olusegun Adeleke-Brown, 07700 900 466
Reporting officer: PC 5519 Sinéad Carolan, Digbeth
Supervisor review: Sgt 3307 Chowdhury`,
  ['P', 'Parisa Moradi', 'me'], ['B', '24-06-1985'], ['T', '0121 496 0553'], ['N', 'JT482165B'], ['P', 'Callum Beattie', 'sw'],
  ['P', 'Olusegun Adeleke-Brown', 'af'], ['T', '07700 900 466'], ['R', 'PC'], ['O', '5519'], ['P', 'Sinéad Carolan', 'ir'],
  ['L', 'Digbeth'], ['R', 'Sgt'], ['O', '3307'], ['P', 'Chowdhury', 'sa']);

I('custody', `PSNI – Detained Person Record – Antrim Serious Crime Suite
DP: MAGUIRE, Caoimhe   DOB: 09/12/1996   H&C No: 401 405 3849
Vehicle: KIZ 4172 (Ford Fiesta, blue)
Arresting officer: Constable 21904 Jiang Hao
Custody officer: Sergeant 13376 Eóin Mac Lochlainn`,
  ['F', 'PSNI'], ['L', 'Antrim Serious Crime Suite'], ['P', 'MAGUIRE, Caoimhe', 'ir'], ['B', '09/12/1996'], ['H', '401 405 3849'],
  ['G', 'KIZ 4172'], ['R', 'Constable'], ['O', '21904'], ['P', 'Jiang Hao', 'ea'], ['R', 'Sergeant'], ['O', '13376'],
  ['P', 'Eóin Mac Lochlainn', 'ir']);

I('incident_log', `Incident 0412 – 07/06/2025
19:02 RTC A470 near Brecon. Two vehicles: CU21 FXN (driver Ms Angharad Meredith, b. 03/03/1978) and Y627 TBA (driver Mr Cheng Jun, b. 19/08/1990).
19:15 Roads Policing (Sgt 913 Gethin Powell) on scene.
19:40 Both drivers breath-tested negative. Road reopened 20:55.`,
  ['G', 'CU21 FXN'], ['P', 'Angharad Meredith', 'sw'], ['B', '03/03/1978'], ['G', 'Y627 TBA'], ['P', 'Cheng Jun', 'ea'],
  ['B', '19/08/1990'], ['D', 'Roads Policing'], ['R', 'Sgt'], ['O', '913'], ['P', 'Gethin Powell', 'sw']);

I('custody', `Vulnerable adult referral (PPN1)
Subject: Mr Winston Pryce-Grant, DOB 15/01/1951, NHS 756 335 6630, 22 Mafeking Road, Handsworth B21 9QP
Concern: self-neglect, possible financial abuse by lodger (Mr Aurel Ionescu, 07700 900 288)
Submitted by: PCSO 7719 Sharmila Patel, Handsworth NPT
Reviewed: DS Clive Bogle, MASH`,
  ['P', 'Winston Pryce-Grant', 'ca'], ['B', '15/01/1951'], ['H', '756 335 6630'], ['C', 'B21 9QP'], ['P', 'Aurel Ionescu', 'ee'],
  ['T', '07700 900 288'], ['R', 'PCSO'], ['O', '7719'], ['P', 'Sharmila Patel', 'sa'], ['L', 'Handsworth'], ['D', 'NPT'], ['R', 'DS'],
  ['P', 'Clive Bogle', 'ca'], ['D', 'MASH']);

I('incident_log', `Tue 04/03 02:17  Alarm activation, Co-op, Queen Street. Units: PC 2201 Nasser + PC 1986 Lim attended 02:29. Insecure rear door; keyholder Mr Kazuo Mori (0161 496 0419) attended 03:05. Premises secured. Log closed by Sgt Olawale 03:40.`,
  ['R', 'PC'], ['O', '2201'], ['P', 'Nasser', 'me'], ['R', 'PC'], ['O', '1986'], ['P', 'Lim', 'ea'], ['P', 'Kazuo Mori', 'ea'],
  ['T', '0161 496 0419'], ['R', 'Sgt'], ['P', 'Olawale', 'af']);

I('custody', `Section 136 detention – Mental Health Act
Person: Miss Shanice Whyte-McLean, born 29 April 2003, NHS number 4314 667 819? (to be confirmed)
Alternative NHS number on the ambulance sheet: 431 667 8191
Place of safety: Oxleas House
Detaining officers: PC 394RG Ikechukwu Eze, PC 511RG Hannah Cotterill (Greenwich)`,
  ['P', 'Shanice Whyte-McLean', 'ca'], ['B', '29 April 2003'], ['H', '431 667 8191'], ['R', 'PC'], ['O', '394RG'],
  ['P', 'Ikechukwu Eze', 'af'], ['R', 'PC'], ['O', '511RG'], ['P', 'Hannah Cotterill', 'an'], ['L', 'Greenwich']);

I('custody', `Traffic offence report
Driver: Mohammed Tariq Qureshi   DOB 12.12.1982
Licence no. QURES812122MT9AB
Vehicle: BF65 OLK (grey Toyota Prius, private hire)
Offence: exceed 30 mph (47 mph recorded), Oldham Road
Reporting officer: PC 12876 Beth Oyelowo, GMP Roads Policing`,
  ['P', 'Mohammed Tariq Qureshi', 'sa'], ['B', '12.12.1982'], ['G', 'BF65 OLK'], ['R', 'PC'], ['O', '12876'], ['P', 'Beth Oyelowo', 'af'],
  ['F', 'GMP'], ['D', 'Roads Policing']);

I('incident_log', `Occurrence 24-118842 (Scotland) – 22:10 Sat
Reporting officers: PC Ailsa Ferrie and PC Niamh Gallagher, Dumfries
Complainer: Ms Yi-Ting Huang, DOB 06/09/1994, CHI 110 322 9001, tel 0131 496 0257
Accused: Mr Darren Lockhart (DOB 14/05/1990), vehicle SY11 EWB`,
  ['R', 'PC'], ['P', 'Ailsa Ferrie', 'sw'], ['R', 'PC'], ['P', 'Niamh Gallagher', 'ir'], ['L', 'Dumfries'], ['P', 'Yi-Ting Huang', 'ea'],
  ['B', '06/09/1994'], ['H', '110 322 9001'], ['T', '0131 496 0257'], ['P', 'Darren Lockhart', 'sw'], ['B', '14/05/1990'],
  ['G', 'SY11 EWB']);

I('custody', `Voluntary interview – record of attendance
Interviewee: Ms Rowena Achebe-Hurst (DOB 01/10/1972), NI AB 81 44 27 C
Solicitor: Mr Sandeep Gill, Gill & Co
Interviewing officers: DC 6231 Laszlo Farkas and DC 6604 Precious Nyathi, Economic Crime, Bournemouth`,
  ['P', 'Rowena Achebe-Hurst', 'af'], ['B', '01/10/1972'], ['N', 'AB 81 44 27 C'], ['P', 'Sandeep Gill', 'sa'],
  ['R', 'DC'], ['O', '6231'], ['P', 'Laszlo Farkas', 'ee'], ['R', 'DC'], ['O', '6604'], ['P', 'Precious Nyathi', 'af'],
  ['D', 'Economic Crime'], ['L', 'Bournemouth']);

I('incident_log', `BTP Log 317 of 19/01/2025. 08:12 Person struck by train, Clapham Junction platform 9. Deceased identified as Mr Rahul Bhattacharya, 44. Next of kin (wife, Mrs Priyanka Bhattacharya, 020 7946 0183) informed by PS 4023 Omar Sheikh and PC 5871 Chloe Ashby at 11:30.`,
  ['F', 'BTP'], ['P', 'Rahul Bhattacharya', 'sa'], ['P', 'Priyanka Bhattacharya', 'sa'], ['T', '020 7946 0183'], ['R', 'PS'],
  ['O', '4023'], ['P', 'Omar Sheikh', 'me'], ['R', 'PC'], ['O', '5871'], ['P', 'Chloe Ashby', 'an']);
// ===== free-text narrative (names with and without rank cues) =====
I('narrative', `Statement of witness (MG11), continuation. I then saw Marlon and his cousin Shereen Bogle-Mattis walk towards the bus stop. A few minutes later Aleksander Nowicki came out of the shop and shouted at them. I know Aleksander because he works with my brother Fitzroy at the depot.`,
  ['P', 'Marlon', 'ca'], ['P', 'Shereen Bogle-Mattis', 'ca'], ['P', 'Aleksander Nowicki', 'ee'], ['P', 'Aleksander', 'ee'],
  ['P', 'Fitzroy', 'ca']);

I('narrative', `Handover notes, nights to earlies. Quiet night apart from the domestic in Beeston – Nadeem and Sunita dealt, DASH completed, high risk, referral done. Mariusz took the shoplifter to Elland Road custody. Chinedu's still waiting for CCTV from the garage. Li Na has the keys to the marked Astra.`,
  ['P', 'Nadeem', 'sa'], ['P', 'Sunita', 'sa'], ['P', 'Mariusz', 'ee'], ['P', 'Chinedu', 'af'], ['P', 'Li Na', 'ea']);

I('narrative', `Note for file: Officer's welfare. Following the incident on 3 May, Thandiwe Dlamini-Okafor was referred to Occupational Health. Her line manager, Insp Graham Tolley, has agreed a phased return at Hucclecote. Thandiwe's Federation rep, Gavin Peploe, attended the meeting.`,
  ['P', 'Thandiwe Dlamini-Okafor', 'af'], ['D', 'Occupational Health'], ['R', 'Insp'], ['P', 'Graham Tolley', 'an'], ['L', 'Hucclecote'],
  ['P', 'Thandiwe', 'af'], ['P', 'Gavin Peploe', 'an']);

I('narrative', `Reflections from my first year: I was lucky to be tutored by Jun-seo Park, who taught me more about talking to people than any classroom ever did. Our sergeant, Busisiwe Ndlovu, never let us leave a job half-done, and the late-turn crew at Moss Side – Dwayne, Farhan and Agata – made night shifts bearable.`,
  ['P', 'Jun-seo Park', 'ea'], ['R', 'sergeant'], ['P', 'Busisiwe Ndlovu', 'af'], ['L', 'Moss Side'], ['P', 'Dwayne', 'ca'],
  ['P', 'Farhan', 'sa'], ['P', 'Agata', 'ee']);

I('narrative', `The complainant states that the officer who arrested him, whom he believes is called Kowalski or Kovalski, "laughed" when he asked for a solicitor. The custody footage shows the arresting officer to be PC 2716 Wojciech Kowalski of the Hull Neighbourhood Team. Kowalski's account is at Annex C.`,
  ['P', 'Kowalski', 'ee'], ['P', 'Kovalski', 'ee'], ['R', 'PC'], ['O', '2716'], ['P', 'Wojciech Kowalski', 'ee'], ['L', 'Hull'],
  ['D', 'Neighbourhood Team'], ['P', 'Kowalski', 'ee']);

I('narrative', `Welfare visit log – 16:40. Attended address with Tomás Ó Riordáin (Victim Care). Spoke to Mrs Rasa Kazlauskienė and her daughter Gintarė. Both well. Mrs Kazlauskienė asked for future contact via her neighbour, Mr Hakan Aydın, on 07700 900 159.`,
  ['P', 'Tomás Ó Riordáin', 'ir'], ['D', 'Victim Care'], ['P', 'Rasa Kazlauskienė', 'ee'], ['P', 'Gintarė', 'ee'],
  ['P', 'Kazlauskienė', 'ee'], ['P', 'Hakan Aydın', 'ot'], ['T', '07700 900 159']);

I('narrative', `Intelligence log (graded B2): Subject known as "Tiny" (real name believed to be Kareem Mansour-Ali) is using a silver Mercedes, VRM WR67 OHN, to move cash between Luton and Bedford. Subject's associate is Dong-hyun Seo. Submitted by Intelligence Analyst Maryam Siddiqui.`,
  ['P', 'Tiny', 'me'], ['P', 'Kareem Mansour-Ali', 'me'], ['G', 'WR67 OHN'], ['P', 'Dong-hyun Seo', 'ea'], ['R', 'Intelligence Analyst'],
  ['P', 'Maryam Siddiqui', 'sa']);

I('narrative', `Promotion board feedback: Candidate 7 (DS Jamal Haidari) gave a strong answer on leadership; the panel (Supt Wei Chen, Supt Alison Marrable) scored him 4/5. Candidate 9 (DS Sheree Lewis-Blake) did not complete the scenario exercise.`,
  ['R', 'DS'], ['P', 'Jamal Haidari', 'me'], ['R', 'Supt'], ['P', 'Wei Chen', 'ea'], ['R', 'Supt'], ['P', 'Alison Marrable', 'an'],
  ['R', 'DS'], ['P', 'Sheree Lewis-Blake', 'ca']);

// ===== more news, emails and letters =====
I('news', `PSNI officers honoured at Stormont

Constable Máiréad Ní Fhlannagáin and Constable Jaswinder Dhillon, both of Strabane, received the Chief Constable's Commendation for disarming a man in Sion Mills. Sergeant Kyle Ferguson-Reid, who led the response, was also commended.`,
  ['F', 'PSNI'], ['R', 'Constable'], ['P', 'Máiréad Ní Fhlannagáin', 'ir'], ['R', 'Constable'], ['P', 'Jaswinder Dhillon', 'sa'],
  ['L', 'Strabane'], ['R', 'Sergeant'], ['P', 'Kyle Ferguson-Reid', 'sw']);

I('news', `Letters: Thank you, officers

Sir – I would like to thank the two officers from Chapeltown who helped my mother after her fall in the snow last week. PC Omari Henry and PC Akua Darko stayed with her for two hours until the ambulance came. – Mrs Hyacinth Bremner, Harehills`,
  ['L', 'Chapeltown'], ['R', 'PC'], ['P', 'Omari Henry', 'ca'], ['R', 'PC'], ['P', 'Akua Darko', 'af'], ['P', 'Hyacinth Bremner', 'ca']);

I('news', `A Met sergeant has gone on trial accused of misconduct in public office. PS 17TX Yiannis Christodoulou, 46, of the Central East Command Unit, is alleged to have had a relationship with a vulnerable witness. Christodoulou denies the charge. The trial at Southwark Crown Court continues.`,
  ['F', 'Met'], ['R', 'PS'], ['O', '17TX'], ['P', 'Yiannis Christodoulou', 'ot'], ['L', 'Central East Command Unit'],
  ['P', 'Christodoulou', 'ot']);

I('news', `Dorset Police has launched a recruitment drive for detectives. DCI Mei Ling Ho, who joined as a detective constable in 2012, said: "Investigation is the most rewarding work I've done." Applications close on 30 June. For details call 01632 960 884.`,
  ['F', 'Dorset Police'], ['R', 'DCI'], ['P', 'Mei Ling Ho', 'ea'], ['T', '01632 960 884']);

I('email', `Good afternoon Ma'am,

As requested, the names for the Carnival serials:
Serial 4: PS Rafiq Bhuiyan (1122HT), PC Xavier Okoro-Dunn (3361HT), PC Colette Alleyne (3398HT)
Serial 5: PS Wen Jie Tan (1190HT), PC Maksym Bondarenko (3402HT)
All from Hounslow; vetted to NPPV3 minimum.

PS 1044HT Darnell Ellis-Gayle`,
  ['R', 'PS'], ['P', 'Rafiq Bhuiyan', 'sa'], ['O', '1122HT'], ['R', 'PC'], ['P', 'Xavier Okoro-Dunn', 'af'], ['O', '3361HT'],
  ['R', 'PC'], ['P', 'Colette Alleyne', 'ca'], ['O', '3398HT'], ['R', 'PS'], ['P', 'Wen Jie Tan', 'ea'], ['O', '1190HT'],
  ['R', 'PC'], ['P', 'Maksym Bondarenko', 'ee'], ['O', '3402HT'], ['L', 'Hounslow'], ['V', 'NPPV3'], ['R', 'PS'], ['O', '1044HT'],
  ['P', 'Darnell Ellis-Gayle', 'ca']);

I('email', `Subject: FW: Lost property – warrant card

Please see below. The card belongs to DC Hyun-woo Kang, warrant 276104, Sutton CID. It was handed in at Wallington by a member of the public, Mr Paolo Bianchi (020 7946 0712). Can someone from Sutton collect it?

Karen
Front Office, Wallington`,
  ['R', 'DC'], ['P', 'Hyun-woo Kang', 'ea'], ['O', '276104'], ['L', 'Sutton'], ['D', 'CID'], ['L', 'Wallington'], ['P', 'Paolo Bianchi', 'ot'],
  ['T', '020 7946 0712'], ['L', 'Sutton'], ['P', 'Karen', 'an'], ['D', 'Front Office'], ['L', 'Wallington']);

I('email', `Hi Delroy,

Payroll have asked me to confirm details for the new starters on your team before the 15th:
– Leticia Okonjo-Baptiste, payroll no. 10572231, start 07/04
– Haider Abbas, payroll no. 10572240, start 07/04
– Kwok Sze-man, payroll no. 10572258, start 14/04

Thanks
Aisling
HR Business Partner, Staffordshire Police`,
  ['P', 'Delroy', 'ca'], ['P', 'Leticia Okonjo-Baptiste', 'ca'], ['Y', '10572231'], ['P', 'Haider Abbas', 'me'], ['Y', '10572240'],
  ['P', 'Kwok Sze-man', 'ea'], ['Y', '10572258'], ['P', 'Aisling', 'ir'], ['F', 'Staffordshire Police']);

I('email', `Ms Khoury,

Thank you for your email. The officer you met at Stoke Newington was PC Shaquille Barrett-Clarke, shoulder number 1604NE. I have passed on your kind words to his supervisor, Insp Layla Haddad-Morgan.

Regards
Daniel Okwu
Central East BCU – Engagement Team`,
  ['P', 'Khoury', 'me'], ['L', 'Stoke Newington'], ['R', 'PC'], ['P', 'Shaquille Barrett-Clarke', 'ca'], ['O', '1604NE'],
  ['R', 'Insp'], ['P', 'Layla Haddad-Morgan', 'me'], ['P', 'Daniel Okwu', 'af'], ['L', 'Central East BCU'], ['D', 'Engagement Team']);

I('email', `From: Fionnuala Devlin <fionnuala.devlin@psni.police.uk>
Subject: Court warning – R v Hegarty

Constables Niamh Mulholland (16220) and Chukwudi Eze (17733) are warned for Derry Crown Court on 3 June. Please ensure both are rostered off nights from 1 June. Thanks, Fionnuala (Case Progression, Strand Road)`,
  ['P', 'Fionnuala Devlin', 'ir'], ['E', 'fionnuala.devlin@psni.police.uk'], ['P', 'Hegarty', 'ir'], ['R', 'Constables'],
  ['P', 'Niamh Mulholland', 'ir'], ['O', '16220'], ['P', 'Chukwudi Eze', 'af'], ['O', '17733'], ['P', 'Fionnuala', 'ir'],
  ['D', 'Case Progression'], ['L', 'Strand Road']);

I('foi_letter', `Response to FOI 2025/00874 (Police Scotland)

You asked for the name of the officer who led the search for a missing hillwalker on Ben Nevis in February. The search was co-ordinated by Inspector Gordon McKellar of the Operational Support Division, with assistance from the Lochaber Mountain Rescue Team. Other officers' names are exempt under section 38(1)(b).`,
  ['F', 'Police Scotland'], ['R', 'Inspector'], ['P', 'Gordon McKellar', 'sw'], ['D', 'Operational Support Division']);

I('foi_letter', `Dear Sir/Madam

I refer to your request (ref. 2025-0413) for the pay numbers of officers who attended the protest at Parliament Square on 12 February. The Metropolitan Police Service does not disclose pay numbers. Your request also quoted a number, 0748813, which you believe belongs to Inspector Aaliyah Rahimi-Shaw; we neither confirm nor deny that this is correct.`,
  ['F', 'Metropolitan Police Service'], ['Y', '0748813'], ['R', 'Inspector'], ['P', 'Aaliyah Rahimi-Shaw', 'me']);

I('misconduct', `IOPC statement: An IOPC investigation found that Detective Sergeant Andile Zungu and Detective Constable Marcus Oduya of Northamptonshire Police's Serious Crime Unit have a case to answer for gross misconduct. A hearing will be arranged by the force. A third officer, Police Staff Investigator Fumiko Hayashi, will attend a misconduct meeting.`,
  ['R', 'Detective Sergeant'], ['P', 'Andile Zungu', 'af'], ['R', 'Detective Constable'], ['P', 'Marcus Oduya', 'af'],
  ['F', 'Northamptonshire Police'], ['D', 'Serious Crime Unit'], ['R', 'Police Staff Investigator'], ['P', 'Fumiko Hayashi', 'ea']);

I('misconduct', `Outcome: PC Jerome St Hilaire (Devon and Cornwall Police, Exeter Response) – misconduct proven – written warning.
Outcome: PC Saoirse Geraghty (Devon and Cornwall Police, Plymouth Charles Cross) – no case to answer.
Outcome: Sgt Ignacio Ferreyra (Devon and Cornwall Police, Torquay) – misconduct not proven.`,
  ['R', 'PC'], ['P', 'Jerome St Hilaire', 'ca'], ['F', 'Devon and Cornwall Police'], ['L', 'Exeter'], ['D', 'Response'],
  ['R', 'PC'], ['P', 'Saoirse Geraghty', 'ir'], ['F', 'Devon and Cornwall Police'], ['L', 'Plymouth Charles Cross'],
  ['R', 'Sgt'], ['P', 'Ignacio Ferreyra', 'ot'], ['F', 'Devon and Cornwall Police'], ['L', 'Torquay']);

I('court_listing', `Manchester Magistrates' Court – Court 5 – Remand list
1. HUSSAIN, Shazia (DOB 28/08/1997) – fraud – Prosecution witness: DC 10922 Ogunbiyi
2. ZHAO, Lei (DOB 11/02/1986) – immigration offence – Arresting officer: PC 14201 Ritu Acharya
3. CAMPBELL-SEALY, Andre (DOB 03/05/2002) – robbery – OIC: DS Lucy Oakhurst, Manchester City Centre CID`,
  ['P', 'HUSSAIN, Shazia', 'sa'], ['B', '28/08/1997'], ['R', 'DC'], ['O', '10922'], ['P', 'Ogunbiyi', 'af'], ['P', 'ZHAO, Lei', 'ea'],
  ['B', '11/02/1986'], ['R', 'PC'], ['O', '14201'], ['P', 'Ritu Acharya', 'ot'], ['P', 'CAMPBELL-SEALY, Andre', 'ca'],
  ['B', '03/05/2002'], ['R', 'DS'], ['P', 'Lucy Oakhurst', 'an'], ['L', 'Manchester City Centre'], ['D', 'CID']);

I('minutes', `Action notes – Neighbourhood Panel, Moseley & Kings Heath, 12 March
Police: PC Devon Lawrence-Pinnock, PCSO Hiba Al-Amin
Residents raised speeding on Alcester Road. PCSO Al-Amin to arrange speed watch with PC Lawrence-Pinnock. Next meeting at Kings Heath police base.`,
  ['R', 'PC'], ['P', 'Devon Lawrence-Pinnock', 'ca'], ['R', 'PCSO'], ['P', 'Hiba Al-Amin', 'me'], ['R', 'PCSO'], ['P', 'Al-Amin', 'me'],
  ['R', 'PC'], ['P', 'Lawrence-Pinnock', 'ca'], ['L', 'Kings Heath police base']);

I('vetting', `Contractor clearance list – Estates refurbishment, Wakefield custody suite
Name                 Company            Level
Kemal Öztürk         Hartwell Build     NPPV1
Yuto Nakamura        Hartwell Build     NPPV1
Abdullahi Nur        Hartwell Build     BPSS (NPPV1 pending)
Supervisor: Derek Fallows (NPPV2F)`,
  ['P', 'Kemal Öztürk', 'ot'], ['V', 'NPPV1'], ['P', 'Yuto Nakamura', 'ea'], ['V', 'NPPV1'], ['P', 'Abdullahi Nur', 'ot'], ['V', 'BPSS'],
  ['V', 'NPPV1'], ['P', 'Derek Fallows', 'an'], ['V', 'NPPV2F']);

I('email', `Hi Rhiannon, ring me on 07700 900 640 re Tuesday. The ACC (Hywel Bevan) wants the figures by 10. Diolch, Ceri`,
  ['P', 'Rhiannon', 'sw'], ['T', '07700 900 640'], ['R', 'ACC'], ['P', 'Hywel Bevan', 'sw'], ['P', 'Ceri', 'sw']);
// ===== negatives and near-misses (only a named force is labelled) =====
I('negative', `Police officer headcount by rank, 31 March 2025 (full-time equivalent)
Chief Constable 1 | Deputy Chief Constable 1 | Assistant Chief Constable 3 | Chief Superintendent 9 | Superintendent 24 | Chief Inspector 41 | Inspector 152 | Sergeant 498 | Constable 2,871
Source: Suffolk Constabulary workforce return.`,
  ['F', 'Suffolk Constabulary']);

I('negative', `The sergeant told the briefing that the late shift would be held back until the match traffic cleared, and two constables were sent to the retail park. An inspector signed off the overtime at the end of the night.`);

I('negative', `Customer review: Bought a gaming PC from PC World in Croydon – the DS Lite my son wanted was out of stock, so we got a Switch instead. PS: the staff were brilliant.`);

I('negative', `Conference notes: the delegation flew from Washington DC to London on Sunday. Panels covered DC motor efficiency, AC charging standards and the CS gas debate in US policing. The SC Supreme Court ruling was discussed over lunch.`);

I('negative', `Theatre review: An Inspector Calls returns to the Lyceum

This touring production still grips. The Inspector arrives, a comfortable family crumbles, and the final knock at the door lands as hard as ever. Runs until 14 June; tickets from £18.`);

I('negative', `Crime reference 4401876/25 has been allocated. Please quote CAD 7732 of 12/04/2025 and incident number 1187 in any correspondence. The case will be reviewed on 23/05/2025. Page 4521 of the bundle refers.`);

I('negative', `Test data for the form validator (all invalid): NI QQ 12 34 56 C (HMRC specimen); NI DF 48 21 65 A (bad prefix); NI TN 30 77 15 B (never issued); NHS 959 474 8659 (check digit fails); NHS 199 738 1594 (check digit fails).`);

I('negative', `Driving directions: leave the M1 at junction 28 for Stanley, then follow signs to Washington and the Nissan plant. From there take the A19 towards Chester-le-Street. Parking is free at the Florence Nightingale Court retail park.`);

I('negative', `Fleet replacement plan 2025/26: 14 Skoda Octavia estates for response, 6 BMW X5 for armed response, 3 Volvo XC90 for roads policing and 9 Peugeot Rifter vans for neighbourhood teams. Total capital cost £2.9m.`);

I('negative', `HR policy extract: Officer ranks and police staff grades are recorded separately in the workforce system. Pay numbers, collar numbers and vetting levels must never appear in documents published under the Freedom of Information Act.`);

I('negative', `Weather warning: Storm Darragh is expected to bring gusts of up to 80 mph to Cumbria and Lancashire on Saturday. Drivers on the M6 should allow extra time. Storm Éowyn caused similar disruption in January.`);

I('negative', `Police dog Bruno and his handler tracked a burglary suspect for two miles across fields near Tewkesbury on Tuesday night. Bruno, a six-year-old German shepherd, is due to retire in the summer.`);

I('negative', `Survey result: burglaries in the LS6 and LS7 areas fell by 11% this year, while the M14 postcode district saw a small rise. Full postcode-level data are not published to protect victims.`);

I('negative', `Glossary for Welsh-language briefings: Cwnstabl – constable; Rhingyll – sergeant; Arolygydd – inspector; Prif Arolygydd – chief inspector; Uwch-arolygydd – superintendent.`);

I('negative', `The Police and Crime Commissioner has set a precept increase of £13 a year for a Band D property. The police and crime panel will consider the proposal on 3 February. Council tax bills will be issued in March.`);

I('negative', `Search warrant no. 2024/117 was executed under section 8 of PACE at 06:00. Exhibit references RJ/1 to RJ/14 were seized. Collar size and boot size information for new uniform orders must be submitted by Friday.`);

I('negative', `Mark the date: the summer fete is back on Saturday 21 June. There will be a dog show, a tug of war and a raffle. Will you bake for the cake stall? Rose bushes and young plants for sale. All proceeds to the Sergeant Major's benevolent fund.`);

I('negative', `Release notes v3.2: fixed a DI container leak; the CI pipeline now runs on every pull request; the PS script installer supports ARM. Known issue: page 12 of the PDF export is blank on Safari.`);

I('negative', `Recorded crime in England and Wales: West Midlands Police recorded 312,000 offences in the year to September, Greater Manchester Police 341,000 and West Yorkshire Police 298,000. Figures exclude fraud.`,
  ['F', 'West Midlands Police'], ['F', 'Greater Manchester Police'], ['F', 'West Yorkshire Police']);

I('negative', `Travel update: services from London Victoria to Brighton are delayed by signalling problems at Clapham Junction. Southern advises passengers to use Thameslink from St Pancras. Replacement buses run from Haywards Heath.`);

I('negative', `Pub quiz answers: 1. The Duke of Wellington; 2. HMS Victory; 3. Kingston upon Thames; 4. The Sherlock Holmes Museum; 5. Scotland Yard; 6. Bishop's Stortford; 7. Big Ben; 8. St Albans.`);

I('negative', `Budget line 4.3: overtime (constables and sergeants) £1.42m; staff overtime £0.38m; specials expenses £64,000; PCSO uniform £29,500. Budget line 4.4: vetting unit software licence £12,900.`);

I('negative', `Key dates: force restructure consultation opens 01/09/2025; closes 30/09/2025. Hearing dates for tribunal claims have been listed for 14/10/2025 and 15/10/2025. Pension remedy statements will be issued by 31/12/2025.`);

I('negative', `The procurator fiscal told the court that the sheriff had been given an incomplete report. The depute fiscal apologised and asked for a continuation of two weeks.`);

I('negative', `Police Scotland received 2.4 million calls to 101 last year and 640,000 calls to 999. The average time to answer a 999 call was 8 seconds.`,
  ['F', 'Police Scotland']);

I('negative', `Interview with a recruiter: "Anyone can become a detective constable after two years in uniform," she said. "We see people join as PCSOs, move to special constable, and later sit the sergeants' exam."`);

I('negative', `Spreadsheet tab 'Summary': Rank | Count | % of workforce
Constable | 5,802 | 74.1
Sergeant | 1,104 | 14.1
Inspector | 301 | 3.8
Chief Inspector and above | 97 | 1.2
Police staff | 5,411 | –`);

I('negative', `Heddlu Gwent Police is recruiting. Open evenings will be held in Newport, Cwmbran and Abergavenny in October. No previous experience is needed; applicants must be 17 or over.`,
  ['F', 'Heddlu Gwent Police']);

I('negative', `Maths homework: the confidence interval (CI) was 0.42 to 0.58. Use SD and SE from the table. Question 4: a 240 V AC supply runs a 60 W bulb; what current flows?`);

I('negative', `Invoice INV-00481762 from Hartwell Build Ltd, VAT no. GB 294 7310 48, account 10572231, sort code 40-12-76. Amount due £14,200.00 within 30 days.`);

I('negative', `The BTP Federation has welcomed plans for more body-worn cameras for officers on the London Underground. A pilot at 12 stations will begin in spring.`,
  ['F', 'BTP']);

I('negative', `Product recall: batch numbers 0912 3456 7890 and 4401 2208 1123 of the StayBright hi-vis vest may fade after washing. Forces should check stock delivered after 1 March 2024.`);

I('negative', `Book club: this month we read Inspector Rebus, then Maigret next month. Someone suggested Constable & Toop as a follow-up. Meet at the Grant Arms, 7pm.`);

I('negative', `Training calendar: Public Order Level 2 – 4 courses; Method of Entry – 2 courses; Officer Safety – 18 courses; Student Officer induction – intakes in March, June and September.`);

I('negative', `PSNI's annual statistics show 1,214 officers were assaulted on duty in 2024, an increase of 6%. The figures are broken down by policing district but not by officer.`,
  ['F', 'PSNI']);

I('negative', `Radio log extract: "All units, all units, vehicle registration partial only, possibly beginning with KX, dark coloured hatchback, last seen heading north." No further description was given.`);
// ===== further positives: other forces, older files, odd name and rank forms =====
I('archive', `RUC personnel file (transferred 2001) – index card
Head Constable Thomas J. Moorhead, Service No. 4187, stationed Enniskillen 1968–1974.
Reserve Constable Bridget Ní Cheallaigh, Service No. R20917, Castlederg.`,
  ['R', 'Head Constable'], ['P', 'Thomas J. Moorhead', 'an'], ['O', '4187'], ['L', 'Enniskillen'], ['R', 'Reserve Constable'],
  ['P', 'Bridget Ní Cheallaigh', 'ir'], ['O', 'R20917'], ['L', 'Castlederg']);

I('news', `Ministry of Defence Police officers at Faslane have raised £8,000 for a children's hospice. Sergeant Ravinder Grewal and Constable Hyun-jung Yoon cycled from the base to Aberdeen. The Civil Nuclear Constabulary's Dounreay unit, led by Inspector Callum Sinclair, joined the final leg.`,
  ['F', 'Ministry of Defence Police'], ['L', 'Faslane'], ['R', 'Sergeant'], ['P', 'Ravinder Grewal', 'sa'], ['R', 'Constable'],
  ['P', 'Hyun-jung Yoon', 'ea'], ['F', 'Civil Nuclear Constabulary'], ['L', 'Dounreay'], ['R', 'Inspector'],
  ['P', 'Callum Sinclair', 'sw']);

I('email', `To: Det Ch Insp Youssef Benali
Cc: D/Sgt Aoibheann Cullinane; P/C 2291 Shahid Iqbal
Subject: Op KESTREL – NCA liaison

Sir, the NCA's Organised Crime Partner Agency (Kieran Tobin) would like a call before Friday. He can be reached on 020 7946 0455. – D/Sgt Cullinane`,
  ['R', 'Det Ch Insp'], ['P', 'Youssef Benali', 'me'], ['R', 'D/Sgt'], ['P', 'Aoibheann Cullinane', 'ir'], ['R', 'P/C'], ['O', '2291'],
  ['P', 'Shahid Iqbal', 'sa'], ['F', 'NCA'], ['F', 'NCA'], ['D', 'Organised Crime Partner Agency'], ['P', 'Kieran Tobin', 'ir'], ['T', '020 7946 0455'],
  ['R', 'D/Sgt'], ['P', 'Cullinane', 'ir']);

I('roster_table', `| Shoulder number | Surname | Initials | Rank | Base |
| --- | --- | --- | --- | --- |
| 2816 | QURESHI | S. | Pc | Ashton-under-Lyne |
| 3390 | TAKEDA | H. | Pc | Ashton-under-Lyne |
| 1184 | FARAGHER | M. | Sgt | Hyde |
| 5923 | AL-SAADI | M. R. | SC | Hyde |`,
  ['O', '2816'], ['P', 'QURESHI', 'sa'], ['P', 'S.', 'sa'], ['R', 'Pc'], ['L', 'Ashton-under-Lyne'],
  ['O', '3390'], ['P', 'TAKEDA', 'ea'], ['P', 'H.', 'ea'], ['R', 'Pc'], ['L', 'Ashton-under-Lyne'],
  ['O', '1184'], ['P', 'FARAGHER', 'an'], ['P', 'M.', 'an'], ['R', 'Sgt'], ['L', 'Hyde'],
  ['O', '5923'], ['P', 'AL-SAADI', 'me'], ['P', 'M. R.', 'me'], ['R', 'SC'], ['L', 'Hyde']);

I('custody', `Sudden death report – Form 59
Deceased: Mr Desmond Lyle-Forbes, DOB 02/07/1948, NHS 320 009 3838
Address: 7 Mill Lane, Ilkley LS29 9QT
Found by: neighbour, Mrs Farzana Begum (07700 900 205)
Attending officers: PC 4410 Lorcan Hegarty, PC 4678 Wen Xu (Keighley)
GP: Dr Kavita Raman, 0113 496 0712`,
  ['P', 'Desmond Lyle-Forbes', 'ca'], ['B', '02/07/1948'], ['H', '320 009 3838'], ['C', 'LS29 9QT'], ['P', 'Farzana Begum', 'sa'],
  ['T', '07700 900 205'], ['R', 'PC'], ['O', '4410'], ['P', 'Lorcan Hegarty', 'ir'], ['R', 'PC'], ['O', '4678'], ['P', 'Wen Xu', 'ea'],
  ['L', 'Keighley'], ['P', 'Kavita Raman', 'sa'], ['T', '0113 496 0712']);

I('custody', `Prisoner escort record (PER)
Name: TALEB, Mounir   D.O.B.: 1991-03-17   PNC: 09/0412558H
Risk: self-harm history. Medication: sertraline.
NHS: 8370717276
Escort from: Colindale custody to Willesden Magistrates' Court. Escort officer: PC Ahmet Kaya (ID 2044QK)`,
  ['P', 'TALEB, Mounir', 'me'], ['B', '1991-03-17'], ['H', '8370717276'], ['L', 'Colindale'], ['R', 'PC'], ['P', 'Ahmet Kaya', 'ot'],
  ['O', '2044QK']);

I('hr_export', `Service No,Surname,Forename,Rank/Grade,District,Department,Contract
13872,Ó Dálaigh,Cathal,Constable,Belfast City,Tactical Support Group,Full time
14093,Mahmood,Ayesha,Constable,Belfast City,Tactical Support Group,Full time
9981,Kerr-Beaton,Ross,Sergeant,Newry Mourne and Down,Local Policing,Full time
30117,Fitzpatrick,Gemma,Staff Officer,Belfast City,Corporate Services,Part time`,
  ['O', '13872'], ['P', 'Ó Dálaigh', 'ir'], ['P', 'Cathal', 'ir'], ['R', 'Constable'], ['L', 'Belfast City'], ['D', 'Tactical Support Group'],
  ['O', '14093'], ['P', 'Mahmood', 'sa'], ['P', 'Ayesha', 'sa'], ['R', 'Constable'], ['L', 'Belfast City'], ['D', 'Tactical Support Group'],
  ['O', '9981'], ['P', 'Kerr-Beaton', 'sw'], ['P', 'Ross', 'sw'], ['R', 'Sergeant'], ['L', 'Newry Mourne and Down'], ['D', 'Local Policing'],
  ['O', '30117'], ['P', 'Fitzpatrick', 'ir'], ['P', 'Gemma', 'ir'], ['L', 'Belfast City'], ['D', 'Corporate Services']);

I('news', `Ex-Chief Superintendent Nasir Mahmood-Ellis (Ret'd) has been appointed to the board of a charity for bereaved police families. Mahmood-Ellis's 32-year career took him from foot patrol in Sparkbrook to command of West Midlands Police's Force Contact centre.`,
  ['R', 'Chief Superintendent'], ['P', 'Nasir Mahmood-Ellis', 'sa'], ['P', 'Mahmood-Ellis', 'sa'], ['L', 'Sparkbrook'],
  ['F', 'West Midlands Police'], ['D', 'Force Contact']);

I('misconduct', `Notice of misconduct hearing (Regulation 30)
Officer concerned: Special Sergeant Chinedu Okafor-Wells, Special Constabulary, Surrey Police
Date and venue: 24 and 25 July 2025, Mount Browne
Alleged breach: Discreditable Conduct. The hearing will be held in public.
Presenting officer: Ms Hyun-ah Ryu, solicitor.`,
  ['R', 'Special Sergeant'], ['P', 'Chinedu Okafor-Wells', 'af'], ['D', 'Special Constabulary'], ['F', 'Surrey Police'],
  ['P', 'Hyun-ah Ryu', 'ea']);

I('email', `From: Pham Thi Hoa
To: Ayşe Korkmaz; Mehmet Arslan
Subject: Interpreter bookings – Sunday

Ayşe, could you cover the Vietnamese interview at Harlow at 10:00? Mehmet has the Turkish one at Chelmsford. The OIC for both is DC Graciela Ortiz, extension 4410, mobile 07700 900 931.

Hoa
Interpreter Bookings, Essex Police`,
  ['P', 'Pham Thi Hoa', 'ot'], ['P', 'Ayşe Korkmaz', 'ot'], ['P', 'Mehmet Arslan', 'ot'], ['P', 'Ayşe', 'ot'], ['P', 'Mehmet', 'ot'],
  ['R', 'DC'], ['P', 'Graciela Ortiz', 'ot'], ['T', '07700 900 931'], ['P', 'Hoa', 'ot'], ['D', 'Interpreter Bookings'],
  ['F', 'Essex Police']);

I('roster_tsv', `Name\tStaff ID\tRole\tTeam\tVetting
Hamza Rafiq\tE204418\tCall Handler\tContact Management\tNPPV 2 Full
Mei Fujita\tE204433\tCall Handler\tContact Management\tNPPV 2 Full
Declan O'Rourke\tE198807\tDispatcher\tContact Management\tNPPV3
Parveen Chaudhary\tE187113\tSupervisor\tContact Management\tNPPV3`,
  ['P', 'Hamza Rafiq', 'sa'], ['Y', 'E204418'], ['R', 'Call Handler'], ['D', 'Contact Management'], ['V', 'NPPV 2 Full'],
  ['P', 'Mei Fujita', 'ea'], ['Y', 'E204433'], ['R', 'Call Handler'], ['D', 'Contact Management'], ['V', 'NPPV 2 Full'],
  ['P', "Declan O'Rourke", 'ir'], ['Y', 'E198807'], ['D', 'Contact Management'], ['V', 'NPPV3'],
  ['P', 'Parveen Chaudhary', 'sa'], ['Y', 'E187113'], ['D', 'Contact Management'], ['V', 'NPPV3']);

I('narrative', `Paragraph 14 of the report: "It was DC Ilyas's view that the suspect was lying. DC Ilyas discussed this with DS Hosseini, who disagreed, and the matter was escalated to DI Nakashima-Reyes." The investigating officers' names appear in this paragraph only.`,
  ['R', 'DC'], ['P', 'Ilyas', 'sa'], ['R', 'DC'], ['P', 'Ilyas', 'sa'], ['R', 'DS'], ['P', 'Hosseini', 'me'], ['R', 'DI'],
  ['P', 'Nakashima-Reyes', 'ea']);

I('court_listing', `Coroner's Court (West London) – Inquest opening – Thursday
Deceased: Mr Arash Karimi, 29. Police witness: PC 611WA Kamal Jaffer, Westminster BCU. Family represented by Ms Rosa Maclean.`,
  ['P', 'Arash Karimi', 'me'], ['R', 'PC'], ['O', '611WA'], ['P', 'Kamal Jaffer', 'sa'], ['L', 'Westminster BCU'],
  ['P', 'Rosa Maclean', 'sw']);

I('custody', `Vehicle check (PNC) 03:14 – VRM AY62 MZD – keeper Mr Jin-ho Baek, DOB 22/01/1985, 11 Regent Road, Leicester LE1 6YH. No reports. Stopped by PC 2615 Ibrahim Darwish-Lane, Spinney Hill.`,
  ['G', 'AY62 MZD'], ['P', 'Jin-ho Baek', 'ea'], ['B', '22/01/1985'], ['C', 'LE1 6YH'], ['R', 'PC'], ['O', '2615'],
  ['P', 'Ibrahim Darwish-Lane', 'me'], ['L', 'Spinney Hill']);

I('foi_letter', `Annex B – Redaction schedule (FOI 2025/1120)
p.3 para 2: name of officer (PC Gaurav Solanki, Harrow) – s.40(2)
p.3 para 4: mobile telephone number (07700 900 352) – s.40(2)
p.5 table: NI number (SN 20 57 36 A) and date of birth (born 04/04/1989) of complainant Ms Tsering Lhamo – s.40(2)
p.7: collar number 3344QA – s.40(2), s.31`,
  ['R', 'PC'], ['P', 'Gaurav Solanki', 'sa'], ['L', 'Harrow'], ['T', '07700 900 352'], ['N', 'SN 20 57 36 A'], ['B', '04/04/1989'],
  ['P', 'Tsering Lhamo', 'ot'], ['O', '3344QA']);

I('email', `Hi Dariusz,

Can you update the contact list? Sgt Nwankwo has moved to the Dog Support Unit, and PC Sidhu-Bains is now on Roads Policing at Chelmsford. New desk number for Sgt Tremayne: 01632 960 227.

Thanks, Ruth`,
  ['P', 'Dariusz', 'ee'], ['R', 'Sgt'], ['P', 'Nwankwo', 'af'], ['D', 'Dog Support Unit'], ['R', 'PC'], ['P', 'Sidhu-Bains', 'sa'],
  ['D', 'Roads Policing'], ['L', 'Chelmsford'], ['R', 'Sgt'], ['P', 'Tremayne', 'an'], ['T', '01632 960 227'], ['P', 'Ruth', 'an']);

I('vetting', `Vetting clearance summary – Counter Terrorism Policing West Midlands
DC Shreya Raghavan – SC (expires 11/2027) – DV application submitted
DC Kayode Williams-Adu – SC (expires 03/2026)
SIO: DCI Hye-won Seong – DV (expires 08/2028)
Analyst: Ms Yara Saleh – SC`,
  ['D', 'Counter Terrorism Policing West Midlands'], ['R', 'DC'], ['P', 'Shreya Raghavan', 'sa'], ['V', 'SC'], ['V', 'DV'],
  ['R', 'DC'], ['P', 'Kayode Williams-Adu', 'af'], ['V', 'SC'], ['R', 'DCI'], ['P', 'Hye-won Seong', 'ea'], ['V', 'DV'],
  ['P', 'Yara Saleh', 'me'], ['V', 'SC']);

I('news', `A Chinese-speaking officer has been recognised for her work with victims of fraud. PC Luo Xinyi, of Durham Constabulary's Economic Crime Team, recovered more than £200,000 for elderly residents. Luo's inspector, Gary Thwaite, said she was "the first person we call".`,
  ['R', 'PC'], ['P', 'Luo Xinyi', 'ea'], ['F', 'Durham Constabulary'], ['D', 'Economic Crime Team'], ['P', 'Luo', 'ea'],
  ['R', 'inspector'], ['P', 'Gary Thwaite', 'an']);

// ---------------------------------------------------------------------------------------------
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function findFrom(text, needle, from, skip) {
  const bounded = [];
  const raw = [];
  for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + 1)) {
    raw.push(i);
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) bounded.push(i);
  }
  const list = bounded.length > skip ? bounded : raw;
  return list.length > skip ? list[skip] : -1;
}
function nhsValid(s) {
  const d = s.replace(/\D/g, '');
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let c = 11 - (sum % 11);
  if (c === 11) c = 0;
  return c !== 10 && c === Number(d[9]);
}
function niValid(s) {
  const m = /^([A-Z])([A-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])?$/.exec(s);
  if (!m) return false;
  const [, a, b] = m;
  if ('DFIQUV'.includes(a) || 'DFIQUVO'.includes(b)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b);
}
const POSTCODE = /^(GIR 0AA|[A-PR-UWYZ]([0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;
const PHONE_OK = [/^07700 ?900 ?\d{3}$/, /^0\d{3} ?496 ?0\d{3}$/, /^020 ?7946 ?0\d{3}$/, /^0191 ?498 ?0\d{3}$/,
  /^028 ?9649 ?6\d{3}$/, /^029 ?2018 ?0\d{3}$/, /^01632 ?960 ?\d{3}$/];
function phoneOk(s) {
  let d = s.replace(/[()\-.]/g, ' ').replace(/\s+/g, ' ').trim();
  d = d.replace(/^(\+44|0044) ?(0 ?)?/, '0').replace(/\s/g, '');
  return PHONE_OK.some((re) => re.test(d.replace(/^(07700)(900)/, '$1 $2'))) || PHONE_OK.some((re) => re.test(d));
}

const errors = [];
const warnings = [];
const out = [];
ITEMS.forEach((item, n) => {
  const id = `held-${String(n + 1).padStart(4, '0')}`;
  const { text } = item;
  let cursor = 0;
  const spans = [];
  for (const sp of item.spans) {
    const [code, str, ...rest] = sp;
    const type = TYPES[code];
    if (!type) { errors.push(`${id}: unknown type code ${code}`); continue; }
    const originCode = rest.find((x) => typeof x === 'string');
    const skip = rest.find((x) => typeof x === 'number') ?? 0;
    const start = findFrom(text, str, cursor, skip);
    if (start < 0) { errors.push(`${id}: ${type} "${str}" not found after ${cursor}`); continue; }
    const span = { start, end: start + str.length, type, text: str };
    if (type === 'PERSON') {
      const origin = ORIGINS[originCode];
      if (!origin) errors.push(`${id}: PERSON "${str}" without valid origin`);
      span.origin = origin;
    } else if (originCode) errors.push(`${id}: origin on non-PERSON ${type} "${str}"`);
    if (type === 'NHS_NUMBER' && !nhsValid(str)) errors.push(`${id}: NHS ${str} fails modulus 11`);
    if (type === 'NI_NUMBER' && !niValid(str)) errors.push(`${id}: NI ${str} invalid`);
    if (type === 'UK_POSTCODE' && !POSTCODE.test(str)) errors.push(`${id}: postcode ${str} invalid`);
    if (type === 'PHONE' && !phoneOk(str)) warnings.push(`${id}: phone ${str} not in a drama range`);
    if (str !== str.trim() || str.length === 0) errors.push(`${id}: span "${str}" has outer whitespace`);
    spans.push(span);
    cursor = span.end;
  }
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) errors.push(`${id}: spans overlap or unsorted at "${spans[i].text}"`);
  }
  for (const s of spans) if (text.slice(s.start, s.end) !== s.text) errors.push(`${id}: slice mismatch ${s.text}`);
  // consistency: an exact labelled string appearing again, whole-word, without a label
  const seen = new Set();
  for (const s of spans) {
    if (s.text.length < 3 || seen.has(s.text)) continue;
    seen.add(s.text);
    for (let i = text.indexOf(s.text); i !== -1; i = text.indexOf(s.text, i + 1)) {
      if (isWordChar(text[i - 1]) || isWordChar(text[i + s.text.length])) continue;
      if (!spans.some((t) => t.start <= i && i < t.end)) warnings.push(`${id}: unlabelled repeat of "${s.text}" at ${i}`);
    }
  }
  // negatives and near-misses: a 3-3-4 digit run that is not labelled must fail the NHS check
  for (const m of text.matchAll(/\b\d{3} \d{3} \d{4}\b/g)) {
    if (!spans.some((s) => s.start <= m.index && m.index < s.end) && nhsValid(m[0])) warnings.push(`${id}: unlabelled valid NHS-shaped ${m[0]}`);
  }
  if (item.kind === 'negative' && spans.some((s) => s.type !== 'FORCE')) errors.push(`${id}: negative item with non-FORCE span`);
  out.push({ id, kind: item.kind, text, spans });
});

for (const w of warnings) console.warn('warning:', w);
if (errors.length) {
  for (const e of errors) console.error('error:', e);
  process.exit(1);
}
const here = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2] ?? join(here, 'heldout.jsonl');
writeFileSync(target, out.map((o) => JSON.stringify(o)).join('\n') + '\n');

const count = (f) => out.flatMap(f).reduce((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});
console.log(`${out.length} items -> ${target}`);
console.log('kinds', count((o) => [o.kind]));
console.log('types', count((o) => o.spans.map((s) => s.type)));
console.log('origins', count((o) => o.spans.filter((s) => s.origin).map((s) => s.origin)));
