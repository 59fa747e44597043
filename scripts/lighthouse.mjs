// Lighthouse scores for pages of a running copy of the site.
//
//   node scripts/lighthouse.mjs URL [URL...]
//
// Prints one JSON object: {URL: {accessibility, best-practices, seo, performance, failing}},
// scores as integers 0-100 (performance: the median of 3 runs, listed in `performance-runs`)
// and `failing` the audits below a full score in the first three categories (performance
// audits are left out: their scores are graded, not pass/fail).
// Exits 0 whatever the scores, so the caller (scripts/lighthouse.py, the browser tests)
// decides what counts as a miss; a non-zero exit means Lighthouse itself broke.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CATEGORIES = ['accessibility', 'best-practices', 'seo', 'performance'];
const CHECKED = new Set(['accessibility', 'best-practices', 'seo']);
const PERFORMANCE_RUNS = Number(process.env.LIGHTHOUSE_PERFORMANCE_RUNS || 3);

// Debian's Chromium, not a downloaded one. The --disable-* flags stop Chromium's own calls
// home (updates, sync, field trials), which would otherwise wait on a network this machine
// does not have.
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

// Lighthouse's defaults (mobile emulation, simulated throttling) apart from these:
const SETTINGS = {
  onlyCategories: CATEGORIES,
  output: 'json',
  logLevel: 'error',
  // The full-page screenshot only serves the HTML report, which nobody reads here.
  disableFullPageScreenshot: true,
  // Fail fast rather than wait out the 45 s default if a page never finishes loading.
  maxWaitForLoad: 30_000,
};

function summary(lhr) {
  const scores = {};
  const failing = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    if (!CHECKED.has(id)) continue;
    for (const { id: auditId, weight } of category.auditRefs) {
      const audit = lhr.audits[auditId];
      // Weight 0 audits are advisory ("manual" checks, diagnostics) and do not move the
      // score; a null score means "not applicable".
      if (weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({ id: auditId, category: id, title: audit.title, details: items(audit) });
      }
    }
  }
  if (lhr.runtimeError) failing.push({ id: 'runtime-error', title: lhr.runtimeError.message });
  return { ...scores, failing };
}

// What the audit found, in short: the elements (selector, snippet, explanation such as a
// contrast ratio) or URLs it lists, so a failure can be fixed without opening a report.
function items(audit) {
  return (audit.details?.items ?? []).slice(0, 10).map((item) => {
    const node = item.node ?? {};
    const brief = {
      selector: node.selector, snippet: node.snippet, explanation: node.explanation,
      url: item.url ?? item.sourceLocation?.url, text: item.description ?? item.text,
    };
    return Object.fromEntries(Object.entries(brief).filter(([, value]) => value));
  });
}

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: node scripts/lighthouse.mjs URL [URL...]');
  process.exit(2);
}

// A run that ends in a runtime error (NO_FCP: "the page did not paint", when the busy machine
// starves the headless tab) measured nothing, so it is tried again, up to three times; a
// page that truly never paints still fails, with the error in `failing`.
async function measure(url, settings) {
  let result;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    result = await lighthouse(url, settings);
    if (!result.lhr.runtimeError) break;
  }
  return result;
}

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
const results = {};
try {
  // One Chromium for all pages, one page after another: Lighthouse needs the machine to
  // itself for its timings.
  for (const url of urls) {
    const { lhr } = await measure(url, { ...SETTINGS, port: chrome.port });
    results[url] = summary(lhr);
    // The performance score swings with whatever else the machine runs (on a busy 2-core
    // machine a page without JavaScript went from 100 to 85 on blocking time alone), so it
    // is the median of PERFORMANCE_RUNS runs, as Lighthouse's docs advise for variance.
    const runs = [results[url].performance];
    while (runs.length < PERFORMANCE_RUNS) {
      const only = { ...SETTINGS, onlyCategories: ['performance'], port: chrome.port };
      const again = await measure(url, only);
      runs.push(Math.round(again.lhr.categories.performance.score * 100));
    }
    results[url].performance = runs.toSorted((a, b) => a - b)[Math.floor(runs.length / 2)];
    results[url]['performance-runs'] = runs;
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results, null, 2));
