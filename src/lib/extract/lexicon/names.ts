// Capitalised words that are not personal names. A run of capitalised words that contains one
// of these is a place, an organisation, a document or a sentence opener, not a person.

/** Heads and parts of organisation, place, event and document names, lower case. */
export const NON_NAME_WORDS = new Set([
  // organisations and institutions
  'department', 'ministry', 'agency', 'administration', 'government', 'house', 'senate', 'congress', 'parliament',
  'council', 'committee', 'commission', 'court', 'party', 'union', 'association', 'federation', 'league', 'club',
  'university', 'college', 'school', 'institute', 'foundation', 'center', 'centre', 'hospital', 'clinic', 'bank',
  'company', 'corporation', 'corp.', 'inc.', 'ltd.', 'co.', 'group', 'holdings', 'news', 'press', 'times', 'post',
  'journal', 'network', 'service', 'services', 'bureau', 'office', 'police', 'force', 'army', 'navy', 'guard', 'patrol',
  'security', 'homeland', 'state', 'states', 'united', 'national', 'federal', 'international', 'global', 'republic',
  'kingdom', 'nations', 'union', 'organization', 'organisation', 'authority', 'board', 'fund', 'program', 'programme',
  'project', 'initiative', 'alliance', 'coalition', 'movement', 'front', 'assembly', 'cabinet', 'secretariat', 'team',
  'fc', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'partners', 'capital', 'media', 'church', 'mosque',
  'museum', 'library', 'stadium', 'arena', 'airport', 'station', 'port', 'prison', 'jail', 'market', 'exchange',
  'index', 'reserve', 'treasury', 'pentagon', 'kremlin', 'embassy', 'consulate', 'democrats', 'republicans',
  'democrat', 'republican', 'democratic', 'conservative', 'conservatives', 'labour', 'labor', 'liberal', 'liberals',
  'greens', 'tories', 'tory', 'health', 'education', 'justice', 'defense', 'defence', 'energy', 'weather', 'fire',
  'rescue', 'emergency', 'management', 'protection', 'control', 'prevention', 'disease', 'diseases', 'affairs',
  'relations', 'development', 'resources', 'safety', 'transportation', 'transport', 'commerce', 'labor', 'trade',
  'census', 'statistics', 'survey', 'study', 'report', 'act', 'bill', 'law', 'declaration', 'treaty', 'accord',
  'agreement', 'convention', 'protocol', 'plan', 'policy', 'strategy', 'amendment', 'constitution', 'charter',
  'summit', 'conference', 'forum', 'games', 'cup', 'championship', 'championships', 'open', 'olympics', 'series',
  'bowl', 'marathon', 'festival', 'award', 'awards', 'prize', 'day', 'eve', 'week', 'christmas', 'easter',
  'thanksgiving', 'ramadan', 'hanukkah', 'diwali', 'covid', 'covid-19', 'internet', 'web', 'app',
  // last words of company and publication names ("Aegean Shipping Lines", "Metro Wire", "Northwind Holdings")
  'lines', 'line', 'shipping', 'ferries', 'cruises', 'maritime', 'freight', 'logistics', 'airline', 'air', 'aviation',
  'railways', 'railway', 'railroad', 'rail', 'transit', 'express', 'industries', 'enterprises', 'ventures', 'brands',
  'foods', 'stores', 'pharmaceuticals', 'pharma', 'labs', 'laboratories', 'insurance', 'securities', 'investments',
  'financial', 'bancorp', 'trust', 'realty', 'properties', 'construction', 'mining', 'petroleum', 'oil', 'steel',
  'telecom', 'communications', 'broadcasting', 'solutions', 'consulting', 'wire', 'herald', 'tribune', 'gazette',
  'chronicle', 'ledger', 'courier', 'observer', 'daily', 'weekly', 'magazine', 'radio', 'television', 'tv', 'telegraph',
  'guardian', 'examiner', 'dispatch', 'bulletin', 'globe', 'mirror', 'sun', 'star', 'inquirer', 'sentinel', 'monitor',
  'guild', 'chamber', 'syndicate', 'cooperative', 'tribunal', 'directorate', 'command', 'corps', 'fleet', 'brigade',
  // places
  'society', 'societies', 'crescent', 'cross', 'city', 'cities', 'garden', 'gardens', 'county', 'province', 'region', 'district', 'valley', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'island',
  'islands', 'mountain', 'mountains', 'mount', 'mt.', 'hill', 'hills', 'park', 'forest', 'desert', 'coast', 'beach',
  'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'square', 'bridge', 'highway',
  'interstate', 'route', 'canyon', 'creek', 'falls', 'harbor', 'harbour', 'peninsula', 'hemisphere', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'san', 'santa',
  'los', 'las', 'el', 'fort', 'saint', 'america', 'americas', 'europe', 'asia', 'africa', 'middle', 'latin', 'pacific',
  'atlantic', 'mexico', 'texas', 'california', 'florida', 'york', 'washington', 'london', 'paris', 'guatemala', 'cuba',
  'venezuela', 'israel', 'ukraine', 'russia', 'china', 'japan', 'india', 'canada', 'brazil', 'germany', 'france',
  'britain', 'england', 'scotland', 'ireland', 'wales', 'spain', 'italy', 'iran', 'iraq', 'syria', 'gaza', 'egypt',
  'turkey', 'greece', 'poland', 'korea', 'vietnam', 'australia', 'zealand', 'argentina', 'colombia', 'chile', 'peru',
  'honduras', 'haiti', 'nicaragua', 'salvador', 'panama', 'arizona', 'nevada', 'oregon', 'ohio', 'illinois', 'chicago',
  'boston', 'atlanta', 'miami', 'houston', 'dallas', 'denver', 'seattle', 'phoenix', 'detroit', 'philadelphia',
  'angeles', 'francisco', 'diego', 'vegas', 'orleans', 'jersey', 'carolina', 'dakota', 'virginia', 'hampshire',
  'massachusetts', 'michigan', 'pennsylvania', 'wisconsin', 'minnesota', 'missouri', 'iowa', 'kansas', 'oklahoma',
  'louisiana', 'alabama', 'mississippi', 'tennessee', 'kentucky', 'indiana', 'colorado', 'utah', 'idaho', 'montana',
  'wyoming', 'alaska', 'hawaii', 'maine', 'vermont', 'connecticut', 'maryland', 'delaware', 'nebraska', 'arkansas',
  'tokyo', 'beijing', 'moscow', 'kyiv', 'berlin', 'madrid', 'rome', 'ottawa', 'toronto', 'sydney', 'manila', 'delhi',
  'mumbai', 'cairo', 'istanbul', 'tehran', 'baghdad', 'jerusalem', 'kabul', 'pakistan', 'afghanistan', 'indonesia',
  'philippines', 'nigeria', 'kenya', 'ethiopia', 'sudan', 'morocco', 'algeria', 'tunisia', 'libya', 'lebanon',
  'jordan', 'saudi', 'arabia', 'emirates', 'qatar', 'yemen', 'oman', 'kuwait', 'taiwan', 'thailand', 'malaysia',
  'singapore', 'portugal', 'netherlands', 'belgium', 'sweden', 'norway', 'denmark', 'finland', 'austria', 'switzerland',
  'hungary', 'romania', 'bulgaria', 'serbia', 'croatia', 'bolivia', 'ecuador', 'uruguay', 'paraguay', 'dominican',
  // nationality and group words
  'mexican', 'mexicans', 'american', 'americans', 'hispanic', 'hispanics', 'latino', 'latinos', 'european', 'british',
  'chinese', 'russian', 'ukrainian', 'israeli', 'palestinian', 'french', 'german', 'spanish', 'italian', 'canadian',
  'japanese', 'korean', 'indian', 'african', 'asian', 'arab', 'cuban', 'venezuelan', 'guatemalan', 'honduran',
  'haitian', 'brazilian', 'colombian', 'texan', 'californian', 'english', 'irish', 'scottish', 'welsh', 'australian',
  // calendar
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // common capitalised words and abbreviations
  'god', 'u.s.', 'u.k.', 'u.n.', 'e.u.', 'no.', 'inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'ag', 'sa', 'via', 'breaking',
  // sports clubs and streets in other languages ("Atlético …", "Avenida …", "São …")
  'atlético', 'atletico', 'deportivo', 'sporting', 'racing', 'olympique', 'dynamo', 'dinamo', 'inter', 'real', 'union',
  'avenida', 'calle', 'rua', 'piazza', 'plaza', 'paseo', 'strasse', 'straße', 'rue', 'são', 'santo', 'sankt',
  // heads of place names
  'township', 'delta', 'dam', 'reservoir', 'basin', 'estate', 'heights', 'crest', 'ridge', 'plateau', 'municipality',
  'constituency', 'junction', 'terminal', 'pier', 'wharf', 'quay', 'marina',
  // named storms ("Cyclone …", "Hurricane …")
  'cyclone', 'hurricane', 'typhoon', 'storm', 'tropical', 'tornado', 'blizzard',
]);

/** Lower-case particles that sit inside a family name ("Lopez de la Cruz", "van der Berg"). */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'dela', 'der', 'den', 'des', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'lo', 'van', 'von', 'ter', 'ten', 'zu', 'bin', 'bint',
  'ben', 'ibn', 'abu', 'al', 'el', 'ul', 'y', 'st.', 'wa', 'ní', 'nic', 'ó', 'uí', 'mac',
]);

/** Name suffixes that belong to the full name but are never the family name on their own. */
export const NAME_SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior', 'filho', 'neto', 'sobrinho']);

/**
 * Lower-case second halves of hyphenated words that make an adjective, not a name ("Obama-era",
 * "Trump-backed", "Kremlin-linked"); any other short lower-case half may be a given name
 * ("Wai-man", "Min-seo").
 */
export const COMPOUND_ADJECTIVE_ENDINGS = new Set([
  'era', 'led', 'backed', 'based', 'style', 'like', 'born', 'made', 'owned', 'run', 'free', 'wide', 'friendly', 'linked',
  'funded', 'allied', 'bound', 'centric', 'related', 'type', 'year', 'old', 'held', 'leaning', 'aligned', 'appointed',
]);

/**
 * Words that cannot sit inside a person's name but do sit inside the titles of works, written
 * with capitals ("Abide With Me", "Gone With the Wind").
 */
export const TITLE_CASE_FUNCTION_WORDS = new Set([
  'with', 'me', 'my', 'you', 'your', 'our', 'we', 'us', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'a', 'an', 'at',
  'by', 'from', 'is', 'are', 'be', 'it', 'this', 'that', 'all', 'not', 'no', 'yes', 'i', 'am', 'into', 'over', 'under',
]);

/**
 * Words that open sentences or clauses and so are capitalised without being names; a run that
 * starts with one at a sentence start drops it ("However", "Last", "Meanwhile").
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with',
  'as', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'that',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'last', 'next', 'earlier', 'later', 'meanwhile', 'however', 'still', 'also',
  'back', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'some', 'many', 'most', 'several', 'few', 'all', 'both',
  'each', 'every', 'no', 'not', 'if', 'although', 'though', 'because', 'despite', 'during', 'under', 'over',
  'about', 'around', 'more', 'less', 'only', 'even', 'just', 'nearly', 'almost', 'according', 'among', 'amid',
  'outside', 'inside', 'near', 'across', 'along', 'like', 'unlike', 'instead', 'asked', 'speaking', 'addressing',
  'former', 'then', 'said', 'says', 'told', 'thanks', 'unless', 'whether', 'do', 'does', 'did', 'is', 'are', 'was',
  'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'please', 'yes', 'well', 'oh',
  'dear', 'sure', 'another', 'other', 'others', 'such', 'any', 'one', 'two', 'three', 'four', 'five', 'first',
  'second', 'third', 'local', 'officials', 'residents', 'authorities', 'critics', 'supporters',
]);

/** Words after a surname that make it the name of something else ("the Biden administration"). */
export const NAME_AS_MODIFIER = new Set(['administration', 'government', 'era', 'presidency', 'campaign', 'family', 'doctrine', 'cabinet', 'regime', 'foundation', 'library', 'plan', 'policy', 'policies', 'rule', 'years', 'team', 'camp', 'white']);
