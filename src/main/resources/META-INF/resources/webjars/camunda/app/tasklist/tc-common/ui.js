// What TC Lifecycle's Tasklist plugins share: the person's language as Tasklist chooses it (the browser's),
// texts from Tasklist's own locale files (English defaults in each plugin, other languages in locales/<lang>.json),
// and building elements without HTML strings.

export function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function appRoot() {
  return document.querySelector('base').getAttribute('app-root');
}

let localeLabels;

/** The locale file's labels, fetched once per page however many plugins render how often. */
function labels(lang) {
  if (!localeLabels) {
    localeLabels = fetch(appRoot() + '/app/tasklist/locales/' + lang + '.json', { credentials: 'same-origin' })
      .then(response => (response.ok ? response.json() : {}))
      .then(locale => locale.labels || {})
      .catch(() => ({}));
  }
  return localeLabels;
}

/** The plugin's texts in the person's language: each key of {@code english} from the locale file's labels. */
export async function texts(english) {
  const lang = language();
  if (lang === 'en') {
    return english;
  }
  const translated = await labels(lang);
  return Object.fromEntries(Object.keys(english).map(key => [key, translated[key] || english[key]]));
}

export function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}
