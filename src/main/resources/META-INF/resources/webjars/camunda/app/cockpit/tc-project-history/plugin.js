// Cockpit dashboard plugin: every cooperation project with its whole history (activities and tasks),
// read from Camunda's history through the REST API Cockpit itself uses.
const PROCESS_KEY = 'cooperation-project';

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

function amount(value, currency) {
  return value == null ? '' : Number(value).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' ' + (currency || '');
}

function facts(project) {
  if (!project) {
    return element('p', {}, ['The project record could not be read.']);
  }
  const state = encodeURIComponent(project.countryCode);
  const items = [
    element('li', {}, ['State: ' + project.countryCode + ' · stage: ' + project.stage + ' · status: ' + project.status])
  ];
  const funding = project.funding;
  if (funding) {
    const text = 'Funding: ' + funding.decision + (funding.amount != null ? ', ' + amount(funding.amount, project.currency) : '');
    items.push(element('li', {}, [text]));
    if (funding.overridden) {
      items.push(element('li', { class: 'tc-override', role: 'note' }, [funding.againstBoardAdvice
        ? '⚠ Override: decided against the Board of Trustees\' advice (reasons in the funding decision)'
        : '⚠ Override: decided against the published funding criteria (reasons in the funding decision)']));
    }
  }
  const link = (href, text) => element('a', { href, target: '_blank', rel: 'noopener', class: 'tc-report-link' }, [text]);
  items.push(element('li', {}, ['Reports: ',
    link('/api/states/' + state + '/report.html', 'State report'), ' (',
    link('/api/states/' + state + '/report.pdf', 'PDF'), ', ',
    link('/api/states/' + state + '/report.csv', 'CSV'), ') · ',
    link('/api/projects/' + encodeURIComponent(project.businessKey) + '/funding-decision', 'funding decision and its reasons'), ' · ',
    link('/api/projects/' + encodeURIComponent(project.businessKey), 'project record')]));
  return element('ul', { class: 'tc-project-facts' }, items);
}

async function showHistory(api, detail, project) {
  detail.replaceChildren(element('p', {}, ['Loading the history of ' + project.businessKey + '…']));
  const [activities, tasks, record] = await Promise.all([
    getJson(api, '/history/activity-instance?processInstanceId=' + encodeURIComponent(project.id) + '&sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=1000'),
    getJson(api, '/history/task?processInstanceBusinessKey=' + encodeURIComponent(project.businessKey) + '&sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=1000'),
    getProject(project.businessKey).catch(() => null)
  ]);
  detail.replaceChildren(
    element('h4', { class: 'tc-history-title' }, ['History of ' + project.businessKey + ' (' + project.state + ')']),
    facts(record),
    element('h5', {}, ['Steps']),
    table(['Step', 'Type', 'Started', 'Ended'], activities
      .filter(a => a.activityName)
      .map(a => element('tr', { class: 'tc-activity' }, [
        element('td', {}, [a.activityName]), element('td', {}, [a.activityType]),
        element('td', {}, [when(a.startTime)]), element('td', {}, [when(a.endTime)])]))),
    element('h5', {}, ['Tasks']),
    table(['Task', 'Done by', 'Created', 'Completed'], tasks.map(t => element('tr', { class: 'tc-task' }, [
      element('td', {}, [t.name]), element('td', {}, [t.assignee || '']),
      element('td', {}, [when(t.startTime)]), element('td', {}, [when(t.endTime)])])))
  );
}

async function render(node, { api }) {
  const detail = element('div', { class: 'tc-project-detail' });
  const list = element('div', { class: 'tc-project-list' }, ['Loading cooperation projects…']);
  node.replaceChildren(element('section', { class: 'tc-project-history' }, [
    element('h3', {}, ['Cooperation projects']), list, detail]));
  try {
    const projects = await getJson(api, '/history/process-instance?processDefinitionKey=' + PROCESS_KEY + '&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=50');
    list.replaceChildren(table(['Project', 'State of the process', 'Started', 'Ended'], projects.map(project => {
      const link = element('a', { href: '', class: 'tc-project-link' }, [project.businessKey || project.id]);
      link.addEventListener('click', event => {
        event.preventDefault();
        showHistory(api, detail, project).catch(error => detail.replaceChildren('Could not load the history: ' + error.message));
      });
      return element('tr', {}, [element('td', {}, [link]), element('td', {}, [project.state]),
        element('td', {}, [when(project.startTime)]), element('td', {}, [when(project.endTime)])]);
    })));
  } catch (error) {
    list.replaceChildren('Could not load the cooperation projects: ' + error.message);
  }
}

export default {
  id: 'tc-project-history',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, context) => { render(node, context); },
  properties: { label: 'Cooperation projects' }
};
