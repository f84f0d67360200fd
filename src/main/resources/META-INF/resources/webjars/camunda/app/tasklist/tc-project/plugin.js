// Tasklist task tab "Project": for a task of a cooperation project, the State and the links to the project's
// reports (the State report as HTML, PDF and CSV), opened in the Tasklist
// session (our API reads it). Texts: English below, French from Tasklist's locales/fr.json (labels TC_PROJECT_*).
import { appRoot, element, language, texts } from '../tc-common/ui.js';

const ENGLISH = {
  TC_PROJECT_TAB: 'Project',
  TC_PROJECT_STATE: 'State',
  TC_PROJECT_BUDGET: 'Estimated budget',
  TC_PROJECT_REPORTS: 'Reports',
  TC_PROJECT_STATE_REPORT: 'State report',
  TC_PROJECT_NONE: 'This task belongs to no cooperation project.'
};

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/** The project the task belongs to, by its businessKey variable (a person may read a task's variables, not its instance). */
async function projectOfTask(api, taskId) {
  const engine = (api && api.engineApi) || appRoot() + '/api/engine/engine/default';
  const businessKey = await json(engine + '/task/' + encodeURIComponent(taskId) + '/variables/businessKey');
  return businessKey && businessKey.value ? json('/api/projects/' + encodeURIComponent(businessKey.value)) : null;
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
    const [t, project] = await Promise.all([texts(ENGLISH), projectOfTask(api, taskId).catch(() => null)]);
    node.replaceChildren(project ? view(t, lang, project) : element('p', {}, [t.TC_PROJECT_NONE]));
  }
};
