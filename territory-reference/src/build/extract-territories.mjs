// Regenerates the territory resource files from the Etalab package @etalab/decoupage-administratif.
//
//   cd /tmp && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
//   node territory-reference/src/build/extract-territories.mjs /tmp/package
//
// Output (committed, so neither the build nor the services download anything):
//   src/main/resources/org/maillage/territory/territories.tsv.gz
//   src/main/resources/org/maillage/territory/reference.properties
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node extract-territories.mjs <unpacked npm package dir>');
  process.exit(2);
}
const outputDir = join(dirname(fileURLToPath(import.meta.url)), '../main/resources/org/maillage/territory');
const read = (name) => JSON.parse(readFileSync(join(packageDir, name), 'utf8'));

const packageJson = read('package.json');
const communes = read('data/communes.json').filter((c) => c.type === 'commune-actuelle');
const departements = read('data/departements.json');
const regions = read('data/regions.json');
const epcis = read('data/epci.json');

// The package lists each overseas collectivity (zone "com") both as a département and as a région
// with the same code; they are neither, so they get a level of their own.
const isCollectivity = (entry) => entry.zone === 'com';

const epciOfCommune = new Map();
for (const epci of epcis) {
  for (const member of epci.membres) {
    if (epciOfCommune.has(member.code)) {
      throw new Error(`commune ${member.code} belongs to two EPCI`);
    }
    epciOfCommune.set(member.code, epci.code);
  }
}

const communeByCode = new Map(communes.map((c) => [c.code, c]));
// Communes of uninhabited territories (TAAF, Clipperton) have no legal population.
const populationOf = (commune) => commune.population ?? 0;
const sumPopulation = (members) => members.reduce((sum, c) => sum + populationOf(c), 0);

// An EPCI may straddle départements; it is attached to the one where most of its inhabitants live.
function mainDepartement(members) {
  const byDepartement = new Map();
  for (const c of members) {
    byDepartement.set(c.departement, (byDepartement.get(c.departement) ?? 0) + populationOf(c));
  }
  return [...byDepartement.entries()]
    .sort(([codeA, popA], [codeB, popB]) => popB - popA || codeA.localeCompare(codeB))[0][0];
}

const rows = [];
const row = (level, code, name, population, parents = {}) => {
  if (/[\t\n\r]/.test(name)) {
    throw new Error(`unexpected control character in name of ${level} ${code}`);
  }
  rows.push([level, code, name, population, parents.epci ?? '', parents.departement ?? '',
    parents.region ?? '', parents.collectivity ?? '']);
};
const communesWhere = (predicate) => communes.filter(predicate);

for (const r of regions.filter((r) => !isCollectivity(r))) {
  row('REGION', r.code, r.nom, sumPopulation(communesWhere((c) => c.region === r.code)));
}
for (const d of departements.filter(isCollectivity)) {
  row('COLLECTIVITE_OUTRE_MER', d.code, d.nom, sumPopulation(communesWhere((c) => c.departement === d.code)));
}
for (const d of departements.filter((d) => !isCollectivity(d))) {
  row('DEPARTEMENT', d.code, d.nom, sumPopulation(communesWhere((c) => c.departement === d.code)),
    { region: d.region });
}
for (const e of epcis) {
  const members = e.membres.map((m) => communeByCode.get(m.code));
  const departement = mainDepartement(members);
  const region = departements.find((d) => d.code === departement).region;
  // DGCL's EPCI populations use another census vintage than the communes': sum the communes instead
  // so that every level adds up.
  row('EPCI', e.code, e.nom, sumPopulation(members), { departement, region });
}
for (const c of communes) {
  const parents = isCollectivity(c)
    ? { collectivity: c.departement }
    : { epci: epciOfCommune.get(c.code), departement: c.departement, region: c.region };
  row('COMMUNE', c.code, c.nom, populationOf(c), parents);
}

const header = ['level', 'code', 'name', 'population', 'epci', 'departement', 'region', 'collectivite_outre_mer'];
const tsv = [header, ...rows].map((fields) => fields.join('\t')).join('\n') + '\n';
writeFileSync(join(outputDir, 'territories.tsv.gz'), gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 }));
writeFileSync(join(outputDir, 'reference.properties'),
  `source=${packageJson.name}@${packageJson.version}\n`);

const counts = rows.reduce((acc, [level]) => ({ ...acc, [level]: (acc[level] ?? 0) + 1 }), {});
console.log(counts);
