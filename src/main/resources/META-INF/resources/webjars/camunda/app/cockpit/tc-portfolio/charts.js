// Shared by the portfolio dashboard and the diagram heatmap: DOM helpers, the API's address, the charts
// (Apache ECharts, served from the application's own jar: nothing is loaded from the internet).
import * as echarts from '../../../../webjars/echarts/5.3.1/dist/echarts.esm.min.js';

// Okabe and Ito's palette, distinguishable with the common forms of colour blindness; bars also carry
// decal patterns and their values as text.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

// Our API at the application's root, wherever the application is mounted (this file is app/cockpit/tc-portfolio/).
export const API = new URL('../../../../api/portfolio', import.meta.url).pathname;

export function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child))));
  return node;
}

/** A table of the figures: the chart's text alternative and the whole table for the rest. */
export function figuresTable(caption, columns, rows) {
  return element('table', { class: 'table table-condensed cam-table tc-figures' }, [
    element('caption', {}, [caption]),
    element('thead', {}, [element('tr', {}, columns.map(column => element('th', { scope: 'col' }, [column.label])))]),
    element('tbody', {}, rows.map(row => element('tr', {}, columns.map(column => {
      const value = column.value(row);
      return element('td', {}, [value instanceof Node ? value : value == null ? '–' : value]);
    }))))
  ]);
}

/** A bar chart with its values written on the bars, patterns as well as colours, and a description for screen readers. */
export function barChart(container, title, categories, series, horizontal, lang) {
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0, width: 160, overflow: 'truncate' } };
  const valueAxis = { type: 'value' };
  chart.setOption({
    aria: { enabled: true, label: { description: title }, decal: { show: true } },
    color: PALETTE,
    animation: false,
    title: { text: title, textStyle: { fontSize: 13 } },
    legend: series.length > 1 ? { top: 22 } : undefined,
    grid: { left: horizontal ? 170 : 50, right: 40, top: series.length > 1 ? 55 : 35, bottom: 30, containLabel: false },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map(s => ({ type: 'bar', name: s.name, data: s.data, stack: s.stack,
      label: { show: true, position: s.stack ? 'inside' : (horizontal ? 'right' : 'top'), color: s.stack ? '#fff' : '#333',
        formatter: p => p.value ? Number(p.value).toLocaleString(lang || 'en') : '' } }))
  });
  return chart;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch (ignored) { /* not problem+json */ }
    throw new Error(response.status + ' ' + detail);
  }
  return response.json();
}

export function injectStyles(id, css) {
  if (!document.getElementById(id)) {
    document.head.append(element('style', { id }, [css]));
  }
}
