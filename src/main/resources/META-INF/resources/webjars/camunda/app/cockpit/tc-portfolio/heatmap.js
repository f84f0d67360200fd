// Cockpit diagram plugin: a heatmap on the cooperation-project diagram. Each activity shows how many projects
// entered it in the chosen period (finished projects included) and their median days there, coloured by that
// time; the same figures are in a table beside the diagram, with a CSV download.
import { API, element, figuresTable, getJson, injectStyles } from './charts.js';
import { texts } from '../tc-common/i18n.js';

// Texts: English below, other languages from Cockpit's locales/<lang>.json (labels TC_HEATMAP_*).
const ENGLISH = {
  TC_HEATMAP_TITLE: 'Heatmap: where projects wait',
  TC_HEATMAP_PERIOD: 'Period of the heatmap',
  TC_HEATMAP_FROM: 'From',
  TC_HEATMAP_TO: 'To',
  TC_HEATMAP_SHOW: 'Show',
  TC_HEATMAP_LEGEND: 'Colours: median days spent in the activity',
  TC_HEATMAP_BAND_1: 'under 1 day',
  TC_HEATMAP_BAND_7: '1 to 7 days',
  TC_HEATMAP_BAND_30: '7 to 30 days',
  TC_HEATMAP_BAND_90: '30 to 90 days',
  TC_HEATMAP_BAND_MORE: '90 days or more',
  TC_HEATMAP_NO_FINISHED: 'no finished instance',
  TC_HEATMAP_ONE_PROJECT: '{{count}} project',
  TC_HEATMAP_PROJECTS: '{{count}} projects',
  TC_HEATMAP_MEDIAN: ' · median {{days}} d',
  TC_HEATMAP_P90: ', 90th percentile {{days}} d',
  TC_HEATMAP_LOADING: 'Loading…',
  TC_HEATMAP_CSV: 'Download the heatmap as CSV',
  TC_HEATMAP_ACTIVITIES: 'Activities from {{from}} to {{to}}',
  TC_HEATMAP_COL_ACTIVITY: 'Activity',
  TC_HEATMAP_COL_PROJECTS: 'Projects',
  TC_HEATMAP_COL_MEDIAN_DAYS: 'Median days',
  TC_HEATMAP_COL_P90_DAYS: '90th percentile, days',
  TC_HEATMAP_FAILED: 'Could not load the heatmap: {{message}}'
};

const PROCESS_KEY = 'cooperation-project';
// Viridis, light to dark: ordered by lightness, readable with the common forms of colour blindness. Each
// overlay also writes its figures as text, so the colour is never the only cue.
const BANDS = [
  { upTo: 1, label: 'TC_HEATMAP_BAND_1', fill: '#FDE725', text: '#000' },
  { upTo: 7, label: 'TC_HEATMAP_BAND_7', fill: '#5EC962', text: '#000' },
  { upTo: 30, label: 'TC_HEATMAP_BAND_30', fill: '#21918C', text: '#fff' },
  { upTo: 90, label: 'TC_HEATMAP_BAND_90', fill: '#3B528B', text: '#fff' },
  { upTo: Infinity, label: 'TC_HEATMAP_BAND_MORE', fill: '#440154', text: '#fff' }
];
const OVERLAY = 'tc-heatmap';
const STYLES = `
.tc-heatmap-panel { position: absolute; top: 8px; left: 8px; z-index: 10; background: #fff; border: 1px solid #999; padding: 6px 10px;
  max-width: 400px; max-height: 45%; overflow: auto; font-size: 12px; }
.tc-heatmap-panel form { display: flex; gap: 6px; align-items: flex-end; flex-wrap: wrap; margin: 6px 0; }
.tc-heatmap-panel label { display: flex; flex-direction: column; font-weight: normal; }
.tc-heatmap-legend { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; padding: 0; list-style: none; }
.tc-heatmap-legend li { padding: 1px 6px; }
.tc-heatmap-badge { font-size: 11px; line-height: 1.2; padding: 1px 4px; border-radius: 3px; white-space: nowrap; border: 1px solid #333; }
`;

const band = days => BANDS.find(b => days < b.upTo);
const isoDate = date => date.toISOString().substring(0, 10);

function legend(t) {
  return element('ul', { class: 'tc-heatmap-legend', 'aria-label': t.TC_HEATMAP_LEGEND },
    [...BANDS.map(b => element('li', { style: `background:${b.fill};color:${b.text}` }, [t[b.label]])),
      element('li', { style: 'background:#eee;color:#000' }, [t.TC_HEATMAP_NO_FINISHED])]);
}

function badge(t, activity) {
  const median = activity.medianDays;
  const colours = median == null ? { fill: '#eee', text: '#000' } : band(median);
  const text = t.format(activity.projects === 1 ? 'TC_HEATMAP_ONE_PROJECT' : 'TC_HEATMAP_PROJECTS', { count: activity.projects })
    + (median == null ? '' : t.format('TC_HEATMAP_MEDIAN', { days: median }));
  return element('div', { class: 'tc-heatmap-badge', style: `background:${colours.fill};color:${colours.text}`,
    title: activity.activityName + ': ' + text + (activity.p90Days == null ? '' : t.format('TC_HEATMAP_P90', { days: activity.p90Days })) }, [text]);
}

async function draw(t, viewer, panel, form) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const params = new URLSearchParams(new FormData(form)).toString();
  const results = panel.querySelector('.tc-heatmap-results');
  results.replaceChildren(t.TC_HEATMAP_LOADING);
  overlays.remove({ type: OVERLAY });
  try {
    const heatmap = await getJson(API + '/heatmap?' + params);
    heatmap.activities.filter(activity => registry.get(activity.activityId)).forEach(activity => {
      overlays.add(activity.activityId, OVERLAY, { position: { bottom: 4, left: -4 }, html: badge(t, activity) });
    });
    results.replaceChildren(
      element('a', { href: API + '/heatmap.csv?' + params, download: '', class: 'tc-csv' }, [t.TC_HEATMAP_CSV]),
      figuresTable(t.format('TC_HEATMAP_ACTIVITIES', { from: heatmap.from, to: heatmap.to }), [
        { label: t.TC_HEATMAP_COL_ACTIVITY, value: a => a.activityName || a.activityId }, { label: t.TC_HEATMAP_COL_PROJECTS, value: a => a.projects },
        { label: t.TC_HEATMAP_COL_MEDIAN_DAYS, value: a => a.medianDays }, { label: t.TC_HEATMAP_COL_P90_DAYS, value: a => a.p90Days }],
      [...heatmap.activities].sort((a, b) => (b.medianDays || 0) - (a.medianDays || 0))));
  } catch (error) {
    results.replaceChildren(element('p', { class: 'text-danger' }, [t.format('TC_HEATMAP_FAILED', { message: error.message })]));
  }
}

async function render(viewer) {
  const root = viewer.get('canvas').getRootElement();
  if (!root || !root.businessObject || root.businessObject.id !== PROCESS_KEY) {
    return;
  }
  injectStyles('tc-heatmap-styles', STYLES);
  const t = await texts(ENGLISH);
  const today = new Date();
  const yearAgo = new Date(today.getTime() - 365 * 24 * 3600 * 1000);
  const form = element('form', { 'aria-label': t.TC_HEATMAP_PERIOD }, [
    element('label', {}, [t.TC_HEATMAP_FROM, element('input', { type: 'date', name: 'from', value: isoDate(yearAgo), required: '' })]),
    element('label', {}, [t.TC_HEATMAP_TO, element('input', { type: 'date', name: 'to', value: isoDate(today), required: '' })]),
    element('button', { type: 'submit', class: 'btn btn-default btn-xs' }, [t.TC_HEATMAP_SHOW])]);
  const panel = element('details', { class: 'tc-heatmap-panel', open: '' }, [
    element('summary', {}, [t.TC_HEATMAP_TITLE]), form, legend(t), element('div', { class: 'tc-heatmap-results', 'aria-live': 'polite' })]);
  form.addEventListener('submit', event => { event.preventDefault(); draw(t, viewer, panel, form); });
  viewer.get('canvas').getContainer().append(panel);
  draw(t, viewer, panel, form);
}

export default {
  id: 'tc-portfolio-heatmap',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: viewer => { render(viewer); }
};
