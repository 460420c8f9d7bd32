// Innovation Ledger — a read-only view of the ledger, Chinese first, English available: the studios (工作室台账),
// the "five smalls" achievements (五小成果) and their savings (效益). Plain ES2020, no framework, no build step.
'use strict';

const TEXT = {
  zh: {
    title: '职工创新工作室台账', queryApi: '查询接口', searchName: '工作室名称', region: '行政区划代码，如 3608',
    allLevels: '全部级别', allKinds: '全部类型', allStatuses: '全部状态', search: '查询',
    name: '名称', kind: '类型', level: '级别', status: '状态', leader: '领衔人', members: '成员',
    balance: '经费结余（元）', previous: '上一页', next: '下一页',
    NATIONAL: '全国', PROVINCIAL: '省级', MUNICIPAL: '市级', COUNTY: '县级', ENTERPRISE: '企业级',
    MODEL_WORKER: '劳模创新工作室', CRAFTSMAN: '工匠人才创新工作室', STAFF: '职工创新工作室',
    ACTIVE: '正常', SUSPENDED: '暂停', REVOKED: '已摘牌',
    TAKEN_ON: '攻关中', SOLVED: '已攻克',
    found: n => `共 ${n} 个工作室`, page: (p, t) => `第 ${p} / ${t} 页`,
    hostEnterprise: '所在企业', regionCode: '行政区划', namingUnion: '命名单位', foundedOn: '成立日期',
    statusReason: '原因', apprentices: '徒弟', funding: '经费台账', granted: '拨付', spent: '使用',
    challenges: '技术攻关', alliances: '所属联盟', none: '无', close: '关闭', loadFailed: '加载失败',
    version: '版本',
    views: '视图', tabStudios: '工作室', tabAchievements: '五小成果', tabSavings: '效益',
    regionLabel: '地区', regionShort: '如 3608', loadingLedger: '正在载入台账，请稍候…',
  },
  en: {
    title: 'Workers\u2019 Innovation Studio Ledger', queryApi: 'Query API', searchName: 'Studio name',
    region: 'Region code, e.g. 3608', allLevels: 'All levels', allKinds: 'All kinds', allStatuses: 'All statuses',
    search: 'Search', name: 'Name', kind: 'Kind', level: 'Level', status: 'Status', leader: 'Leader',
    members: 'Members', balance: 'Funding balance (¥)', previous: 'Previous', next: 'Next',
    NATIONAL: 'National', PROVINCIAL: 'Provincial', MUNICIPAL: 'Municipal', COUNTY: 'County',
    ENTERPRISE: 'Enterprise', MODEL_WORKER: 'Model-worker studio', CRAFTSMAN: 'Craftsman studio',
    STAFF: 'Staff studio', ACTIVE: 'Active', SUSPENDED: 'Suspended', REVOKED: 'Revoked',
    TAKEN_ON: 'In progress', SOLVED: 'Solved',
    found: n => `${n} studios`, page: (p, t) => `Page ${p} of ${t}`,
    hostEnterprise: 'Host enterprise', regionCode: 'Region', namingUnion: 'Named by', foundedOn: 'Founded',
    statusReason: 'Reason', apprentices: 'Apprentices', funding: 'Funding', granted: 'Granted', spent: 'Spent',
    challenges: 'Technical challenges', alliances: 'Alliances', none: 'None', close: 'Close',
    loadFailed: 'Could not load', version: 'Version',
    views: 'Views', tabStudios: 'Studios', tabAchievements: 'Achievements', tabSavings: 'Savings',
    regionLabel: 'Region', regionShort: 'e.g. 3608', loadingLedger: 'Loading the ledger…',
  },
};

const TABS = ['studios', 'achievements', 'savings'];
const requestedLanguage = new URLSearchParams(location.search).get('lang');
if (requestedLanguage === 'zh' || requestedLanguage === 'en') localStorage.setItem('language', requestedLanguage);
let language = localStorage.getItem('language') || 'zh';
let page = 0;
let totalPages = 1;
let openStudio = null;
let currentTab = null;
const loadedTabs = new Set();
const lastHash = {};

const t = key => TEXT[language][key] ?? key;
const escape = value => String(value ?? '').replace(/[&<>"']/g,
  c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const $ = id => document.getElementById(id);

// ---- Money: decimal strings in yuan, formatted by string and BigInt arithmetic, never as floating point ----

/** Splits "-1500.5" into its sign, whole yuan and two fen digits; null when it is not a decimal amount. */
function parseYuan(value) {
  const match = /^([-+]?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(value ?? '').trim());
  if (!match) return null;
  return {negative: match[1] === '-', whole: match[2].replace(/^0+(?=\d)/, ''), fen: (match[3] ?? '').padEnd(2, '0')};
}

const groupThousands = digits => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1068000.5" → "1,068,000.50" (or "¥1,068,000.50" with the symbol); anything else is shown as it came. */
function formatYuan(value, symbol = false) {
  const amount = parseYuan(value);
  if (!amount) return value == null || value === '' ? '—' : String(value);
  const negative = amount.negative && /[1-9]/.test(amount.whole + amount.fen);
  return `${negative ? '-' : ''}${symbol ? '¥' : ''}${groupThousands(amount.whole)}.${amount.fen}`;
}

/** The amount in whole fen as a BigInt (exact), 0n when it cannot be read. */
function toFen(value) {
  const amount = parseYuan(value);
  if (!amount) return 0n;
  const fen = BigInt(amount.whole + amount.fen);
  return amount.negative ? -fen : fen;
}

/** A non-negative amount in fen divided by a power of ten and rounded half up to two decimals: "106.80". */
function scaledAmount(fen, divisor) {
  const hundredths = (fen * 100n + divisor / 2n) / divisor;
  const fraction = String(hundredths % 100n).padStart(2, '0');
  return `${groupThousands(String(hundredths / 100n))}.${fraction}`;
}

// ---- Requests ----

/** A failed request: the HTTP status, the problem's detail, and for a 503 how long to wait before trying again. */
class RequestProblem extends Error {
  constructor(status, message, retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** Retry-After in seconds (a number or an HTTP date), kept between 1 and 60; 2 when missing. */
function retryAfterSeconds(header) {
  if (!header) return 2;
  let seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
  if (!Number.isFinite(seconds)) seconds = 2;
  return Math.min(Math.max(seconds, 1), 60);
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new RequestProblem(response.status, body?.detail || body?.title || response.statusText || String(response.status),
                             retryAfterSeconds(response.headers.get('Retry-After')));
  }
  return body;
}

const generations = {};
const retryTimers = {};

/**
 * Fetches the urls together and renders them, for one named part of the page. A later call for the same part wins
 * (an older answer is dropped). While the instance is still building its in-memory ledger (503) it says so in
 * `status` and tries again after Retry-After; a 400 shows the problem's detail in `formError`, next to the filters.
 */
async function request(name, urls, render, {status, formError, clear = () => {}}) {
  const generation = (generations[name] ?? 0) + 1;
  generations[name] = generation;
  clearTimeout(retryTimers[name]);
  status.setAttribute('aria-busy', 'true');
  try {
    const results = await Promise.all(urls.map(getJson));
    if (generation !== generations[name]) return;
    status.removeAttribute('aria-busy');
    status.classList.remove('loading', 'error');
    if (formError) formError.hidden = true;
    render(results);
  } catch (error) {
    if (generation !== generations[name]) return;
    if (error instanceof RequestProblem && error.status === 503) {
      status.textContent = t('loadingLedger');
      status.classList.add('loading');
      retryTimers[name] = setTimeout(() => request(name, urls, render, {status, formError, clear}),
                                     error.retryAfter * 1000);
      return;
    }
    status.removeAttribute('aria-busy');
    clear();
    if (error instanceof RequestProblem && error.status === 400 && formError) {
      formError.textContent = error.message;
      formError.hidden = false;
      status.textContent = '';
      return;
    }
    status.textContent = `${t('loadFailed')}: ${error.message}`;
    status.classList.add('error');
  }
}

/** The non-empty fields of a filter form as query parameters. */
function formQuery(form) {
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (String(value).trim()) query.set(key, String(value).trim());
  }
  return query;
}

function translatePage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · Innovation Ledger`;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
  $('language').textContent = language === 'zh' ? 'English' : '中文';
}

// ---- Studios (工作室台账) ----

async function loadList() {
  const form = new FormData($('filters'));
  const query = new URLSearchParams({page, size: 20});
  for (const [key, value] of form) {
    if (value.trim()) query.set(key, value.trim());
  }
  const summary = $('summary');
  try {
    const result = await getJson(`api/studios?${query}`);
    totalPages = Math.max(result.totalPages, 1);
    summary.textContent = t('found')(result.totalItems);
    summary.className = '';
    $('rows').innerHTML = result.items.map(studio => `
      <tr data-id="${escape(studio.id)}">
        <td class="status-${escape(studio.status)}"><a href="#studios/${encodeURIComponent(studio.id)}">${escape(studio.name)}</a></td>
        <td>${escape(t(studio.kind))}</td>
        <td>${escape(t(studio.level))}</td>
        <td class="status-${escape(studio.status)}">${escape(t(studio.status))}</td>
        <td>${escape(studio.leaderName)}</td>
        <td class="number">${studio.memberCount}</td>
        <td class="number">${escape(formatYuan(studio.fundingBalance))}</td>
      </tr>`).join('');
    $('page').textContent = t('page')(page + 1, totalPages);
    $('previous').disabled = page === 0;
    $('next').disabled = page + 1 >= totalPages;
  } catch (error) {
    summary.textContent = `${t('loadFailed')}: ${error.message}`;
    summary.className = 'error';
  }
}

async function showStudio(id) {
  openStudio = id;
  const panel = $('detail');
  panel.hidden = false;
  try {
    const s = await getJson(`api/studios/${encodeURIComponent(id)}`);
    if (openStudio !== id) return;
    const current = s.members.filter(m => !m.leftOn);
    panel.innerHTML = `
      <button type="button" class="close">${t('close')}</button>
      <h2 class="status-${escape(s.status)}">${escape(s.name)}</h2>
      <dl>
        <dt>${t('kind')}</dt><dd>${escape(t(s.kind))}</dd>
        <dt>${t('level')}</dt><dd>${escape(t(s.level))}</dd>
        <dt>${t('status')}</dt><dd>${escape(t(s.status))}${s.statusReason ? `（${escape(s.statusReason)}）` : ''}</dd>
        <dt>${t('leader')}</dt><dd>${escape(s.leader.name)} · ${escape(s.leader.honourTitle)}</dd>
        <dt>${t('hostEnterprise')}</dt><dd>${escape(s.hostEnterprise)}</dd>
        <dt>${t('regionCode')}</dt><dd>${escape(s.regionCode)}</dd>
        <dt>${t('namingUnion')}</dt><dd>${escape(s.namingUnion)}</dd>
        <dt>${t('foundedOn')}</dt><dd>${escape(s.foundedOn)}</dd>
        <dt>${t('members')}</dt><dd>${s.memberCount}（${t('apprentices')} ${s.apprenticeCount}）：${current.map(m => escape(m.name)).join('、') || t('none')}</dd>
        <dt>${t('funding')}</dt><dd>${t('granted')} ${escape(formatYuan(s.funding.granted, true))} · ${t('spent')} ${escape(formatYuan(s.funding.spent, true))} · ${t('balance')} ${escape(formatYuan(s.funding.balance, true))}</dd>
        <dt>${t('alliances')}</dt><dd>${s.alliances.map(a => escape(a.name)).join('、') || t('none')}</dd>
        <dt>${t('version')}</dt><dd>${s.version}</dd>
      </dl>
      <h3>${t('challenges')}</h3>
      <ul>${s.challenges.map(c => `<li>${escape(c.title)} — ${escape(t(c.status))}${c.outcome ? `：${escape(c.outcome)}` : ''}</li>`).join('') || `<li>${t('none')}</li>`}</ul>`;
    revealPanel(panel);
  } catch (error) {
    if (openStudio !== id) return;
    panel.innerHTML = `<button type="button" class="close">${t('close')}</button>
      <p class="error">${t('loadFailed')}: ${escape(error.message)}</p>`;
  }
}

function closeStudio() {
  openStudio = null;
  $('detail').hidden = true;
}

// ---- Tabs and addresses: #studios, #achievements/<id>, #savings ----

/** On a narrow screen the detail panel sits below the list: bring it into view when it opens. */
function revealPanel(panel) {
  if (window.matchMedia('(max-width: 900px)').matches) panel.scrollIntoView({behavior: 'smooth', block: 'start'});
}

function parseHash() {
  const [tab, id] = location.hash.slice(1).split('/').map(part => decodeURIComponent(part));
  return {tab, id: id || null};
}

const TAB_LOADERS = {
  studios: () => loadList(),
};

function showTab(tab) {
  currentTab = tab;
  localStorage.setItem('tab', tab);
  for (const name of TABS) {
    const selected = name === tab;
    const button = $(`tab-${name}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`view-${name}`).hidden = !selected;
  }
  if (!loadedTabs.has(tab)) {
    loadedTabs.add(tab);
    TAB_LOADERS[tab]?.();
  }
}

/** Shows what the address names; the address is the one place a tab or an open record is decided. */
function route() {
  let {tab, id} = parseHash();
  if (!TABS.includes(tab)) {
    const remembered = localStorage.getItem('tab');
    tab = TABS.includes(remembered) ? remembered : 'studios';
    id = null;
    history.replaceState(null, '', `#${tab}`);
  }
  lastHash[tab] = location.hash;
  showTab(tab);
  if (tab === 'studios') {
    if (id) {
      if (id !== openStudio) showStudio(id);
    } else {
      closeStudio();
    }
  }
}

$('tabs').addEventListener('click', event => {
  const button = event.target.closest('[role=tab]');
  if (button) location.hash = lastHash[button.dataset.tab] || `#${button.dataset.tab}`;
});
$('tabs').addEventListener('keydown', event => {
  const index = TABS.indexOf(currentTab);
  const moves = {ArrowRight: 1, ArrowLeft: TABS.length - 1, Home: TABS.length - index, End: TABS.length - 1 - index};
  if (!(event.key in moves)) return;
  event.preventDefault();
  const tab = TABS[(index + moves[event.key]) % TABS.length];
  location.hash = lastHash[tab] || `#${tab}`;
  $(`tab-${tab}`).focus();
});
window.addEventListener('hashchange', route);

/** A click anywhere on a row opens it, like its link does. */
function openRowOnClick(tbody, tab) {
  tbody.addEventListener('click', event => {
    if (event.target.closest('a, button')) return;
    const row = event.target.closest('tr[data-id]');
    if (row) location.hash = `#${tab}/${encodeURIComponent(row.dataset.id)}`;
  });
}

/** The close button of a detail panel goes back to the tab's address. */
function closeOnButton(panel, tab) {
  panel.addEventListener('click', event => {
    if (event.target.closest('button.close')) location.hash = `#${tab}`;
  });
}

$('filters').addEventListener('submit', event => {
  event.preventDefault();
  page = 0;
  loadList();
});
$('previous').addEventListener('click', () => { page = Math.max(page - 1, 0); loadList(); });
$('next').addEventListener('click', () => { page = Math.min(page + 1, totalPages - 1); loadList(); });
openRowOnClick($('rows'), 'studios');
closeOnButton($('detail'), 'studios');

$('language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('language', language);
  translatePage();
  if (loadedTabs.has('studios')) loadList();
  if (openStudio) showStudio(openStudio);
});

translatePage();
route();
