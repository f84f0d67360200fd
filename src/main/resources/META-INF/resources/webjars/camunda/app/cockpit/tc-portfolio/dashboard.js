// Cockpit dashboard plugin: the managers' view of the whole portfolio, read from GET /api/portfolio (one
// read model of SQL aggregates). Each chart has its figures as a table beside it, and every table is a CSV download.
import { API, barChart, element, figuresTable, getJson, injectStyles } from './charts.js';
import { language, texts } from '../tc-common/i18n.js';

const FUNDS = ['VOLUNTARY_FUND_TECHNICAL_COOPERATION', 'UPR_VOLUNTARY_FUND', 'REGULAR_BUDGET', 'BILATERAL_DONOR'];
const THEMATIC_AREAS = ['ADMINISTRATION_OF_JUSTICE', 'NATIONAL_HUMAN_RIGHTS_INSTITUTION', 'HUMAN_RIGHTS_EDUCATION', 'TREATY_BODY_REPORTING',
  'UPR_IMPLEMENTATION', 'ECONOMIC_SOCIAL_CULTURAL_RIGHTS', 'GENDER_EQUALITY', 'NON_DISCRIMINATION', 'CIVIC_SPACE'];
// Texts: English below, other languages from Cockpit's locales/<lang>.json (labels TC_PORTFOLIO_*, codes TC_STAGE_* …).
const ENGLISH = {
  TC_PORTFOLIO_TITLE: 'Portfolio',
  TC_PORTFOLIO_FILTERS: 'Filters',
  TC_PORTFOLIO_ALL: '(all)',
  TC_PORTFOLIO_YEAR_REGISTERED: 'Year registered',
  TC_PORTFOLIO_FUND: 'Fund',
  TC_PORTFOLIO_THEMATIC_AREA: 'Thematic area',
  TC_PORTFOLIO_STATE_ISO: 'State (ISO code)',
  TC_PORTFOLIO_SHOW: 'Show',
  TC_PORTFOLIO_LOADING: 'Loading the portfolio…',
  TC_PORTFOLIO_AS_OF: 'Figures as of {{time}} UTC.',
  TC_PORTFOLIO_FAILED: 'Could not load the portfolio: {{message}}',
  TC_PORTFOLIO_CSV: 'Download “{{title}}” as CSV',
  TC_PORTFOLIO_NONE: 'None for these filters.',
  TC_PORTFOLIO_CHART_LABEL: '{{title}}: chart; the same figures are in the table beside it',
  TC_PORTFOLIO_BY_STAGE: 'Projects by stage',
  TC_PORTFOLIO_BY_STATE: 'Projects by State',
  TC_PORTFOLIO_STAGE_DURATIONS: 'Days spent in each stage (finished stages, from history)',
  TC_PORTFOLIO_CONSENT_WAITING: 'Requests waiting for the State\'s consent',
  TC_PORTFOLIO_CONSENT_WAITS: 'Longest waits for consent',
  TC_PORTFOLIO_OVERDUE_BY_GROUP: 'Overdue tasks by group',
  TC_PORTFOLIO_OVERDUE_TASKS: 'Overdue tasks',
  TC_PORTFOLIO_OVERDUE_MORE: 'and {{tasks}} more: Tasklist’s “Overdue” filter (the tasks of your groups)',
  TC_PORTFOLIO_CONSULTATIONS: 'Consultations: whose voice was heard',
  TC_PORTFOLIO_PARTICIPANTS: 'Participants in consultations, by sex',
  TC_PORTFOLIO_ENVELOPES: 'Funds: envelopes, committed and remaining',
  TC_PORTFOLIO_FUND_OVERRIDES: 'Funding decisions that overrode the criteria or the Board\'s advice',
  TC_PORTFOLIO_RECOMMENDATION_STATUS: 'Linked recommendations by implementation status',
  TC_PORTFOLIO_UNADDRESSED: 'Supported recommendations no project addresses, per State',
  TC_PORTFOLIO_DEADLINES: 'Coming deadlines',
  TC_PORTFOLIO_COL_STAGE: 'Stage',
  TC_PORTFOLIO_COL_PROJECTS: 'Projects',
  TC_PORTFOLIO_COL_STATE: 'State',
  TC_PORTFOLIO_COL_OPEN: 'Open',
  TC_PORTFOLIO_COL_ENDED: 'Ended',
  TC_PORTFOLIO_COL_MEDIAN_DAYS: 'Median days',
  TC_PORTFOLIO_COL_P90_DAYS: '90th percentile, days',
  TC_PORTFOLIO_COL_MEDIAN: 'Median',
  TC_PORTFOLIO_COL_P90: '90th percentile',
  TC_PORTFOLIO_COL_REQUESTS: 'Requests',
  TC_PORTFOLIO_COL_MEDIAN_WAITING: 'Median days waiting',
  TC_PORTFOLIO_COL_LONGEST: 'Longest, days',
  TC_PORTFOLIO_COL_PROJECT: 'Project',
  TC_PORTFOLIO_COL_DAYS_WAITING: 'Days waiting',
  TC_PORTFOLIO_COL_GROUP: 'Group',
  TC_PORTFOLIO_COL_TASKS: 'Tasks',
  TC_PORTFOLIO_COL_MOST_OVERDUE: 'Most days overdue',
  TC_PORTFOLIO_COL_OVERDUE_TASKS: 'Overdue tasks',
  TC_PORTFOLIO_COL_TASK: 'Task',
  TC_PORTFOLIO_COL_DUE: 'Due',
  TC_PORTFOLIO_COL_DAYS_OVERDUE: 'Days overdue',
  TC_PORTFOLIO_COL_ROUNDS: 'Rounds',
  TC_PORTFOLIO_COL_HEARD: 'Heard the NHRI and civil society',
  TC_PORTFOLIO_COL_SHARE: 'Share',
  TC_PORTFOLIO_COL_EXCEPTIONS: 'Exceptions granted',
  TC_PORTFOLIO_COL_SEX: 'Sex',
  TC_PORTFOLIO_COL_PARTICIPANTS: 'Participants',
  TC_PORTFOLIO_COL_FUND: 'Fund',
  TC_PORTFOLIO_COL_YEAR: 'Year',
  TC_PORTFOLIO_COL_CURRENCY: 'Currency',
  TC_PORTFOLIO_COL_AMOUNT: 'Amount',
  TC_PORTFOLIO_COL_COMMITTED: 'Committed',
  TC_PORTFOLIO_COL_REMAINING: 'Remaining',
  TC_PORTFOLIO_COL_DECISIONS: 'Decisions',
  TC_PORTFOLIO_COL_OVERRODE: 'Overrode the criteria',
  TC_PORTFOLIO_COL_AGAINST_BOARD: 'Against the Board\'s advice',
  TC_PORTFOLIO_COL_STATUS: 'Status',
  TC_PORTFOLIO_COL_RECOMMENDATIONS: 'Recommendations',
  TC_PORTFOLIO_COL_SUPPORTED: 'Supported',
  TC_PORTFOLIO_COL_ADDRESSED: 'Addressed',
  TC_PORTFOLIO_COL_NOT_ADDRESSED: 'Not addressed',
  TC_PORTFOLIO_COL_KIND: 'Kind',
  TC_PORTFOLIO_COL_SUBJECT: 'Project or panel',
  TC_PORTFOLIO_COL_WHAT: 'What'
};
const column = (label, value) => ({ label, value });
const percent = share => share == null ? null : Math.round(share * 1000) / 10 + ' %';

// One entry per table of GET /api/portfolio: its title, columns and, for some, a chart of the same figures.
function sections(t) {
  const stage = r => t.code('STAGE', r.stage);
  const fund = r => t.code('FUND', r.fund);
  const money = amount => amount == null ? null : t.number(amount, { maximumFractionDigits: 2 });
  return [
    { table: 'byStage', title: t.TC_PORTFOLIO_BY_STAGE,
      columns: [column(t.TC_PORTFOLIO_COL_STAGE, stage), column(t.TC_PORTFOLIO_COL_PROJECTS, r => r.projects)],
      chart: rows => ({ categories: rows.map(stage), series: [{ name: t.TC_PORTFOLIO_COL_PROJECTS, data: rows.map(r => r.projects) }] }) },
    { table: 'byState', title: t.TC_PORTFOLIO_BY_STATE,
      columns: [column(t.TC_PORTFOLIO_COL_STATE, r => r.country), column(t.TC_PORTFOLIO_COL_PROJECTS, r => r.projects), column(t.TC_PORTFOLIO_COL_OPEN, r => r.open)],
      chart: rows => ({ horizontal: true, categories: rows.slice(0, 15).map(r => r.country),
        series: [{ name: t.TC_PORTFOLIO_COL_OPEN, stack: 'p', data: rows.slice(0, 15).map(r => r.open) },
          { name: t.TC_PORTFOLIO_COL_ENDED, stack: 'p', data: rows.slice(0, 15).map(r => r.projects - r.open) }] }) },
    { table: 'stageDurations', title: t.TC_PORTFOLIO_STAGE_DURATIONS,
      columns: [column(t.TC_PORTFOLIO_COL_STAGE, stage), column(t.TC_PORTFOLIO_COL_PROJECTS, r => r.periods),
        column(t.TC_PORTFOLIO_COL_MEDIAN_DAYS, r => r.medianDays), column(t.TC_PORTFOLIO_COL_P90_DAYS, r => r.p90Days)],
      chart: rows => ({ categories: rows.map(stage), series: [{ name: t.TC_PORTFOLIO_COL_MEDIAN, data: rows.map(r => r.medianDays) },
        { name: t.TC_PORTFOLIO_COL_P90, data: rows.map(r => r.p90Days) }] }) },
    { table: 'consentWaiting', title: t.TC_PORTFOLIO_CONSENT_WAITING,
      columns: [column(t.TC_PORTFOLIO_COL_REQUESTS, r => r.requests), column(t.TC_PORTFOLIO_COL_MEDIAN_WAITING, r => r.medianDays),
        column(t.TC_PORTFOLIO_COL_LONGEST, r => r.longestDays)] },
    { table: 'consentWaits', title: t.TC_PORTFOLIO_CONSENT_WAITS,
      columns: [column(t.TC_PORTFOLIO_COL_PROJECT, r => r.projectKey), column(t.TC_PORTFOLIO_COL_STATE, r => r.country),
        column(t.TC_PORTFOLIO_COL_DAYS_WAITING, r => r.waitingDays)] },
    { table: 'overdueByGroup', title: t.TC_PORTFOLIO_OVERDUE_BY_GROUP,
      columns: [column(t.TC_PORTFOLIO_COL_GROUP, r => r.group), column(t.TC_PORTFOLIO_COL_TASKS, r => r.tasks),
        column(t.TC_PORTFOLIO_COL_MOST_OVERDUE, r => r.mostDaysOverdue)],
      chart: rows => ({ horizontal: true, categories: rows.map(r => r.group), series: [{ name: t.TC_PORTFOLIO_COL_OVERDUE_TASKS, data: rows.map(r => r.tasks) }] }) },
    { table: 'overdueTasks', title: t.TC_PORTFOLIO_OVERDUE_TASKS,
      more: portfolio => portfolio.overdueNotListed && portfolio.overdueNotListed.tasks > 0
        ? element('p', { class: 'tc-more' }, [element('a', { href: portfolio.overdueNotListed.link, class: 'tc-overdue-filter' },
          [t.format('TC_PORTFOLIO_OVERDUE_MORE', { tasks: t.number(portfolio.overdueNotListed.tasks) })])]) : null,
      columns: [column(t.TC_PORTFOLIO_COL_TASK, r => element('a', { href: r.link, class: 'tc-task-link' }, [r.task])),
        column(t.TC_PORTFOLIO_COL_PROJECT, r => r.projectKey), column(t.TC_PORTFOLIO_COL_GROUP, r => r.group),
        column(t.TC_PORTFOLIO_COL_DUE, r => r.due && r.due.substring(0, 10)), column(t.TC_PORTFOLIO_COL_DAYS_OVERDUE, r => r.daysOverdue)] },
    { table: 'consultations', title: t.TC_PORTFOLIO_CONSULTATIONS,
      columns: [column(t.TC_PORTFOLIO_COL_ROUNDS, r => r.rounds), column(t.TC_PORTFOLIO_COL_HEARD, r => r.roundsHearingNhriAndCivilSociety),
        column(t.TC_PORTFOLIO_COL_SHARE, r => percent(r.shareHearingNhriAndCivilSociety)), column(t.TC_PORTFOLIO_COL_EXCEPTIONS, r => r.exceptionsGranted)] },
    { table: 'participants', title: t.TC_PORTFOLIO_PARTICIPANTS,
      columns: [column(t.TC_PORTFOLIO_COL_SEX, r => r.sex), column(t.TC_PORTFOLIO_COL_PARTICIPANTS, r => r.participants)],
      chart: rows => ({ categories: rows.map(r => r.sex), series: [{ name: t.TC_PORTFOLIO_COL_PARTICIPANTS, data: rows.map(r => r.participants) }] }) },
    { table: 'envelopes', title: t.TC_PORTFOLIO_ENVELOPES,
      columns: [column(t.TC_PORTFOLIO_COL_FUND, fund), column(t.TC_PORTFOLIO_COL_YEAR, r => r.year), column(t.TC_PORTFOLIO_COL_CURRENCY, r => r.currency),
        column(t.TC_PORTFOLIO_COL_AMOUNT, r => money(r.amount)), column(t.TC_PORTFOLIO_COL_COMMITTED, r => money(r.committed)),
        column(t.TC_PORTFOLIO_COL_REMAINING, r => money(r.remaining))],
      chart: rows => ({ horizontal: true, categories: rows.map(r => fund(r) + ' ' + r.year + ' ' + r.currency),
        series: [{ name: t.TC_PORTFOLIO_COL_COMMITTED, stack: 'e', data: rows.map(r => Number(r.committed)) },
          { name: t.TC_PORTFOLIO_COL_REMAINING, stack: 'e', data: rows.map(r => Number(r.remaining)) }] }) },
    { table: 'fundOverrides', title: t.TC_PORTFOLIO_FUND_OVERRIDES,
      columns: [column(t.TC_PORTFOLIO_COL_FUND, fund), column(t.TC_PORTFOLIO_COL_DECISIONS, r => r.decisions),
        column(t.TC_PORTFOLIO_COL_OVERRODE, r => r.overridden), column(t.TC_PORTFOLIO_COL_AGAINST_BOARD, r => r.againstBoardAdvice)] },
    { table: 'recommendationStatus', title: t.TC_PORTFOLIO_RECOMMENDATION_STATUS,
      columns: [column(t.TC_PORTFOLIO_COL_STATUS, r => t.code('STATUS', r.status)), column(t.TC_PORTFOLIO_COL_RECOMMENDATIONS, r => r.recommendations)],
      chart: rows => ({ horizontal: true, categories: rows.map(r => t.code('STATUS', r.status)),
        series: [{ name: t.TC_PORTFOLIO_COL_RECOMMENDATIONS, data: rows.map(r => r.recommendations) }] }) },
    { table: 'unaddressedRecommendations', title: t.TC_PORTFOLIO_UNADDRESSED,
      columns: [column(t.TC_PORTFOLIO_COL_STATE, r => r.country), column(t.TC_PORTFOLIO_COL_SUPPORTED, r => r.supported),
        column(t.TC_PORTFOLIO_COL_ADDRESSED, r => r.addressed), column(t.TC_PORTFOLIO_COL_NOT_ADDRESSED, r => r.unaddressed)] },
    { table: 'deadlines', title: t.TC_PORTFOLIO_DEADLINES,
      columns: [column(t.TC_PORTFOLIO_COL_DUE, r => r.due), column(t.TC_PORTFOLIO_COL_KIND, r => t.code('DEADLINE', r.kind)),
        column(t.TC_PORTFOLIO_COL_SUBJECT, r => r.subject), column(t.TC_PORTFOLIO_COL_WHAT, r => r.what)] }
  ];
}

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

function select(t, name, label, group, values) {
  return element('label', {}, [label, element('select', { name, class: 'form-control' },
    [element('option', { value: '' }, [t.TC_PORTFOLIO_ALL]), ...values.map(value => element('option', { value }, [t.code(group, value)]))])]);
}

function query(form) {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, name) => { if (String(value).trim()) params.set(name, String(value).trim()); });
  return params.toString();
}

function section(t, spec, portfolio, filters, charts) {
  const rows = portfolio[spec.table] || [];
  const csv = element('a', { href: API + '/' + spec.table + '.csv' + (filters ? '?' + filters : ''), class: 'tc-csv', download: '' },
    [t.format('TC_PORTFOLIO_CSV', { title: spec.title })]);
  const table = element('div', { class: 'tc-table-scroll' }, [rows.length
    ? figuresTable(spec.title, spec.columns, rows) : element('p', {}, [t.TC_PORTFOLIO_NONE])]);
  const figure = element('div', { class: 'tc-figure' });
  if (spec.chart && rows.length) {
    const holder = element('div', { class: 'tc-chart', role: 'img', 'aria-label': t.format('TC_PORTFOLIO_CHART_LABEL', { title: spec.title }) });
    figure.append(holder);
    const chart = spec.chart(rows);
    charts.push(() => barChart(holder, spec.title, chart.categories, chart.series, chart.horizontal, t.lang));
  }
  figure.append(table);
  const more = spec.more && spec.more(portfolio);
  return element('section', { class: 'tc-section', id: 'tc-portfolio-' + spec.table },
    [element('h4', {}, [spec.title]), figure, ...(more ? [more] : []), csv]);
}

async function show(t, results, form) {
  const filters = query(form);
  results.replaceChildren(element('p', {}, [t.TC_PORTFOLIO_LOADING]));
  try {
    const portfolio = await getJson(API + (filters ? '?' + filters : ''));
    const charts = [];
    results.replaceChildren(element('p', { class: 'tc-computed' }, [t.format('TC_PORTFOLIO_AS_OF', { time: portfolio.computedAt.replace('T', ' ').substring(0, 16) })]),
      ...sections(t).map(spec => section(t, spec, portfolio, filters, charts)));
    charts.forEach(draw => draw());
  } catch (error) {
    results.replaceChildren(element('p', { class: 'text-danger' }, [t.format('TC_PORTFOLIO_FAILED', { message: error.message })]));
  }
}

async function render(node) {
  injectStyles('tc-portfolio-styles', STYLES);
  const t = await texts(ENGLISH);
  const form = element('form', { class: 'tc-portfolio-filters', 'aria-label': t.TC_PORTFOLIO_FILTERS }, [
    element('label', {}, [t.TC_PORTFOLIO_YEAR_REGISTERED, element('input', { name: 'year', type: 'number', min: '2000', max: '2100', class: 'form-control' })]),
    select(t, 'fund', t.TC_PORTFOLIO_FUND, 'FUND', FUNDS), select(t, 'thematicArea', t.TC_PORTFOLIO_THEMATIC_AREA, 'THEMATIC_AREA', THEMATIC_AREAS),
    element('label', {}, [t.TC_PORTFOLIO_STATE_ISO, element('input', { name: 'country', maxlength: '2', size: '4', class: 'form-control' })]),
    element('button', { type: 'submit', class: 'btn btn-default' }, [t.TC_PORTFOLIO_SHOW])]);
  const results = element('div', { class: 'tc-portfolio-results', 'aria-live': 'polite' });
  form.addEventListener('submit', event => { event.preventDefault(); show(t, results, form); });
  node.replaceChildren(element('section', { class: 'tc-portfolio' }, [element('h3', {}, [t.TC_PORTFOLIO_TITLE]), form, results]));
  show(t, results, form);
}

export default {
  id: 'tc-portfolio-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  render: node => { render(node); },
  properties: { label: language() === 'fr' ? 'Portefeuille' : ENGLISH.TC_PORTFOLIO_TITLE }
};
