// Cockpit configuration of TC Lifecycle: overrides the default config.js of the Camunda webjar.
// The browser's language picks the locale: French (locales/fr.json) or English.
export default {
  // The community edition of Cockpit shows running instances only; this dashboard plugin shows each
  // cooperation project's whole history, finished ones included. The portfolio dashboard and the diagram's
  // heatmap are the managers' figures across the portfolio (GET /api/portfolio).
  customScripts: ['tc-project-history/plugin', 'tc-portfolio/dashboard', 'tc-portfolio/heatmap'],
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  }
};
