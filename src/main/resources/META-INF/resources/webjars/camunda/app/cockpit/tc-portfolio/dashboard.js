// Cockpit dashboard plugin: the managers' view of the whole portfolio, read from GET /api/portfolio (one
// read model of SQL aggregates). Each chart has its figures as a table beside it, and every table is a CSV download.
import { API, barChart, element, figuresTable, getJson, injectStyles } from './charts.js';

const FUNDS = ['VOLUNTARY_FUND_TECHNICAL_COOPERATION', 'UPR_VOLUNTARY_FUND', 'REGULAR_BUDGET', 'BILATERAL_DONOR'];
const THEMATIC_AREAS = ['ADMINISTRATION_OF_JUSTICE', 'NATIONAL_HUMAN_RIGHTS_INSTITUTION', 'HUMAN_RIGHTS_EDUCATION', 'TREATY_BODY_REPORTING',
  'UPR_IMPLEMENTATION', 'ECONOMIC_SOCIAL_CULTURAL_RIGHTS', 'GENDER_EQUALITY', 'NON_DISCRIMINATION', 'CIVIC_SPACE'];
const words = text => text == null ? '' : String(text).toLowerCase().replaceAll('_', ' ');
const column = (label, value) => ({ label, value });
const money = amount => amount == null ? null : Number(amount).toLocaleString('en', { maximumFractionDigits: 2 });
const percent = share => share == null ? null : Math.round(share * 1000) / 10 + ' %';

// One entry per table of GET /api/portfolio: its title, columns and, for some, a chart of the same figures.
const SECTIONS = [
  { table: 'byStage', title: 'Projects by stage',
    columns: [column('Stage', r => words(r.stage)), column('Projects', r => r.projects)],
    chart: rows => ({ categories: rows.map(r => words(r.stage)), series: [{ name: 'Projects', data: rows.map(r => r.projects) }] }) },
  { table: 'byState', title: 'Projects by State',
    columns: [column('State', r => r.country), column('Projects', r => r.projects), column('Open', r => r.open)],
    chart: rows => ({ horizontal: true, categories: rows.slice(0, 15).map(r => r.country),
      series: [{ name: 'Open', stack: 'p', data: rows.slice(0, 15).map(r => r.open) },
        { name: 'Ended', stack: 'p', data: rows.slice(0, 15).map(r => r.projects - r.open) }] }) },
  { table: 'stageDurations', title: 'Days spent in each stage (finished stages, from history)',
    columns: [column('Stage', r => words(r.stage)), column('Projects', r => r.periods), column('Median days', r => r.medianDays),
      column('90th percentile, days', r => r.p90Days)],
    chart: rows => ({ categories: rows.map(r => words(r.stage)), series: [{ name: 'Median', data: rows.map(r => r.medianDays) },
      { name: '90th percentile', data: rows.map(r => r.p90Days) }] }) },
  { table: 'consentWaiting', title: 'Requests waiting for the State\'s consent',
    columns: [column('Requests', r => r.requests), column('Median days waiting', r => r.medianDays), column('Longest, days', r => r.longestDays)] },
  { table: 'consentWaits', title: 'Longest waits for consent',
    columns: [column('Project', r => r.projectKey), column('State', r => r.country), column('Days waiting', r => r.waitingDays)] },
  { table: 'overdueByGroup', title: 'Overdue tasks by group',
    columns: [column('Group', r => r.group), column('Tasks', r => r.tasks), column('Most days overdue', r => r.mostDaysOverdue)],
    chart: rows => ({ horizontal: true, categories: rows.map(r => r.group), series: [{ name: 'Overdue tasks', data: rows.map(r => r.tasks) }] }) },
  { table: 'overdueTasks', title: 'Overdue tasks',
    columns: [column('Task', r => element('a', { href: r.link, class: 'tc-task-link' }, [r.task])), column('Project', r => r.projectKey),
      column('Group', r => r.group), column('Due', r => r.due && r.due.substring(0, 10)), column('Days overdue', r => r.daysOverdue)] },
  { table: 'consultations', title: 'Consultations: whose voice was heard',
    columns: [column('Rounds', r => r.rounds), column('Heard the NHRI and civil society', r => r.roundsHearingNhriAndCivilSociety),
      column('Share', r => percent(r.shareHearingNhriAndCivilSociety)), column('Exceptions granted', r => r.exceptionsGranted)] },
  { table: 'participants', title: 'Participants in consultations, by sex',
    columns: [column('Sex', r => r.sex), column('Participants', r => r.participants)],
    chart: rows => ({ categories: rows.map(r => r.sex), series: [{ name: 'Participants', data: rows.map(r => r.participants) }] }) },
  { table: 'envelopes', title: 'Funds: envelopes, committed and remaining',
    columns: [column('Fund', r => words(r.fund)), column('Year', r => r.year), column('Currency', r => r.currency),
      column('Amount', r => money(r.amount)), column('Committed', r => money(r.committed)), column('Remaining', r => money(r.remaining))],
    chart: rows => ({ horizontal: true, categories: rows.map(r => words(r.fund) + ' ' + r.year + ' ' + r.currency),
      series: [{ name: 'Committed', stack: 'e', data: rows.map(r => Number(r.committed)) },
        { name: 'Remaining', stack: 'e', data: rows.map(r => Number(r.remaining)) }] }) },
  { table: 'fundOverrides', title: 'Funding decisions that overrode the criteria or the Board\'s advice',
    columns: [column('Fund', r => words(r.fund)), column('Decisions', r => r.decisions), column('Overrode the criteria', r => r.overridden),
      column('Against the Board\'s advice', r => r.againstBoardAdvice)] },
  { table: 'recommendationStatus', title: 'Linked recommendations by implementation status',
    columns: [column('Status', r => words(r.status)), column('Recommendations', r => r.recommendations)],
    chart: rows => ({ horizontal: true, categories: rows.map(r => words(r.status)), series: [{ name: 'Recommendations', data: rows.map(r => r.recommendations) }] }) },
  { table: 'unaddressedRecommendations', title: 'Supported recommendations no project addresses, per State',
    columns: [column('State', r => r.country), column('Supported', r => r.supported), column('Addressed', r => r.addressed),
      column('Not addressed', r => r.unaddressed)] },
  { table: 'deadlines', title: 'Coming deadlines',
    columns: [column('Due', r => r.due), column('Kind', r => words(r.kind)), column('Project or panel', r => r.subject), column('What', r => r.what)] }
];

const STYLES = `
.tc-portfolio form { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-bottom: 12px; }
.tc-portfolio form label { display: flex; flex-direction: column; font-weight: normal; }
.tc-portfolio .tc-section { margin: 18px 0; border-top: 1px solid #ccc; padding-top: 8px; }
.tc-portfolio .tc-figure { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
.tc-portfolio .tc-chart { width: 520px; height: 300px; max-width: 100%; }
.tc-portfolio .tc-figures { width: auto; min-width: 280px; max-width: 100%; }
.tc-portfolio .tc-figures caption { font-weight: bold; color: #333; }
.tc-portfolio .tc-table-scroll { max-height: 320px; overflow: auto; }
`;

function select(name, label, values) {
  return element('label', {}, [label, element('select', { name, class: 'form-control' },
    [element('option', { value: '' }, ['(all)']), ...values.map(value => element('option', { value }, [words(value)]))])]);
}

function query(form) {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, name) => { if (String(value).trim()) params.set(name, String(value).trim()); });
  return params.toString();
}

function section(spec, rows, filters, charts) {
  const csv = element('a', { href: API + '/' + spec.table + '.csv' + (filters ? '?' + filters : ''), class: 'tc-csv', download: '' },
    ['Download “' + spec.title + '” as CSV']);
  const table = element('div', { class: 'tc-table-scroll' }, [rows.length
    ? figuresTable(spec.title, spec.columns, rows) : element('p', {}, ['None for these filters.'])]);
  const figure = element('div', { class: 'tc-figure' });
  if (spec.chart && rows.length) {
    const holder = element('div', { class: 'tc-chart', role: 'img', 'aria-label': spec.title + ': chart; the same figures are in the table beside it' });
    figure.append(holder);
    const chart = spec.chart(rows);
    charts.push(() => barChart(holder, spec.title, chart.categories, chart.series, chart.horizontal));
  }
  figure.append(table);
  return element('section', { class: 'tc-section', id: 'tc-portfolio-' + spec.table }, [element('h4', {}, [spec.title]), figure, csv]);
}

async function show(results, form) {
  const filters = query(form);
  results.replaceChildren(element('p', {}, ['Loading the portfolio…']));
  try {
    const portfolio = await getJson(API + (filters ? '?' + filters : ''));
    const charts = [];
    results.replaceChildren(element('p', { class: 'tc-computed' }, ['Figures as of ' + portfolio.computedAt.replace('T', ' ').substring(0, 16) + ' UTC.']),
      ...SECTIONS.map(spec => section(spec, portfolio[spec.table] || [], filters, charts)));
    charts.forEach(draw => draw());
  } catch (error) {
    results.replaceChildren(element('p', { class: 'text-danger' }, ['Could not load the portfolio: ' + error.message]));
  }
}

function render(node) {
  injectStyles('tc-portfolio-styles', STYLES);
  const form = element('form', { class: 'tc-portfolio-filters', 'aria-label': 'Filters' }, [
    element('label', {}, ['Year registered', element('input', { name: 'year', type: 'number', min: '2000', max: '2100', class: 'form-control' })]),
    select('fund', 'Fund', FUNDS), select('thematicArea', 'Thematic area', THEMATIC_AREAS),
    element('label', {}, ['State (ISO code)', element('input', { name: 'country', maxlength: '2', size: '4', class: 'form-control' })]),
    element('button', { type: 'submit', class: 'btn btn-default' }, ['Show'])]);
  const results = element('div', { class: 'tc-portfolio-results', 'aria-live': 'polite' });
  form.addEventListener('submit', event => { event.preventDefault(); show(results, form); });
  node.replaceChildren(element('section', { class: 'tc-portfolio' }, [element('h3', {}, ['Portfolio']), form, results]));
  show(results, form);
}

export default {
  id: 'tc-portfolio-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  render: node => { render(node); },
  properties: { label: 'Portfolio' }
};
