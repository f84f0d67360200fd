// Cockpit dashboard plugin: every cooperation project with its whole history (activities and tasks),
// read from Camunda's history through the REST API Cockpit itself uses. Texts: English below, other languages
// from Cockpit's locales/<lang>.json (labels TC_HISTORY_*, codes TC_STAGE_*, TC_PROJECT_STATUS_* …).
import { language, texts } from '../tc-common/i18n.js';

const PROCESS_KEY = 'cooperation-project';
const ENGLISH = {
  TC_HISTORY_TITLE: 'Cooperation projects',
  TC_HISTORY_LOADING_PROJECTS: 'Loading cooperation projects…',
  TC_HISTORY_PROJECTS_FAILED: 'Could not load the cooperation projects: {{message}}',
  TC_HISTORY_COL_PROJECT: 'Project',
  TC_HISTORY_COL_PROCESS_STATE: 'State of the process',
  TC_HISTORY_COL_STARTED: 'Started',
  TC_HISTORY_COL_ENDED: 'Ended',
  TC_HISTORY_LOADING: 'Loading the history of {{project}}…',
  TC_HISTORY_FAILED: 'Could not load the history: {{message}}',
  TC_HISTORY_OF: 'History of {{project}} ({{state}})',
  TC_HISTORY_STEPS: 'Steps',
  TC_HISTORY_COL_STEP: 'Step',
  TC_HISTORY_COL_TYPE: 'Type',
  TC_HISTORY_TASKS: 'Tasks',
  TC_HISTORY_COL_TASK: 'Task',
  TC_HISTORY_COL_DONE_BY: 'Done by',
  TC_HISTORY_COL_CREATED: 'Created',
  TC_HISTORY_COL_COMPLETED: 'Completed',
  TC_HISTORY_RECORD_FAILED: 'The project record could not be read.',
  TC_HISTORY_FACTS: 'State: {{state}} · stage: {{stage}} · status: {{status}}',
  TC_HISTORY_FUNDING: 'Funding: {{decision}}',
  TC_HISTORY_AGAINST_BOARD: '⚠ Override: decided against the Board of Trustees\' advice (reasons in the funding decision)',
  TC_HISTORY_AGAINST_CRITERIA: '⚠ Override: decided against the published funding criteria (reasons in the funding decision)',
  TC_HISTORY_REPORTS: 'Reports: ',
  TC_HISTORY_STATE_REPORT: 'State report',
  TC_HISTORY_FUNDING_DECISION: 'funding decision and its reasons',
  TC_HISTORY_PROJECT_RECORD: 'project record'
};

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child))));
  return node;
}

function when(timestamp) {
  return timestamp ? timestamp.replace('T', ' ').substring(0, 16) : '';
}

function table(headers, rows) {
  return element('table', { class: 'table table-condensed cam-table' }, [
    element('thead', {}, [element('tr', {}, headers.map(h => element('th', {}, [h])))]),
    element('tbody', {}, rows)
  ]);
}

async function getJson(api, path) {
  const response = await fetch(api.engineApi + path, {
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    credentials: 'same-origin'
  });
  if (!response.ok) {
    throw new Error(response.status + ' ' + response.statusText);
  }
  return response.json();
}

// Our API (/api) reads the Cockpit session for GET requests, so these links open without a second login.
async function getProject(businessKey) {
  const response = await fetch('/api/projects/' + encodeURIComponent(businessKey), {
    headers: { Accept: 'application/json' }, credentials: 'same-origin'
  });
  return response.ok ? response.json() : null;
}

function amount(t, value, currency) {
  return value == null ? '' : t.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' ' + (currency || '');
}

function facts(t, project) {
  if (!project) {
    return element('p', {}, [t.TC_HISTORY_RECORD_FAILED]);
  }
  const state = encodeURIComponent(project.countryCode);
  const items = [
    element('li', {}, [t.format('TC_HISTORY_FACTS', { state: project.countryCode, stage: t.label('STAGE', project.stage),
      status: t.label('PROJECT_STATUS', project.status) })])
  ];
  const funding = project.funding;
  if (funding) {
    const text = t.format('TC_HISTORY_FUNDING', { decision: t.label('DECISION', funding.decision) })
      + (funding.amount != null ? ', ' + amount(t, funding.amount, project.currency) : '');
    items.push(element('li', {}, [text]));
    if (funding.overridden) {
      items.push(element('li', { class: 'tc-override', role: 'note' }, [funding.againstBoardAdvice
        ? t.TC_HISTORY_AGAINST_BOARD : t.TC_HISTORY_AGAINST_CRITERIA]));
    }
  }
  const suffix = t.lang === 'en' ? '' : '?lang=' + t.lang;
  const link = (href, text) => element('a', { href, target: '_blank', rel: 'noopener', class: 'tc-report-link' }, [text]);
  items.push(element('li', {}, [t.TC_HISTORY_REPORTS,
    link('/api/states/' + state + '/report.html' + suffix, t.TC_HISTORY_STATE_REPORT), ' (',
    link('/api/states/' + state + '/report.pdf' + suffix, 'PDF'), ', ',
    link('/api/states/' + state + '/report.csv' + suffix, 'CSV'), ') · ',
    link('/api/projects/' + encodeURIComponent(project.businessKey) + '/funding-decision', t.TC_HISTORY_FUNDING_DECISION), ' · ',
    link('/api/projects/' + encodeURIComponent(project.businessKey), t.TC_HISTORY_PROJECT_RECORD)]));
  return element('ul', { class: 'tc-project-facts' }, items);
}

async function showHistory(t, api, detail, project) {
  detail.replaceChildren(element('p', {}, [t.format('TC_HISTORY_LOADING', { project: project.businessKey })]));
  const [activities, tasks, record] = await Promise.all([
    getJson(api, '/history/activity-instance?processInstanceId=' + encodeURIComponent(project.id) + '&sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=1000'),
    getJson(api, '/history/task?processInstanceBusinessKey=' + encodeURIComponent(project.businessKey) + '&sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=1000'),
    getProject(project.businessKey).catch(() => null)
  ]);
  detail.replaceChildren(
    element('h4', { class: 'tc-history-title' }, [t.format('TC_HISTORY_OF', { project: project.businessKey, state: t.label('INSTANCE_STATE', project.state) })]),
    facts(t, record),
    element('h5', {}, [t.TC_HISTORY_STEPS]),
    table([t.TC_HISTORY_COL_STEP, t.TC_HISTORY_COL_TYPE, t.TC_HISTORY_COL_STARTED, t.TC_HISTORY_COL_ENDED], activities
      .filter(a => a.activityName)
      .map(a => element('tr', { class: 'tc-activity' }, [
        element('td', {}, [a.activityName]), element('td', {}, [a.activityType]),
        element('td', {}, [when(a.startTime)]), element('td', {}, [when(a.endTime)])]))),
    element('h5', {}, [t.TC_HISTORY_TASKS]),
    table([t.TC_HISTORY_COL_TASK, t.TC_HISTORY_COL_DONE_BY, t.TC_HISTORY_COL_CREATED, t.TC_HISTORY_COL_COMPLETED], tasks.map(t => element('tr', { class: 'tc-task' }, [
      element('td', {}, [t.name]), element('td', {}, [t.assignee || '']),
      element('td', {}, [when(t.startTime)]), element('td', {}, [when(t.endTime)])])))
  );
}

async function render(node, { api }) {
  const t = await texts(ENGLISH);
  const detail = element('div', { class: 'tc-project-detail' });
  const list = element('div', { class: 'tc-project-list' }, [t.TC_HISTORY_LOADING_PROJECTS]);
  node.replaceChildren(element('section', { class: 'tc-project-history' }, [
    element('h3', {}, [t.TC_HISTORY_TITLE]), list, detail]));
  try {
    const projects = await getJson(api, '/history/process-instance?processDefinitionKey=' + PROCESS_KEY + '&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=50');
    list.replaceChildren(table([t.TC_HISTORY_COL_PROJECT, t.TC_HISTORY_COL_PROCESS_STATE, t.TC_HISTORY_COL_STARTED, t.TC_HISTORY_COL_ENDED], projects.map(project => {
      const link = element('a', { href: '', class: 'tc-project-link' }, [project.businessKey || project.id]);
      link.addEventListener('click', event => {
        event.preventDefault();
        showHistory(t, api, detail, project).catch(error => detail.replaceChildren(t.format('TC_HISTORY_FAILED', { message: error.message })));
      });
      return element('tr', {}, [element('td', {}, [link]), element('td', {}, [t.label('INSTANCE_STATE', project.state)]),
        element('td', {}, [when(project.startTime)]), element('td', {}, [when(project.endTime)])]);
    })));
  } catch (error) {
    list.replaceChildren(t.format('TC_HISTORY_PROJECTS_FAILED', { message: error.message }));
  }
}

export default {
  id: 'tc-project-history',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, context) => { render(node, context); },
  properties: { label: language() === 'fr' ? 'Projets de coopération' : ENGLISH.TC_HISTORY_TITLE }
};
