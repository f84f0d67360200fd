// Cockpit diagram plugin: a heatmap on the cooperation-project diagram. Each activity shows how many projects
// entered it in the chosen period (finished projects included) and their median days there, coloured by that
// time; the same figures are in a table beside the diagram, with a CSV download.
import { API, element, figuresTable, getJson, injectStyles } from './charts.js';

const PROCESS_KEY = 'cooperation-project';
// Viridis, light to dark: ordered by lightness, readable with the common forms of colour blindness. Each
// overlay also writes its figures as text, so the colour is never the only cue.
const BANDS = [
  { upTo: 1, label: 'under 1 day', fill: '#FDE725', text: '#000' },
  { upTo: 7, label: '1 to 7 days', fill: '#5EC962', text: '#000' },
  { upTo: 30, label: '7 to 30 days', fill: '#21918C', text: '#fff' },
  { upTo: 90, label: '30 to 90 days', fill: '#3B528B', text: '#fff' },
  { upTo: Infinity, label: '90 days or more', fill: '#440154', text: '#fff' }
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

function legend() {
  return element('ul', { class: 'tc-heatmap-legend', 'aria-label': 'Colours: median days spent in the activity' },
    [...BANDS.map(b => element('li', { style: `background:${b.fill};color:${b.text}` }, [b.label])),
      element('li', { style: 'background:#eee;color:#000' }, ['no finished instance'])]);
}

function badge(activity) {
  const median = activity.medianDays;
  const colours = median == null ? { fill: '#eee', text: '#000' } : band(median);
  const text = activity.projects + (activity.projects === 1 ? ' project' : ' projects') + (median == null ? '' : ' · median ' + median + ' d');
  return element('div', { class: 'tc-heatmap-badge', style: `background:${colours.fill};color:${colours.text}`,
    title: activity.activityName + ': ' + text + (activity.p90Days == null ? '' : ', 90th percentile ' + activity.p90Days + ' d') }, [text]);
}

async function draw(viewer, panel, form) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const params = new URLSearchParams(new FormData(form)).toString();
  const results = panel.querySelector('.tc-heatmap-results');
  results.replaceChildren('Loading…');
  overlays.remove({ type: OVERLAY });
  try {
    const heatmap = await getJson(API + '/heatmap?' + params);
    heatmap.activities.filter(activity => registry.get(activity.activityId)).forEach(activity => {
      overlays.add(activity.activityId, OVERLAY, { position: { bottom: 4, left: -4 }, html: badge(activity) });
    });
    results.replaceChildren(
      element('a', { href: API + '/heatmap.csv?' + params, download: '', class: 'tc-csv' }, ['Download the heatmap as CSV']),
      figuresTable('Activities from ' + heatmap.from + ' to ' + heatmap.to, [
        { label: 'Activity', value: a => a.activityName || a.activityId }, { label: 'Projects', value: a => a.projects },
        { label: 'Median days', value: a => a.medianDays }, { label: '90th percentile, days', value: a => a.p90Days }],
      [...heatmap.activities].sort((a, b) => (b.medianDays || 0) - (a.medianDays || 0))));
  } catch (error) {
    results.replaceChildren(element('p', { class: 'text-danger' }, ['Could not load the heatmap: ' + error.message]));
  }
}

function render(viewer) {
  const root = viewer.get('canvas').getRootElement();
  if (!root || !root.businessObject || root.businessObject.id !== PROCESS_KEY) {
    return;
  }
  injectStyles('tc-heatmap-styles', STYLES);
  const today = new Date();
  const yearAgo = new Date(today.getTime() - 365 * 24 * 3600 * 1000);
  const form = element('form', { 'aria-label': 'Period of the heatmap' }, [
    element('label', {}, ['From', element('input', { type: 'date', name: 'from', value: isoDate(yearAgo), required: '' })]),
    element('label', {}, ['To', element('input', { type: 'date', name: 'to', value: isoDate(today), required: '' })]),
    element('button', { type: 'submit', class: 'btn btn-default btn-xs' }, ['Show'])]);
  const panel = element('details', { class: 'tc-heatmap-panel', open: '' }, [
    element('summary', {}, ['Heatmap: where projects wait']), form, legend(), element('div', { class: 'tc-heatmap-results', 'aria-live': 'polite' })]);
  form.addEventListener('submit', event => { event.preventDefault(); draw(viewer, panel, form); });
  viewer.get('canvas').getContainer().append(panel);
  draw(viewer, panel, form);
}

export default {
  id: 'tc-portfolio-heatmap',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: viewer => { render(viewer); }
};
