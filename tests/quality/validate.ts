// html-validate with the committed configuration (htmlvalidate.json), shared by the gate over the
// real build and the one over the fixture site. It is the recommended preset with four deliberate
// departures: long-title off (an article page's title is the outlet's headline, whatever its
// length); listbox/option roles allowed (search results follow the ARIA combobox pattern, which a
// native <select> cannot render); aria-label allowed on any element whose role can be named (a
// labelled list); and a bare ">" in text allowed, as the HTML standard does (reports quote code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

const config = JSON.parse(readFileSync(join(import.meta.dirname, 'htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

/** Every error html-validate finds in a built page, one readable line each (rule, position, element, message). */
export async function htmlErrors(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column} ${m.selector ?? ''}: ${m.message}`),
  );
}
