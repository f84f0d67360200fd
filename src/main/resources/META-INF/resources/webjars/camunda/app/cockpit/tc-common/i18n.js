// What TC Lifecycle's Cockpit plugins share for their texts: the person's language as Cockpit chooses it (the
// browser's), English defaults in each plugin, other languages from Cockpit's own locale file
// (locales/<lang>.json, labels TC_*), fetched once per page.

export function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let localeLabels;

function labels(lang) {
  if (!localeLabels) {
    localeLabels = fetch(new URL('../locales/' + lang + '.json', import.meta.url), { credentials: 'same-origin' })
      .then(response => (response.ok ? response.json() : {}))
      .then(locale => locale.labels || {})
      .catch(() => ({}));
  }
  return localeLabels;
}

/**
 * The plugin's texts in the person's language: each key of {@code english} from the locale file's labels, with
 * {@code t.lang}, {@code t.format(key, values)} filling {{name}} placeholders, and {@code t.code(group, value)}
 * naming a code of the application (TC_<group>_<value>, else the code in lower-case words), {@code t.label(group,
 * value)} the same with the code itself as the fallback, and {@code t.number(value, options)} formatted for the language.
 */
export async function texts(english) {
  const lang = language();
  const translated = lang === 'en' ? {} : await labels(lang);
  const t = Object.fromEntries(Object.keys(english).map(key => [key, translated[key] || english[key]]));
  t.lang = lang;
  t.format = (key, values) => t[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  t.code = (group, value) => (value == null ? '' : translated['TC_' + group + '_' + value] || String(value).toLowerCase().replaceAll('_', ' '));
  t.label = (group, value) => (value == null ? '' : translated['TC_' + group + '_' + value] || String(value));
  t.number = (value, options) => Number(value).toLocaleString(lang, options);
  return t;
}
