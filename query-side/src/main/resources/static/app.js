// Innovation Ledger — a read-only view of the studio ledger (工作室台账), Chinese first, English available.
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
  },
};

let language = localStorage.getItem('language') || 'zh';
let page = 0;
let totalPages = 1;
let openStudio = null;

const t = key => TEXT[language][key] ?? key;
const escape = value => String(value ?? '').replace(/[&<>"']/g,
  c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));

function translatePage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · Innovation Ledger`;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.getElementById('language').textContent = language === 'zh' ? 'English' : '中文';
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || response.statusText);
  }
  return body;
}

async function loadList() {
  const form = new FormData(document.getElementById('filters'));
  const query = new URLSearchParams({page, size: 20});
  for (const [key, value] of form) {
    if (value.trim()) query.set(key, value.trim());
  }
  const summary = document.getElementById('summary');
  try {
    const result = await getJson(`api/studios?${query}`);
    totalPages = Math.max(result.totalPages, 1);
    summary.textContent = t('found')(result.totalItems);
    summary.className = '';
    document.getElementById('rows').innerHTML = result.items.map(studio => `
      <tr data-id="${escape(studio.id)}">
        <td class="status-${escape(studio.status)}">${escape(studio.name)}</td>
        <td>${escape(t(studio.kind))}</td>
        <td>${escape(t(studio.level))}</td>
        <td class="status-${escape(studio.status)}">${escape(t(studio.status))}</td>
        <td>${escape(studio.leaderName)}</td>
        <td class="number">${studio.memberCount}</td>
        <td class="number">${escape(studio.fundingBalance)}</td>
      </tr>`).join('');
    document.getElementById('page').textContent = t('page')(page + 1, totalPages);
    document.getElementById('previous').disabled = page === 0;
    document.getElementById('next').disabled = page + 1 >= totalPages;
  } catch (error) {
    summary.textContent = `${t('loadFailed')}: ${error.message}`;
    summary.className = 'error';
  }
}

async function showStudio(id) {
  openStudio = id;
  const panel = document.getElementById('detail');
  panel.hidden = false;
  try {
    const s = await getJson(`api/studios/${encodeURIComponent(id)}`);
    const current = s.members.filter(m => !m.leftOn);
    panel.innerHTML = `
      <button type="button" id="close">${t('close')}</button>
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
        <dt>${t('funding')}</dt><dd>${t('granted')} ¥${escape(s.funding.granted)} · ${t('spent')} ¥${escape(s.funding.spent)} · ${t('balance')} ¥${escape(s.funding.balance)}</dd>
        <dt>${t('alliances')}</dt><dd>${s.alliances.map(a => escape(a.name)).join('、') || t('none')}</dd>
        <dt>${t('version')}</dt><dd>${s.version}</dd>
      </dl>
      <h3>${t('challenges')}</h3>
      <ul>${s.challenges.map(c => `<li>${escape(c.title)} — ${escape(t(c.status))}${c.outcome ? `：${escape(c.outcome)}` : ''}</li>`).join('') || `<li>${t('none')}</li>`}</ul>`;
    document.getElementById('close').addEventListener('click', () => { panel.hidden = true; openStudio = null; });
  } catch (error) {
    panel.innerHTML = `<p class="error">${t('loadFailed')}: ${escape(error.message)}</p>`;
  }
}

document.getElementById('filters').addEventListener('submit', event => {
  event.preventDefault();
  page = 0;
  loadList();
});
document.getElementById('previous').addEventListener('click', () => { page = Math.max(page - 1, 0); loadList(); });
document.getElementById('next').addEventListener('click', () => { page = Math.min(page + 1, totalPages - 1); loadList(); });
document.getElementById('rows').addEventListener('click', event => {
  const row = event.target.closest('tr[data-id]');
  if (row) showStudio(row.dataset.id);
});
document.getElementById('language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('language', language);
  translatePage();
  loadList();
  if (openStudio) showStudio(openStudio);
});

translatePage();
loadList();
