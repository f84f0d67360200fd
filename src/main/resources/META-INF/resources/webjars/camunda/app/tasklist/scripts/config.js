// Tasklist configuration of TC Lifecycle: overrides the default config.js of the Camunda webjar (whose
// keyboard shortcuts it keeps). The browser's language picks the locale: French (locales/fr.json) or English.
export default {
  // the e-mail preference menu in the navbar, the Project tab of a task, refusals shown beside their fields
  customScripts: ['tc-notifications/plugin.js', 'tc-project/plugin.js', 'tc-refusals/plugin.js', 'tc-form-messages/plugin.js', 'tc-filter-names/plugin.js'],
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
