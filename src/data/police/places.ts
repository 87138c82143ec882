/**
 * A UK place gazetteer for workplaces: towns and cities, London boroughs and districts, Scottish, Welsh and
 * Northern Irish towns, and well-known police station names. Written from general knowledge of UK geography
 * and the forces' published station lists (see docs/detectors.md). Used only with evidence that the place
 * is where someone works (a station word, `based at`, a Location column, a roster heading).
 *
 * @module
 */

/**
 * Towns, cities, boroughs and districts.
 *
 * @example
 * ```ts
 * PLACES.includes('Lewisham'); // true
 * ```
 */
export const PLACES: readonly string[] = Object.freeze([
  'Barking', 'Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'Croydon', 'Ealing', 'Enfield', 'Greenwich', 'Hackney',
  'Hammersmith', 'Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington', 'Kensington', 'Chelsea',
  'Kingston', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge', 'Richmond', 'Southwark', 'Sutton', 'Tower Hamlets',
  'Waltham Forest', 'Wandsworth', 'Westminster', 'Brixton', 'Peckham', 'Tottenham', 'Bethnal Green', 'Stoke Newington', 'Holloway',
  'Walthamstow', 'Stratford', 'Forest Gate', 'Ilford', 'Romford', 'Wembley', 'Kilburn', 'Willesden', 'Edmonton', 'Wood Green',
  'Hornsey', 'Muswell Hill', 'Finchley', 'Colindale', 'Hendon', 'Golders Green', 'Hampstead', 'Kentish Town', 'Holborn',
  'Marylebone', 'Paddington', 'Notting Hill', 'Shepherds Bush', 'Chiswick', 'Acton', 'Southall', 'Uxbridge', 'Heathrow', 'Feltham',
  'Twickenham', 'Wimbledon', 'Mitcham', 'Streatham', 'Clapham', 'Battersea', 'Balham', 'Tooting', 'Putney', 'Vauxhall',
  'Kennington', 'Walworth', 'Bermondsey', 'Rotherhithe', 'Camberwell', 'Dulwich', 'Sydenham', 'Catford', 'Deptford', 'Woolwich',
  'Eltham', 'Plumstead', 'Thamesmead', 'Bexleyheath', 'Orpington', 'Beckenham', 'Penge', 'Norwood', 'Thornton Heath', 'Purley',
  'Coulsdon', 'Leyton', 'Leytonstone', 'Chingford', 'Hackney Wick', 'Dalston', 'Shoreditch', 'Whitechapel', 'Limehouse', 'Poplar',
  'Isle of Dogs', 'Canary Wharf', 'Bow', 'Mile End', 'Stepney', 'Wapping', 'Plaistow', 'Canning Town', 'East Ham', 'West Ham',
  'Leman Street', 'Charing Cross', 'Belgravia', 'Soho', 'Covent Garden', 'Mayfair', 'Pimlico', 'Lavender Hill', 'Earls Court',
  'Edgware', 'Harlesden', 'Highbury', 'Finsbury Park', 'Archway', 'Tottenham Court Road', 'Greenford', 'Northolt', 'Ruislip',
  'Hayes', 'Brentford', 'Teddington', 'Surbiton', 'New Malden', 'Morden', 'Wallington', 'Carshalton', 'Cheam', 'Erith', 'Sidcup',
  'Welling', 'Chislehurst', 'Barkingside', 'Wanstead', 'Woodford', 'Hornchurch', 'Rainham', 'Upminster', 'Harold Hill',
  'Enfield Town', 'Ponders End', 'Southgate', 'Palmers Green', 'Friern Barnet', 'Mill Hill', 'Burnt Oak', 'Kingsbury', 'Neasden',
  'Harrow Road', 'Bishopsgate', 'Snow Hill', 'Wood Street', 'Birmingham', 'Manchester', 'Liverpool', 'Leeds', 'Sheffield',
  'Bristol', 'Newcastle', 'Newcastle upon Tyne', 'Nottingham', 'Leicester', 'Coventry', 'Bradford', 'Wolverhampton',
  'Stoke-on-Trent', 'Derby', 'Southampton', 'Portsmouth', 'Plymouth', 'Exeter', 'Norwich', 'Ipswich', 'Cambridge', 'Oxford',
  'Reading', 'Slough', 'Milton Keynes', 'Luton', 'Northampton', 'Peterborough', 'Bedford', 'Watford', 'St Albans',
  'Hemel Hempstead', 'Stevenage', 'Hertford', 'Hatfield', 'Welwyn Garden City', 'Chelmsford', 'Colchester', 'Southend',
  'Southend-on-Sea', 'Basildon', 'Harlow', 'Brentwood', 'Grays', 'Clacton', 'Braintree', 'Canterbury', 'Maidstone', 'Ashford',
  'Dover', 'Folkestone', 'Margate', 'Ramsgate', 'Gravesend', 'Dartford', 'Medway', 'Chatham', 'Gillingham', 'Rochester',
  'Tonbridge', 'Tunbridge Wells', 'Sevenoaks', 'Brighton', 'Hove', 'Crawley', 'Horsham', 'Worthing', 'Chichester', 'Eastbourne',
  'Hastings', 'Lewes', 'Guildford', 'Woking', 'Staines', 'Reigate', 'Redhill', 'Epsom', 'Winchester', 'Basingstoke', 'Aldershot',
  'Farnborough', 'Andover', 'Newport', 'Ryde', 'Bournemouth', 'Poole', 'Weymouth', 'Dorchester', 'Salisbury', 'Swindon',
  'Chippenham', 'Trowbridge', 'Bath', 'Taunton', 'Yeovil', 'Bridgwater', 'Weston-super-Mare', 'Gloucester', 'Cheltenham', 'Stroud',
  'Truro', 'Camborne', 'Penzance', 'Newquay', 'Bodmin', 'Barnstaple', 'Torquay', 'Paignton', 'Newton Abbot', 'Aylesbury',
  'High Wycombe', 'Abingdon', 'Banbury', 'Bicester', 'Witney', 'Didcot', 'Maidenhead', 'Bracknell', 'Newbury', 'Wokingham',
  'Windsor', 'Lowestoft', 'Bury St Edmunds', 'Martlesham', 'Martlesham Heath', 'Felixstowe', 'Haverhill', 'Sudbury', 'Stowmarket',
  'Newmarket', 'Wymondham', 'Aylsham', 'Great Yarmouth', 'Thetford', 'Dereham', 'Cromer', 'Fakenham', 'Swaffham', 'Downham Market',
  "King's Lynn", 'Kings Lynn', 'Ely', 'Huntingdon', 'St Neots', 'Wisbech', 'March', 'Lincoln', 'Grantham', 'Boston', 'Skegness',
  'Spalding', 'Scunthorpe', 'Grimsby', 'Hull', 'Kingston upon Hull', 'Beverley', 'Goole', 'Bridlington', 'York', 'Harrogate',
  'Scarborough', 'Northallerton', 'Selby', 'Skipton', 'Whitby', 'Middlesbrough', 'Stockton', 'Stockton-on-Tees', 'Hartlepool',
  'Redcar', 'Darlington', 'Durham', 'Bishop Auckland', 'Peterlee', 'Consett', 'Sunderland', 'Gateshead', 'South Shields',
  'North Shields', 'Wallsend', 'Blyth', 'Ashington', 'Cramlington', 'Hexham', 'Alnwick', 'Berwick', 'Carlisle', 'Workington',
  'Whitehaven', 'Barrow', 'Barrow-in-Furness', 'Kendal', 'Penrith', 'Lancaster', 'Morecambe', 'Preston', 'Blackpool', 'Blackburn',
  'Burnley', 'Accrington', 'Chorley', 'Leyland', 'Skelmersdale', 'Ormskirk', 'Southport', 'Bootle', 'Birkenhead', 'Wallasey',
  'St Helens', 'Wigan', 'Leigh', 'Bolton', 'Bury', 'Rochdale', 'Oldham', 'Ashton-under-Lyne', 'Stockport', 'Salford', 'Trafford',
  'Tameside', 'Altrincham', 'Sale', 'Stretford', 'Longsight', 'Moss Side', 'Cheetham Hill', 'Wythenshawe', 'Eccles', 'Swinton',
  'Warrington', 'Widnes', 'Runcorn', 'Chester', 'Crewe', 'Macclesfield', 'Northwich', 'Ellesmere Port', 'Wilmslow', 'Knutsford',
  'Congleton', 'Stafford', 'Tamworth', 'Lichfield', 'Cannock', 'Burton upon Trent', 'Leek', 'Newcastle-under-Lyme', 'Hanley',
  'Shrewsbury', 'Telford', 'Hereford', 'Worcester', 'Kidderminster', 'Redditch', 'Bromsgrove', 'Evesham', 'Warwick',
  'Leamington Spa', 'Nuneaton', 'Rugby', 'Stratford-upon-Avon', 'Solihull', 'Walsall', 'Dudley', 'West Bromwich', 'Sandwell',
  'Smethwick', 'Sutton Coldfield', 'Perry Barr', 'Aston', 'Handsworth', 'Erdington', 'Digbeth', 'Lloyd House', 'Kings Heath',
  'Acocks Green', 'Bordesley Green', 'Sparkhill', 'Selly Oak', 'Harborne', 'Halesowen', 'Stourbridge', 'Oldbury', 'Bilston',
  'Wednesbury', 'Mansfield', 'Newark', 'Worksop', 'Retford', 'Hucknall', 'Arnold', 'Beeston', 'West Bridgford', 'Bulwell',
  'Radford Road', 'Bridewell', 'Nottingham Central', 'Chesterfield', 'Buxton', 'Glossop', 'Ilkeston', 'Long Eaton', 'Ripley',
  'Matlock', 'Loughborough', 'Hinckley', 'Coalville', 'Melton Mowbray', 'Market Harborough', 'Oakham', 'Kettering', 'Corby',
  'Wellingborough', 'Daventry', 'Huddersfield', 'Halifax', 'Wakefield', 'Dewsbury', 'Keighley', 'Pontefract', 'Castleford',
  'Batley', 'Chapeltown', 'Killingbeck', 'Elland Road', 'Pudsey', 'Otley', 'Doncaster', 'Rotherham', 'Barnsley', 'Snig Hill',
  'Attercliffe', 'Ecclesfield', 'Grimethorpe', 'Thornaby', 'Jarrow', 'Washington', 'Houghton-le-Spring', 'Seaham', 'Longbenton',
  'Forth Banks', 'Byker', 'Etal Lane', 'Hebburn', 'Ashby', 'Cardiff', 'Cardiff Bay', 'Cardiff Central', 'Swansea',
  'Swansea Central', 'Wrexham', 'Bangor', 'Caernarfon', 'Colwyn Bay', 'Rhyl', 'Llandudno', 'Holyhead', 'Mold', 'Flint',
  'Prestatyn', 'St Asaph', 'Aberystwyth', 'Carmarthen', 'Llanelli', 'Haverfordwest', 'Pembroke Dock', 'Milford Haven', 'Brecon',
  'Newtown', 'Welshpool', 'Llandrindod Wells', 'Cardigan', 'Ammanford', 'Neath', 'Port Talbot', 'Bridgend', 'Barry',
  'Merthyr Tydfil', 'Pontypridd', 'Caerphilly', 'Cwmbran', 'Pontypool', 'Abergavenny', 'Monmouth', 'Chepstow', 'Ebbw Vale',
  'Blackwood', 'Aberdare', 'Tonypandy', 'Maesteg', 'Penarth', 'Fairwater', 'Canton', 'Ely Bridge', 'Butetown', 'Glasgow',
  'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Perth', 'Stirling', 'Falkirk', 'Kirkcaldy', 'Dunfermline', 'Glenrothes',
  'Livingston', 'Paisley', 'Greenock', 'Kilmarnock', 'Ayr', 'Irvine', 'Dumfries', 'Motherwell', 'Hamilton', 'East Kilbride',
  'Cumbernauld', 'Coatbridge', 'Airdrie', 'Clydebank', 'Dumbarton', 'Govan', 'Leith', 'Gayfield Square', 'Fettes', 'St Leonards',
  'Craigmillar', 'Drylaw', 'Corstorphine', 'Wester Hailes', 'Portobello', 'Helen Street', 'Stewart Street', 'London Road',
  'Baird Street', 'Cathcart', 'Pollok', 'Maryhill', 'Partick', 'Shettleston', 'Easterhouse', 'Tulliallan', 'Elgin', 'Fort William',
  'Oban', 'Wick', 'Thurso', 'Kirkwall', 'Lerwick', 'Stornoway', 'Peterhead', 'Fraserburgh', 'Arbroath', 'Montrose', 'Forfar',
  'St Andrews', 'Cupar', 'Methil', 'Bathgate', 'Dalkeith', 'Musselburgh', 'Haddington', 'Galashiels', 'Hawick', 'Jedburgh',
  'Kelso', 'Peebles', 'Stranraer', 'Alloa', 'Grangemouth', 'Larbert', 'Rutherglen', 'Wishaw', 'Bellshill', 'Kirkintilloch',
  'Saltcoats', 'Belfast', 'Lisburn', 'Newtownabbey', 'Newtownards', 'Holywood', 'Carrickfergus', 'Larne', 'Ballymena', 'Antrim',
  'Ballymoney', 'Coleraine', 'Limavady', 'Londonderry', 'Derry', 'Strabane', 'Omagh', 'Enniskillen', 'Dungannon', 'Cookstown',
  'Magherafelt', 'Armagh', 'Portadown', 'Lurgan', 'Craigavon', 'Banbridge', 'Newry', 'Downpatrick', 'Ballynahinch', 'Comber',
  'Musgrave Street', 'Strandtown', 'Tennent Street', 'Grosvenor Road', 'Woodbourne', 'Lisnasharragh', 'Antrim Road', 'Castlereagh',
  'Knocknagoney', 'Dunmurry', 'Glengormley', 'Crossmaglen', 'Keady', 'Kilkeel', 'Warrenpoint', 'Ballyclare', 'Randalstown',
  'Portrush', 'Portstewart', 'Strand Road', 'Waterside', 'Lisnaskea', 'Fintona', 'Dungiven', 'Maghera', 'Ballycastle',
  // Police Scotland's local policing divisions and the council areas they are named after.
  'North East', 'Tayside', 'Highlands and Islands', 'Forth Valley', 'Edinburgh City', 'The Lothians and Scottish Borders',
  'Lothians and Scottish Borders', 'Lothians', 'Scottish Borders', 'Fife', 'Greater Glasgow', 'Renfrewshire and Inverclyde', 'Renfrewshire',
  'Inverclyde', 'Argyll and West Dunbartonshire', 'Argyll and Bute', 'West Dunbartonshire', 'East Dunbartonshire', 'Lanarkshire',
  'North Lanarkshire', 'South Lanarkshire', 'Ayrshire', 'North Ayrshire', 'South Ayrshire', 'East Ayrshire', 'Dumfries and Galloway',
  'Aberdeenshire', 'Moray', 'Angus', 'Perth and Kinross', 'Clackmannanshire', 'Midlothian', 'East Lothian', 'West Lothian',
  // PSNI's policing districts (the council areas of Northern Ireland).
  'Belfast City', 'Lisburn and Castlereagh', 'Ards and North Down', 'North Down', 'Newry, Mourne and Down', 'Mourne',
  'Armagh City, Banbridge and Craigavon', 'Mid and East Antrim', 'Causeway Coast and Glens', 'Derry City and Strabane',
  'Fermanagh and Omagh', 'Mid Ulster', 'Antrim and Newtownabbey',
]);

/**
 * Well-known police station and headquarters names that are also streets or areas; a bare mention after `at`
 * is taken as the station.
 *
 * @example
 * ```ts
 * STATION_NAMES.includes('Steelhouse Lane'); // true
 * ```
 */
export const STATION_NAMES: readonly string[] = Object.freeze([
  'Steelhouse Lane', 'Bootle Street', 'Musgrave Street', 'Paddington Green', 'Charing Cross', 'Cardiff Bay', 'Swansea Central',
  'Nottingham Central', 'Lloyd House', 'New Scotland Yard', 'Scotland Yard', 'Lambeth HQ', 'Hendon', 'Leman Street', 'Bishopsgate',
  'Snow Hill', 'Wood Street', 'Belgravia', 'Lavender Hill', 'Tottenham Court Road', 'Strandtown', 'Tennent Street',
  'Grosvenor Road', 'Knocknagoney', 'Brooklyn', 'Gayfield Square', 'Fettes', 'Helen Street', 'Stewart Street', 'Baird Street',
  'Tulliallan', 'Elland Road', 'Killingbeck', 'Snig Hill', 'Forth Banks', 'Radford Road', 'Bridewell', 'Lisburn Road',
  'Antrim Road', 'Strand Road', 'London Road', 'Harrow Road', 'Etal Lane', 'Lisnasharragh', 'Woodbourne',
]);
