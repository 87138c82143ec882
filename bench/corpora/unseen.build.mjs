// Builds bench/corpora/unseen.jsonl: a hand-written evaluation corpus, used only for a final score.
// Written without reading the detectors (src/) or the other corpora's items. Node built-ins only.
// Run: node bench/corpora/unseen.build.mjs
// Six warnings are expected: deliberate unlabelled repeats (generic "Superintendent" x2 and "Inspector",
// "Custody Lead" as a post title, "Llanelli" in a home address, "PCSO" in a headline with no person).
//
// Each item: I(kind, text, spans). A span is a string "CODE text":
//   CODE = P<origin> (PERSON), R (POLICE_RANK), O (OFFICER_ID), Y (PAY_NUMBER), V (VETTING_LEVEL),
//          F (FORCE), L (LOCATION), D (DEPARTMENT), T (PHONE), E (EMAIL), Z (UK_POSTCODE),
//          N (NI_NUMBER), H (NHS_NUMBER), C (VEHICLE_REG), B (DATE_OF_BIRTH)
//   origin = an anglo, ir irish, sw scottish_welsh, sa south_asian, af african, ca caribbean,
//            ea east_asian, ee eastern_european, me middle_eastern, ot other
//   An optional "~n" after CODE (e.g. "L~1 Bath") is the occurrence index: skip n occurrences
//   after the previous span before taking the match. Without it the occurrence is the first one
//   after the previous span (spans are listed in text order).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const TYPES = { P: 'PERSON', R: 'POLICE_RANK', O: 'OFFICER_ID', Y: 'PAY_NUMBER', V: 'VETTING_LEVEL', F: 'FORCE',
  L: 'LOCATION', D: 'DEPARTMENT', T: 'PHONE', E: 'EMAIL', Z: 'UK_POSTCODE', N: 'NI_NUMBER', H: 'NHS_NUMBER',
  C: 'VEHICLE_REG', B: 'DATE_OF_BIRTH' };
const ORIGINS = { an: 'anglo', ir: 'irish', sw: 'scottish_welsh', sa: 'south_asian', af: 'african', ca: 'caribbean',
  ea: 'east_asian', ee: 'eastern_european', me: 'middle_eastern', ot: 'other' };

const items = [];
function I(kind, text, spans) { items.push({ kind, text, spans }); }

// ---------------------------------------------------------------- FOI responses
I('foi_letter', `Freedom of Information Request Reference No: 004417/25

Thank you for your request dated 2 February 2025 about officers posted to the Marine Policing Unit at Wapping.

Lancashire Constabulary can confirm that it holds no information on this point, because the Marine Policing Unit is a Metropolitan Police Service function. You may wish to redirect your request to the MPS.

Should you be unhappy with how your request was handled, please write to the Information Access Team, Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston PR4 5SB, or email foi.admin@lancashire.pnn.police.uk.

Yours sincerely

Gráinne McAteer
Disclosure Officer`, ['D Marine Policing Unit', 'L Wapping', 'F Lancashire Constabulary', 'D~0 Marine Policing Unit', 'F Metropolitan Police Service', 'F MPS', 'D Information Access Team', 'L Lancashire Constabulary Headquarters', 'Z PR4 5SB', 'E foi.admin@lancashire.pnn.police.uk', 'Pir Gráinne McAteer', 'R Disclosure Officer']);

I('foi_letter', `Our reference: FOI/2024/1189

You asked for the names and ranks of the senior officers who sat on the Gold Group for the Brackley Road flooding in 2023. Senior officers of the rank of Superintendent and above are named in our publication scheme, so the following is released:

- Chief Superintendent Olufemi Adeyinka-Bello (Gold)
- Superintendent Tamsin Rowlatt (Silver)
- Detective Superintendent Kwame Asante-Darko (Silver, investigative)

Names of officers below the rank of Superintendent are withheld under section 40(2). The Tactical Advisor and the Loggist were a sergeant and a member of police staff respectively.

Northamptonshire Police
Information Management Unit`, ['R Chief Superintendent', 'Paf Olufemi Adeyinka-Bello', 'R Superintendent', 'Pan Tamsin Rowlatt', 'R Detective Superintendent', 'Paf Kwame Asante-Darko', 'F Northamptonshire Police', 'D Information Management Unit']);

I('foi_letter', `FOI 25-0331 — Response

Q1. How many officers in the force hold a firearms authorisation?  Answer: 212.
Q2. How many of those are sergeants or above?  Answer: 31.
Q3. What vetting level is required for authorised firearms officers?  Answer: all AFOs must hold Management Vetting; the force does not disclose individual vetting levels.
Q4. Please name the officer in charge of the Armed Response Vehicle fleet.  Answer: Inspector Harjinder Kaur Sandhu, Operational Support, Cardiff Bay police station.

Heddlu De Cymru / South Wales Police`, ['R Inspector', 'Psa Harjinder Kaur Sandhu', 'D Operational Support', 'L Cardiff Bay police station', 'F Heddlu De Cymru', 'F South Wales Police']);

I('foi_letter', `Dear Mr Pieterse,

Thank you for your request of 11 March. You asked for a list of the officers who attended the protest at Old Market Square on 4 January, with their shoulder numbers. I can release the following information, which was already published in the court record:

| Rank | Name | Shoulder No. | Station |
|------|------|--------------|---------|
| PC | Bogdan Wiśniewski | 2291 | Radford Road |
| PC | Chidinma Eze | 1874 | Radford Road |
| PS | Rhodri Pugh | 406 | Bridewell |
| PCSO | Li Na Fong | 7120 | Hucknall |

Information about other officers present is exempt under section 40(2) and section 38.

Yours sincerely,
Nottinghamshire Police Disclosure Unit`, ['Pot Pieterse', 'R PC', 'Pee Bogdan Wiśniewski', 'O 2291', 'L Radford Road', 'R PC', 'Paf Chidinma Eze', 'O 1874', 'L Radford Road', 'R PS', 'Psw Rhodri Pugh', 'O 406', 'L Bridewell', 'R PCSO', 'Pea Li Na Fong', 'O 7120', 'L Hucknall', 'F Nottinghamshire Police', 'D Disclosure Unit']);

I('foi_letter', `Request: the number of officers of each rank in Police Scotland's Specialist Crime Division, broken down by gender, as at 31 March 2024.

Response:
Constable — female 214, male 388
Sergeant — female 41, male 96
Inspector — female 12, male 33
Chief Inspector — female 4, male 9
Superintendent and above — female 3, male 5

Figures under five have not been suppressed because they cannot be linked to individuals. Please quote reference IM-FOI-2024-0877 in any correspondence.`, ['F Police Scotland', 'D Specialist Crime Division']);

I('foi_letter', `From: Corporate Information Unit
Date: 19 June 2025
Re: your FOI request – staff on the Roads Crime Team

We have decided to release the team's establishment only. The Roads Crime Team at Carr Gate is led by an Inspector and consists of two sergeants and fourteen constables. The contact for media enquiries is 0113 496 0722 (press office), not an individual officer.

West Yorkshire Police`, ['D Corporate Information Unit', 'D Roads Crime Team', 'D~0 Roads Crime Team', 'L Carr Gate', 'T 0113 496 0722', 'F West Yorkshire Police']);

I('foi_letter', `Internal review outcome — FOI/IR/0092

The original decision withheld the name of the reviewing officer. On review, I have concluded that the officer, Detective Chief Inspector Yusuf Al-Khatib, acted in a senior public-facing role and that his name can be released. The names of the two detective constables on his team remain exempt.

Reviewer: Anneliese Brockhurst, Head of Information Rights, British Transport Police, 25 Camden Road, London NW1 9LN. Telephone 020 7946 0381.`, ['R Detective Chief Inspector', 'Pme Yusuf Al-Khatib', 'Pan Anneliese Brockhurst', 'F British Transport Police', 'Z NW1 9LN', 'T 020 7946 0381']);

// ---------------------------------------------------------------- misconduct and complaints
I('misconduct', `OUTCOME OF GROSS MISCONDUCT HEARING

Officer: Police Constable 3318 Ioana Munteanu
Force: Cumbria Constabulary
Posting at the time: Workington, Response Team B

The panel found that on 14 and 22 August 2024 PC Munteanu accessed the Niche record of a former partner without a policing purpose. The allegation amounted to gross misconduct. Had she not resigned, she would have been dismissed. Her name will be added to the Barred List.

Panel chair: Mr Desmond Akinola (legally qualified chair)
Presenting: Inspector Caroline Fenwick, Professional Standards Department`, ['R Police Constable', 'O 3318', 'Pee Ioana Munteanu', 'F Cumbria Constabulary', 'L Workington', 'D Response Team B', 'R PC', 'Pee Munteanu', 'Paf Desmond Akinola', 'R Inspector', 'Pan Caroline Fenwick', 'D Professional Standards Department']);

I('misconduct', `Dear Ms Hollis-Grant,

I am writing to let you know the outcome of your complaint about the conduct of Sergeant Wei Jie Tan and Constable Orla Breathnach during the search of your home on 3 May.

The investigating officer, Police Staff Investigator Naveed Chaudhry, found that Sergeant Tan did not explain the grounds for the search as required by Code B. This will be dealt with through Reflective Practice. No case to answer was found for Constable Breathnach.

If you are unhappy with the outcome you may apply for a review to the IOPC within 28 days.

Yours sincerely,
Complaints Resolution Team
Kent Police`, ['Pca Hollis-Grant', 'R Sergeant', 'Pea Wei Jie Tan', 'R Constable', 'Pir Orla Breathnach', 'R Police Staff Investigator', 'Psa Naveed Chaudhry', 'R Sergeant', 'Pea Tan', 'R Constable', 'Pir Breathnach', 'D Complaints Resolution Team', 'F Kent Police']);

I('misconduct', `Accelerated misconduct hearing – notice of outcome

Former Detective Constable Marlon Ogilvie-Prince, previously of the Economic Crime Unit at Hatfield, attended a hearing before the Chief Constable of Hertfordshire Constabulary on 9 April 2025. He admitted that he had taken £2,400 in cash from a property store. The Chief Constable, Andrew Pettifer, found gross misconduct proven and said he would have been dismissed.

The officer's warrant number (110384) is published here in line with the Police (Conduct) Regulations.`, ['R Detective Constable', 'Pca Marlon Ogilvie-Prince', 'D Economic Crime Unit', 'L Hatfield', 'R Chief Constable', 'F Hertfordshire Constabulary', 'R Chief Constable', 'Pan Andrew Pettifer', 'O 110384']);

I('misconduct', `IOPC investigation summary: contact with a member of the public in Luton

The IOPC investigated the actions of two Bedfordshire Police officers who stopped Mr Abdirahman Warsame in Bury Park on 20 November 2023. The IOPC found that PC Kieran Dolan (collar 1562) had a case to answer for misconduct for failing to record the stop. Acting Sergeant Fatima Zahra Benali was found to have no case to answer. A misconduct meeting was held by the force and PC Dolan received a written warning.`, ['F Bedfordshire Police', 'Pot Abdirahman Warsame', 'R PC', 'Pir Kieran Dolan', 'O 1562', 'R Acting Sergeant', 'Pme Fatima Zahra Benali', 'R PC', 'Pir Dolan']);

I('misconduct', `Misconduct meeting – record of decision

Subject: T/Sgt 1190 Nguyen Thi Hoa, Neighbourhood Policing Team, Bootle
Chair: Supt Gareth Llewellyn-Jones
HR adviser: Mrs Precious Mahlangu

Allegation: on 7 February the officer shared a photograph of a detained person on a WhatsApp group.
Finding: misconduct proven. Outcome: final written warning (18 months).`, ['R T/Sgt', 'O 1190', 'Pea Nguyen Thi Hoa', 'D Neighbourhood Policing Team', 'L Bootle', 'R Supt', 'Psw Gareth Llewellyn-Jones', 'Paf Precious Mahlangu']);

I('misconduct', `The Police Misconduct Tribunal (Northern Ireland) was told that Constable Ciarán Ó Dálaigh, stationed at Strand Road, Derry~Londonderry, drove a police vehicle (registration MXZ 4127) at 96mph in a 40mph zone while not on an emergency call. The Police Ombudsman recommended a misconduct hearing. PSNI Assistant Chief Constable Ruth Kernaghan said the force expected better.`, ['R Constable', 'Pir Ciarán Ó Dálaigh', 'L Strand Road', 'L Derry~Londonderry', 'C MXZ 4127', 'F PSNI', 'R Assistant Chief Constable', 'Pir Ruth Kernaghan']);

I('misconduct', `Reflective Practice Review Process — record

Officer: DC Priyanka Raghunathan (warrant 227419), Child Abuse Investigation Team, Edmonton
Reviewer: DS Tomasz Grabowski
Issue: a victim was not updated for eleven weeks. The officer reflected on her workload and agreed an action plan with her line manager. The matter is closed.`, ['R DC', 'Psa Priyanka Raghunathan', 'O 227419', 'D Child Abuse Investigation Team', 'L Edmonton', 'R DS', 'Pee Tomasz Grabowski']);

I('misconduct', `Notice of special case hearing (public)

Officer: Special Constable Hamza Qureshi, Thames Valley Police, Milton Keynes LPA
Date and venue: 12 June 2025, Sulhamstead training centre
Allegation: dishonesty in an insurance claim
Chair: Deputy Chief Constable Siân Pritchard`, ['R Special Constable', 'Psa Hamza Qureshi', 'F Thames Valley Police', 'L Milton Keynes LPA', 'L Sulhamstead training centre', 'R Deputy Chief Constable', 'Psw Siân Pritchard']);

I('misconduct', `Complaint outcome letter (extract)

…the officer who attended, PCSO 8841 Abena Owusu-Mensah, has explained that she recorded the incident under the wrong category. She has been given management advice by her supervisor, PCSO Supervisor Graham Tulloch, and additional training on the crime recording standards. I am satisfied that this was an honest mistake.`, ['R PCSO', 'O 8841', 'Paf Abena Owusu-Mensah', 'R PCSO Supervisor', 'Psw Graham Tulloch']);

// ---------------------------------------------------------------- emails and memos
I('email', `From: Kofi Boateng-Ampofo <kofi.boateng-ampofo@essex.police.uk>
Sent: 04 March 2025 08:12
To: Rota Team Chelmsford
Subject: RE: swap request 14/03

Morning both,

Happy to cover Lucy's late on the 14th if someone can pick up my earlies on the 20th. Sgt Vassallo has okayed it in principle.

Kofi

PC 1407 K. Boateng-Ampofo
Response – Chelmsford
Essex Police
Mobile: 07700 900417

-----Original Message-----
From: Lucy Penhaligon
Sent: 03 March 2025 21:40
Subject: swap request 14/03

Anyone able to take my late on Friday 14th? Family wedding. Cheers, Lucy`, ['Paf Kofi Boateng-Ampofo', 'E kofi.boateng-ampofo@essex.police.uk', 'D Rota Team', 'L Chelmsford', 'Pan Lucy', 'R Sgt', 'Pot Vassallo', 'Paf Kofi', 'R PC', 'O 1407', 'Paf K. Boateng-Ampofo', 'D Response', 'L Chelmsford', 'F Essex Police', 'T 07700 900417', 'Pan Lucy Penhaligon', 'Pan Lucy']);

I('email', `To: all staff, Custody – Wembley and Colindale
From: Ch Insp Delroy Fairweather, Custody Lead, North West BCU

Colleagues — from Monday the detention officers at Wembley will take over the property audit. DDO Stefania Kowalska and DDO Marcus Ebanks have agreed to lead it. Please direct any questions to my staff officer Ms Hina Baig on 020 7946 0154 or to nwbcu.custody@met.police.uk.

Thanks, Delroy`, ['D Custody', 'L Wembley', 'L Colindale', 'R Ch Insp', 'Pca Delroy Fairweather', 'L North West BCU', 'L Wembley', 'R DDO', 'Pee Stefania Kowalska', 'R DDO', 'Pca Marcus Ebanks', 'Psa Hina Baig', 'T 020 7946 0154', 'E nwbcu.custody@met.police.uk', 'Pca Delroy']);

I('email', `Subject: Vetting renewal – action required

Hi Aleksander,

Your NPPV3 clearance lapses on 30 September 2025 and your SC is due for review at the same time. Please complete the renewal pack via the portal by 1 August. If you have changed address since your last vetting, include your new postcode.

Regards
Force Vetting Unit
Avon and Somerset Police
vetting@avonandsomerset.police.uk`, ['Pee Aleksander', 'V NPPV3', 'V SC', 'D Force Vetting Unit', 'F Avon and Somerset Police', 'E vetting@avonandsomerset.police.uk']);

I('email', `Hi Sarah — quick one. Can you let Mehmet know that the DI wants the file on his desk by Thursday? The DI being Okoro, not the new one. Ta, J

Jacqueline Stirling | Case Progression | Criminal Justice Unit | Cleveland Police | 0191 498 0063`, ['Pan Sarah', 'Pot Mehmet', 'R~1 DI', 'Paf Okoro', 'Pan J', 'Psw Jacqueline Stirling', 'D Case Progression', 'D Criminal Justice Unit', 'F Cleveland Police', 'T 0191 498 0063']);

I('email', `From: duty.inspector.bristol@avonandsomerset.police.uk
To: Insp Rashida Begum; A/Insp Conor Fitzgerald
Cc: control.room@avonandsomerset.police.uk
Subject: Handover 06:00 – Trinity Road

Nothing major overnight. Two in the bin (Trinity Road custody): a domestic and a drink-drive (vehicle YP71 KWD seized). A PC from another station was assaulted at 02:40, minor injuries, now off duty. Full log on Storm.`, ['E duty.inspector.bristol@avonandsomerset.police.uk', 'R Insp', 'Psa Rashida Begum', 'R A/Insp', 'Pir Conor Fitzgerald', 'E control.room@avonandsomerset.police.uk', 'L Trinity Road', 'L Trinity Road custody', 'C YP71 KWD']);

I('email', `Memo

To: T/DCI Ewa Zielińska, Major Crime Team (East)
From: DCS Mathew Oduya, Head of Crime
Date: 17 January 2025

Op BLACKTHORN — resourcing

I have approved two additional DCs from the Proactive team at Norwich for six weeks. DC Sunita Mahey and DC Tobias Grint will report to DS Fergus Macaulay at Wymondham from 27 January. Overtime is authorised within the operation's code.`, ['R T/DCI', 'Pee Ewa Zielińska', 'D Major Crime Team (East)', 'R DCS', 'Paf Mathew Oduya', 'D Proactive team', 'L Norwich', 'R DC', 'Psa Sunita Mahey', 'R DC', 'Pan Tobias Grint', 'R DS', 'Psw Fergus Macaulay', 'L Wymondham']);

I('email', `Fwd: Fwd: complaint from the cafe owner

---------- Forwarded message ---------
From: Ayşe Demirci <ayse.demirci@example.co.uk>
Date: Tue, 8 Apr 2025
Subject: complaint from the cafe owner

To whom it may concern. Yesterday two of your officers, one of them with the number 482 on his shoulder, parked on the pavement outside my cafe for forty minutes and blocked deliveries. The other one was a woman sergeant with short hair. Please tell me who they were.

---------- Forwarded message ---------
From: Sgt Owain Griffiths
To: PSD Triage
Note — 482 is PC Dafydd Hopkin, Aberystwyth. The sergeant would have been me. I have spoken with Mrs Demirci by phone.`, ['Pot Ayşe Demirci', 'E ayse.demirci@example.co.uk', 'O 482', 'R Sgt', 'Psw Owain Griffiths', 'D PSD Triage', 'O 482', 'R PC', 'Psw Dafydd Hopkin', 'L Aberystwyth', 'Pot Demirci']);

I('email', `Dear Inspector Moyo,

Please find attached the ABE interview schedule for next week. The intermediary, Dr Felicity Armitage-Shaw, is available on Tuesday only. The interviewing officer will be DC Jun Takahashi (collar 2270) with DC Babajide Coker as second interviewer.

Kind regards,
Sinéad
Sinéad Gallagher
Witness Care Officer, Surrey Police
sinead.gallagher@surrey.police.uk | 01632 960488`, ['R Inspector', 'Paf Moyo', 'Pan Felicity Armitage-Shaw', 'R DC', 'Pea Jun Takahashi', 'O 2270', 'R DC', 'Paf Babajide Coker', 'Pir Sinéad', 'Pir Sinéad Gallagher', 'F Surrey Police', 'E sinead.gallagher@surrey.police.uk', 'T 01632 960488']);

I('email', `Subject: Leaving do – Sgt Pemberton

All,

After 30 years, Sgt Winston Pemberton is hanging up his hat on 28 March. Drinks at the Red Lion from 6. Collection is with Aunty Mavis in the front office (Mavis Clarke-Reid, ext 4410) — please don't email it to pemberton@ as he reads his mail.

Abdullahi
Ops Support, Stoke Road`, ['R Sgt', 'Pca Pemberton', 'R Sgt', 'Pca Winston Pemberton', 'Pca Mavis', 'Pca Mavis Clarke-Reid', 'Paf Abdullahi', 'D Ops Support', 'L Stoke Road']);

I('email', `From: Hamish MacLeod (Police Scotland) 
To: Roisin Devlin (PSNI)
Subject: Cross-border mutual aid — Operation Unicorn learning

Roisin, as discussed, attached is the debrief note. Our lead on the day was Chief Inspector Morag Sutherland of Specialist Operations; your side had Superintendent Declan Mulholland. Happy to put them in touch.

Hamish MacLeod
Inspector, Operational Planning, Gartcosh
Tel 0141 496 0219`, ['Psw Hamish MacLeod', 'F Police Scotland', 'Pir Roisin Devlin', 'F PSNI', 'Pir Roisin', 'R Chief Inspector', 'Psw Morag Sutherland', 'D Specialist Operations', 'R Superintendent', 'Pir Declan Mulholland', 'Psw Hamish MacLeod', 'R Inspector', 'D Operational Planning', 'L Gartcosh', 'T 0141 496 0219']);

I('email', `Sent from my iPhone

> On 2 May 2025, at 19:02, Anjali Venkatesan wrote:
> Did you hear Rizwan got his DS exam? Three goes! He's off to the Rape and Serious Sexual Offences team at Longsight.
> 
> Anj`, ['Psa Anjali Venkatesan', 'Psa Rizwan', 'D Rape and Serious Sexual Offences team', 'L Longsight', 'Psa Anj']);

I('email', `BRIEFING NOTE — RESTRICTED

Prepared for: Chief Constable Leonie Abara-Whitfield
Prepared by: Supt Paolo Benedetti, Corporate Development
Subject: Officer safety — publication of names on WhatDoTheyKnow

1. On 6 May a response to a request was published that included a spreadsheet of 312 rows. A hidden tab listed surname, initial, rank and station for all staff in the Roads Policing and Firearms commands.
2. The Information Rights Manager, Ms Chen Xiaoling, asked for the file to be removed at 11:20; it was taken down by 13:05.
3. Staff affected have been contacted by their line managers. The Police Federation and UNISON have been informed.`, ['R Chief Constable', 'Paf Leonie Abara-Whitfield', 'R Supt', 'Pot Paolo Benedetti', 'D Corporate Development', 'D Roads Policing', 'D Firearms', 'Pea Chen Xiaoling']);

// ---------------------------------------------------------------- rosters and tables
I('roster_csv', `date,shift,collar,rank,surname,forename,post
2025-05-12,Early,2214,PC,Haddad,Rami,Keynsham
2025-05-12,Early,3078,PC,Kaczmarek,Julia,Keynsham
2025-05-12,Early,41,PS,Ekwueme,Chukwudi,Keynsham
2025-05-12,Late,2960,PC,Yeo,Min-jun,Radstock
2025-05-12,Late,5012,SC,Farrell,Padraig,Radstock`, ['O 2214', 'R PC', 'Pme Haddad', 'Pme Rami', 'L Keynsham', 'O 3078', 'R PC', 'Pee Kaczmarek', 'Pee Julia', 'L Keynsham', 'O 41', 'R PS', 'Paf Ekwueme', 'Paf Chukwudi', 'L Keynsham', 'O 2960', 'R PC', 'Pea Yeo', 'Pea Min-jun', 'L Radstock', 'O 5012', 'R SC', 'Pir Farrell', 'Pir Padraig', 'L Radstock']);

I('roster_tsv', `Name\tRank\tTeam\tBase\tRest days
Ogundipe, Tolulope\tDetective Constable\tDomestic Abuse Investigation Unit\tBlackburn\tSat/Sun
Rahimi, Parisa\tDetective Sergeant\tDomestic Abuse Investigation Unit\tBlackburn\tThu/Fri
Whitlock, Barnaby\tDetective Constable\tDomestic Abuse Investigation Unit\tBurnley\tMon/Tue
Szabó, Krisztina\tIntelligence Analyst\tDomestic Abuse Investigation Unit\tBurnley\tSat/Sun`, ['Paf Ogundipe, Tolulope', 'R Detective Constable', 'D Domestic Abuse Investigation Unit', 'L Blackburn', 'Pme Rahimi, Parisa', 'R Detective Sergeant', 'D Domestic Abuse Investigation Unit', 'L Blackburn', 'Pan Whitlock, Barnaby', 'R Detective Constable', 'D Domestic Abuse Investigation Unit', 'L Burnley', 'Pee Szabó, Krisztina', 'R Intelligence Analyst', 'D Domestic Abuse Investigation Unit', 'L Burnley']);

I('roster_table', `OVERTIME CLAIMS – PERIOD 07 (W/E 19/10/2024)
+--------+----------+-------------------+--------+-------+
| Pay No | Rank     | Name              | Hours  | Code  |
+--------+----------+-------------------+--------+-------+
| 0418832| PC       | Ifeanyi Nwachukwu |  6.50  | OT1   |
| 0420917| PC       | Siobhan Keane     |  4.00  | OT1   |
| 0377164| Sgt      | Arjun Pillai      |  8.25  | OT2   |
| 0441050| PCSO     | Daria Lysenko     |  3.00  | OT1   |
+--------+----------+-------------------+--------+-------+
Total hours: 21.75   Approved: Insp. N. Halloran`, ['Y 0418832', 'R PC', 'Paf Ifeanyi Nwachukwu', 'Y 0420917', 'R PC', 'Pir Siobhan Keane', 'Y 0377164', 'R Sgt', 'Psa Arjun Pillai', 'Y 0441050', 'R PCSO', 'Pee Daria Lysenko', 'R Insp.', 'Pir N. Halloran']);

I('roster_table', `SHIFT PATTERN - PORT POLICING, HOLYHEAD (North Wales Police)
NUMBER  RANK  SURNAME        INIT  MON  TUE  WED  THU
  904   PC    ROBERTS        G     D    D    N    N
 1132   PC    AL-MASRI       H     D    D    N    N
 1760   PC    ESPINOZA       L     R    R    D    D
   38   SGT   VAUGHAN-EVANS  M     D    D    D    R`, ['D PORT POLICING', 'L HOLYHEAD', 'F North Wales Police', 'O 904', 'R PC', 'Psw ROBERTS', 'Psw G', 'O 1132', 'R PC', 'Pme AL-MASRI', 'Pme H', 'O 1760', 'R PC', 'Pot ESPINOZA', 'Pot L', 'O 38', 'R SGT', 'Psw VAUGHAN-EVANS', 'Psw M']);

I('roster_csv', `"Surname","Forename","Role","Station","Contact"
"Mbeki-Thompson","Nomvula","PCSO","Moss Side","07700 900612"
"O'Loughlin","Eamon","PCSO","Moss Side","07700 900613"
"Xu","Jiayi","PCSO","Cheetham Hill","07700 900640"
"Romanescu","Vlad","PCSO Supervisor","Cheetham Hill","0161 496 0937"`, ['Paf Mbeki-Thompson', 'Paf Nomvula', 'R PCSO', 'L Moss Side', 'T 07700 900612', 'Pir O\'Loughlin', 'Pir Eamon', 'R PCSO', 'L Moss Side', 'T 07700 900613', 'Pea Xu', 'Pea Jiayi', 'R PCSO', 'L Cheetham Hill', 'T 07700 900640', 'Pee Romanescu', 'Pee Vlad', 'R PCSO Supervisor', 'L Cheetham Hill', 'T 0161 496 0937']);

I('roster_table', `| Shoulder | Officer | Unit | Vetting |
|---|---|---|---|
| 614TX | PC Jamal Farouk | Roads and Transport Policing Command | NPPV3 |
| 2287TX | PC Ellie-Mae Hutchins | Roads and Transport Policing Command | RV |
| 12TX | PS Kamala Devi Ramsaroop | Roads and Transport Policing Command | MV |`, ['O 614TX', 'R PC', 'Pme Jamal Farouk', 'D Roads and Transport Policing Command', 'V NPPV3', 'O 2287TX', 'R PC', 'Pan Ellie-Mae Hutchins', 'D Roads and Transport Policing Command', 'V RV', 'O 12TX', 'R PS', 'Pca Kamala Devi Ramsaroop', 'D Roads and Transport Policing Command', 'V MV']);

I('hr_export', `[
  {"employeeNo": "E209114", "surname": "Adjei", "forenames": "Nana Yaw", "rank": "Chief Inspector", "department": "Contact Management", "vetting": "MV", "vettingExpiry": "2027-03-31"},
  {"employeeNo": "E211870", "surname": "Ó Briain", "forenames": "Fionnuala", "rank": "Call Handler", "department": "Contact Management", "vetting": "NPPV Level 2", "vettingExpiry": "2026-11-01"},
  {"employeeNo": "E198402", "surname": "Matsumoto", "forenames": "Kenji", "rank": "Police Staff", "department": "Digital Forensics Unit", "vetting": "SC", "vettingExpiry": "2028-01-15"}
]`, ['Y E209114', 'Paf Adjei', 'Paf Nana Yaw', 'R Chief Inspector', 'D Contact Management', 'V MV', 'Y E211870', 'Pir Ó Briain', 'Pir Fionnuala', 'R Call Handler', 'D Contact Management', 'V NPPV Level 2', 'Y E198402', 'Pea Matsumoto', 'Pea Kenji', 'D Digital Forensics Unit', 'V SC']);

I('hr_export', `Staff No;Name;Grade;Site;Clearance;Start date
P0071234;Ravindran, Kavitha;Detention Officer;Bournemouth Custody;NPPV2 (Full);01/09/2019
P0072290;Kowalczyk-Smith, Adam;Student Officer;Poole;RV;06/01/2025
P0068811;Charles, Beverley;Crime Scene Investigator;Winfrith;NPPV3;15/04/2012`, ['Y P0071234', 'Psa Ravindran, Kavitha', 'R Detention Officer', 'L Bournemouth Custody', 'V NPPV2 (Full)', 'Y P0072290', 'Pee Kowalczyk-Smith, Adam', 'R Student Officer', 'L Poole', 'V RV', 'Y P0068811', 'Pca Charles, Beverley', 'R Crime Scene Investigator', 'L Winfrith', 'V NPPV3']);

I('roster_tsv', `Service No\tSurname\tInitial\tRank\tDivision\tDepartment
G3318\tMcKellar\tA\tPC\tG Division\tCommunity Policing
N0772\tMunro\tE\tPS\tN Division\tRoads Policing
A1905\tAbubakar\tY\tPC\tA Division\tCommunity Policing
E2264\tTakeda\tS\tDC\tE Division\tCID`, ['O G3318', 'Psw McKellar', 'Psw A', 'R PC', 'L G Division', 'D Community Policing', 'O N0772', 'Psw Munro', 'Psw E', 'R PS', 'L N Division', 'D Roads Policing', 'O A1905', 'Paf Abubakar', 'Paf Y', 'R PC', 'L A Division', 'D Community Policing', 'O E2264', 'Pea Takeda', 'Pea S', 'R DC', 'L E Division', 'D CID']);

I('hr_export', `LEARNING RECORD EXPORT  run 2025-06-02 07:00
PERSNO    NAME                     COURSE                          RESULT   DATE
00915523  HAKIMI Leila             Public Order Level 2            PASS     12/02/2025
00930017  BRENNAN Cathal           Initial Police Search Course    PASS     19/02/2025
00928846  DE SOUZA Gabriel         Taser refresher                 FAIL     03/03/2025
00904470  NAKASHIMA Aiko           Taser refresher                 PASS     03/03/2025`, ['Y 00915523', 'Pme HAKIMI Leila', 'Y 00930017', 'Pir BRENNAN Cathal', 'Y 00928846', 'Pot DE SOUZA Gabriel', 'Y 00904470', 'Pea NAKASHIMA Aiko']);

I('roster_csv', `Callsign,Officer 1,Officer 2,Vehicle,Area
BD11,PC 2764 Afolabi,PC 3391 Mistry,BX69 GHF,Bradford District
BD12,PC 2810 Lindqvist,SC 6603 Zhou,BV20 TNK,Bradford District
KD41,A/Sgt 77 O'Hare,,YJ19 MRC,Kirklees`, ['R PC', 'O 2764', 'Paf Afolabi', 'R PC', 'O 3391', 'Psa Mistry', 'C BX69 GHF', 'L Bradford District', 'R PC', 'O 2810', 'Pot Lindqvist', 'R SC', 'O 6603', 'Pea Zhou', 'C BV20 TNK', 'L Bradford District', 'R A/Sgt', 'O 77', "Pir O'Hare", 'C YJ19 MRC', 'L Kirklees']);

I('hr_export', `Supplier extract – warrant card reprint batch 14

ID Pass No | Surname | Forename | Rank | Pay Number | Vetting
MPS-55102 | Bamgbose | Temitope | DC | 106744 | NPPV Level 3
MPS-55103 | Chaudhary | Imran | Insp | 102291 | SC
MPS-55104 | Wojcik | Natalia | PC | 118830 | NPPV Level 2 (Abbreviated)
MPS-55105 | Jarrett | Courtney | Sgt | 099518 | MV`, ['Paf Bamgbose', 'Paf Temitope', 'R DC', 'Y 106744', 'V NPPV Level 3', 'Psa Chaudhary', 'Psa Imran', 'R Insp', 'Y 102291', 'V SC', 'Pee Wojcik', 'Pee Natalia', 'R PC', 'Y 118830', 'V NPPV Level 2 (Abbreviated)', 'Pca Jarrett', 'Pca Courtney', 'R Sgt', 'Y 099518', 'V MV']);

// ---------------------------------------------------------------- news, press releases, social media
I('news', `A Gloucestershire Constabulary officer who ran into a burning house in Tewkesbury to rescue a pensioner has been nominated for a national bravery award. PC Callum Drinkwater, 27, who is based at Tewkesbury police station, carried 84-year-old Edna Partridge down the stairs. "He didn't hesitate," said his sergeant, Mo Hassan. Mrs Partridge's grandson, Liam, said the family would be forever grateful.`, ['F Gloucestershire Constabulary', 'R PC', 'Pan Callum Drinkwater', 'L Tewkesbury police station', 'Pan Edna Partridge', 'R sergeant', 'Pme Mo Hassan', 'Pan Partridge', 'Pan Liam']);

I('news', `Tributes have been paid to a retired Merseyside detective who led the inquiry into the 1990s Kirkby arson attacks. Former Detective Chief Superintendent Everton Lascelles, who died aged 78, joined the force in 1968 as one of its first Black officers. Chief Constable Sabina Afridi said: "Everton opened doors for so many of us." He is survived by his wife Hyacinth and daughters Marcia and Paulette.`, ['R Detective Chief Superintendent', 'Pca Everton Lascelles', 'R Chief Constable', 'Psa Sabina Afridi', 'Pca Everton', 'Pca Hyacinth', 'Pca Marcia', 'Pca Paulette']);

I('news', `POLICE APPEAL: Do you recognise this man? Officers from the Met's Safer Transport Team in Hammersmith would like to speak to him after a phone was snatched on the District line. Anyone with information should contact PC Farah Jibril on 07700 900855 or call 101 quoting CAD 4471/13JUN. You can also contact Crimestoppers anonymously on 0800 555 111.`, ['F Met', 'D Safer Transport Team', 'L Hammersmith', 'R PC', 'Pot Farah Jibril', 'T 07700 900855']);

I('news', `Court heard that the defendant, Declan Rafferty, 34, of Springfield Road, Belfast, punched Constable Thanh Nguyen in the face outside a bar in the Cathedral Quarter. The officer, who serves in the PSNI's Tactical Support Group, needed four stitches. District Judge Ophelia Warrington fined Rafferty £600 and ordered him to pay £250 compensation.`, ['Pir Declan Rafferty', 'R Constable', 'Pot Thanh Nguyen', 'F PSNI', 'D Tactical Support Group', 'Pan Ophelia Warrington', 'Pir Rafferty']);

I('news', `Twenty-two new constables passed out at Police Scotland's college at Tulliallan on Friday. Among them was 52-year-old former nurse Catriona Mackintosh, who will be posted to Inverness. Prize for the top student went to Dumisani Ncube, who will join the response team at Dundee's West Bell Street office.`, ['F Police Scotland', 'L Tulliallan', 'Psw Catriona Mackintosh', 'L Inverness', 'Paf Dumisani Ncube', 'D response team', 'L West Bell Street office']);

I('news', `@NorthantsPolice shame on your officer PC 1422 who laughed at my mum when she reported her handbag nicked at the Grosvenor Centre. Not good enough. #Northampton`, ['R PC', 'O 1422']);

I('news', `PRESS RELEASE – Civil Nuclear Constabulary

CNC officers at Sellafield have raised more than £8,000 for a children's hospice by cycling the Coast to Coast route. The team was led by Inspector Grzegorz Nowicki and included Authorised Firearms Officers Bethany Crosthwaite and Rahul Deshpande. Chief Superintendent Maureen Galloway, Operations, said she was proud of them.`, ['F Civil Nuclear Constabulary', 'F CNC', 'L Sellafield', 'R Inspector', 'Pee Grzegorz Nowicki', 'Pan Bethany Crosthwaite', 'Psa Rahul Deshpande', 'R Chief Superintendent', 'Psw Maureen Galloway', 'D Operations']);

I('news', `Ministry of Defence Police constable jailed

A Ministry of Defence Police officer stationed at HMNB Clyde has been jailed for two years for stealing fuel. Constable Ross Baillie, 41, of Helensburgh, sold more than 3,000 litres of diesel taken from the base. Sentencing him at Dumbarton Sheriff Court, Sheriff Alasdair Kerr said Baillie had abused a position of trust.`, ['F Ministry of Defence Police', 'F Ministry of Defence Police', 'L HMNB Clyde', 'R Constable', 'Psw Ross Baillie', 'Psw Alasdair Kerr', 'Psw Baillie']);

I('news', `Community WhatsApp (Eastville Residents) — 21:14
Chioma: Anyone else see the police at the shop earlier?
Gary W: Yeah that PCSO Dimitri was there again, the tall one. He's alright actually
Chioma: He gave me his card, says call 07700 900298 if the lads come back
Gary W: 👍`, ['Paf Chioma', 'Pan Gary W', 'R PCSO', 'Pot Dimitri', 'Paf Chioma', 'T 07700 900298', 'Pan Gary W']);

I('news', `British Transport Police have named the officer injured at Leeds station on Saturday night as Detective Constable Amaru Quispe, of the force's Pennine sub-division. DC Quispe was off duty and intervened when a man threatened staff at a ticket barrier. A 29-year-old man from Wakefield has been charged.`, ['F British Transport Police', 'R Detective Constable', 'Pot Amaru Quispe', 'L Pennine sub-division', 'R DC', 'Pot Quispe']);

I('news', `Heddlu Gogledd Cymru: Mae'r Rhingyll Elen Prydderch, o orsaf heddlu Caernarfon, wedi derbyn gwobr am ei gwaith gyda phobl ifanc. / North Wales Police: Sergeant Elen Prydderch, of Caernarfon police station, has received an award for her work with young people.`, ['F Heddlu Gogledd Cymru', 'R Rhingyll', 'Psw Elen Prydderch', 'L orsaf heddlu Caernarfon', 'F North Wales Police', 'R Sergeant', 'Psw Elen Prydderch', 'L Caernarfon police station']);

I('news', `Local elections: candidate is a serving officer

The Independent candidate for the Abbey ward, Kwesi Danquah, is a serving police sergeant with Leicestershire Police. Sgt Danquah, who works in the force's Cyber Crime Unit at Euston Street, said he had cleared his candidacy with the force.`, ['Paf Kwesi Danquah', 'F Leicestershire Police', 'R Sgt', 'Paf Danquah', 'D Cyber Crime Unit', 'L Euston Street']);

I('news', `Ex-PC Ben Kettering, who was sacked in 2021, has lost his appeal at the Police Appeals Tribunal. The tribunal, chaired by Tahira Mahmood, ruled that the original panel had been entitled to find that his messages to PCSO Amira Saleh were sexual harassment.`, ['R PC', 'Pan Ben Kettering', 'Psa Tahira Mahmood', 'R PCSO', 'Pme Amira Saleh']);

// ---------------------------------------------------------------- court listings, inquests
I('court_listing', `WESTMINSTER MAGISTRATES' COURT – COURT 3 – LIST FOR 16/07/2025
10:00  R v KARIMI, Dariush  (DOB 02/11/1988)  s.89 Police Act 1996 – assault on PC 611CW Stoyanov
10:00  R v BRATHWAITE, Shanice (DOB 19/05/2001)  s.5 Public Order Act – OIC DC Olawale Fadipe
11:30  R v LEUNG, Ka Wai  (DOB 30/08/1976)  Fraud by false representation – OIC DS Rhiannon Bevan, Fraud Squad`, ['Pme KARIMI, Dariush', 'B 02/11/1988', 'R PC', 'O 611CW', 'Pee Stoyanov', 'Pca BRATHWAITE, Shanice', 'B 19/05/2001', 'R DC', 'Paf Olawale Fadipe', 'Pea LEUNG, Ka Wai', 'B 30/08/1976', 'R DS', 'Psw Rhiannon Bevan', 'D Fraud Squad']);

I('court_listing', `Employment Tribunal — Listing
Case No: 2401877/2024
Claimant: Mrs Nadira Hussain-Oyelaran
Respondent: Chief Constable of Greater Manchester Police
Hearing: 3–7 November 2025, Manchester (in person)
Witnesses for the respondent: Det Supt Geraint Howells; Ch Insp Marta Ferreira; Mr Jonathan Ashdown (HR Business Partner)`, ['Psa Nadira Hussain-Oyelaran', 'R Chief Constable', 'F Greater Manchester Police', 'R Det Supt', 'Psw Geraint Howells', 'R Ch Insp', 'Pot Marta Ferreira', 'Pan Jonathan Ashdown']);

I('court_listing', `INQUEST TOUCHING THE DEATH OF MR ADEBAYO FOLORUNSHO
Senior Coroner: Miss Philippa Dunmore
Evidence was heard from the custody sergeant, Sgt 1551 Ahmed Nasser, and from Detention Officer Jolene Gidley, who carried out the cell checks at Southampton Central custody. The jury was also shown footage from the body-worn video of PC 2093 Ignatius Mwangi. The jury returned a narrative conclusion.`, ['Paf ADEBAYO FOLORUNSHO', 'Pan Philippa Dunmore', 'R Sgt', 'O 1551', 'Pme Ahmed Nasser', 'R Detention Officer', 'Pan Jolene Gidley', 'L Southampton Central custody', 'R PC', 'O 2093', 'Paf Ignatius Mwangi']);

I('court_listing', `Sheriff Court of Lothian and Borders at Edinburgh — Summary Court 2
PF v Lachlan Buchanan-Reid, d.o.b. 14.01.1994 — Police and Fire Reform (Scotland) Act 2012 s.90 (assault on constable). Reporting officer: PC Mhairi Sinclair, Gayfield Square.
PF v Nasrin Sultani, d.o.b. 22.07.1999 — Road Traffic Act 1988 s.5(1)(a). Vehicle SF22 UXB. Reporting officer: PC Jake Lowther, Road Policing, Fettes.`, ['Psw Lachlan Buchanan-Reid', 'B 14.01.1994', 'R PC', 'Psw Mhairi Sinclair', 'L Gayfield Square', 'Pme Nasrin Sultani', 'B 22.07.1999', 'C SF22 UXB', 'R PC', 'Pan Jake Lowther', 'D Road Policing', 'L Fettes']);

// ---------------------------------------------------------------- custody, incident logs, PNC-style records
I('custody', `CUSTODY RECORD  Suite: Llanelli  Ref: 62LL/2025/00418
Detained person: MORGAN-BOWEN, Carys   D.O.B.: 09/12/1990   Age: 34
Address: 14 Heol y Bryn, Llanelli SA15 3TA
NI number: JR 48 21 76 B
Arresting officer: PC 1083 Tudur Wyn Rees
Custody officer: PS 271 Efosa Igbinedion
Reason: breach of non-molestation order`, ['L Llanelli', 'Psw MORGAN-BOWEN, Carys', 'B 09/12/1990', 'Z SA15 3TA', 'N JR 48 21 76 B', 'R PC', 'O 1083', 'Psw Tudur Wyn Rees', 'R PS', 'O 271', 'Paf Efosa Igbinedion']);

I('custody', `Missing person report – high risk
Name: Tariq Mansour   DOB: 4 June 2009
Last seen: 17:30, Alum Rock Road, wearing a grey Nike hoodie
Mobile: 07700 900171 (switched off since 18:05)
Medical: type 1 diabetes; NHS no. 401 223 5877
Reporting person: Mrs Samira Mansour (mother) 0121 496 0588
OIC: Sgt Paddy Whelan, Birmingham East Neighbourhood Team`, ['Pme Tariq Mansour', 'B 4 June 2009', 'T 07700 900171', 'H 401 223 5877', 'Pme Samira Mansour', 'T 0121 496 0588', 'R Sgt', 'Pir Paddy Whelan', 'L Birmingham East', 'D Neighbourhood Team']);

I('custody', `STOP AND SEARCH RECORD (s.1 PACE)
Person searched: Jerome Baptiste-Lewis   Self-defined ethnicity: B1   Born 23/03/2003
Vehicle: silver VW Golf LN17 WPK
Grounds: smell of cannabis, occupant seen passing item
Officer: PC 4719 Dong-hyun Park, Lambeth TSG U-unit
Outcome: NFA`, ['Pca Jerome Baptiste-Lewis', 'B 23/03/2003', 'C LN17 WPK', 'R PC', 'O 4719', 'Pea Dong-hyun Park', 'L Lambeth', 'D TSG']);

I('custody', `PNC PRINT (extract)
Surname: OKONJO        Forenames: EMEKA CHARLES
DOB: 11/07/1985        POB: LAGOS
PNCID: 03/1123456Z     CRO: 12345/03R
Warning signals: VI (violent), DR (drugs)
Last address: FLAT 2, 40 CROSS STREET, SALE M33 7FT
Vehicle linked: FD65 OJX
Record created by: 2281 DC A Pietrangeli, Trafford CID`, ['Paf OKONJO', 'Paf EMEKA CHARLES', 'B 11/07/1985', 'Z M33 7FT', 'C FD65 OJX', 'O 2281', 'R DC', 'Pot A Pietrangeli', 'L Trafford', 'D CID']);

I('incident_log', `STORM LOG 250614-0233  Grade 1  Domestic
02:33 Call from female, partner shouting, heard breaking glass. Caller: Ms Roxanne Delacroix-Pryce, tel 0113 496 0877.
02:35 Assigned: LS21 (PC 2649 Hussein, PC 3170 Bulmer).
02:41 LS21 on scene.
02:58 LS21: male arrested, en route Elland Road custody. DV risk assessment completed (DASH high), MARAC referral.
03:10 Sgt 1902 Iwu updated.`, ['Pca Roxanne Delacroix-Pryce', 'T 0113 496 0877', 'R PC', 'O 2649', 'Pme Hussein', 'R PC', 'O 3170', 'Pan Bulmer', 'L Elland Road custody', 'R Sgt', 'O 1902', 'Paf Iwu']);

I('incident_log', `Pocket notebook entry (transcribed)
Sat 12/04/25 — 23:50 — Lord Street, Southport. Stopped Ford Transit YE16 HKA driven erratically. Driver gave name Paulius Kazlauskas, dob 17/10/1979. Breath test positive (61). Arrested 23:58. Crewed with PC Seren Hughes.
Signed: PC 6612 M. Oyelowo`, ['C YE16 HKA', 'Pee Paulius Kazlauskas', 'B 17/10/1979', 'R PC', 'Psw Seren Hughes', 'R PC', 'O 6612', 'Paf M. Oyelowo']);

I('custody', `Prisoner handover — Kittybrewster custody

Name: Iain Stewart-Gillies. DOB 28 February 1972. CHI 612 094 3382. Known to be on methadone (script from Foresterhill). Next of kin: sister, Morven, 0131 496 0612.
Handed over by PC Kirsty Baird (Aberdeen North response) to PS Lukas Novák.`, ['L Kittybrewster custody', 'Psw Iain Stewart-Gillies', 'B 28 February 1972', 'H 612 094 3382', 'Psw Morven', 'T 0131 496 0612', 'R PC', 'Psw Kirsty Baird', 'L Aberdeen North', 'D response', 'R PS', 'Pee Lukas Novák']);

I('custody', `Victim details (restricted)
Full name: Amarachi Obi-Nwosu
Date of birth: 05/05/1997
Contact: 07700 900734 / amarachi.on@example.com
Home postcode: RM10 8QJ
NINO: ZA 90 71 23 D
GP: Dagenham Health Centre — NHS number 485 771 2032
Offender's vehicle: black Mercedes C-class, partial index KX**, full index believed KX70 DLR
Victim contact officer: DC Rebecca Thornbury, Barking CID`, ['Paf Amarachi Obi-Nwosu', 'B 05/05/1997', 'T 07700 900734', 'E amarachi.on@example.com', 'Z RM10 8QJ', 'N ZA 90 71 23 D', 'H 485 771 2032', 'C KX70 DLR', 'R DC', 'Pan Rebecca Thornbury', 'L Barking', 'D CID']);

I('incident_log', `Control room log — BTP
19:42  Report of trespasser on the line near Clapham Junction platform 14. Unit 4E41 (PC 4410 Rahman, PC 3967 Kiplagat) deployed.
19:49  Network Rail confirm line blocked.
20:05  Male detained, given name Volodymyr Tkachenko, DOB 30/01/1992, no fixed abode.
20:20  Line reopened. Inspector Wong informed.`, ['F BTP', 'R PC', 'O 4410', 'Psa Rahman', 'R PC', 'O 3967', 'Paf Kiplagat', 'Pee Volodymyr Tkachenko', 'B 30/01/1992', 'R Inspector', 'Pea Wong']);

I('custody', `Section 136 detention — health-based place of safety
Detained: Mr Kalani Akana (born 8 August 1988)
NHS: 702 318 6492
Detaining officers: PC Ngozi Ekwensi and Student Officer Harvey Lomax, Exeter Response
AMHP contacted: Ms Lowri Thomas, 01632 960215`, ['Pot Kalani Akana', 'B 8 August 1988', 'H 702 318 6492', 'R PC', 'Paf Ngozi Ekwensi', 'R Student Officer', 'Pan Harvey Lomax', 'L Exeter', 'D Response', 'Psw Lowri Thomas', 'T 01632 960215']);

I('custody', `Road traffic collision report (extract)
Vehicle 1: Audi A3 reg. WR14 ZTN, driver Sofía Villalobos Ruiz, born 1995-03-12, licence checked OK.
Vehicle 2: marked police BMW X5, reg. NX68 FPK, driver PC 902 Craig Henshaw, Roads Policing, Durham Constabulary. Passenger: PC 1177 Anan Srisai.
Witness: Mr Emmanuel Addo, 07700 900905.`, ['C WR14 ZTN', 'Pot Sofía Villalobos Ruiz', 'B 1995-03-12', 'C NX68 FPK', 'R PC', 'O 902', 'Pan Craig Henshaw', 'D Roads Policing', 'F Durham Constabulary', 'R PC', 'O 1177', 'Pot Anan Srisai', 'Paf Emmanuel Addo', 'T 07700 900905']);

I('incident_log', `Occurrence 24-0088731 (PSNI, Lisburn Road)
Reporting officer: Constable Aoibheann Ní Mhurchú, Service No. 19483
Suspect vehicle: white Transit, reg. AFZ 6218
Suspect: Sean Patrick McGuigan, dob 02/02/1983, of an address in Dunmurry, BT17 0AQ
Injured party: Mr Adnan Haidari (taxi driver), mobile 07700 900562`, ['F PSNI', 'L Lisburn Road', 'R Constable', 'Pir Aoibheann Ní Mhurchú', 'O 19483', 'C AFZ 6218', 'Pir Sean Patrick McGuigan', 'B 02/02/1983', 'Z BT17 0AQ', 'Pme Adnan Haidari', 'T 07700 900562']);

// ---------------------------------------------------------------- vetting and HR letters
I('vetting', `PRIVATE — ADDRESSEE ONLY

Dear Mr Zubair,

Police Staff Vetting — NPPV Level 3

I am pleased to confirm that your application for Non-Police Personnel Vetting at Level 3 has been approved. Your clearance is valid until 12 May 2030. Please quote your staff number, S441093, in any correspondence.

Vetting Manager
Professional Standards Department, West Midlands Police, Lloyd House, Birmingham B4 6NQ`, ['Psa Zubair', 'V NPPV Level 3', 'V Non-Police Personnel Vetting at Level 3', 'Y S441093', 'D Professional Standards Department', 'F West Midlands Police', 'L Lloyd House', 'Z B4 6NQ']);

I('vetting', `Vetting refusal — appeal decision

Applicant: Miss Tanisha Greenidge (date of birth 27/06/2000), applicant for the post of Police Constable, recruitment intake September 2025
Level sought: Recruitment Vetting (RV)
Decision: refusal upheld on the grounds of undisclosed associations. Appeal heard by Detective Superintendent Ifeoluwa Adebanjo, Head of Vetting, Staffordshire Police.`, ['Pca Tanisha Greenidge', 'B 27/06/2000', 'V Recruitment Vetting', 'V RV', 'R Detective Superintendent', 'Paf Ifeoluwa Adebanjo', 'F Staffordshire Police']);

I('vetting', `Contractor vetting summary — Project HALYARD (server migration)

Surname   Forename   Company          Clearance held       Police vetting
Janković  Milan      Vantora Ltd      SC (expires 2027)    NPPV2F
Obuya     Grace      Vantora Ltd      BPSS                 NPPV 2 (Abbreviated)
Sato      Haruto     Kestrel Digital  eDV                  NPPV3
Whyte     Duncan     Kestrel Digital  CTC                  NPPV1`, ['Pee Janković', 'Pee Milan', 'V SC', 'V NPPV2F', 'Paf Obuya', 'Paf Grace', 'V BPSS', 'V NPPV 2 (Abbreviated)', 'Pea Sato', 'Pea Haruto', 'V eDV', 'V NPPV3', 'Psw Whyte', 'Psw Duncan', 'V CTC', 'V NPPV1']);

I('vetting', `From: Force Vetting Unit, North Yorkshire Police
To: A/DS Javier Montoya
Your Management Vetting (MV) renewal is overdue. Until it is complete you may not access the restricted intelligence areas of Athena. Please contact Mrs Yetunde Okafor-Ellis on ext. 3312.`, ['D Force Vetting Unit', 'F North Yorkshire Police', 'R A/DS', 'Pot Javier Montoya', 'V Management Vetting', 'V MV', 'Paf Yetunde Okafor-Ellis']);

// ---------------------------------------------------------------- negatives and near-misses
I('negative', `Headcount by rank, 31 March 2025: Constable 2,841; Sergeant 402; Inspector 118; Chief Inspector 37; Superintendent 14; Chief Superintendent 6; chief officers 4. Police staff 2,210; PCSOs 188; Special Constables 97.`, []);
I('negative', `The new PC World store on the retail park opens on Saturday, with a PS5 bundle on offer at £429.99. Doors open at 9am; the car park has 300 spaces.`, []);
I('negative', `PS: don't forget the parish council (PC) meeting has moved to the village hall on Thursday 7pm. Apologies from the clerk.`, []);
I('negative', `Storm Gerrit brought winds of up to 80mph to Cumbria on Wednesday, and Storm Henk followed a week later. The Met Office issued amber warnings for both.`, []);
I('negative', `Training note: the sergeant should always brief the constables on the risk assessment before deployment. An inspector must authorise any use of the power under section 60, and a superintendent must confirm it within the time limit.`, []);
I('negative', `Results (95% CI 0.71–0.88) suggest that the proportion of cases closed within 28 days rose after the change. We used a DI container and CI pipeline to rebuild the dashboard nightly.`, []);
I('negative', `Washington DC police numbers rose by 4% in 2024, according to figures published by the District. In South Carolina (SC) the picture was mixed.`, []);
I('negative', `Please quote crime reference 4419823/24 and CAD 7713/02MAY in all correspondence. Your incident number is 250502-0119. Page 3 of 7.`, []);
I('negative', `HMRC's specimen National Insurance number, QQ 12 34 56 C, is used on forms as an example only. A number such as FQ 44 19 02 A cannot be valid either, because F and Q are never used as prefix letters.`, []);
I('negative', `The test NHS number 401 223 5878 fails the modulus-11 check and should be rejected by the form. The helpline is open 8am to 6pm.`, []);
I('negative', `Invoice INV-2291-0043 for 12 x Peugeot Rifter vehicles, delivered to the fleet depot on 14/03/2025. Payment terms 30 days. Account number 20914471.`, []);
I('negative', `The date of the hearing is 18/09/2025. The officer's vetting expires on 01/04/2027, and the report was signed on 03/06/2025. None of these dates concerns a birth.`, []);
I('negative', `Cheshire Constabulary's annual report records 1,204 assaults on officers, of whom 62% were constables and 9% were sergeants. Warrant applications to magistrates rose by 11%.`, ['F Cheshire Constabulary']);
I('negative', `The Chief Constable's Commendation is the highest internal award a force can give. Nominations can be made by any officer or member of staff, and are considered by a panel of chief officers.`, []);
I('negative', `Who was the best TV detective: Inspector Morse, Vera Stanhope or Jane Tennison? Our readers voted, and Morse won by a landslide.`, []);
I('negative', `The Nintendo DS Lite was released in 2006. Its successor was the DSi. Many second-hand consoles are sold on local marketplace groups.`, []);
I('negative', `CS gas was replaced by PAVA spray in most forces in the early 2000s. Each canister carries a batch number such as B-20417.`, []);
I('negative', `The Police and Crime Commissioner has set the precept at £14.82 a year more for a Band D property. The Information Commissioner's Office was consulted on the new CCTV policy.`, []);
I('negative', `Applicants for police staff roles will need NPPV vetting at the level set for the post; pay numbers are issued on the first day. Please do not send names or staff numbers by email.`, []);
I('negative', `The MV Princess Grace and the HMS Victory are both moored in Portsmouth this week. Grace Darling Lifeboat Station is open to visitors at weekends.`, []);
I('negative', `Crime in the Hope Street area fell by 12% last year. Rose Hill, Prior Park and Mark Lane all saw increases in burglary, while Young Street had the fewest reports.`, []);
I('negative', `Collar numbers are issued on joining; forces hold ranges for specials and PCSOs. Shoulder numbers are not unique across forces, which is why the warrant card also shows a force name.`, []);
I('negative', `Postcode district LS6 and the SW1 area saw the highest number of bicycle thefts. Full postcodes are not published in this bulletin to protect victims.`, []);
I('negative', `Dyfed-Powys Police figures: officers 1,290 (FTE), staff 790, specials 84. Rank is the same across England and Wales, from constable up to chief constable.`, ['F Dyfed-Powys Police']);
I('negative', `AC units in the custody suite failed during the heatwave. Maintenance ticket 88172 was raised and the DC power supply to the CCTV was replaced.`, []);
I('negative', `The Privy Council meets at Buckingham Palace. The Rt Hon member for the constituency, a Privy Counsellor, was not present.`, []);
I('negative', `Glossary: DS — Detective Sergeant; DC — Detective Constable; PCSO — Police Community Support Officer; NPPV — Non-Police Personnel Vetting; BCU — Basic Command Unit.`, []);
I('negative', `Sergeant Pepper's Lonely Hearts Club Band was released in 1967. The Constable exhibition at Tate Britain includes The Hay Wain.`, []);
I('negative', `Eight of the ten new recruits in the autumn intake at Police Scotland came from outside the Central Belt, and half had previously worked in the care sector.`, ['F Police Scotland']);
I('negative', `Phone the switchboard on 101 or 999 in an emergency. Text relay users should dial 18000. Our opening hours are 08:00 to 20:00.`, []);
I('negative', `Model numbers MX5 ZR1 and SL500 are car models, not registrations. Chassis number WVWZZZ1JZXW000001 is a VIN example.`, []);
I('negative', `The Stanley knife was found at the scene. Officers seized a Florence Nightingale Hospice mug and a Wesley Owen gift card from the bag.`, []);
I('negative', `Staff grade distribution: Band A 41, Band B 230, Band C 512, Band D 396, Band E 87. SEO 12, HEO 31, EO 64. No individual is identified.`, []);

// ---------------------------------------------------------------- more mixed documents
I('minutes', `Minutes — Local Policing Board, Redbridge, 9 May 2025
Present: Supt Reza Tehrani (chair), Insp Hye-jin Kwon, Sgt Oyinkansola Bello, PCSO Nasser Al-Amri, Cllr Patricia Doyle
Apologies: DI Vikram Choudhury
1. Insp Kwon reported a 14% fall in robbery around Ilford station.
2. Action: PCSO Al-Amri to arrange a drop-in session at the Gants Hill library.`, ['L Redbridge', 'R Supt', 'Pme Reza Tehrani', 'R Insp', 'Pea Hye-jin Kwon', 'R Sgt', 'Paf Oyinkansola Bello', 'R PCSO', 'Pme Nasser Al-Amri', 'Pir Patricia Doyle', 'R DI', 'Psa Vikram Choudhury', 'R Insp', 'Pea Kwon', 'R PCSO', 'Pme Al-Amri']);

I('email', `Hi all,

Just a reminder that Jaroslav from the Digital Media Investigation Unit is off until the 3rd. Urgent phone downloads go to Hassan or Mei instead — their numbers are on the board. 

Thanks
Gemma (DMIU admin)`, ['Pee Jaroslav', 'D Digital Media Investigation Unit', 'Pme Hassan', 'Pea Mei', 'Pan Gemma', 'D DMIU']);

I('email', `From: Sgt 26 Zeynep Arslan
To: Response Team 3, Slough
Subject: Briefing – tonight

Team, three things:
1. Body-worn video: PC Aarav Bhatt's camera is faulty, swap it out.
2. PC Magdalena Dudek is acting sergeant for the first half of the shift while I'm at Loddon Valley.
3. Thanks to PC Tyrone Campbell-Hinds for the excellent arrest on Farnham Road last night.
Z`, ['R Sgt', 'O 26', 'Pot Zeynep Arslan', 'D Response Team 3', 'L Slough', 'R PC', 'Psa Aarav Bhatt', 'R PC', 'Pee Magdalena Dudek', 'L Loddon Valley', 'R PC', 'Pca Tyrone Campbell-Hinds', 'Pot Z']);

I('misconduct', `Hearing outcome: Police Sergeant Haruki Onishi, Humberside Police

The officer faced an allegation that he made discriminatory remarks to a colleague, PC Adaeze Umeh, at Clough Road police station in Hull. The panel found the allegation proven and that it amounted to gross misconduct. Sergeant Onishi was dismissed without notice. Mr Fraser Lindsay, for the Appropriate Authority, said the remarks had been repeated over six months.`, ['R Police Sergeant', 'Pea Haruki Onishi', 'F Humberside Police', 'R PC', 'Paf Adaeze Umeh', 'L Clough Road police station', 'L Hull', 'R Sergeant', 'Pea Onishi', 'Psw Fraser Lindsay']);

I('foi_letter', `Annex A — officers who attended public order training in 2024 (names of Inspector rank and above only)

Inspector Carmel Vella — Operational Support Unit — Hinchingbrooke
Chief Inspector Ruairí Mac Giolla Phádraig — Operational Support Unit — Hinchingbrooke
Superintendent Deborah Ashworth-Kemp — Public Order Planning — Parkside

Cambridgeshire Constabulary`, ['R Inspector', 'Pot Carmel Vella', 'D Operational Support Unit', 'L Hinchingbrooke', 'R Chief Inspector', 'Pir Ruairí Mac Giolla Phádraig', 'D Operational Support Unit', 'L Hinchingbrooke', 'R Superintendent', 'Pan Deborah Ashworth-Kemp', 'D Public Order Planning', 'L Parkside', 'F Cambridgeshire Constabulary']);

I('news', `A City of London Police detective has been praised by a judge for her work on a £14m investment fraud. Detective Sergeant Yasmin El-Sayed, of the Fraud Operations unit at Guildhall Yard East, spent four years on the case. Her colleague DC 418CP Oliver Brightwell was also commended.`, ['F City of London Police', 'R Detective Sergeant', 'Pme Yasmin El-Sayed', 'D Fraud Operations', 'L Guildhall Yard East', 'R DC', 'O 418CP', 'Pan Oliver Brightwell']);

I('roster_csv', `staff_id,family_name,given_name,role,unit,phone
S101822,Hosseini,Maryam,Call Handler,Force Control Room,0115 496 0023
S101907,Petrov,Nikolai,Call Handler,Force Control Room,0115 496 0024
S099310,Ramkissoon,Devika,Dispatcher,Force Control Room,0115 496 0025
S100044,Lim,Wei Ling,Intelligence Analyst,Force Intelligence Bureau,0115 496 0051`, ['Y S101822', 'Pme Hosseini', 'Pme Maryam', 'R Call Handler', 'D Force Control Room', 'T 0115 496 0023', 'Y S101907', 'Pee Petrov', 'Pee Nikolai', 'R Call Handler', 'D Force Control Room', 'T 0115 496 0024', 'Y S099310', 'Pca Ramkissoon', 'Pca Devika', 'D Force Control Room', 'T 0115 496 0025', 'Y S100044', 'Pea Lim', 'Pea Wei Ling', 'R Intelligence Analyst', 'D Force Intelligence Bureau', 'T 0115 496 0051']);

I('email', `Ref your query about the caller — the officer who took the report was PC Kowalski, shoulder no. 2238, from Southend. If the lady wants to speak to him, she can leave a message on 01632 960771 and ask for him by name. Don't give out his mobile.

Bev`, ['R PC', 'Pee Kowalski', 'O 2238', 'L Southend', 'T 01632 960771', 'Pan Bev']);

I('misconduct', `IOPC: learning recommendations following a death after police contact in Swindon

The IOPC has made three recommendations to Wiltshire Police following its investigation into the death of Mr Darnell Joseph-Baptiste, 31. Mr Joseph-Baptiste was restrained by four officers in Gorse Hill on 19 March 2024. The officers are referred to as Officer A, Officer B, Officer C and Officer D. IOPC Director Samir Nadeem said the family's questions had been answered.`, ['F Wiltshire Police', 'Pca Darnell Joseph-Baptiste', 'Pca Joseph-Baptiste', 'Pme Samir Nadeem']);

I('hr_export', `Name|Rank|Collar|Payroll|Station|Gender|Contract
Ahmadi S|PC|3361|20114587|Luton|F|Full time
Ashcroft T|PC|2977|20098812|Luton|M|Full time
Oyebanji F|DC|5124|20120033|Dunstable|F|Part time
Trinh V|PS|118|20087761|Dunstable|M|Full time`, ['Pme Ahmadi S', 'R PC', 'O 3361', 'Y 20114587', 'L Luton', 'Pan Ashcroft T', 'R PC', 'O 2977', 'Y 20098812', 'L Luton', 'Paf Oyebanji F', 'R DC', 'O 5124', 'Y 20120033', 'L Dunstable', 'Pot Trinh V', 'R PS', 'O 118', 'Y 20087761', 'L Dunstable']);

I('narrative', `Statement of witness (MG11) — extract
I am a Police Constable with Devon and Cornwall Police, currently posted to Plymouth Charles Cross. On Sunday 2 March 2025 I was on uniformed patrol with PC Grigore Popescu when we were directed to Union Street. There I saw a male I now know to be Kai Tremayne (DOB 20/10/2000) holding a bottle above his head.
Signed: Jasmine Ogunleye-Carter, PC 7390`, ['F Devon and Cornwall Police', 'L Plymouth Charles Cross', 'R PC', 'Pee Grigore Popescu', 'Pan Kai Tremayne', 'B 20/10/2000', 'Paf Jasmine Ogunleye-Carter', 'R PC', 'O 7390']);

I('narrative', `Disclosure schedule MG6C (non-sensitive) — R v Halvorsen
Item 4: Notebook of PC 1720 Ebony Charles, entries 14–16 April.
Item 5: Body-worn footage, PC 2299 Kazuki Mori.
Item 6: Custody record, Maidstone custody, Sgt 902 Sundeep Gill.
Disclosure Officer: DC Ilse van der Berg`, ['Pot Halvorsen', 'R PC', 'O 1720', 'Pca Ebony Charles', 'R PC', 'O 2299', 'Pea Kazuki Mori', 'L Maidstone custody', 'R Sgt', 'O 902', 'Psa Sundeep Gill', 'R Disclosure Officer', 'R DC', 'Pot Ilse van der Berg']);

I('news', `Ballymena: PSNI officers have seized cannabis worth £40,000 from a car stopped on the M2. Sergeant Gavin Lyttle, of the Organised Crime Branch, said: "This was good work by our local officers." A 45-year-old man has been charged.`, ['L Ballymena', 'F PSNI', 'R Sergeant', 'Pir Gavin Lyttle', 'D Organised Crime Branch']);

I('email', `Subject: Taser recertification failures — action

Ma'am, as requested, the three officers who failed the practical element last week are PC Hossein Rezaei (4432), PC Jodie Marsh (4810) and PC Eun-ji Seo (5021). All three are rebooked for 24 June at Netherfield. I'll let their inspectors know.

Regards, Tony Cheung, Training Sergeant, Operational Training Unit, Leicestershire Police`, ['R PC', 'Pme Hossein Rezaei', 'O 4432', 'R PC', 'Pan Jodie Marsh', 'O 4810', 'R PC', 'Pea Eun-ji Seo', 'O 5021', 'L Netherfield', 'Pea Tony Cheung', 'R Training Sergeant', 'D Operational Training Unit', 'F Leicestershire Police']);

I('court_listing', `Crown Court at Snaresbrook — Daily List — Monday 23 June 2025
Court 6 at 10:30
T20247719  R v Omar FARAH-IBRAHIM  (Sentence)
Officer in case: DC Olamide Jegede, Operation Trident
T20250115  R v Bartosz NOWAK and Kamil NOWAK  (Trial, day 3)
OIC: DC Rosemary Pennington, East Area Major Investigation Team`, ['Pot Omar FARAH-IBRAHIM', 'R DC', 'Paf Olamide Jegede', 'D Operation Trident', 'Pee Bartosz NOWAK', 'Pee Kamil NOWAK', 'R DC', 'Pan Rosemary Pennington', 'D East Area Major Investigation Team']);

I('training', `Course register — Level 3 Investigators' Course, cohort 25/02, Hendon
1. DC Amritpal Dhaliwal (Ealing CID)
2. DC Chloé Lefebvre (Ealing CID)
3. TDC Ngoc Anh Pham (Hounslow CID)
4. TDC Keisha Forbes-Morrison (Hounslow CID)
Course tutor: DS Anthony Galea`, ['L Hendon', 'R DC', 'Psa Amritpal Dhaliwal', 'L Ealing', 'D CID', 'R DC', 'Pot Chloé Lefebvre', 'L Ealing', 'D CID', 'R TDC', 'Pea Ngoc Anh Pham', 'L Hounslow', 'D CID', 'R TDC', 'Pca Keisha Forbes-Morrison', 'L Hounslow', 'D CID', 'R DS', 'Pot Anthony Galea']);

I('email', `Thanks Dov — I'll let the Super know. For the avoidance of doubt, the officer you spoke to at the roadside was T/PS Yitzhak Mendel, not PC Mendel-Green, who is a different person altogether and works days at Golders Green.

Nadia Khoury
Neighbourhood Coordinator (Police Staff), Barnet`, ['Pme Dov', 'R T/PS', 'Pme Yitzhak Mendel', 'R PC', 'Pme Mendel-Green', 'L Golders Green', 'Pme Nadia Khoury', 'L Barnet']);

I('roster_tsv', `Week 23 rest-day working\n\nOfficer\tWarrant\tDate\tHours\tAuthorised by\nPC Sanjay Patel-Mehta\t231877\t04/06\t10\tInsp Lorraine Whitaker\nPC Aaliyah Douglas\t240012\t05/06\t8\tInsp Lorraine Whitaker\nPC Rory Quinlan\t219935\t05/06\t10\tCI Bilal Siddiqui`, ['R PC', 'Psa Sanjay Patel-Mehta', 'O 231877', 'R Insp', 'Pan Lorraine Whitaker', 'R PC', 'Pca Aaliyah Douglas', 'O 240012', 'R Insp', 'Pan Lorraine Whitaker', 'R PC', 'Pir Rory Quinlan', 'O 219935', 'R CI', 'Psa Bilal Siddiqui']);

I('narrative', `Officer's report — use of force
On 11/01/2025 at about 01:15 I, PC 3346 Winston Lowe of the Nottingham City Centre Neighbourhood Team, was on foot patrol in Market Square with PC 1198 Deepa Nair. A man, later identified as Ross Sheridan (born 15/08/1996), became aggressive and I drew my Taser but did not fire it.`, ['R PC', 'O 3346', 'Pca Winston Lowe', 'L Nottingham City Centre', 'D Neighbourhood Team', 'R PC', 'O 1198', 'Psa Deepa Nair', 'Pan Ross Sheridan', 'B 15/08/1996']);

I('email', `From: Chief Inspector Shabnam Akhtar
Sent: 12 February 2025 16:47
To: Claire Hammond; Desmond Boyce
Subject: Op MARLIN – press line

Claire, Desmond — please use the following line only: "Officers from Avon and Somerset Police executed a warrant at an address in Easton this morning." Do not name the officers from the Operation Remedy team. Thanks, Shabnam
Mob 07700 900324`, ['R Chief Inspector', 'Psa Shabnam Akhtar', 'Pan Claire Hammond', 'Pca Desmond Boyce', 'Pan Claire', 'Pca Desmond', 'F Avon and Somerset Police', 'D Operation Remedy team', 'Psa Shabnam', 'T 07700 900324']);

I('foi_letter', `Section 40 — personal information

The requester asked for "the name and shoulder number of the officer who gave me a ticket on the A14 on 3 January". We have neither confirmed nor denied whether the officer, or any Suffolk Constabulary officer, was involved. This is because confirming it would disclose personal data of the requester as well as the officer.

Simon Okereke-Blake
Information Rights Officer, Joint Information Management Unit, Norfolk and Suffolk Constabularies`, ['F Suffolk Constabulary', 'Paf Simon Okereke-Blake', 'D Joint Information Management Unit']);

I('custody', `Bail sheet (pre-charge)
Name: Rajesh Kumar Iyer   DOB: 07/09/1968
NI: AB 73 08 41 C
Address: 3 Lime Grove, Wolverhampton WV3 9PX
Conditions: not to contact Priya Iyer; reside and sleep at bail address.
Bail to return: 14/08/2025 10:00 at Wolverhampton custody.
Bailed by: PS 3019 Gurpreet Bains`, ['Psa Rajesh Kumar Iyer', 'B 07/09/1968', 'N AB 73 08 41 C', 'Z WV3 9PX', 'Psa Priya Iyer', 'L Wolverhampton custody', 'R PS', 'O 3019', 'Psa Gurpreet Bains']);

I('news', `Derbyshire: tributes to PCSO who died suddenly

Derbyshire Constabulary has paid tribute to PCSO Delphine Mayers, 49, who served the communities of Glossop for 16 years. Her inspector, Kevin Hartshorn, described her as "the heart of the team." Delphine, who was born in St Lucia, leaves two sons.`, ['F Derbyshire Constabulary', 'R PCSO', 'Pca Delphine Mayers', 'L Glossop', 'R inspector', 'Pan Kevin Hartshorn', 'Pca Delphine']);

I('roster_csv', `Surname,Initials,Rank/Grade,Location,Department
Gunawardena,S.P.,Constable,Banbridge,Local Policing
McAllister,J,Sergeant,Banbridge,Local Policing
Oduro,K.A.,Constable,Newry,Response
Zaręba,M,Constable,Newry,Response
Robinson,W.J.,Police Staff,Armagh,Criminal Justice`, ['Psa Gunawardena', 'Psa S.P.', 'R Constable', 'L Banbridge', 'D Local Policing', 'Pir McAllister', 'Pir J', 'R Sergeant', 'L Banbridge', 'D Local Policing', 'Paf Oduro', 'Paf K.A.', 'R Constable', 'L Newry', 'D Response', 'Pee Zaręba', 'Pee M', 'R Constable', 'L Newry', 'D Response', 'Pan Robinson', 'Pan W.J.', 'L Armagh', 'D Criminal Justice']);

I('email', `Hi Ifeoma,

Can you add DS Chanel Whyte-Ellis (Sexual Offences Investigation Team, Sutton) to the distribution list for the Op BRAMBLE bulletins? Her email is chanel.whyte-ellis@met.police.uk and her pay number is 512204.

Cheers,
Ravi`, ['Paf Ifeoma', 'R DS', 'Pca Chanel Whyte-Ellis', 'D Sexual Offences Investigation Team', 'L Sutton', 'E chanel.whyte-ellis@met.police.uk', 'Y 512204', 'Psa Ravi']);

I('misconduct', `Outcome of misconduct hearing — Police Service of Northern Ireland

Constable Emre Yıldız, attached to Lurgan Neighbourhood Policing Team, faced allegations that he failed to submit intelligence about a family member. The panel found that the officer's conduct amounted to misconduct. Outcome: written warning. The panel was chaired by Chief Superintendent Lesley Armour.`, ['F Police Service of Northern Ireland', 'R Constable', 'Pot Emre Yıldız', 'L Lurgan', 'D Neighbourhood Policing Team', 'R Chief Superintendent', 'Psw Lesley Armour']);

I('custody', `Firearms licensing — home visit record
Applicant: Mr Ruaridh Campbell, DOB 19/04/1961, shotgun certificate renewal
Address: Mains of Auchtertyre, Forres IV36 2RH
Enquiry officer: Firearms Enquiry Officer Tam Gilchrist (police staff)
Supervisor sign-off: Sgt Ewan Matheson, Firearms and Explosives Licensing, Inverness`, ['Psw Ruaridh Campbell', 'B 19/04/1961', 'Z IV36 2RH', 'Psw Tam Gilchrist', 'R Sgt', 'Psw Ewan Matheson', 'D Firearms and Explosives Licensing', 'L Inverness']);

I('hr_export', `{"records":[{"pay_no":"7704412","name":"Adebisi, Kemi","job":"Police Constable","ocu":"Central West","vetting_level":"NPPV 3"},{"pay_no":"7709125","name":"Grimes, Stuart","job":"Police Sergeant","ocu":"Central West","vetting_level":"NPPV 3"},{"pay_no":"7711960","name":"Mukherjee, Ananya","job":"Detective Constable","ocu":"South East","vetting_level":"SC"}]}`, ['Y 7704412', 'Paf Adebisi, Kemi', 'R Police Constable', 'L Central West', 'V NPPV 3', 'Y 7709125', 'Pan Grimes, Stuart', 'R Police Sergeant', 'L Central West', 'V NPPV 3', 'Y 7711960', 'Psa Mukherjee, Ananya', 'R Detective Constable', 'L South East', 'V SC']);

I('news', `Detective Inspector Lennox Gayle (retd) has written a memoir about 30 years in the Met, including his time with the Flying Squad at Barnes. He says he was racially abused by colleagues as a probationer in Brixton in the 1980s.`, ['R Detective Inspector', 'Pca Lennox Gayle', 'F Met', 'D Flying Squad', 'L Barnes', 'L Brixton']);

I('incident_log', `Custody detention log — Bethnal Green custody
08:12 DP booked in by PS 44HT Abdul Karim. Rights given.
08:40 Visit by DDO Shirin Farahani — DP asleep, rousable.
09:15 Solicitor Mr Andreas Georgiou attended.
09:50 Interview by DC 1287HT Zara Ahmed-Lund and DC 1302HT Nkechi Obi.
12:30 Charged. Remanded to Thames Magistrates'.`, ['L Bethnal Green custody', 'R PS', 'O 44HT', 'Pme Abdul Karim', 'R DDO', 'Pme Shirin Farahani', 'Pot Andreas Georgiou', 'R DC', 'O 1287HT', 'Psa Zara Ahmed-Lund', 'R DC', 'O 1302HT', 'Paf Nkechi Obi']);

I('news', `Thread 🧵 1/3: Huge thanks to Sgt Maxine Thorogood and the Bexhill team for finding my dad last night after he wandered off. He has dementia and was missing for six hours. @SussexPolice you should be proud of her.`, ['R Sgt', 'Pan Maxine Thorogood', 'L Bexhill']);

I('vetting', `Vetting clearance certificate
Name: Nikhil Balasubramanian
Role: ICT contractor (network engineer), Hampshire and Isle of Wight Constabulary
Levels granted: NPPV Level 2 (Full); Counter Terrorist Check
Date granted: 02/05/2025   Review: 02/05/2028
Issued by: Joint Vetting Unit, Eastleigh`, ['Psa Nikhil Balasubramanian', 'F Hampshire and Isle of Wight Constabulary', 'V NPPV Level 2 (Full)', 'V Counter Terrorist Check', 'D Joint Vetting Unit', 'L Eastleigh']);

I('email', `Good afternoon Sergeant Papadopoulos,

I write on behalf of my client, Mr Chinedu Anozie, who was arrested by your officers on 2 April. I should be grateful if you would confirm the name and collar number of the officer who conducted the search. My client describes her as a young, dark-haired female officer with the number 5541.

Yours sincerely
Martin Ellwood, Ellwood & Partners Solicitors`, ['R Sergeant', 'Pot Papadopoulos', 'Paf Chinedu Anozie', 'O 5541', 'Pan Martin Ellwood']);

I('training', `Mentor allocation — student officer intake 24/09, Ashford
Student Officer Ramesh Thapa — tutor PC Nicola Ferris
Student Officer Amelia Tran — tutor PC Segun Adewale
Student Officer Gethin Morris — tutor PC Yolanda Pinnock
Student Officer Aisha Jalloh — tutor PC Cormac Tierney`, ['L Ashford', 'R Student Officer', 'Pot Ramesh Thapa', 'R PC', 'Pan Nicola Ferris', 'R Student Officer', 'Pea Amelia Tran', 'R PC', 'Paf Segun Adewale', 'R Student Officer', 'Psw Gethin Morris', 'R PC', 'Pca Yolanda Pinnock', 'R Student Officer', 'Paf Aisha Jalloh', 'R PC', 'Pir Cormac Tierney']);

I('custody', `Safeguarding referral (MASH)
Child: Lena Vogel-Hartmann, DOB 03/03/2015, NHS 438 906 1526
Parent: Ms Jana Hartmann, 07700 900466, jana.h@example.org, postcode CT9 1QS
Referrer: PC 2045 Olek Sobczak, Thanet Neighbourhood Task Force`, ['Pot Lena Vogel-Hartmann', 'B 03/03/2015', 'H 438 906 1526', 'Pot Jana Hartmann', 'T 07700 900466', 'E jana.h@example.org', 'Z CT9 1QS', 'R PC', 'O 2045', 'Pee Olek Sobczak', 'L Thanet', 'D Neighbourhood Task Force']);

I('hr_export', `Sickness absence export (HR) — restricted
Emp ID   | Name              | NINO          | Days | Reason
H0023117 | Farida Nazari     | KL 55 02 18 A | 14   | MSK
H0031906 | Tadeusz Wróbel    | PR 26 71 93 B | 3    | Cold/flu
H0029443 | Hiroshi Inoue     | WE 80 14 62 D | 21   | Stress`, ['Y H0023117', 'Pme Farida Nazari', 'N KL 55 02 18 A', 'Y H0031906', 'Pee Tadeusz Wróbel', 'N PR 26 71 93 B', 'Y H0029443', 'Pea Hiroshi Inoue', 'N WE 80 14 62 D']);

I('email', `From: Mirela Dumitrescu
To: Occupational Health
Subject: referral — PC Yoshiro Kobayashi (pay no. 01188273)

Please see PC Kobayashi as soon as possible following the incident at Kidlington on Friday. His NHS number is 553 210 7742 and his GP is in Bicester. His line manager is A/Insp Pedro Alves on 0118 496 0740.

Mirela Dumitrescu, HR Advisor, Thames Valley Police`, ['Pee Mirela Dumitrescu', 'D Occupational Health', 'R PC', 'Pea Yoshiro Kobayashi', 'Y 01188273', 'R PC', 'Pea Kobayashi', 'L Kidlington', 'H 553 210 7742', 'R A/Insp', 'Pot Pedro Alves', 'T 0118 496 0740', 'Pee Mirela Dumitrescu', 'F Thames Valley Police']);

I('news', `Two Police Scotland officers from Dumfries have been recognised at the Scottish Police Bravery Awards. PC Ailsa Kirkpatrick and PC Tomasz Lewandowski pulled a driver from a burning car on the A75. Chief Superintendent Graeme Niven, divisional commander for Dumfries and Galloway, said they had shown "extraordinary courage".`, ['F Police Scotland', 'L Dumfries', 'R PC', 'Psw Ailsa Kirkpatrick', 'R PC', 'Pee Tomasz Lewandowski', 'R Chief Superintendent', 'Psw Graeme Niven', 'L Dumfries and Galloway']);

I('court_listing', `Police Appeals Tribunal — decision notice
Appellant: former PC Bashir Haidari (Lancashire Constabulary)
The appellant was dismissed on 2 October 2024 for breaches of Honesty and Integrity. The Tribunal, chaired by Ms Olga Sokolova, dismissed the appeal.`, ['R PC', 'Pme Bashir Haidari', 'F Lancashire Constabulary', 'Pee Olga Sokolova']);

I('foi_letter', `Your request (MDP FOI 2025/044)

You asked how many Ministry of Defence Police officers are based at AWE Aldermaston. We can confirm that the MDP deploys officers to the site but are unable to state numbers under section 24 (national security). If you require further assistance, contact the MDP Secretariat at mdp-foi@mod.gov.uk or write to MDP Headquarters, Wethersfield, Braintree CM7 4AZ.`, ['F Ministry of Defence Police', 'L AWE Aldermaston', 'F MDP', 'D MDP Secretariat', 'E mdp-foi@mod.gov.uk', 'L MDP Headquarters', 'L Wethersfield', 'Z CM7 4AZ']);

I('roster_table', `Unit  : Dog Section (North)
Handler             Collar  Dog       Vehicle
PC Lars Eriksen     1609    Bruno     PO19 DKV
PC Jia Hui Song     1733    Storm     PO21 XLA
PC Marcus Adeyemi   1852    Juno      PN70 RCE`, ['D Dog Section (North)', 'R PC', 'Pot Lars Eriksen', 'O 1609', 'C PO19 DKV', 'R PC', 'Pea Jia Hui Song', 'O 1733', 'C PO21 XLA', 'R PC', 'Paf Marcus Adeyemi', 'O 1852', 'C PN70 RCE']);

I('email', `Salam Karim,

The Imam at the Grange Road mosque asked for a contact at the station. I've given him PCSO Yusra Abdi's details (yusra.abdi@westmercia.police.uk, 07700 900588). She covers Worcester North.

Regards
Faisal Hamdan
Inspector, Worcester Safer Neighbourhood Team, West Mercia Police`, ['Pme Karim', 'R PCSO', 'Pot Yusra Abdi', 'E yusra.abdi@westmercia.police.uk', 'T 07700 900588', 'L Worcester North', 'Pme Faisal Hamdan', 'R Inspector', 'L Worcester', 'D Safer Neighbourhood Team', 'F West Mercia Police']);

I('narrative', `RUC personnel card (archive, transcribed)
Name: Head Constable William John Agnew, Service No. 11274
Stations: Enniskillen (1951–58), Omagh (1958–66)
Born 12 March 1920, Lisnaskea.`, ['R Head Constable', 'Pir William John Agnew', 'O 11274', 'L Enniskillen', 'L Omagh', 'B 12 March 1920']);

I('news', `Sgt Dilnoza Karimova of Essex Police's Marine Unit at Burnham-on-Crouch has become the first officer in the force to qualify as a commercial diver instructor.`, ['R Sgt', 'Pot Dilnoza Karimova', 'F Essex Police', 'D Marine Unit', 'L Burnham-on-Crouch']);

I('misconduct', `Notice: misconduct hearing held in private (Article 4 public notice)
Officer: Detective Constable Hyun-woo Bae, Kent Police, Serious Economic Crime Unit
Alleged breach: Confidentiality; Discreditable Conduct.
Outcome: allegations not proven. The officer has returned to full duties at Maidstone.`, ['R Detective Constable', 'Pea Hyun-woo Bae', 'F Kent Police', 'D Serious Economic Crime Unit', 'L Maidstone']);

I('incident_log', `Vehicle pursuit log — Staffordshire Police
00:14 Pursuit initiated, target VW Passat KM63 ZVB, A50 eastbound. Pursuing vehicle: ARV Alpha 3 (PC 5501 Delano Brathwaite, PC 5390 Ali Reza Mohammadi).
00:19 TPAC authorised by Tac Adviser Insp Viktoria Horváth.
00:26 Target stopped at Blythe Bridge. Driver Kyle Dunmore, DOB 29/05/2004, arrested.`, ['F Staffordshire Police', 'C KM63 ZVB', 'R PC', 'O 5501', 'Pca Delano Brathwaite', 'R PC', 'O 5390', 'Pme Ali Reza Mohammadi', 'R Insp', 'Pee Viktoria Horváth', 'Pan Kyle Dunmore', 'B 29/05/2004']);

I('email', `Dewch i'r digwyddiad! / Come along!

Mae Cwnstabl Heddlu Cymunedol Iolo ap Dafydd yn cynnal sesiwn galw heibio yng ngorsaf heddlu Bangor ddydd Mawrth. PCSO Iolo ap Dafydd is holding a drop-in at Bangor police station on Tuesday. Ffoniwch / call 029 2018 0441.`, ['R Cwnstabl Heddlu Cymunedol', 'Psw Iolo ap Dafydd', 'L gorsaf heddlu Bangor', 'R PCSO', 'Psw Iolo ap Dafydd', 'L Bangor police station', 'T 029 2018 0441']);

I('hr_export', `Leavers report Q1 2025 (Cleveland Police)
Employee No,Surname,First name,Role,Leaving reason
CP40118,Barraclough,Neil,Police Constable,Retirement
CP41902,Amadi,Chidi,PCSO,Resignation
CP42377,Jaramillo,Valentina,Intelligence Analyst,Resignation
CP39904,Hussain,Tahir,Detective Sergeant,Transfer (Durham Constabulary)`, ['F Cleveland Police', 'Y CP40118', 'Pan Barraclough', 'Pan Neil', 'R Police Constable', 'Y CP41902', 'Paf Amadi', 'Paf Chidi', 'R PCSO', 'Y CP42377', 'Pot Jaramillo', 'Pot Valentina', 'R Intelligence Analyst', 'Y CP39904', 'Psa Hussain', 'Psa Tahir', 'R Detective Sergeant', 'F Durham Constabulary']);

I('news', `Facebook post, Kingston Police Community Page:
"Meet your new ward officers for Norbiton: PC Hamid Sharifi and PCSO Anneka Lindgren! You'll see them at the Cambridge Road estate every Wednesday. Email kingstonsnt@met.police.uk with any concerns."`, ['L Kingston', 'L Norbiton', 'R PC', 'Pme Hamid Sharifi', 'R PCSO', 'Pot Anneka Lindgren', 'E kingstonsnt@met.police.uk']);

I('negative', `Officer numbers by force (FTE, March 2025): Metropolitan Police Service 33,976; Greater Manchester Police 8,120; West Midlands Police 7,385. Source: Home Office statistics.`, ['F Metropolitan Police Service', 'F Greater Manchester Police', 'F West Midlands Police']);

I('negative', `Victoria Cross-style bravery? The Victoria Cross is the highest award for gallantry, and Victoria station has a new ticket hall. Neither needs redacting.`, []);

I('negative', `Booking ref JX7-22K19. Your NHS appointment letter reference is 123 456 7890 and must not be confused with an NHS number. Reference 00412 refers to the folder, not an officer.`, []);

I('negative', `Constable Country near Dedham is popular with visitors, and the Bishop of Durham will open the new wing. King Street, Queen Street and Duke Street are closed for resurfacing.`, []);

I('roster_csv', `Surname,Forename,Rank,Station
Ó Súilleabháin,Donncha,PC,Strandtown
Nakamura,Emi,PC,Strandtown
Cuffy,Andre,PS,Strandtown
MacGabhann,Bríd,PC,Grosvenor Road`, ['Pir Ó Súilleabháin', 'Pir Donncha', 'R PC', 'L Strandtown', 'Pea Nakamura', 'Pea Emi', 'R PC', 'L Strandtown', 'Pca Cuffy', 'Pca Andre', 'R PS', 'L Strandtown', 'Pir MacGabhann', 'Pir Bríd', 'R PC', 'L Grosvenor Road']);

// ---------------------------------------------------------------- build and checks
function nhsOk(s) {
  const d = s.replace(/\s|-/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  let t = 0; for (let i = 0; i < 9; i++) t += Number(d[i]) * (10 - i);
  let c = 11 - (t % 11); if (c === 11) c = 0; if (c === 10) return false;
  return c === Number(d[9]);
}
function niOk(s) {
  const m = /^([A-Z])([A-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])?$/.exec(s);
  if (!m) return false;
  const bad = 'DFIQUV';
  if (bad.includes(m[1]) || bad.includes(m[2]) || m[2] === 'O') return false;
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1] + m[2])) return false;
  return true;
}
const PC_RE = /^([A-Z]{1,2}\d[A-Z\d]?) ?\d[A-Z]{2}$/;
const errors = [];
const warnings = [];
const out = [];
items.forEach((it, idx) => {
  const id = 'unseen-' + String(idx + 1).padStart(4, '0');
  let cursor = 0;
  const spans = [];
  for (const raw of it.spans) {
    const m = /^([A-Z])([a-z]{2})?(?:~(\d+))? (.+)$/s.exec(raw);
    if (!m) { errors.push(`${id}: bad span spec ${JSON.stringify(raw)}`); continue; }
    const [, code, org, occ, str] = m;
    const type = TYPES[code];
    if (!type) { errors.push(`${id}: unknown code ${code}`); continue; }
    if ((type === 'PERSON') !== Boolean(org)) { errors.push(`${id}: origin only and always on PERSON: ${raw}`); continue; }
    if (org && !ORIGINS[org]) { errors.push(`${id}: bad origin ${org}`); continue; }
    let pos = it.text.indexOf(str, cursor);
    for (let k = 0; k < Number(occ || 0) && pos >= 0; k++) pos = it.text.indexOf(str, pos + 1);
    if (pos < 0) { errors.push(`${id}: not found after ${cursor}: ${JSON.stringify(str)}`); continue; }
    const prev = pos > 0 ? it.text.lastIndexOf(str, pos - 1) : -1;
    if (!occ && prev >= 0 && prev >= cursor) warnings.push(`${id}: ${JSON.stringify(str)} skipped an earlier occurrence`);
    const span = { start: pos, end: pos + str.length, type, text: str };
    if (org) span.origin = ORIGINS[org];
    spans.push(span);
    cursor = span.end;
    if (type === 'NHS_NUMBER' && !nhsOk(str)) errors.push(`${id}: NHS check fails ${str}`);
    if (type === 'NI_NUMBER' && !niOk(str)) errors.push(`${id}: NI invalid ${str}`);
    if (type === 'UK_POSTCODE' && !PC_RE.test(str)) errors.push(`${id}: postcode shape ${str}`);
  }
  for (const t of new Set(spans.map((s) => s.text))) {
    if (t.length < 4) continue;
    const esc = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp('(?<![\\p{L}\\p{N}])' + esc + '(?![\\p{L}\\p{N}])', 'gu');
    for (const mm of it.text.matchAll(re)) {
      const a = mm.index, b = a + t.length;
      if (!spans.some((s) => s.start <= a && b <= s.end)) warnings.push(`${id}: unlabelled repeat of ${JSON.stringify(t)} at ${a}`);
    }
  }
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) errors.push(`${id}: overlap/order ${spans[i - 1].text} / ${spans[i].text}`);
  }
  for (const s of spans) if (it.text.slice(s.start, s.end) !== s.text) errors.push(`${id}: slice mismatch`);
  if (it.kind === 'negative' && spans.some((s) => s.type !== 'FORCE')) errors.push(`${id}: negative with non-FORCE span`);
  out.push({ id, kind: it.kind, text: it.text, spans });
});
const ids = new Set(out.map((o) => o.text));
if (ids.size !== out.length) errors.push('duplicate texts');
for (const w of warnings) console.warn('warning:', w);
if (errors.length) { for (const e of errors) console.error('error:', e); process.exit(1); }
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'unseen.jsonl'), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
const count = (f) => { const c = {}; for (const x of f) c[x] = (c[x] || 0) + 1; return Object.entries(c).sort((a, b) => b[1] - a[1]); };
const all = out.flatMap((o) => o.spans);
console.log(`items ${out.length}; spans ${all.length}`);
console.log('kinds', JSON.stringify(count(out.map((o) => o.kind))));
console.log('types', JSON.stringify(count(all.map((s) => s.type))));
console.log('origins', JSON.stringify(count(all.filter((s) => s.origin).map((s) => s.origin))));
