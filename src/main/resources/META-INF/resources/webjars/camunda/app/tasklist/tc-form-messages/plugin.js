// form-js's own validation messages ("Field is required.") in the person's language. Tasklist creates its form-js
// viewer without a translation module, so its messages are English only; for a French reader this script rewrites
// each one under its field as it appears, from the English patterns below and their French in Tasklist's
// locales/fr.json (labels TC_FORM_*). The server's refusals are already in the person's language (tc-refusals).
// No default export: Tasklist loads it as a custom script and takes no plugin from it.

import { language, texts } from '../tc-common/ui.js';

const ENGLISH = {
  TC_FORM_REQUIRED: 'Field is required.',
  TC_FORM_PATTERN: 'Field must match pattern {{pattern}}.',
  TC_FORM_MIN_VALUE: 'Field must have minimum value of {{min}}.',
  TC_FORM_MAX_VALUE: 'Field must have maximum value of {{max}}.',
  TC_FORM_MIN_LENGTH: 'Field must have minimum length of {{min}}.',
  TC_FORM_MAX_LENGTH: 'Field must have maximum length of {{max}}.',
  TC_FORM_EMAIL: 'Field must be a valid email.',
  TC_FORM_PHONE: 'Field must be a valid  international phone number. (e.g. +4930664040900)',
  TC_FORM_STEP: 'Please select a valid value, the two nearest valid values are {{lower}} and {{upper}}.'
};

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** An English message as a pattern whose groups are its placeholders' values, in their order. */
function pattern(english) {
  const names = [];
  const source = english.split(PLACEHOLDER).map((part, index) => {
    if (index % 2 === 1) {
      names.push(part);
      return '(.+?)';
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return { names, regex: new RegExp('^' + source + '$') };
}

function translator(french) {
  const rules = Object.keys(ENGLISH).map(key => ({ ...pattern(ENGLISH[key]), french: french[key] }));
  return text => {
    for (const rule of rules) {
      const found = rule.regex.exec(text.trim());
      if (found) {
        return rule.french.replace(PLACEHOLDER, (whole, name) => found[rule.names.indexOf(name) + 1]);
      }
    }
    return null;
  };
}

function translateWithin(root, translate) {
  const errors = root.matches && root.matches('.fjs-form-field-error') ? [root] : [...(root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [])];
  errors.filter(error => !error.classList.contains('tc-refusal')).forEach(error => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const translated = translate(node.nodeValue);
      if (translated && translated !== node.nodeValue) {
        node.nodeValue = translated;
      }
    }
  });
}

if (language() !== 'en') {
  texts(ENGLISH).then(french => {
    const translate = translator(french);
    new MutationObserver(changes => changes.forEach(change => {
      if (change.type === 'characterData') {
        const error = change.target.parentElement && change.target.parentElement.closest('.fjs-form-field-error');
        if (error) {
          translateWithin(error, translate);
        }
      } else {
        change.addedNodes.forEach(node => node.nodeType === Node.ELEMENT_NODE && translateWithin(node, translate));
        const error = change.target.closest && change.target.closest('.fjs-form-field-error');
        if (error) {
          translateWithin(error, translate);
        }
      }
    })).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
