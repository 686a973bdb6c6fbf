// `node tests/tools/locale-check.mjs <lang> [namespace…]`: compares a locale with French for the
// people translating it: missing and extra keys, changed placeholders, empty texts, and texts left
// identical to French (outside proper names). Plural keys must have the language's own plural forms.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const [lang, ...only] = process.argv.slice(2);
if (!lang) throw new Error('usage: locale-check.mjs <lang> [namespace…]');

const flatten = (v, p = '') =>
  typeof v === 'string'
    ? { [p]: v }
    : Object.entries(v).reduce((o, [k, c]) => Object.assign(o, flatten(c, p ? `${p}.${k}` : k)), {});
const pluralSuffix = /_(zero|one|two|few|many|other)(?=(_simple)?$)/;
const base = (key) => key.replace(pluralSuffix, '_#');
const holes = (t) =>
  [...t.matchAll(/{{\s*([\w.]+)\s*}}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
// Names that stay in French (or are the same in every language) may be identical to French.
const sameOk =
  /^(CAF|MSA|URSSAF|Urssaf|ANEF|OFII|CROUS|ANTS|MDPH|CCAS|PMI|APA|PCH|AJPA|AJPP|AEEH|ASF|ARIPA|Aripa|C2S|RSA|AAH|ASPA|ACRE|ARE|ARCE|CPF|CEJ|3919|115|17|112|114|Jalons|France Services|France Travail|Info Retraite|Agirc-Arrco|Pajemploi|OK|\W*)$/;

let problems = 0;
const report = (msg) => {
  problems++;
  console.log(msg);
};
const namespaces = readdirSync('locales/fr')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  // The RGAA grid is a French legal reference, published in French only.
  .filter((ns) => ns !== 'rgaa' && (only.length === 0 || only.includes(ns)));
for (const ns of namespaces) {
  const file = `locales/${lang}/${ns}.json`;
  if (!existsSync(file)) {
    report(`${ns}: file missing`);
    continue;
  }
  const fr = flatten(JSON.parse(readFileSync(`locales/fr/${ns}.json`, 'utf8')));
  const tr = flatten(JSON.parse(readFileSync(file, 'utf8')));
  const frBases = new Set(Object.keys(fr).map(base));
  const trBases = new Set(Object.keys(tr).map(base));
  for (const k of frBases) if (!trBases.has(k)) report(`${ns}: missing ${k}`);
  for (const k of trBases) if (!frBases.has(k)) report(`${ns}: extra ${k}`);
  for (const k of frBases) {
    if (!k.includes('_#')) continue;
    for (const c of categories)
      if (!(k.replace('_#', `_${c}`) in tr)) report(`${ns}: plural form missing ${k.replace('_#', `_${c}`)}`);
  }
  const frByBase = Object.fromEntries(Object.entries(fr).map(([k, v]) => [base(k), v]));
  for (const [k, v] of Object.entries(tr)) {
    const source = frByBase[base(k)];
    if (source === undefined) continue;
    if (!v.trim()) report(`${ns}: empty ${k}`);
    if (holes(v) !== holes(source)) report(`${ns}: placeholders differ in ${k}`);
    const glossaryTerm = ns === 'glossary' && /\.term(_simple)?$/.test(k);
    if (lang !== 'fr' && v === source && v.length > 3 && !sameOk.test(v) && !glossaryTerm)
      report(`${ns}: identical to French: ${k} = ${v.slice(0, 60)}`);
  }
}
console.log(`${lang}: ${namespaces.length} namespaces checked, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
