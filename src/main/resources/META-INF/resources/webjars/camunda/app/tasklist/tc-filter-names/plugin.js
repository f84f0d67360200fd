// The names and descriptions of the filters the product creates (identity/GroupsAndFilters), in the person's
// language in Tasklist's filter list. The filters keep their English names in the database, so an administrator
// who edits one in French does not store a French name; only what the list shows is translated, from the English
// texts below and their French in Tasklist's locales/fr.json (labels TC_FILTER_*). A filter someone else created
// or renamed shows as it was written. No default export: Tasklist loads it as a custom script.

import { language, texts } from '../tc-common/ui.js';

const ENGLISH = {
  TC_FILTER_MY_GROUPS: 'My group\'s tasks',
  TC_FILTER_MY_GROUPS_DESCRIPTION: 'Open tasks of the groups you belong to, soonest due first',
  TC_FILTER_MINE: 'My tasks',
  TC_FILTER_MINE_DESCRIPTION: 'Tasks you have claimed, soonest due first',
  TC_FILTER_OVERDUE: 'Overdue',
  TC_FILTER_OVERDUE_DESCRIPTION: 'Tasks of your groups whose due date has passed, oldest first',
  TC_FILTER_THIS_WEEK: 'Due this week',
  TC_FILTER_THIS_WEEK_DESCRIPTION: 'Tasks of your groups due within the next seven days',
  TC_FILTER_CONSENT: 'Waiting for consent',
  TC_FILTER_CONSENT_DESCRIPTION: 'Requests whose State has not yet given or refused consent'
};

function translateWithin(root, byEnglish) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = byEnglish.get(node.nodeValue.trim());
    if (translated) {
      node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), translated);
    }
  }
}

if (language() !== 'en') {
  texts(ENGLISH).then(translated => {
    const byEnglish = new Map(Object.keys(ENGLISH).map(key => [ENGLISH[key], translated[key]]));
    const translateLists = () => document.querySelectorAll('.task-filters').forEach(list => translateWithin(list, byEnglish));
    new MutationObserver(translateLists).observe(document.body, { childList: true, subtree: true, characterData: true });
    translateLists();
  });
}
