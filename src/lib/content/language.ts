/** The writing direction of a BCP 47 language tag, from the runtime's locale data. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  // textInfo is in V8 (Node 20+) but not yet in TypeScript's lib.
  const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } };
  return locale.textInfo?.direction === 'rtl' ? 'rtl' : 'ltr';
}
