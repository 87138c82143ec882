/**
 * Same-origin correction. Given names and surnames are not independent: a Yoruba given name goes with a Yoruba
 * surname far more often than chance. If both parts belong (almost only) to a community making up a share `c`
 * of the population, and are independent inside it, then P(given, surname) = P(given) × P(surname) / c. The
 * model multiplies the independent estimate by `1 / c` when both parts carry the same origin cue, and never
 * lets the joint share exceed the rarer part's share.
 *
 * Community shares are rounded from the 2021 Census of England and Wales (ONS, ethnic group; Open Government
 * Licence v3.0): Indian, Pakistani, Bangladeshi and other Asian 8.5%; Chinese and other East Asian about 1.2%;
 * Black African 2.5%; Arab and other Middle Eastern about 1.5%; people from central and eastern Europe about
 * 3.5% (from the same census's country of birth and passports held, rounded).
 *
 * @module
 */
import {
  RISK_ARABIC_SURNAME,
  RISK_EAST_EUROPEAN_SURNAME,
  RISK_PUNJABI_GIVEN,
  RISK_WEST_AFRICAN_START,
} from '../core/regex/risk.js';

/**
 * An origin group used by the same-origin correction.
 *
 * @example
 * ```ts
 * const o: Origin = 'south_asian';
 * ```
 */
export type Origin = 'south_asian' | 'east_asian' | 'west_african' | 'middle_eastern' | 'eastern_european';

/**
 * Approximate share of the UK population in each origin group (2021 Census of England and Wales, rounded).
 *
 * @example
 * ```ts
 * ORIGIN_SHARE.south_asian; // 0.085
 * ```
 */
export const ORIGIN_SHARE: Readonly<Record<Origin, number>> = {
  south_asian: 0.085,
  east_asian: 0.012,
  west_african: 0.025,
  middle_eastern: 0.015,
  eastern_european: 0.035,
};

/** Whether a space-separated word list (with a space at each end) holds `key`. */
const inList = (list: string, key: string): boolean => list.includes(` ${key} `);

const MUSLIM_GIVEN = ' mohammed muhammad mohammad mohamed mohamad muhammed ahmed ahmad ali omar umar hassan hussain hussein ibrahim yusuf yousef youssef ismail abdul abdullah mustafa mostafa bilal hamza zain zainab fatima fatimah aisha ayesha maryam mariam khadija amina aminah samira yasmin yasmeen imran tariq asif faisal adnan usman osman kamran khalid khaled rashid nasir nadia sana saira sadia hafsa noor nur ';
const SOUTH_ASIAN_GIVEN = ' sajid shahid zahid wasim waseem naveed nadeem javed aamir amir irfan arif zubair junaid shazia nazia rubina samina farzana rukhsana shabana parveen nasreen tahira raj rajesh ramesh suresh dinesh mahesh ganesh sunil anil ravi sanjay vijay ajay deepak amit rahul rohit vikram arjun krishna hari priya pooja neha anjali sunita anita geeta seema rekha meena kavita asha lakshmi nisha sonia manoj vinod ashok pradeep sandeep kuldip kiran gurdev jaswant balbir baljit jasbir harbans mukesh nilesh hitesh jayesh bhavesh kalpesh paresh rakesh sachin vishal shiv arun varun tarun hemant ';
const SOUTH_ASIAN_SURNAME = ' patel shah singh kaur khan ahmed ahmad ali hussain hussein begum akhtar akhter iqbal mahmood mahmud rahman rehman islam uddin miah mia bibi malik aslam javed butt chaudhry chaudhary choudhury chowdhury choudhry akram anwar arshad bashir hanif latif nawaz qureshi rashid raza riaz sadiq saleem shafiq sharif siddiqui siddique sultana yousaf yusuf zaman hossain haque hoque alam sheikh shaikh mirza bhatti abbasi sharma kumar gill sandhu sidhu dhillon grewal bains sohal johal sahota atwal mann virdi kang mistry parmar chauhan lad joshi mehta desai gupta verma rana rao reddy nair pillai menon das sen bose ghosh chopra kapoor kapur malhotra babu pandya solanki vaghela makwana thakkar pathak tiwari mishra pandey yadav naidu iyer krishnan chatterjee banerjee mukherjee ';
const EAST_ASIAN_GIVEN = ' wei jun jing ying xiao hui yan mei ling lei hao yu ming qing jie xin yang fang min hong tao bo chen lin ping hua feng kai zhi yi xiaoming xiaoyu yuki hiroshi takeshi kenji akira haruto sakura yuko keiko minh anh thanh huong linh trang duc tuan hung hoa jae minjun seo jiwoo hyun ';
const EAST_ASIAN_SURNAME = ' wong chan li liu zhang wang chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang cao deng feng cheng cheung leung lam ng yip tse chow fung kwok lau yeung tam chu choi yu zhong jiang xiao nguyen tran pham hoang vu phan dang bui do ngo duong ly kim park jung kang cho yoon jang lim shin han oh seo kwon hwang ahn song yamamoto tanaka suzuki sato watanabe takahashi ito nakamura kobayashi kato yoshida yamada sasaki matsumoto inoue kimura hayashi shimizu mori abe ikeda hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura okamoto matsuda nakagawa ';
const WEST_AFRICAN_GIVEN = ' ade seun segun femi dapo tunde emeka ngozi nkechi chioma chiamaka chinedu chidi obinna ikenna uchenna kehinde taiwo folake funmilayo yetunde bukola bola sade kemi kunle wale lanre kwame kwaku kwabena kwasi kofi kojo yaw ama akua abena efua adwoa esi ekow nana kwesi afia amara chinonso ifeanyi nnamdi ebuka eze obi oge ';
const WEST_AFRICAN_SURNAME = ' adeyemi adebayo adeleke adewale adeniyi adeola adesina okafor okonkwo okoro okeke okoye obi eze nwosu nwachukwu onyeka mensah owusu boateng asante osei appiah agyeman adjei darko amoah ansah acheampong frimpong bonsu oduya ogunleye oyelaran olawale oladipo olaniyan afolabi akinola babatunde balogun bello ibrahim abubakar mohammed danjuma musa yusuf coker kamara sesay conteh bangura koroma jalloh bah diallo ';
const MIDDLE_EASTERN_SURNAME = ' abdullah ibrahim mahmoud mustafa saleh salih haddad khalil nasser nasr hamad hamid said sayed saeed farah hassan hussein aziz karim rahimi ahmadi mohammadi hosseini rezaei yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin kara koc kurt ozkan simsek polat korkmaz ';
const EAST_EUROPEAN_GIVEN = ' piotr pawel krzysztof tomasz marcin michal lukasz jakub mateusz kamil andrzej grzegorz wojciech dariusz marek zbigniew jerzy janusz rafal przemyslaw sebastian agnieszka katarzyna malgorzata magdalena aleksandra justyna beata dorota ewelina izabela jolanta karolina marta natalia paulina sylwia urszula zofia ionut andrei bogdan vasile florin mihai cristian gheorghe constantin adrian daniela ioana mihaela andreea elena alina oana vytautas tomas jonas dmitri dmitry sergei sergey vladimir oleksandr olena yulia svetlana irina tatiana nikolai ivan ';

/**
 * The origin cues of a given name and a surname (both raw text), as sets of groups.
 *
 * @example
 * ```ts
 * nameOrigins('Oluwaseun', 'given', 'oluwaseun'); // Set { 'west_african' }
 * ```
 */
export function nameOrigins(raw: string, part: 'given' | 'surname', key: string): ReadonlySet<Origin> {
  const out = new Set<Origin>();
  if (key.length === 0) return out;
  if (part === 'given') {
    if (inList(MUSLIM_GIVEN, key)) {
      out.add('south_asian');
      out.add('middle_eastern');
      out.add('west_african');
    }
    if (inList(SOUTH_ASIAN_GIVEN, key) || RISK_PUNJABI_GIVEN.test(key)) out.add('south_asian');
    if (inList(EAST_ASIAN_GIVEN, key)) out.add('east_asian');
    if (inList(WEST_AFRICAN_GIVEN, key) || RISK_WEST_AFRICAN_START.test(key)) out.add('west_african');
    if (inList(EAST_EUROPEAN_GIVEN, key)) out.add('eastern_european');
    return out;
  }
  if (inList(SOUTH_ASIAN_SURNAME, key)) out.add('south_asian');
  if (inList(EAST_ASIAN_SURNAME, key)) out.add('east_asian');
  if (inList(WEST_AFRICAN_SURNAME, key) || RISK_WEST_AFRICAN_START.test(key)) out.add('west_african');
  if (inList(MIDDLE_EASTERN_SURNAME, key) || RISK_ARABIC_SURNAME.test(raw.trim())) out.add('middle_eastern');
  if (RISK_EAST_EUROPEAN_SURNAME.test(key) && key.length > 4) out.add('eastern_european');
  return out;
}

/**
 * The multiplier for a given name and surname sharing an origin: `1 / c` for the smallest combined community
 * share `c` of the groups both parts point to, or 1 when they share none.
 *
 * @example
 * ```ts
 * sameOriginFactor(new Set(['west_african']), new Set(['west_african'])); // 40
 * ```
 */
export function sameOriginFactor(given: ReadonlySet<Origin>, surname: ReadonlySet<Origin>): { factor: number; origin?: Origin[] } {
  const shared = [...given].filter((o) => surname.has(o));
  if (shared.length === 0) return { factor: 1 };
  const c = shared.reduce((s, o) => s + ORIGIN_SHARE[o], 0);
  return { factor: 1 / c, origin: shared };
}

/**
 * Whether two name words read as an East Asian surname written first (`Zhang Wei`, `Nguyen Minh`): the first is a
 * listed East Asian surname and the second a listed East Asian given name.
 *
 * @example
 * ```ts
 * surnameFirstEastAsian('Zhang', 'Wei'); // true
 * ```
 */
export function surnameFirstEastAsian(first: string, second: string): boolean {
  const a = first.normalize('NFKD').toLowerCase().replace(/[^a-z]/gu, '');
  const b = second.normalize('NFKD').toLowerCase().replace(/[^a-z]/gu, '');
  return inList(EAST_ASIAN_SURNAME, a) && inList(EAST_ASIAN_GIVEN, b) && !inList(EAST_ASIAN_SURNAME, b);
}
