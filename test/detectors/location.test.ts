import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { location } from '../../src/detectors/location.js';

const pipe = createPipeline({ detectors: [location()] });
const places = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).map((f) => f.text);

describe('location', () => {
  it.each([
    ['based at Brixton police station', ['Brixton police station']],
    ['at Musgrave Street police station', ['Musgrave Street police station']],
    ["King's Lynn Police Station, 3 Queen Street", ["King's Lynn Police Station"]],
    ['the custody suite at Wembley Custody Suite', ['Wembley Custody Suite']],
    ['Gayfield Square Police Office', ['Gayfield Square Police Office']],
    ['Any officer based at Carmarthen', ['Carmarthen']],
    ['working in the Firearms Unit at Croydon.', ['Croydon']],
    ['who is stationed in Omagh', ['Omagh']],
    ['Early turn – Perry Barr – 08/03/2019', ['Perry Barr']],
    ['Team 5 earlies\tLowestoft\tPublic Protection Unit', ['Lowestoft']],
    ['DS 1234 R. Kowalczyk | MIT | Lewisham', ['Lewisham']],
    ['while on duty at Newtownabbey station, PC Gray', ['Newtownabbey station']],
    ['the protest at Steelhouse Lane on 11 June', ['Steelhouse Lane']],
    ['OIC: PCSO Z. Ionescu 4979, Chelmsford.', ['Chelmsford']],
    ['PC Lee from Brixton nick', ['Brixton nick']],
    ['transferred to Stoke-on-Trent', ['Stoke-on-Trent']],
  ])('finds the workplace in %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    'Address: 74 Victoria Road, Croydon',
    'She appeared at Highbury Corner Magistrates Court.',
    'He was born in Lisburn.',
    'Reading the report took an hour.',
    'Essex Police said',
    'the police station was closed',
    'We met at Waterloo station.',
    'He lives in Croydon.',
  ])('reports nothing in %j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('takes values of location columns', () => {
    const csv = 'Surname,Initials,Rank,Location\nWhitlock,M,DS,Kirkcaldy\nBartley,T,DC,Bethnal Green\nKhan,A,PC,Nowhere Town\n';
    expect(places(csv)).toEqual(['Kirkcaldy', 'Bethnal Green', 'Nowhere Town']);
  });

  it('labels a single cell under a location header', () => {
    expect(places('Lewisham', { header: 'Station' })).toEqual(['Lewisham']);
    expect(places('Lewisham', { header: 'Notes' })).toEqual([]);
  });
});

describe('location after strong workplace cues', () => {
  it.each([
    ['PC Jones is based at Ystradgynlais.', ['Ystradgynlais']],
    ['She was posted to Market Rasen last year', ['Market Rasen']],
    ['He works out of Much Wenlock', ['Much Wenlock']],
  ])('takes a place not in the gazetteer in %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each([
    'She was posted to Special Branch.',
    'He transferred to CID last year.',
    'working in Essex Police since 2010',
    'based at The Old Mill',
  ])('does not take units or forces for places in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('location does not take places that open other names', () => {
  it.each([
    'In March the Bath Rugby team played at Sale Sharks.',
    'The Working Group met at Leeds Town Hall.',
  ])('reports nothing in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('location: geographic commands and places beside units and officers', () => {
  it.each([
    ['officers of Highlands and Islands Division attended', ['Highlands and Islands Division']],
    ['OIC: DC 4098 Thackray, Leeds District CID', ['Leeds District']],
    ['duty amendments for N Division this week', ['N Division']],
    ['Daniel Okwu, Central East BCU, Engagement Team', ['Central East BCU']],
    ["Lincolnshire Police's East Area commander", ['East Area']],
    ['the Bradford Local Policing Area', ['Bradford Local Policing Area']],
  ])('takes a geographic command: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each([
    'the Specialist Crime Division said',
    'transferred to Operations Support Division',
    'Please wait in the Reception Area.',
    'The Car Park Area is closed.',
    'a Wide Area Network fault',
  ])('does not take a functional command or an ordinary area: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
  it.each([
    ['the duty rota of the Dundee Road Policing Unit', ['Dundee']],
    ['brief Keighley NPT on the new orders', ['Keighley']],
    ['who worked on the Colchester response team', ['Colchester']],
    ['PC 3117 WINTERBOTTOM (Oldham) arrested him', ['Oldham']],
    ['name of officer (PC Gaurav Solanki, Harrow) withheld', ['Harrow']],
    ['Neighbourhood Policing Team, Dewsbury', ['Dewsbury']],
    ['formerly of Response, Lisburn, was found', ['Lisburn']],
    ['the two officers from Chapeltown who helped', ['Chapeltown']],
    ['remains on restricted duties at Lurgan.', ['Lurgan']],
    ['Police in Newry are appealing for information.', ['Newry']],
    ['Officer: PS 409 Kim Soo-yeon, Custody, Southampton Central', ['Southampton Central']],
    ['overtime payments for officers at Aldershot North.', ['Aldershot North']],
    ["Hackney's new borough commander, Chief Superintendent Lee", ['Hackney']],
    ['Escort from: Colindale custody to court', ['Colindale']],
    ['Vetting Unit | West Midlands Police\nLloyd House, Birmingham\n', ['Lloyd House']],
    ['(Devon and Cornwall Police, Torquay) – not proven', ['Torquay']],
    ['Stopped by PC 2615 Ibrahim Darwish-Lane, Spinney Hill.', ['Spinney Hill']],
  ])('takes a place naming where a unit or officer works: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each([
    'Present: Ch Supt Harpreet Sandhu (Chair); Insp Marlon Beckford (Neighbourhoods)',
    'We drove from Leeds Road to the Leeds Arena.',
    'She grew up in Colchester and studied law.',
    'For the Federation: Sgt Alan Gilchrist, Constable Nadia Rahman-Stewart.',
    'Manchester City won; Leeds United lost.',
  ])('does not take roles in parentheses or places with no police context: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('location: Welsh premises, a place’s own team, crews and counters, GeoNames towns', () => {
  it.each([
    ['Mae hi yn gweithio yng ngorsaf heddlu Caernarfon.', ['ngorsaf heddlu Caernarfon']],
    ['Cysylltwch â Swyddfa Heddlu Wrecsam.', ['Swyddfa Heddlu Wrecsam']],
    ['Also, Leon from the Hucknall team says the van is back.', ['Hucknall']],
    ['the late-turn crew at Moss Side made nights bearable', ['Moss Side']],
    ['covering the front counter at Stretford tomorrow', ['Stretford']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each(['The England team won.', 'A crew of four sailed from Falmouth.', 'She grew up in Wivenhoe.'])('no workplace in %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('location({ places }): more places in the gazetteer', () => {
  const text = 'Also, Leon from the Wivenhoe team says the van is back; Sam from the Kempston team stayed.';
  it('finds places the built-in gazetteer lacks only when they are given', () => {
    expect(places(text)).toEqual([]);
    const more = createPipeline({ detectors: [location({ places: ['Wivenhoe', 'Kempston'] })] });
    expect(more.scan(text).map((f) => f.text)).toEqual(['Wivenhoe', 'Kempston']);
  });
  it('has the GeoNames towns in the root entry’s default pipeline', async () => {
    const { defaultDetectors } = await import('../../src/presets.js');
    const found = createPipeline({ detectors: defaultDetectors() }).scan(text).filter((f) => f.type === 'LOCATION');
    expect(found.map((f) => f.text)).toEqual(['Wivenhoe', 'Kempston']);
  });
  it.each([[{ places: 'Wivenhoe' }], [{ places: [''] }], [{ places: [42] }], [null]])('rejects %j with a clear error', (options) => {
    expect(() => location(options as never)).toThrow(/location/u);
  });
});
