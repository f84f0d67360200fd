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

/** The plugin's texts in the person's language: each key of {@code english} from the locale file's labels. */
export async function texts(english) {
  const lang = language();
  if (lang === 'en') {
    return english;
  }
  try {
    const response = await fetch(appRoot() + '/app/tasklist/locales/' + lang + '.json', { credentials: 'same-origin' });
    const labels = (response.ok ? await response.json() : {}).labels || {};
    return Object.fromEntries(Object.keys(english).map(key => [key, labels[key] || english[key]]));
  } catch (e) {
    return english;
  }
}

export function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}
