// Writes first.txt and last.txt: every capitalised Latin-script given name and surname in Faker's locales.
import * as faker from '@faker-js/faker';
import fs from 'fs';
const locales = ['en', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_ZA', 'en_NG', 'en_GH', 'de', 'de_AT', 'de_CH', 'fr',
  'fr_CH', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk', 'hu', 'ro', 'hr',
  'tr', 'id_ID', 'vi', 'af_ZA', 'zu_ZA', 'yo_NG', 'ka_GE', 'lv', 'uk', 'ru', 'el', 'he', 'ar', 'fa', 'ko', 'ja', 'zh_CN'];
const latin = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+$/;
const first = new Set();
const last = new Set();
const add = (set, value) => {
  if (!value) return;
  const all = Array.isArray(value) ? value : [...(value.generic ?? []), ...(value.male ?? []), ...(value.female ?? [])];
  for (const name of all) if (typeof name === 'string' && latin.test(name)) set.add(name);
};
for (const locale of locales) {
  const person = faker.allLocales?.[locale]?.person;
  if (!person) continue;
  add(first, person.first_name);
  add(last, person.last_name);
}
const sorted = (set) => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n') + '\n';
fs.writeFileSync('first.txt', sorted(first));
fs.writeFileSync('last.txt', sorted(last));
