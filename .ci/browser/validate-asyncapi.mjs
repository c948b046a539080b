// Validates an AsyncAPI document with the AsyncAPI initiative's own parser (schema and its rules):
// node validate-asyncapi.mjs <file>. Prints every diagnostic; exits 1 when any is an error.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
const severities = ['error', 'warning', 'info', 'hint'];
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
if (!document || diagnostics.some((d) => d.severity === 0)) {
  console.log(`INVALID ${file}`);
  process.exit(1);
}
console.log(`VALID AsyncAPI ${document.version()} ${file}`);
