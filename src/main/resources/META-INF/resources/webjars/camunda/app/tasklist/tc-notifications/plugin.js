// Tasklist navbar menu: the signed-in user chooses how they are told about their tasks by e-mail (immediately, a
// daily digest, or not at all) and in which language. Texts: English below, French from Tasklist's own
// locales/fr.json (labels TC_EMAIL_*), chosen from the browser's language as Tasklist chooses its own.
import { appRoot, element, texts } from '../tc-common/ui.js';

const ENGLISH = {
  TC_EMAIL_MENU: 'E-mail',
  TC_EMAIL_TITLE: 'E-mail about my tasks',
  TC_EMAIL_DELIVERY: 'Send me',
  TC_EMAIL_IMMEDIATE: 'each task as it arrives',
  TC_EMAIL_DIGEST: 'a daily digest',
  TC_EMAIL_NONE: 'no e-mail',
  TC_EMAIL_LANGUAGE: 'Language of the e-mails',
  TC_EMAIL_SAVE: 'Save',
  TC_EMAIL_SAVED: 'Saved.',
  TC_EMAIL_FAILED: 'Not saved:'
};
const LANGUAGES = { en: 'English', fr: 'Français' };

function xsrfToken(api) {
  const cookie = document.cookie.split('; ').find(pair => pair.startsWith('XSRF-TOKEN='));
  return (api && api.CSRFToken) || (cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '');
}

async function signedInUser() {
  const response = await fetch(appRoot() + '/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).userId : null;
}

function preferencePath(userId) {
  return '/api/users/' + encodeURIComponent(userId) + '/notification-preference';
}

function select(id, label, options, selected) {
  const field = element('select', { id, class: 'form-control' },
      Object.entries(options).map(([value, text]) => element('option', { value }, [text])));
  field.value = selected;
  return element('div', { class: 'form-group' }, [element('label', { for: id }, [label]), field]);
}

function panel(t, preference, save) {
  const status = element('p', { class: 'tc-email-status', role: 'status', 'aria-live': 'polite' }, []);
  const form = element('form', { class: 'tc-email-form', 'aria-label': t.TC_EMAIL_TITLE }, [
    element('h4', {}, [t.TC_EMAIL_TITLE]),
    select('tc-email-delivery', t.TC_EMAIL_DELIVERY,
        { IMMEDIATE: t.TC_EMAIL_IMMEDIATE, DIGEST: t.TC_EMAIL_DIGEST, NONE: t.TC_EMAIL_NONE }, preference.delivery),
    select('tc-email-language', t.TC_EMAIL_LANGUAGE, LANGUAGES, preference.language || 'en'),
    element('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, [t.TC_EMAIL_SAVE]),
    status
  ]);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.textContent = '';
    status.textContent = await save(form.querySelector('#tc-email-delivery').value, form.querySelector('#tc-email-language').value);
  });
  return form;
}

export default {
  id: 'tc-email-preference',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: async (node, { api }) => {
    const [t, userId] = await Promise.all([texts(ENGLISH), signedInUser()]);
    if (!userId) {
      return;
    }
    const response = await fetch(preferencePath(userId), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    const preference = await response.json();
    const save = async (delivery, language) => {
      const answer = await fetch(preferencePath(userId), {
        method: 'PUT', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken(api) },
        body: JSON.stringify({ delivery, language })
      });
      if (answer.ok) {
        return t.TC_EMAIL_SAVED;
      }
      const problem = await answer.json().catch(() => ({}));
      return t.TC_EMAIL_FAILED + ' ' + (problem.detail || answer.status);
    };
    const toggle = element('button', { type: 'button', class: 'btn btn-link navbar-btn tc-email-toggle', 'aria-expanded': 'false',
      title: t.TC_EMAIL_TITLE }, [t.TC_EMAIL_MENU]);
    const form = panel(t, preference, save);
    form.hidden = true;
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
    });
    node.append(element('div', { class: 'tc-email-preference' }, [toggle, form]));
  }
};
