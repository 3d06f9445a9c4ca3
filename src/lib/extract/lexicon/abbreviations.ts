// Abbreviations that end in a period without ending the sentence ("Gov. Abbott", "Dec. 27", "U.S.").

/** Lower-case abbreviations, each with its period. */
export const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'gov.', 'sen.', 'rep.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'st.',
  'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'nos.', 'vs.', 'mt.', 'ave.', 'blvd.', 'rd.', 'ft.', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'a.m.', 'p.m.', 'u.s.', 'u.k.',
  'u.n.', 'e.u.', 'approx.', 'est.', 'dept.', 'e.g.', 'i.e.', 'etc.', 'univ.', 'cmdr.', 'cdr.', 'adm.', 'maj.', 'brig.',
  'supt.', 'insp.', 'det.', 'cpl.', 'pvt.', 'rs.', 'fig.', 'pct.', 'approx.', 'mln.', 'bln.',
]);
