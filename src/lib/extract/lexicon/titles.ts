// Words that name a title or role. A title is a run of words ending in one of these heads
// ("Homeland Security Secretary", "Texas Gov.", "fire chief"); the head decides whether the
// holder is an official.

/** Title heads whose holders hold public office or serve in government, lower case. */
export const OFFICIAL_HEADS = new Set([
  'president', 'vice president', 'secretary', 'minister', 'premier', 'chancellor', 'governor', 'gov.', 'lt. gov.',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'mayor', 'councilman', 'councilwoman', 'councilmember', 'councillor', 'alderman', 'judge', 'justice', 'magistrate',
  'ambassador', 'envoy', 'diplomat', 'attorney general', 'prosecutor', 'district attorney', 'commissioner', 'sheriff',
  'speaker', 'leader', 'whip', 'chairman', 'chairwoman', 'chair', 'advisor', 'adviser', 'official', 'czar',
  'king', 'queen', 'prince', 'princess', 'monarch', 'emperor', 'general', 'gen.', 'admiral', 'colonel', 'col.',
  'lieutenant', 'lt.', 'captain', 'capt.', 'sgt.', 'sergeant', 'officer', 'detective', 'trooper', 'administrator',
  'director', 'chief', 'attorney', 'superintendent', 'inspector', 'auditor', 'comptroller', 'treasurer', 'deputy', 'undersecretary',
  'prime minister', 'pm', 'mp', 'assemblyman', 'assemblywoman', 'delegate', 'consul', 'regent', 'dictator',
  'commandant', 'commander', 'cmdr.', 'cdr.', 'adm.', 'rear admiral', 'vice admiral', 'maj.', 'major general', 'brig.',
  'brigadier', 'marshal', 'constable', 'supt.', 'insp.', 'det.', 'corporal', 'cpl.', 'ensign', 'petty officer', 'cllr.',
  'first minister', 'chief minister', 'returning officer', 'head', 'member', 'cabinet secretary', 'cs',
]);

/** Title heads of people who do not hold office: staff, professionals, athletes, reporters. */
export const OTHER_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'executive', 'founder', 'owner', 'manager', 'coach', 'head coach',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'forward', 'guard', 'captain',
  'reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'writer', 'author', 'analyst', 'economist',
  'professor', 'prof.', 'researcher', 'scientist', 'doctor', 'dr.', 'nurse', 'physician', 'surgeon', 'epidemiologist',
  'lawyer', 'activist', 'organizer', 'organiser', 'president-elect', 'candidate', 'nominee', 'challenger',
  'strategist', 'pollster', 'consultant', 'engineer', 'teacher', 'student', 'resident', 'farmer', 'worker', 'driver',
  'pastor', 'rev.', 'reverend', 'bishop', 'pope', 'cardinal', 'imam', 'rabbi', 'priest', 'meteorologist', 'forecaster',
  'cfo', 'coo', 'cto', 'chief executive', 'chief financial officer', 'chief operating officer', 'vice chairman',
  'historian', 'expert', 'fellow', 'volunteer', 'witness', 'survivor', 'mr.', 'mrs.', 'ms.', 'miss', 'mx.',
  'runner', 'player', 'coordinator', 'substitute', 'sub', 'spokespeople', 'star', 'champion', 'winger', 'boss', 'negotiator', 'steward', 'plaintiff', 'defendant',
]);

/** Honorifics that introduce a name without saying anything about office. */
export const HONORIFICS = new Set([
  'mr.', 'mrs.', 'ms.', 'miss', 'mx.', 'dr.', 'prof.', 'rev.', 'sir', 'dame', 'lord', 'lady',
  // Malaysian, Nigerian and Indonesian honours that stand before a name and say nothing of office.
  'datuk', 'seri', 'dato', "dato'", 'tun', 'alhaji', 'alhaja', 'hajiya', 'haji', 'hajjah',
]);

/**
 * Heads that make the holder an official only when the title names a public body
 * ("director of the National Weather Service" yes, "director of a charity" no).
 */
export const OFFICIAL_WHEN_PUBLIC = new Set([
  'director', 'chief', 'administrator', 'attorney', 'commissioner', 'superintendent', 'inspector', 'officer', 'chairman',
  'chairwoman', 'chair', 'leader', 'attorney', 'advisor', 'adviser', 'deputy', 'captain', 'official', 'treasurer', 'speaker',
  'commander', 'head', 'member',
]);

/** Heads of staff who speak for a body: officials only when the body is part of government ({@link GOVERNMENT_BODY_WORDS}). */
export const SPOKESPERSON_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

/**
 * Words that name a part of government outright, stricter than {@link PUBLIC_BODY_WORDS}: a
 * "Coast Guard spokeswoman" speaks for the state, an "Allina Health spokesperson" for a company.
 */
export const GOVERNMENT_BODY_WORDS = new Set([
  'department', 'ministry', 'agency', 'government', 'federal', 'city', 'county', 'police', 'fire', 'white', 'senate',
  'congress', 'parliament', 'council', 'homeland', 'pentagon', 'army', 'navy', 'military', 'coast', 'guard', 'border',
  'patrol', 'customs', 'embassy', 'authority', 'administration', 'commission', 'bureau', 'court', 'presidential',
  'president', 'mayor', 'governor', 'prime', 'minister', 'kremlin', 'cabinet', 'municipal', 'sheriff', 'prosecutor',
  'prosecutors', 'state', 'interior', 'forces', 'marines', 'prefecture', 'port',
]);

/** Words in a title that show it belongs to a public body. */
export const PUBLIC_BODY_WORDS = new Set([
  'department', 'ministry', 'agency', 'government', 'federal', 'state', 'city', 'county', 'police', 'fire', 'white',
  'house', 'senate', 'congress', 'parliament', 'council', 'homeland', 'security', 'national', 'u.s.', 'district', 'fed', 'reserve', 'civil',
  'public', 'health', 'service', 'bureau', 'administration', 'commission', 'army', 'navy', 'military', 'court', 'coast', 'guard', 'authority',
  'forces', 'marines', 'interior', 'ministry',
  'cabinet', 'majority', 'minority', 'party', 'assembly', 'municipal', 'border', 'patrol', 'customs', 'pentagon',
]);

/** Words in a title that tie it to a private body, so its holder is not an official ("union president"). */
export const PRIVATE_BODY_WORDS = new Set([
  'union', 'company', 'association', 'club', 'university', 'college', 'school', 'league', 'foundation', 'charity',
  'group', 'corp.', 'inc.', 'team', 'church', 'hospital', 'bank', 'firm', 'coalition', 'campaign', 'network',
]);

/** Full words for abbreviated titles, so "the Ohio governor" can find "Ohio Gov. Mike Ross". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'capt.': 'captain', 'sgt.': 'sergeant', 'prof.': 'professor', 'dr.': 'doctor', 'rev.': 'reverend',
  'pm': 'prime minister', 'cs': 'cabinet secretary', 'cllr.': 'councilmember', 'adviser': 'advisor', 'councillor': 'councilmember', 'adm.': 'admiral', 'cmdr.': 'commander',
  'cdr.': 'commander', 'maj.': 'major', 'brig.': 'brigadier', 'supt.': 'superintendent', 'insp.': 'inspector', 'det.': 'detective', 'cpl.': 'corporal',
};

/** Words that may sit inside a title before its head ("acting", "former", "deputy"). */
export const TITLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'assistant', 'senior', 'interim', 'then', 'then-', 'outgoing', 'incoming', 'vice', 'chief', 'top', 'lead', 'head', 'associate', 'general', 'special', 'press', 'foreign', 'defense', 'defence', 'finance', 'interior', 'health', 'security', 'national', 'homeland', 'state', 'police', 'fire', 'union', 'team', 'club', 'company', 'city', 'county', 'federal', 'district', 'u.s.', 'us', 'majority', 'minority', 'house', 'senate', 'party', 'opposition', 'regional', 'local', 'provincial', 'lt.', 'staff', 'news', 'political', 'white', 'economic', 'trade', 'climate', 'public', 'county', 'justice', 'labor', 'labour', 'education', 'transport', 'transportation', 'energy', 'agriculture', 'commerce', 'treasury', 'emergency', 'chief executive', 'central']);

/**
 * Titles that head a government when followed by "of" and a government or a place ("Chief
 * Executive of the territory", "premier of the province"); a company's chief executive is not an
 * official.
 */
export const HEAD_OF_GOVERNMENT_TITLES = /\b(?:chief\s+executive|premier|first\s+minister|chief\s+minister|head|leader|governor|president|administrator|prime\s+minister|mayor)\s+of\s+(?:the\s+)?(\S+(?:\s+\S+)?)/i;

/** Words for a government or a territory, after "of" in a head-of-government title. */
export const GOVERNMENT_UNITS = new Set([
  'territory', 'province', 'state', 'region', 'island', 'islands', 'country', 'nation', 'republic', 'city', 'government',
  'federation', 'kingdom', 'emirate', 'county', 'district', 'municipality', 'commonwealth', 'canton', 'prefecture', 'council',
  'borough', 'town', 'village', 'administration', 'cabinet',
]);
