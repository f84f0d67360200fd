// Admin configuration of TC Lifecycle: overrides the default config.js of the Camunda webjar (which sets
// nothing). The browser's language picks the locale: French (locales/fr.json) or English.
export default {
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  }
};
