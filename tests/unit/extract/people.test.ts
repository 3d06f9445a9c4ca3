import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/lib/extract/people';

const people = (...texts: string[]) => extractPeople(texts.map((text, i) => ({ index: i + 1, text })));

describe('extractPeople', () => {
  it('reads titles before the name, multi-word surnames and later mentions of every form', () => {
    const found = people(
      'Secretary of State Antony Blinken met Mexican President Andres Manuel Lopez Obrador on Wednesday.',
      'Blinken’s visit follows a call between Lopez Obrador and Texas Gov. Greg Abbott.',
      '“The Texas governor acts that way,” Lopez Obrador said. Secretary Blinken agreed. Last week, the Mexican president spoke.',
    );
    expect(found.map((p) => [p.name, p.surname, p.title, p.official])).toEqual([
      ['Antony Blinken', 'Blinken', 'Secretary of State', true],
      ['Andres Manuel Lopez Obrador', 'Lopez Obrador', 'Mexican President', true],
      ['Greg Abbott', 'Abbott', 'Texas Gov.', true],
    ]);
    expect(found[0]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Antony Blinken', 'full'],
      ['Blinken', 'surname'],
      ['Secretary Blinken', 'title-surname'],
    ]);
    expect(found[1]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Andres Manuel Lopez Obrador', 'full'],
      ['Lopez Obrador', 'surname'],
      ['Lopez Obrador', 'surname'],
      ['the Mexican president', 'role'],
    ]);
    expect(found[2]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Greg Abbott', 'full'],
      ['The Texas governor', 'role'],
    ]);
  });

  it('reads lower-case titles, hyphenated and accented names, particles and middle initials', () => {
    const found = people(
      'White House Homeland Security adviser Liz Sherwood-Randall will join.',
      'Spain coach Luis de la Fuente praised Interior Minister Rosa María Quispe Huamán and Gov. Maura T. Delgado.',
    );
    expect(found.map((p) => [p.name, p.surname, p.title])).toEqual([
      ['Liz Sherwood-Randall', 'Sherwood-Randall', 'White House Homeland Security adviser'],
      ['Luis de la Fuente', 'de la Fuente', 'Spain coach'],
      ['Rosa María Quispe Huamán', 'Huamán', 'Interior Minister'],
      ['Maura T. Delgado', 'Delgado', 'Gov.'],
    ]);
  });

  it('tells officials from other people', () => {
    const found = people(
      'Union president Mary Lindqvist, Defense attorney Lauren Choi and Fox News’ Griff Jenkins contributed.',
      'Police Chief Daniel O’Reilly and Assistant U.S. Attorney Kevin Marsh spoke, as did Maria Gomez, a spokeswoman for the charity.',
    );
    expect(Object.fromEntries(found.map((p) => [p.name, p.official]))).toEqual({
      'Mary Lindqvist': false,
      'Lauren Choi': false,
      'Griff Jenkins': false,
      'Daniel O’Reilly': true,
      'Kevin Marsh': true,
      'Maria Gomez': false,
    });
  });

  it('does not take places, organisations, documents, months or sentence openers for people', () => {
    const found = people(
      'Blinken is traveling to Mexico City and the State Department said the White House backs the Los Angeles Declaration in the Western Hemisphere.',
      'However, Republicans blamed the Biden administration and Trump-era policies. In March, Latin America and the United States met.',
      'The quake hit the town of Paradise Pines and the Red Cross sent aid to the Twin Cities.',
    );
    expect(found).toEqual([]);
  });

  it('counts possessives and names inside quotes, and leaves the name as modifier of an institution alone', () => {
    const found = people('President Joe Biden spoke.', 'Biden’s call came as the Biden administration said “Biden will win.”');
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Joe Biden', 'Biden', 'Biden']);
  });
  it('does not take company, carrier or publication names for people', () => {
    const found = people(
      'A ship run by Aegean Shipping Lines hit the pier, the Island Wire and the Harbor Times reported.',
      'Northwind Marine Holdings, Pacific Coast Airlines, First Harbor Bank, the Pilots Association and the Island Council declined to comment.',
      'Blue Star Ferries said Mayor Eleni Vasilakis would visit.',
    );
    expect(found.map((p) => p.name)).toEqual(['Eleni Vasilakis']);
  });

  it.each([
    ['Coast Guard Commandant Adm. Linda Fagan said the search continues.', 'Linda Fagan', true],
    ['"We are searching," said Lt. Cmdr. Maria Costa.', 'Maria Costa', true],
    ['Nikos Dimas, a spokesman for the Hellenic Coast Guard, said divers found the hull.', 'Nikos Dimas', true],
    ['A spokesman for the Interior Ministry, Kostas Pappas, said the ship was overloaded.', 'Kostas Pappas', true],
    ['Police spokesman Mark Evans said the driver fled.', 'Mark Evans', true],
    ['Coast guard chief Giorgos Alexandris said 40 people were rescued.', 'Giorgos Alexandris', true],
    ['Allina Health spokesperson Joan Fields said talks would resume.', 'Joan Fields', false],
    ['A lawyer for the shipping company, Maria Fotiou, declined to comment.', 'Maria Fotiou', false],
    ['Capt. Yannis Doukas, the ferry\'s master, sounded the alarm.', 'Yannis Doukas', false],
  ])('"%s": %s is official: %s', (text, name, official) => {
    const found = people(text).find((p) => p.name === name);
    expect(found, JSON.stringify(people(text))).toBeDefined();
    expect(found!.official).toBe(official);
  });
});

// People as reporters write them (issue 10): each row a case the reader must get, with further
// cases of each kind.
const names = (...texts: string[]) => people(...texts).map((p) => p.name);

describe('names with particles and suffixes', () => {
  it('keeps the particle in a later mention: "Coach Antonio de Marco … backed de Marco"', () => {
    const [coach] = people('Coach Antonio de Marco resigned on Friday.', 'The club backed de Marco at first.');
    expect(coach!.surname).toBe('de Marco');
    expect(coach!.mentions.map((m) => m.text)).toEqual(['Antonio de Marco', 'de Marco']);
  });

  it('finds a surname with a particle alone, capitalised or not', () => {
    const found = people('Coach Antonio de Marco and Luis de la Fuente spoke.', 'De Marco later apologised.', 'Later, de la Fuente smiled.');
    expect(found.map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Antonio de Marco', 'De Marco'],
      ['Luis de la Fuente', 'de la Fuente'],
    ]);
  });

  it.each([
    ['Leila el-Sayed led the march.', 'Leila el-Sayed'],
    ['Mayor Omar al-Rashid opened the bridge.', 'Omar al-Rashid'],
    ['New York City Mayor Bill de Vries spoke first.', 'Bill de Vries'],
    ['Judge Anna van der Berg ruled on Monday.', 'Anna van der Berg'],
    ['Minister Ahmed bin Khalid arrived.', 'Ahmed bin Khalid'],
  ])('"%s" names %s whole', (sentence, name) => {
    expect(names(sentence)).toEqual([name]);
  });

  it('gives "Flávio da Silva Junior" the surname "da Silva"', () => {
    expect(people('Striker Flávio da Silva Junior scored twice.')[0]).toMatchObject({ name: 'Flávio da Silva Junior', surname: 'da Silva' });
  });
});

describe('titles without a period, capitals, and given names that are words', () => {
  it.each([
    ['Dr Alexander Tayler examined the site.', 'Alexander Tayler', 'Dr'],
    ['Sgt Mat Knowles made the arrest.', 'Mat Knowles', 'Sgt'],
    ['Prof Hannah Ostrowski led the study.', 'Hannah Ostrowski', 'Prof'],
    ['Cllr Dev Patel voted against.', 'Dev Patel', 'Cllr'],
  ])('"%s" names %s with the title %s outside the name', (sentence, name, title) => {
    expect(people(sentence).map((p) => [p.name, p.title])).toEqual([[name, title]]);
  });

  it('reads "Mrs Adeyemi" as a mention of Governor Ruth Adeyemi', () => {
    const found = people('Governor Ruth Adeyemi visited the camp.', 'Mrs Adeyemi promised aid.');
    expect(found.map((p) => p.mentions.map((m) => m.text))).toEqual([['Ruth Adeyemi', 'Mrs Adeyemi']]);
  });

  it('reads a name written in capitals: "SOPHY SANTINO, 34, was charged"', () => {
    expect(names('SOPHY SANTINO, 34, was charged with fraud.')).toEqual(['Sophy Santino']);
    expect(names('Defendants: MARK OWUSU, 41, and LENA VOSS, 29.')).toEqual(['Mark Owusu', 'Lena Voss']);
  });

  it('keeps a given name that is also a word at the start of a sentence', () => {
    expect(names('Will Kerr, the agency director, said the plan works.')).toEqual(['Will Kerr']);
    expect(names('Hope Mbeki, a nurse, said staff were exhausted.')).toEqual(['Hope Mbeki']);
  });

  it('stops a name before a weekday: "signed by President Ana Ruiz Friday evening"', () => {
    expect(people('The law was signed by President Ana Ruiz Friday evening.').map((p) => [p.name, p.official])).toEqual([['Ana Ruiz', true]]);
  });

  it('follows a surname alone after a title and full name', () => {
    const found = people('Inspector Luis Gomez led the raid.', 'Gomez said three men were held.');
    expect(found.map((p) => p.mentions.map((m) => m.text))).toEqual([['Luis Gomez', 'Gomez']]);
  });
});

describe('what is not a person', () => {
  it.each([
    'Water rushed through Wadi Karam, a dry riverbed.',
    'Protesters filled the streets of Hong Kong.',
    'Per the ratings firm, the sitcom Harbour Lights drew 9 million viewers.',
    'The choir sang Abide With Me outside the church.',
    'Gross Domestic Product grew 2% in the quarter.',
    'Funds for the Griha Nirman Yojana housing scheme doubled.',
    'Crowds gathered in Buenos Aires and Port Moresby.',
    'The novel Silent Rivers sold well.',
  ])('finds no person in "%s"', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('never takes a clause for a title', () => {
    const found = people('Chair Jean Okoro, flanked by her two deputies, read the result.', 'President-elect Ama Boateng, minutes before 6 p.m., thanked voters.');
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['Jean Okoro', ['Chair']],
      ['Ama Boateng', ['President-elect']],
    ]);
  });
});

describe('who is an official', () => {
  it('counts the head of a government or territory, not a company chief executive', () => {
    const found = people(
      'Lam Wai-man, Chief Executive of the territory, apologised.',
      'Priya Nair, chief executive of Northwind Holdings, declined to comment.',
      'Kofi Mensah, premier of the province, resigned.',
    );
    expect(found.map((p) => [p.name, p.official])).toEqual([
      ['Lam Wai-man', true],
      ['Priya Nair', false],
      ['Kofi Mensah', true],
    ]);
  });
});

describe('organisations the lexicons do not know, and the signs of a person', () => {
  it.each([
    'The final drew 9 million viewers on Canale Sette, according to Auditel Nord figures.',
    'Market leader Kaveri Cement controls 24%.',
    'The final of the Festa della Musica di Bari drew a record crowd.',
    'ROME (Agenzia Adriatica) — The festival ended on Saturday.',
    'Sud Energía, which runs three plants, said it would cut output.',
  ])('finds no person in "%s"', (sentence) => {
    expect(people(sentence).map((p) => p.name)).toEqual([]);
  });

  it.each([
    ['Tadhg Corrigan (61) ran the scheme from a rented office.', 'Tadhg Corrigan'],
    ['Oddvar Nesse, 68, travelled with his grandson.', 'Oddvar Nesse'],
    ['"We have seen many storms," said fisherman Abdul Karim.', 'Abdul Karim'],
    ['The film, directed by Seo Ji-hoon, opened on Friday.', 'Seo Ji-hoon'],
    ['"The word of mouth surprised us," said Park Soo-min, head of distribution at Greenhill.', 'Park Soo-min'],
  ])('finds a person the words around the name vouch for: "%s"', (sentence, name) => {
    expect(people(sentence).map((p) => p.name)).toEqual([name]);
  });

  it('reads a name listed with a person as a person', () => {
    expect(people('Goals from Emil Haugstad and Ravn Tveitå won the cup.').map((p) => p.name)).toEqual(['Emil Haugstad', 'Ravn Tveitå']);
  });
});

describe('titles, further cases', () => {
  it('reads appositive titles before the name after a quotation or a possessive', () => {
    const found = people(
      '"We are fighting on every front," the operations commander, Rui Valente Costa, told reporters.',
      "Manitoba's chief mining inspector, Gord Halvorsen, said his ministry would investigate.",
    );
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['Rui Valente Costa', ['operations commander']],
      ['Gord Halvorsen', ["Manitoba's chief mining inspector"]],
    ]);
  });

  it('splits an honorific from the title before it, and knows a returning officer holds office', () => {
    const [person] = people('Returning officer Professor Adaeze Okonjo declared the result.');
    expect([person?.name, person?.titles, person?.official]).toEqual(['Adaeze Okonjo', ['Returning officer', 'Professor'], true]);
  });

  it.each([
    ['City Council member Grace Adebayo won the recount.', 'Grace Adebayo', true],
    ['"The air mass is stuck," agency spokeswoman Lidia Ferrer said.', 'Lidia Ferrer', true],
    ['"Policy will stay tight," central bank Governor Ana Paredes said.', 'Ana Paredes', true],
    ['Governor-elect Ade Bankole will be sworn in.', 'Ade Bankole', false],
    ['"Everyone is waiting," said Yuko Sato, president of Sato Seiko, a stamping firm.', 'Yuko Sato', false],
    ['Dr. Anil Rao, chief of surgery at Lakeshore General, said all were stable.', 'Anil Rao', false],
  ])('"%s": %s is official: %s', (sentence, name, official) => {
    const found = people(sentence).find((p) => p.name === name);
    expect(found, JSON.stringify(people(sentence))).toBeDefined();
    expect(found!.official).toBe(official);
  });
});

describe('honours, plural titles, vessels and weekday names', () => {
  it('keeps a run of honorifics out of the name and the role as the title', () => {
    const [person] = people('Penang police chief Datuk Seri Ahmad Zaki Ismail said the suspect was remanded.');
    expect([person?.name, person?.titles[0], person?.official]).toEqual(['Ahmad Zaki Ismail', 'Penang police chief', true]);
  });

  it('gives a plural title to each name it governs', () => {
    const found = people('Senators Joan Ashby and Tim Rowe voted against the bill.');
    expect(found.map((p) => [p.name, p.official])).toEqual([
      ['Joan Ashby', true],
      ['Tim Rowe', true],
    ]);
  });

  it('reads a weekday as a given name between a title and a name', () => {
    expect(people('Edo State Governor Monday Ibhade said the state would hire teachers.').map((p) => p.name)).toEqual(['Monday Ibhade']);
  });

  it('does not take a ship for a person, whatever its name', () => {
    expect(people('The MV Princess Lolohea sank in 2009, the minister said.').map((p) => p.name)).toEqual([]);
  });

  it.each([
    ['Sgt Matt Knowles of the Met said the road was closed.', 'Matt Knowles', true],
    ['Former prime minister Jane Holt said the vote was fair.', 'Jane Holt', false],
    ['Helen Marr, chief executive of the Civil Aviation Authority, said flights resumed.', 'Helen Marr', true],
  ])('"%s": %s is official: %s', (sentence, name, official) => {
    expect(people(sentence).find((p) => p.name === name)?.official).toBe(official);
  });
});
