// Stage 4 of reading figures: the unit a figure is written in. A currency or percent sign comes
// with the number; a currency name or a measure follows it ("3.8 billion euros", "48,500 acres");
// a magnitude is named before or after ("magnitude-6.3", "a 7.0-magnitude quake"). Counts get
// their unit from what they count (stage 5).
import type { UnitKind } from '../types';
import { SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon/numbers';
import { AMBIGUOUS_POUNDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS } from '../lexicon/units';
import type { BoundedNumber } from './bounds';

/** A figure's unit as read from the words around its number. */
export interface UnitReading {
  /** Normalised unit name, absent for a count (stage 5 names what is counted). */
  unit?: string;
  unitKind: UnitKind;
  /** Where the figure as written ends: after its unit word ("48,500 acres"). */
  end: number;
  /** Where what the figure counts may start: after the unit and any bracketed conversion. */
  next: number;
  /** The measure word itself, when one follows the number ("acres", "hours"). */
  measure?: { start: number; end: number };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s\\u00A0]+');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const CURRENCY_AFTER = new RegExp(String.raw`^[\s\u00A0]*(${alternation([...Object.keys(CURRENCY_WORDS), AMBIGUOUS_POUNDS])})(?![\p{L}])`, 'iu');
const MEASURE_AFTER = new RegExp(String.raw`^[\s\u00A0]*(${alternation(Object.keys(MEASURE_UNITS))})(?![\p{L}])`, 'iu');
// "magnitude 7.1", "magnitude-6.3", "a magnitude of 6", "7.0-magnitude", "6.1 magnitude", "4.5 on the Richter scale".
const MAGNITUDE_BEFORE = /\bmagnitude(?:[\s\u00A0-]|[\s\u00A0]+of[\s\u00A0]+)$/i;
const MAGNITUDE_AFTER = /^(?:[-\s\u00A0]magnitude\b|[\s\u00A0]+on[\s\u00A0]+the[\s\u00A0]+Richter\b)/i;
// "41C", "105°F": a temperature written against the number.
const GLUED_TEMPERATURE = /^°?([CF])(?![\p{L}\p{N}])/u;
// How far after a number its unit may run: the longest unit phrase ("kilometres per hour") with spaces.
const UNIT_REACH = 40;
// How far a bracketed conversion may run ("($134 million)").
const CONVERSION_REACH = 50;
// How far before a number "magnitude" may stand ("a magnitude of ").
const MAGNITUDE_REACH = 16;
// A bracketed conversion between a sum and its purpose: "500 million soles ($134 million) in aid".
const CONVERSION = /^\)?(?:[\s\u00A0]*\([^)]{1,40}\))?/;

/** Reads the unit of a bounded number from the text around it. */
export function readUnit(number: BoundedNumber, text: string): UnitReading {
  let end = number.end;
  if (number.currency) return { unit: number.currency, unitKind: 'money', end, next: end + CONVERSION.exec(text.slice(end, end + CONVERSION_REACH))![0].length };
  if (number.percent || number.first.fraction) return { unit: 'percent', unitKind: 'percent', end, next: end };
  if (number.first.multiplier) return { unit: 'times', unitKind: 'ratio', end, next: end };
  // "three times the size", "2.5 times as many": a ratio.
  const times = /^[\s\u00A0]+times(?=[\s\u00A0]+(?:the|as|more|higher|larger|bigger|greater|faster|over|that|what|its|their)\b)/i.exec(text.slice(end, end + UNIT_REACH));
  if (times) {
    end += times[0].length;
    return { unit: 'times', unitKind: 'ratio', end, next: end };
  }
  const before = text.slice(Math.max(0, number.start - MAGNITUDE_REACH), number.start);
  const after = text.slice(end, end + UNIT_REACH);
  const magnitude = MAGNITUDE_AFTER.exec(after);
  if (MAGNITUDE_BEFORE.test(before) || magnitude) return { unit: 'magnitude', unitKind: 'magnitude', end, next: end + (magnitude?.[0].length ?? 0) };
  const temperature = GLUED_TEMPERATURE.exec(after);
  if (temperature) {
    end += temperature[0].length;
    return { unit: temperature[1] === 'C' ? 'degrees Celsius' : 'degrees Fahrenheit', unitKind: 'temperature', end, next: end, measure: { start: number.end, end } };
  }
  const currency = CURRENCY_AFTER.exec(after);
  if (currency) {
    const word = currency[1]!.toLowerCase();
    // "100 million pounds" is sterling; "40 pounds of cocaine" a weight.
    const pounds = word === AMBIGUOUS_POUNDS;
    if (!pounds || number.last.scale > 1) {
      end += currency[0].length;
      const unit = pounds ? 'British pounds' : CURRENCY_WORDS[word.replace(/[\s\u00A0]+/g, ' ')]!;
      return { unit, unitKind: 'money', end, next: end + CONVERSION.exec(text.slice(end, end + CONVERSION_REACH))![0].length };
    }
  }
  const measure = MEASURE_AFTER.exec(after) ?? (currency ? /^([\s\u00A0]*)(pounds)/i.exec(after) : null);
  if (measure) {
    const word = measure[measure.length - 1]!;
    const known = MEASURE_UNITS[word.toLowerCase().replace(/[\s\u00A0]+/g, ' ')] ?? { unit: 'pounds', kind: 'mass' as const };
    const start = end + measure[0].length - word.length;
    end += measure[0].length;
    return { unit: known.unit, unitKind: known.kind, end, next: end + CONVERSION.exec(text.slice(end, end + CONVERSION_REACH))![0].length, measure: { start, end } };
  }
  return { unitKind: 'count', end, next: end };
}

/** What a table's column header says about the numbers under it: "Revenue (€m)", "Spending (Rs crore)", "Share (%)". */
export interface HeaderUnit {
  currency?: string;
  /** Factor the cells are written in ("(€m)" → 1e6); 1 when the header names none. */
  scale: number;
  percent: boolean;
}

/** Reads the unit note of a column header, usually in brackets. */
export function headerUnit(header: string): HeaderUnit {
  const note = (/\(([^)]*)\)/.exec(header)?.[1] ?? header).toLowerCase().trim();
  const percent = /%|\bper[\s\u00A0]?cent\b/.test(note);
  const symbol = Object.keys(CURRENCY_SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .find((s) => (/^[a-z.]+$/.test(s) ? new RegExp(`(?:^|[^a-z])${s.replace('.', '\\.')}(?![a-z])`).test(note) : note.includes(s)));
  const word = Object.keys(CURRENCY_WORDS).find((w) => new RegExp(`\\b${w}\\b`).test(note));
  const currency = symbol ? CURRENCY_SYMBOLS[symbol] : word ? CURRENCY_WORDS[word] : undefined;
  const rest = symbol ? note.replace(symbol, ' ') : note;
  const scaleWord = rest.match(/[a-z]+/g)?.map((w) => w.replace(/s$/, '')).find((w) => w in SCALE_WORDS || w in SCALE_SUFFIXES);
  const scale = /'?000s?\b/.test(rest) ? 1e3 : scaleWord ? (SCALE_WORDS[scaleWord] ?? SCALE_SUFFIXES[scaleWord]!) : 1;
  return { ...(currency ? { currency } : {}), scale, percent };
}
