// Tasklist task tab "Project": for a task of a cooperation project, the State and the links to the project's
// reports (the State report as HTML, PDF and CSV), opened in the Tasklist
// session (our API reads it). Texts: English below, French from Tasklist's locales/fr.json (labels TC_PROJECT_*).
const ENGLISH = {
  TC_PROJECT_TAB: 'Project',
  TC_PROJECT_STATE: 'State',
  TC_PROJECT_BUDGET: 'Estimated budget',
  TC_PROJECT_REPORTS: 'Reports',
  TC_PROJECT_STATE_REPORT: 'State report',
  TC_PROJECT_NONE: 'This task belongs to no cooperation project.'
};

function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function appRoot() {
  return document.querySelector('base').getAttribute('app-root');
}

async function texts(lang) {
  if (lang === 'en') {
    return ENGLISH;
  }
  try {
    const response = await fetch(appRoot() + '/app/tasklist/locales/' + lang + '.json', { credentials: 'same-origin' });
    const labels = (response.ok ? await response.json() : {}).labels || {};
    return Object.fromEntries(Object.keys(ENGLISH).map(key => [key, labels[key] || ENGLISH[key]]));
  } catch (e) {
    return ENGLISH;
  }
}

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

async function projectOfTask(api, taskId) {
  const engine = (api && api.engineApi) || appRoot() + '/api/engine/engine/default';
  const task = await json(engine + '/task/' + encodeURIComponent(taskId));
  const instance = task && task.processInstanceId ? await json(engine + '/process-instance/' + encodeURIComponent(task.processInstanceId)) : null;
  return instance && instance.businessKey ? json('/api/projects/' + encodeURIComponent(instance.businessKey)) : null;
}

function view(t, lang, project) {
  const state = encodeURIComponent(project.countryCode);
  const suffix = lang === 'fr' ? '?lang=fr' : '';
  const stateName = new Intl.DisplayNames([lang], { type: 'region' }).of(project.countryCode) || project.countryCode;
  const link = (href, text) => element('a', { href: href + suffix, target: '_blank', rel: 'noopener', class: 'tc-project-report' }, [text]);
  const facts = [element('dt', {}, [t.TC_PROJECT_STATE]), element('dd', {}, [stateName])];
  if (project.estimatedBudget != null) {
    facts.push(element('dt', {}, [t.TC_PROJECT_BUDGET]), element('dd', {}, [new Intl.NumberFormat(lang,
        { style: 'currency', currency: project.currency || 'USD' }).format(project.estimatedBudget)]));
  }
  return element('section', { class: 'tc-project-tab' }, [
    element('h4', {}, [project.businessKey]),
    element('dl', { class: 'dl-horizontal' }, facts),
    element('h5', {}, [t.TC_PROJECT_REPORTS]),
    element('ul', {}, [
      element('li', {}, [link('/api/states/' + state + '/report.html', t.TC_PROJECT_STATE_REPORT), ' (',
        link('/api/states/' + state + '/report.pdf', 'PDF'), ', ', link('/api/states/' + state + '/report.csv', 'CSV'), ')'])
    ])
  ]);
}

export default {
  id: 'tc-project',
  pluginPoint: 'tasklist.task.detail',
  priority: 150,
  properties: { label: language() === 'fr' ? 'Projet' : ENGLISH.TC_PROJECT_TAB },
  render: async (node, { api, taskId }) => {
    const lang = language();
    const [t, project] = await Promise.all([texts(lang), projectOfTask(api, taskId).catch(() => null)]);
    node.replaceChildren(project ? view(t, lang, project) : element('p', {}, [t.TC_PROJECT_NONE]));
  }
};
