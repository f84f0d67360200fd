// Refusals beside the field: when the server refuses a task form or a start form (400, type RefusedFormInput,
// its field keys under "fields", each message already in the person's language), Tasklist shows the message only
// in its notice above the form. This script also writes each message under the field it names (found by the
// form's convention: a field's id ends with "Field_<key>"), marks the input invalid and describes it by the
// message (aria-invalid, aria-describedby), and scrolls the form's first refused field into view with the focus on it:
// in the start form's dialog the notice sits at the top, out of sight, so Start seemed to do nothing.
// The notice stays. No default export: Tasklist loads it as a custom script and takes no plugin from it.

import { language } from '../tc-common/ui.js';

const SUBMISSION = /\/(task\/[^/]+\/(submit-form|complete)|process-definition\/.+\/(submit-form|start))(\?.*)?$/;
const MESSAGE = 'tc-refusal';

function formOf(url) {
  const selector = /\/process-definition\//.test(url) ? '.modal-dialog .fjs-form' : '.task-details .fjs-form';
  return document.querySelector(selector) || document.querySelector('.fjs-form');
}

function fieldOf(form, key) {
  const input = form.querySelector('[id$="-Field_' + CSS.escape(key) + '"]') || form.querySelector('[id*="-Field_' + CSS.escape(key) + '-"]');
  const field = input && input.closest('.fjs-form-field');
  return field ? { field, inputs: [...field.querySelectorAll('input, textarea, select, [role="combobox"]')] } : null;
}

function labelOf(field) {
  const label = field.querySelector('label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
}

/** Takes away what an earlier refusal wrote, before the next submission or when the person changes the field. */
function clear(root) {
  root.querySelectorAll('.' + MESSAGE).forEach(message => message.remove());
  root.querySelectorAll('[data-tc-refused]').forEach(input => {
    input.removeAttribute('aria-invalid');
    const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(id => id && !id.startsWith(MESSAGE + '-'));
    describedBy.length ? input.setAttribute('aria-describedby', describedBy.join(' ')) : input.removeAttribute('aria-describedby');
    input.removeAttribute('data-tc-refused');
  });
}

function show(url, fields) {
  const form = formOf(url);
  if (!form) {
    return;
  }
  clear(document);
  let first = null;
  Object.entries(fields).forEach(([key, text]) => {
    const found = fieldOf(form, key);
    if (!found) {
      return; // the notice above the form names it
    }
    const id = MESSAGE + '-' + key.replace(/[^A-Za-z0-9_-]/g, '_');
    const message = document.createElement('div');
    message.id = id;
    message.className = MESSAGE + ' fjs-form-field-error';
    message.setAttribute('role', 'alert');
    const label = labelOf(found.field);
    message.textContent = label ? label + (language() === 'fr' ? ' : ' : ': ') + text : text;
    found.field.append(message);
    found.inputs.forEach(input => {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
      input.setAttribute('data-tc-refused', key);
    });
    found.field.addEventListener('input', () => clear(found.field), { once: true });
    found.field.addEventListener('change', () => clear(found.field), { once: true });
    // the first refused field as the form shows them (the refusal lists them by key)
    if (!first || (found.field.compareDocumentPosition(first.field) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      first = found;
    }
  });
  if (first) {
    first.field.scrollIntoView({ block: 'center' });
    if (first.inputs[0]) {
      first.inputs[0].focus({ preventScroll: true });
    }
  }
}

function refusal(url, status, body) {
  if (status !== 400 || !SUBMISSION.test(url)) {
    return;
  }
  try {
    const problem = typeof body === 'string' ? JSON.parse(body) : body;
    if (problem && problem.type === 'RefusedFormInput' && problem.fields) {
      setTimeout(() => show(url, problem.fields), 0); // after Tasklist drew its notice
    }
  } catch (notJson) {
    // not a refusal of ours
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.tcUrl = String(url);
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...args) {
  if (SUBMISSION.test(this.tcUrl || '')) {
    clear(document);
    this.addEventListener('loadend', () => refusal(this.tcUrl, this.status, this.responseText));
  }
  return send.apply(this, args);
};

const originalFetch = window.fetch;
window.fetch = function (input, init) {
  const url = typeof input === 'string' ? input : input && input.url;
  const answer = originalFetch.call(this, input, init);
  if (url && SUBMISSION.test(url)) {
    clear(document);
    answer.then(response => response.status === 400 && response.clone().text().then(body => refusal(url, response.status, body)))
      .catch(() => {});
  }
  return answer;
};
