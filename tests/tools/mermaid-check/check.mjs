// Usage: node check.mjs FILE...  Each FILE holds one Mermaid diagram (no fence). Prints "ok FILE" or "error FILE: message"
// per file; exits 1 when any diagram does not parse. Mermaid's parser wants a DOM (DOMPurify), which jsdom provides.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
if (!('navigator' in globalThis)) {
  globalThis.navigator = dom.window.navigator;
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const result = await mermaid.parse(text);
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (e) {
    failed++;
    console.log(`error ${file}: ${String(e.message ?? e).split('\n').join(' ')}`);
  }
}
process.exit(failed ? 1 : 0);
