// Innovation Ledger — a read-only view of the ledger, Chinese first, English available: the leadership dashboard
// (领导驾驶舱), the studios (工作室台账), the "five smalls" achievements (五小成果) and their savings (效益).
// Plain ES2020, no framework, no build step.
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
    remaining: '结余', regionLabel: '地区', regionShort: '如 3608', loadingLedger: '正在载入台账，请稍候…',
    achievementText: '标题或完成人', achievementTextHint: '如 纠偏、李建华', category: '类别', allCategories: '全部类别',
    year: '年度', yearHint: '如 2025', awardLevel: '获奖级别', allAwardLevels: '不限', sortBy: '排序',
    sortNewest: '完成日期（新→旧）', sortOldest: '完成日期（旧→新）', sortVerified: '核实效益（高→低）',
    sortClaimed: '申报效益（高→低）', sortTitle: '成果名称', achievementTitle: '成果名称', studio: '工作室',
    achievedOn: '完成日期', awards: '获奖', claimedYuan: '申报效益（元）', verifiedYuan: '核实效益（元）',
    foundAchievements: n => `共 ${n} 项成果`, noAchievements: '没有符合条件的成果',
    since: d => `（${d} 起）`, recordedAt: '登记时间', content: '成果内容', description: '成果简介',
    problem: '问题描述', measure: '改善措施', effect: '改善效果', contributors: '完成人', contributorName: '姓名',
    memberId: '工号', share: '贡献比例', review: '评审记录', implementation: '实施', notImplemented: '尚未实施',
    implementedAt: (site, from) => `${site}，${from} 起实施`, recommendations: '推荐上报', adoptions: '推广应用',
    recommendedTo: (level, body) => `推荐至${body}（${level}）`, adoptedBy: '应用单位',
    savingsClaims: '效益申报', verified: '核实效益', claimed: '申报效益', pending: '待核实',
    verifiedCounts: '计入统计', period: '期间', claimedOn: '申报日期', amount: '申报金额',
    verifiedTotal: '核实金额（含调整）', method: '测算方法', evidence: '佐证材料', corrections: '更正',
    correction: (from, to) => `${from} → ${to}`, claimRejected: '不予认定', verification: '核实',
    adjustments: '调整', noClaims: '尚无效益申报', periodYear: y => `${y} 年度`,
    periodQuarter: (y, q) => `${y} 年第 ${q} 季度`, awardName: (level, grade) => `${level}${grade}`,
    'category.SMALL_INVENTION': '小发明', 'category.SMALL_CREATION': '小创造', 'category.SMALL_INNOVATION': '小革新',
    'category.SMALL_DESIGN': '小设计', 'category.SMALL_SUGGESTION': '小建议',
    'achievementStatus.DRAFT': '草稿', 'achievementStatus.SUBMITTED': '已申报', 'achievementStatus.RETURNED': '退回修改',
    'achievementStatus.ACCEPTED': '已采纳', 'achievementStatus.REJECTED': '未采纳', 'achievementStatus.WITHDRAWN': '已撤回',
    'achievementStatus.IMPLEMENTED': '已实施', 'achievementStatus.RECOMMENDED': '已推荐', 'achievementStatus.ADOPTED': '推广应用',
    'award.ENTERPRISE': '企业级', 'award.COUNTY': '县级', 'award.MUNICIPAL': '市级', 'award.PROVINCIAL': '省级',
    'award.NATIONAL': '国家级',
    'grade.FIRST': '一等奖', 'grade.SECOND': '二等奖', 'grade.THIRD': '三等奖', 'grade.EXCELLENCE': '优秀奖',
    'claim.CLAIMED': '已申报', 'claim.VERIFIED': '已核实', 'claim.REJECTED': '未认定',
    'review.SUBMITTED': '申报', 'review.ACCEPTED': '采纳', 'review.RETURNED': '退回修改', 'review.REJECTED': '不予采纳',
    'review.WITHDRAWN': '撤回',
    namingLevel: '命名级别', enterpriseHint: '企业全称', allYears: '全部年度', trend: '季度趋势',
    breakdown: '效益分布', groupBy: '分组', topStudios: '工作室效益排行', rank: '名次', claims: '申报笔数',
    pendingYuan: '待核实（元）', noData: '暂无数据', drillDown: '查看下一级地区',
    'group.region': '地区', 'group.level': '命名级别', 'group.category': '类别', 'group.enterprise': '企业',
    'group.alliance': '联盟', 'group.studio': '工作室', 'group.year': '年度', yearName: y => `${y} 年`,
    savingsScope: (year, claims, count) => `${year ? `${year} 年度` : '全部年度'} · ${claims} 笔效益申报，涉及 ${count} 项成果`,
    approx: fen => `约 ${scaledAmount(fen, 1000000n)} 万元`,
    shownOf: (shown, total) => `显示前 ${shown} 个，共 ${total} 个`,
    wholeYear: '全年申报（未分季度，单独列出）', scaleTop: v => `柱高满格 = ${v}`,
    quarterBars: (period, verified, claimed) => `${period}：核实 ${verified}，申报 ${claimed}`,
    tabDashboard: '驾驶舱', toYear: '至', sameYear: '（仅此年度）', live: '实时',
    'live.open': '实时更新已连接：台账一有变化即刷新', 'live.connecting': '正在连接实时更新…',
    'live.lost': '实时更新已断开，正在重连…',
    rangeName: (from, to) => from === to ? `${from} 年度` : `${from}–${to} 年度`,
    dashboardScope: (range, region, enterprise) => [range, region ? `地区 ${region}` : '全部地区', enterprise]
      .filter(Boolean).join(' · '),
    comparedWith: range => `同比：较 ${range}`, previousValue: value => `上期 ${value}`,
    showRecords: '查看明细', headline: '核心指标',
    'headline.studios': '工作室', 'headline.achievements': '五小成果', 'headline.verified': '核实效益',
    'headline.claimed': '申报效益', 'headline.patentsFiled': '专利申请', 'headline.patentsGranted': '专利授权',
    'headline.incubated': '入孵项目', 'headline.graduated': '孵化毕业', 'headline.fourOrFiveStars': '四星及以上工作室',
    sectionStudios: '工作室', byLevel: '按命名级别', byKind: '按类型',
    byStars: year => `测评星级（${year} 年度）`, byOfficialStars: year => `认定星级（${year} 年度）`,
    starsNone: '未评级', officialNone: '未认定', starsName: n => `${n} 星`,
    sectionAchievements: '五小成果', byCategory: '按类别', byStatus: '按当前状态',
    sectionSavings: '效益', savingsVerified: '已核实', savingsClaimed: '已申报', savingsPending: '待核实',
    claimsCount: '申报笔数', savingsTrend: '效益趋势（按季度）', wholeYearShort: '全年',
    sectionPatents: '专利', patentType: '专利类型', patentsFiled: '申请', patentsGranted: '授权', total: '合计',
    'patentType.INVENTION': '发明', 'patentType.UTILITY_MODEL': '实用新型', 'patentType.DESIGN': '外观设计',
    'patentStatus.FILED': '已申请', 'patentStatus.CORRECTION_REQUESTED': '补正中',
    'patentStatus.FORMALLY_EXAMINED': '初审合格', 'patentStatus.PUBLISHED': '已公开',
    'patentStatus.UNDER_SUBSTANTIVE_EXAMINATION': '实质审查中', 'patentStatus.REJECTED': '已驳回',
    'patentStatus.UNDER_REEXAMINATION': '复审中', 'patentStatus.GRANTED': '已授权',
    'patentStatus.LAPSED': '欠费失效（可恢复）', 'patentStatus.WITHDRAWN': '已撤回',
    'patentStatus.DEEMED_WITHDRAWN': '视为撤回', 'patentStatus.FINALLY_REJECTED': '驳回生效',
    'patentStatus.INVALIDATED': '宣告无效', 'patentStatus.EXPIRED': '期限届满',
    sectionIncubation: '孵化', incubationAdmitted: '入孵项目', incubatedAchievements: '孵化成果（按类别）',
    incubatedPatentTypes: '孵化专利（按类型）', incubatedPatentStatuses: '孵化专利（按状态）',
    graduations: '孵化毕业（按结果）',
    'outcome.ADOPTED': '推广应用', 'outcome.COMMERCIALISED': '转化', 'outcome.LICENSED': '许可', 'outcome.ABANDONED': '终止',
    sectionFees: days => `年费期限（${days} 天内）`, feesSummary: (count, overdue) => `共 ${count} 项年费待缴，其中已逾期 ${overdue} 项`,
    dueOn: '缴费期限', patent: '专利', patentYearName: n => `第 ${n} 年`, feeYuan: '年费（元）', overdue: '已逾期',
    noFees: '近期没有年费到期', sectionTop: '工作室排行', topByStars: '星级', topBySavings: '核实效益（元）',
    topByPatents: '授权专利', noRatings: '暂无星级测评（尚无覆盖的评定办法）', openRating: '查看星级测评',
    records: '明细', recordKind: '类型', recordTitle: '名称', recordDetail: '归类', foundRecords: n => `共 ${n} 条`,
    noRecords: '没有记录', allPeriods: '全部期间',
    'record.STUDIO': '工作室', 'record.ACHIEVEMENT': '成果', 'record.CLAIM': '效益申报', 'record.PATENT': '专利',
    'record.INCUBATION': '孵化',
    'figure.studios': '工作室', 'figure.studios.level': '工作室', 'figure.studios.kind': '工作室',
    'figure.studios.stars': '测评星级', 'figure.studios.officialStars': '认定星级', 'figure.achievements': '五小成果',
    'figure.achievements.category': '五小成果', 'figure.achievements.status': '五小成果',
    'figure.patents.filed': '专利申请', 'figure.patents.filed.type': '专利申请', 'figure.patents.granted': '专利授权',
    'figure.patents.granted.type': '专利授权', 'figure.incubation': '入孵项目',
    'figure.incubation.achievements.category': '孵化成果', 'figure.incubation.patents.type': '孵化专利',
    'figure.incubation.patents.status': '孵化专利', 'figure.incubation.graduated.outcome': '孵化毕业',
    'figure.savings': '效益申报',
    ratingTitle: year => `${year} 年度星级测评`, policy: '评定办法',
    policyName: (name, version, year) => `${name}（第 ${version} 版，${year} 年度起施行）`, issuedBy: '发布单位',
    score: '得分', stars: '星级', item: '项目', times: '次数', pointsEach: '每次分值', points: '得分', cap: '封顶',
    capCut: points => `已封顶（原 ${points}）`, gap: '差距',
    gapText: (next, missing, threshold) => `距 ${next} 星还差 ${missing} 分（${next} 星需 ${threshold} 分）`,
    topStar: '已达最高星级', opportunities: '可争取的项目', room: '最多还可得', unlimited: '不限',
    toClose: '单项补足需', timesCount: n => `${n} 次`, cannotClose: '单项不足以补足', movement: '较上年',
    movementText: (stars, score) => `${stars} 星，${score} 分`,
    previousYearText: (year, stars, score) => `${year} 年度：${stars} 星，${score} 分`,
    noPreviousYear: '上年度没有覆盖的评定办法', official: '认定星级', notConfirmed: '尚未认定',
    officialDiffers: computed => `与测评星级（${computed} 星）不同`, reason: '理由', confirmedBy: '认定单位',
    notRated: '未评级', notRatedDetail: year => `${year} 年度没有覆盖该工作室的星级评定办法，暂无测评。`,
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
    remaining: 'Balance', regionLabel: 'Region', regionShort: 'e.g. 3608', loadingLedger: 'Loading the ledger…',
    achievementText: 'Title or contributor', achievementTextHint: 'e.g. conveyor', category: 'Category',
    allCategories: 'All categories', year: 'Year', yearHint: 'e.g. 2025', awardLevel: 'Award level',
    allAwardLevels: 'Any', sortBy: 'Sort by', sortNewest: 'Newest first', sortOldest: 'Oldest first',
    sortVerified: 'Verified savings, highest first', sortClaimed: 'Claimed savings, highest first',
    sortTitle: 'Title', achievementTitle: 'Title', studio: 'Studio', achievedOn: 'Achieved on', awards: 'Awards',
    claimedYuan: 'Claimed (¥)', verifiedYuan: 'Verified (¥)',
    foundAchievements: n => `${n} achievements`, noAchievements: 'No achievement matches',
    since: d => ` (since ${d})`, recordedAt: 'Recorded', content: 'Content', description: 'Summary',
    problem: 'Problem', measure: 'Measure', effect: 'Effect', contributors: 'Contributors', contributorName: 'Name',
    memberId: 'Staff no.', share: 'Share', review: 'Review trail', implementation: 'Implementation',
    notImplemented: 'Not implemented yet', implementedAt: (site, from) => `At ${site} since ${from}`,
    recommendations: 'Recommendations', adoptions: 'Adoptions',
    recommendedTo: (level, body) => `To ${body} (${level})`, adoptedBy: 'Adopter',
    savingsClaims: 'Savings claims', verified: 'Verified savings', claimed: 'Claimed savings', pending: 'Pending',
    verifiedCounts: 'the figure that counts', period: 'Period', claimedOn: 'Claimed on', amount: 'Amount claimed',
    verifiedTotal: 'Verified (with adjustments)', method: 'Method', evidence: 'Evidence', corrections: 'Corrections',
    correction: (from, to) => `${from} → ${to}`, claimRejected: 'Not recognised', verification: 'Verification',
    adjustments: 'Adjustments', noClaims: 'No savings claimed yet', periodYear: y => `${y} (whole year)`,
    periodQuarter: (y, q) => `${y} Q${q}`, awardName: (level, grade) => `${grade}, ${level.toLowerCase()} level`,
    'category.SMALL_INVENTION': 'Small invention', 'category.SMALL_CREATION': 'Small creation',
    'category.SMALL_INNOVATION': 'Small innovation', 'category.SMALL_DESIGN': 'Small design',
    'category.SMALL_SUGGESTION': 'Small suggestion',
    'achievementStatus.DRAFT': 'Draft', 'achievementStatus.SUBMITTED': 'Submitted',
    'achievementStatus.RETURNED': 'Returned for revision', 'achievementStatus.ACCEPTED': 'Accepted',
    'achievementStatus.REJECTED': 'Rejected', 'achievementStatus.WITHDRAWN': 'Withdrawn',
    'achievementStatus.IMPLEMENTED': 'Implemented', 'achievementStatus.RECOMMENDED': 'Recommended',
    'achievementStatus.ADOPTED': 'Adopted',
    'award.ENTERPRISE': 'Enterprise', 'award.COUNTY': 'County', 'award.MUNICIPAL': 'Municipal',
    'award.PROVINCIAL': 'Provincial', 'award.NATIONAL': 'National',
    'grade.FIRST': 'First prize', 'grade.SECOND': 'Second prize', 'grade.THIRD': 'Third prize',
    'grade.EXCELLENCE': 'Excellence award',
    'claim.CLAIMED': 'Claimed', 'claim.VERIFIED': 'Verified', 'claim.REJECTED': 'Not recognised',
    'review.SUBMITTED': 'Submitted', 'review.ACCEPTED': 'Accepted', 'review.RETURNED': 'Returned',
    'review.REJECTED': 'Rejected', 'review.WITHDRAWN': 'Withdrawn',
    namingLevel: 'Naming level', enterpriseHint: 'Full name', allYears: 'All years', trend: 'Quarterly trend',
    breakdown: 'Breakdown', groupBy: 'Group by', topStudios: 'Top studios by verified savings', rank: 'Rank',
    claims: 'Claims', pendingYuan: 'Pending (¥)', noData: 'No data', drillDown: 'Show the regions below',
    'group.region': 'Region', 'group.level': 'Naming level', 'group.category': 'Category',
    'group.enterprise': 'Enterprise', 'group.alliance': 'Alliance', 'group.studio': 'Studio', 'group.year': 'Year',
    yearName: y => String(y),
    savingsScope: (year, claims, count) => `${year ? `Year ${year}` : 'All years'} · ${claims} savings claims on ${count} achievements`,
    approx: fen => `≈ ¥${scaledAmount(fen, 100000000n)} million`,
    shownOf: (shown, total) => `Showing ${shown} of ${total}`,
    wholeYear: 'Whole-year claims (not split by quarter, shown apart)', scaleTop: v => `Full bar = ${v}`,
    quarterBars: (period, verified, claimed) => `${period}: verified ${verified}, claimed ${claimed}`,
    tabDashboard: 'Dashboard', toYear: 'To', sameYear: '(that year only)', live: 'Live',
    'live.open': 'Live: refreshes as soon as the ledger changes', 'live.connecting': 'Connecting live updates…',
    'live.lost': 'Live updates lost, reconnecting…',
    rangeName: (from, to) => from === to ? `${from}` : `${from}–${to}`,
    dashboardScope: (range, region, enterprise) => [range, region ? `region ${region}` : 'all regions', enterprise]
      .filter(Boolean).join(' · '),
    comparedWith: range => `Change vs ${range}`, previousValue: value => `before: ${value}`,
    showRecords: 'Show the records', headline: 'Headline figures',
    'headline.studios': 'Studios', 'headline.achievements': 'Achievements', 'headline.verified': 'Verified savings',
    'headline.claimed': 'Claimed savings', 'headline.patentsFiled': 'Patents filed',
    'headline.patentsGranted': 'Patents granted', 'headline.incubated': 'Incubations admitted',
    'headline.graduated': 'Graduations', 'headline.fourOrFiveStars': 'Four- or five-star studios',
    sectionStudios: 'Studios', byLevel: 'By naming level', byKind: 'By kind',
    byStars: year => `Computed stars (${year})`, byOfficialStars: year => `Official stars (${year})`,
    starsNone: 'Not rated', officialNone: 'Not confirmed', starsName: n => `${n} star${n === 1 ? '' : 's'}`,
    sectionAchievements: 'Achievements', byCategory: 'By category', byStatus: 'By status now',
    sectionSavings: 'Savings', savingsVerified: 'Verified', savingsClaimed: 'Claimed', savingsPending: 'Pending',
    claimsCount: 'Claims', savingsTrend: 'Savings by quarter', wholeYearShort: 'Year',
    sectionPatents: 'Patents', patentType: 'Type', patentsFiled: 'Filed', patentsGranted: 'Granted', total: 'Total',
    'patentType.INVENTION': 'Invention', 'patentType.UTILITY_MODEL': 'Utility model', 'patentType.DESIGN': 'Design',
    'patentStatus.FILED': 'Filed', 'patentStatus.CORRECTION_REQUESTED': 'Correction requested',
    'patentStatus.FORMALLY_EXAMINED': 'Formally examined', 'patentStatus.PUBLISHED': 'Published',
    'patentStatus.UNDER_SUBSTANTIVE_EXAMINATION': 'Under substantive examination', 'patentStatus.REJECTED': 'Rejected',
    'patentStatus.UNDER_REEXAMINATION': 'Under re-examination', 'patentStatus.GRANTED': 'Granted',
    'patentStatus.LAPSED': 'Lapsed (restorable)', 'patentStatus.WITHDRAWN': 'Withdrawn',
    'patentStatus.DEEMED_WITHDRAWN': 'Deemed withdrawn', 'patentStatus.FINALLY_REJECTED': 'Finally rejected',
    'patentStatus.INVALIDATED': 'Invalidated', 'patentStatus.EXPIRED': 'Expired',
    sectionIncubation: 'Incubation', incubationAdmitted: 'Admitted', incubatedAchievements: 'Achievements by category',
    incubatedPatentTypes: 'Patents by type', incubatedPatentStatuses: 'Patents by status',
    graduations: 'Graduations by outcome',
    'outcome.ADOPTED': 'Adopted', 'outcome.COMMERCIALISED': 'Commercialised', 'outcome.LICENSED': 'Licensed',
    'outcome.ABANDONED': 'Abandoned',
    sectionFees: days => `Annual fees due (next ${days} days)`,
    feesSummary: (count, overdue) => `${count} annual fees to pay, ${overdue} of them overdue`,
    dueOn: 'Due on', patent: 'Patent', patentYearName: n => `Year ${n}`, feeYuan: 'Fee (¥)', overdue: 'Overdue',
    noFees: 'No annual fee falls due soon', sectionTop: 'Top studios', topByStars: 'Stars',
    topBySavings: 'Verified savings (¥)', topByPatents: 'Patents granted',
    noRatings: 'No ratings yet (no rating policy covers these studios)', openRating: 'Show the rating',
    records: 'Records', recordKind: 'Kind', recordTitle: 'Title', recordDetail: 'Counted as',
    foundRecords: n => `${n} record${n === 1 ? '' : 's'}`, noRecords: 'No records', allPeriods: 'all periods',
    'record.STUDIO': 'Studio', 'record.ACHIEVEMENT': 'Achievement', 'record.CLAIM': 'Savings claim',
    'record.PATENT': 'Patent', 'record.INCUBATION': 'Incubation',
    'figure.studios': 'Studios', 'figure.studios.level': 'Studios', 'figure.studios.kind': 'Studios',
    'figure.studios.stars': 'Computed stars', 'figure.studios.officialStars': 'Official stars',
    'figure.achievements': 'Achievements', 'figure.achievements.category': 'Achievements',
    'figure.achievements.status': 'Achievements', 'figure.patents.filed': 'Patents filed',
    'figure.patents.filed.type': 'Patents filed', 'figure.patents.granted': 'Patents granted',
    'figure.patents.granted.type': 'Patents granted', 'figure.incubation': 'Incubations admitted',
    'figure.incubation.achievements.category': 'Incubated achievements',
    'figure.incubation.patents.type': 'Incubated patents', 'figure.incubation.patents.status': 'Incubated patents',
    'figure.incubation.graduated.outcome': 'Graduations', 'figure.savings': 'Savings claims',
    ratingTitle: year => `Rating for ${year}`, policy: 'Rating policy',
    policyName: (name, version, year) => `${name} (version ${version}, in force from ${year})`, issuedBy: 'Issued by',
    score: 'Score', stars: 'Stars', item: 'Item', times: 'Count', pointsEach: 'Points each', points: 'Points',
    cap: 'Cap', capCut: points => `capped (was ${points})`, gap: 'Gap',
    gapText: (next, missing, threshold) => `${missing} points short of ${next} stars (${next} stars need ${threshold})`,
    topStar: 'Already at the top star', opportunities: 'Where the points could come from', room: 'At most',
    unlimited: 'unlimited', toClose: 'Alone it takes', timesCount: n => `${n} more`, cannotClose: 'cannot close the gap alone',
    movement: 'Since last year', movementText: (stars, score) => `${stars} stars, ${score} points`,
    previousYearText: (year, stars, score) => `${year}: ${stars} stars, ${score} points`,
    noPreviousYear: 'No rating policy covered the year before', official: 'Official star',
    notConfirmed: 'Not confirmed yet', officialDiffers: computed => `differs from the computed ${computed} stars`,
    reason: 'Reason', confirmedBy: 'Confirmed by', notRated: 'Not rated',
    notRatedDetail: year => `No rating policy covers this studio for ${year}, so there is no rating.`,
  },
};

const TABS = ['dashboard', 'studios', 'achievements', 'savings'];
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
  constructor(status, message, retryAfter, fields = []) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
    this.fields = fields;
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
                             retryAfterSeconds(response.headers.get('Retry-After')),
                             Array.isArray(body?.errors) ? body.errors.map(error => error.field) : []);
  }
  return body;
}

const generations = {};
const retryTimers = {};

/**
 * Fetches the urls together and renders them, for one named part of the page. A later call for the same part wins
 * (an older answer is dropped). While the instance is still building its in-memory ledger (503) it says so in
 * `status` and tries again after Retry-After; a 400 shows the problem's detail in `formError`, next to the filters.
 * `fetcher` reads one url (getJson unless a part treats some answers, such as a 404, as an answer of its own).
 */
async function request(name, urls, render, {status, formError, clear = () => {}, fetcher = getJson}) {
  const generation = (generations[name] ?? 0) + 1;
  generations[name] = generation;
  clearTimeout(retryTimers[name]);
  status.setAttribute('aria-busy', 'true');
  try {
    const results = await Promise.all(urls.map(url => fetcher(url)));
    if (generation !== generations[name]) return;
    status.removeAttribute('aria-busy');
    status.classList.remove('loading', 'error');
    if (formError) markInvalid(formError, []);
    render(results);
  } catch (error) {
    if (generation !== generations[name]) return;
    if (error instanceof RequestProblem && error.status === 503) {
      status.textContent = t('loadingLedger');
      status.classList.add('loading');
      retryTimers[name] = setTimeout(() => request(name, urls, render, {status, formError, clear, fetcher}),
                                     error.retryAfter * 1000);
      return;
    }
    status.removeAttribute('aria-busy');
    clear();
    if (error instanceof RequestProblem && error.status === 400 && formError) {
      markInvalid(formError, error.fields, error.message);
      status.textContent = '';
      return;
    }
    status.textContent = `${t('loadFailed')}: ${error.message}`;
    status.classList.add('error');
  }
}

/** Shows a 400's detail next to the filters and flags the fields it names (or clears both). */
function markInvalid(formError, fields, message = '') {
  formError.textContent = message;
  formError.hidden = !message;
  formError.closest('form').querySelectorAll('[name]').forEach(field => {
    if (fields.includes(field.name)) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', formError.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  });
}

/** Drops what is still on its way for a part of the page, and its pending retry. */
function cancel(name) {
  generations[name] = (generations[name] ?? 0) + 1;
  clearTimeout(retryTimers[name]);
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
  fillOptions();
  fillYears();
  setLive(dashboard.live);
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
        <dt>${t('funding')}</dt><dd>${t('granted')} ${escape(formatYuan(s.funding.granted, true))} · ${t('spent')} ${escape(formatYuan(s.funding.spent, true))} · ${t('remaining')} ${escape(formatYuan(s.funding.balance, true))}</dd>
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

// ---- Achievements (五小成果) ----

/** The enums offered in filter selects (data-options), with the TEXT prefix of their names. */
const OPTIONS = {
  category: ['category', ['SMALL_INVENTION', 'SMALL_CREATION', 'SMALL_INNOVATION', 'SMALL_DESIGN', 'SMALL_SUGGESTION']],
  achievementStatus: ['achievementStatus', ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN',
                                            'IMPLEMENTED', 'RECOMMENDED', 'ADOPTED']],
  awardLevel: ['award', ['ENTERPRISE', 'COUNTY', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL']],
};

/** Fills the selects that list an enum in the current language, keeping what is selected. */
function fillOptions() {
  document.querySelectorAll('select[data-options]').forEach(select => {
    const selected = select.value;
    const [prefix, values] = OPTIONS[select.dataset.options];
    select.innerHTML = `<option value="">${escape(t(select.dataset.all))}</option>`
      + values.map(value => `<option value="${value}">${escape(t(`${prefix}.${value}`))}</option>`).join('');
    select.value = selected;
  });
}

const categoryName = category => t(`category.${category}`);
const statusName = status => t(`achievementStatus.${status}`);
const awardLevelName = level => t(`award.${level}`);
/** Free text as entered (line breaks kept by the style), or a dash. */
const text = value => (value ?? '').trim() ? escape(value) : '—';
const note = value => value ? `<br><span class="note">${escape(value)}</span>` : '';
const date = value => `<time datetime="${escape(value)}">${escape(value)}</time>`;

/** "2025" → 2025 年度, "2025-Q3" → 2025 年第 3 季度. */
function periodName(key) {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(key ?? '');
  if (!match) return key ?? '';
  return match[2] ? t('periodQuarter')(match[1], match[2]) : t('periodYear')(match[1]);
}

function formatInstant(value) {
  const instant = new Date(value);
  if (!value || Number.isNaN(instant.getTime())) return value ?? '';
  return instant.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {dateStyle: 'medium', timeStyle: 'short'});
}

/** An adjusting entry is signed: +¥1,000.00 or -¥1,500.50. */
const signedYuan = value => `${toFen(value) > 0n ? '+' : ''}${formatYuan(value, true)}`;

/** The three savings figures: verified first (the one that counts), then claimed and pending. */
function savingsFigures(totals, notes = {}) {
  const figure = (key, primary) => `
    <div class="figure${primary ? ' primary' : ''}">
      <span class="figure-label">${t(key)}</span>
      <strong class="money">${escape(formatYuan(totals?.[key], true))}</strong>
      ${notes[key] ? `<span class="figure-note">${notes[key]}</span>` : ''}
    </div>`;
  return `<div class="figures">${figure('verified', true)}${figure('claimed')}${figure('pending')}</div>`;
}

const achievements = {query: new URLSearchParams(), page: 0, totalPages: 1, result: null, openId: null, detail: null};

function loadAchievements() {
  const query = new URLSearchParams(achievements.query);
  query.set('page', achievements.page);
  query.set('size', 20);
  request('achievements', [`api/achievements?${query}`], ([result]) => {
    achievements.result = result;
    achievements.totalPages = Math.max(result.totalPages, 1);
    renderAchievements();
  }, {
    status: $('achievement-summary'), formError: $('achievement-error'),
    clear: () => { achievements.result = null; renderAchievements(); },
  });
}

function renderAchievements() {
  const result = achievements.result;
  const rows = $('achievement-rows');
  if (!result) {
    rows.innerHTML = '';
    $('achievement-page').textContent = '';
    $('achievement-previous').disabled = true;
    $('achievement-next').disabled = true;
    return;
  }
  $('achievement-summary').textContent = t('foundAchievements')(result.totalItems);
  rows.innerHTML = result.items.map(a => `
    <tr data-id="${escape(a.id)}">
      <td><a href="#achievements/${encodeURIComponent(a.id)}">${escape(a.title)}</a></td>
      <td class="secondary">${escape(categoryName(a.category))}</td>
      <td><span class="badge st-${escape(a.status)}">${escape(statusName(a.status))}</span></td>
      <td>${escape(a.studio?.name)}<small class="secondary">${escape(a.studio?.hostEnterprise)}</small></td>
      <td class="date">${escape(a.achievedOn)}</td>
      <td class="secondary">${(a.awardLevels ?? []).map(level => escape(awardLevelName(level))).join('、') || '—'}</td>
      <td class="number secondary">${escape(formatYuan(a.claimedSavings))}</td>
      <td class="number">${escape(formatYuan(a.verifiedSavings))}</td>
    </tr>`).join('') || `<tr><td colspan="8" class="empty">${t('noAchievements')}</td></tr>`;
  $('achievement-page').textContent = t('page')(achievements.page + 1, achievements.totalPages);
  $('achievement-previous').disabled = achievements.page === 0;
  $('achievement-next').disabled = achievements.page + 1 >= achievements.totalPages;
  markSelectedAchievement();
}

function markSelectedAchievement() {
  document.querySelectorAll('#achievement-rows tr[data-id]').forEach(row => {
    row.classList.toggle('selected', row.dataset.id === achievements.openId);
  });
}

function showAchievement(id) {
  achievements.openId = id;
  achievements.detail = null;
  markSelectedAchievement();
  const panel = $('achievement-detail');
  panel.hidden = false;
  panel.innerHTML = `<button type="button" class="close">${t('close')}</button><p id="achievement-status"></p>`;
  request('achievement', [`api/achievements/${encodeURIComponent(id)}`], ([detail]) => {
    achievements.detail = detail;
    renderAchievementDetail();
    revealPanel(panel);
  }, {status: $('achievement-status')});
}

function closeAchievement() {
  cancel('achievement');
  achievements.openId = null;
  achievements.detail = null;
  $('achievement-detail').hidden = true;
  markSelectedAchievement();
}

function renderAchievementDetail() {
  const a = achievements.detail;
  const c = a.content ?? {};
  const studio = a.studio ?? {};
  const list = (items, render) => items?.length
    ? `<ul class="trail">${items.map(item => `<li>${render(item)}</li>`).join('')}</ul>`
    : `<p class="empty">${t('none')}</p>`;
  $('achievement-detail').innerHTML = `
    <button type="button" class="close">${t('close')}</button>
    <h2>${escape(c.title)}</h2>
    <p class="badges"><span class="badge">${escape(categoryName(c.category))}</span>
      <span class="badge st-${escape(a.status)}">${escape(statusName(a.status))}</span></p>
    <dl>
      <dt>${t('studio')}</dt>
      <dd><a href="#studios/${encodeURIComponent(studio.id ?? '')}">${escape(studio.name)}</a>
        <small>${escape(studio.hostEnterprise)} · ${escape(studio.regionCode)}</small></dd>
      <dt>${t('achievedOn')}</dt><dd>${date(c.achievedOn)}</dd>
      <dt>${t('status')}</dt><dd>${escape(statusName(a.status))}${a.statusSince ? escape(t('since')(a.statusSince)) : ''}</dd>
      <dt>${t('recordedAt')}</dt><dd>${escape(formatInstant(a.recordedAt))}</dd>
      <dt>${t('version')}</dt><dd>${escape(a.version)}</dd>
    </dl>

    <h3>${t('content')}</h3>
    <dl class="prose">
      <dt>${t('description')}</dt><dd>${text(c.description)}</dd>
      <dt>${t('problem')}</dt><dd>${text(c.problem)}</dd>
      <dt>${t('measure')}</dt><dd>${text(c.measure)}</dd>
      <dt>${t('effect')}</dt><dd>${text(c.effect)}</dd>
    </dl>

    <h3>${t('contributors')}</h3>
    <table class="compact">
      <thead><tr><th scope="col">${t('contributorName')}</th><th scope="col">${t('memberId')}</th>
        <th scope="col" class="number">${t('share')}</th></tr></thead>
      <tbody>${(c.contributors ?? []).map(person => `
        <tr><td>${escape(person.name)}</td><td>${text(person.memberId)}</td>
          <td class="number">${escape(person.share)}%</td></tr>`).join('')}</tbody>
    </table>

    <h3>${t('review')}</h3>
    ${list(a.review, step => `${date(step.on)} <strong>${escape(t(`review.${step.action}`))}</strong>`
      + `${step.reviewer ? ` · ${escape(step.reviewer)}` : ''}${note(step.reason || step.comment)}`)}

    <h3>${t('implementation')}</h3>
    <p>${a.implementation ? escape(t('implementedAt')(a.implementation.site, a.implementation.from)) : t('notImplemented')}</p>

    <h3>${t('awards')}</h3>
    ${list(a.awards, award => `${date(award.awardedOn)} <strong>${escape(t('awardName')(awardLevelName(award.level),
      t(`grade.${award.grade}`)))}</strong> · ${escape(award.awardingBody)}`)}

    <h3>${t('recommendations')}</h3>
    ${list(a.recommendations, r => `${date(r.recommendedOn)} ${escape(t('recommendedTo')(awardLevelName(r.level),
      r.recommendedTo))}${note(r.note)}`)}

    <h3>${t('adoptions')}</h3>
    ${list(a.adoptions, adoption => `${date(adoption.adoptedOn)} ${escape(adoption.adopter)}`
      + `${adoption.site ? ` · ${escape(adoption.site)}` : ''}${note(adoption.note)}`)}

    <h3>${t('savingsClaims')}</h3>
    ${savingsFigures(a.savings, {verified: escape(t('verifiedCounts'))})}
    ${(a.savingsClaims ?? []).map(renderClaim).join('') || `<p class="empty">${t('noClaims')}</p>`}`;
}

function renderClaim(claim) {
  const v = claim.verification;
  const r = claim.rejection;
  return `
    <article class="claim claim-${escape(claim.status)}">
      <h4>${escape(periodName(claim.period))}
        <span class="badge claim-${escape(claim.status)}">${escape(t(`claim.${claim.status}`))}</span></h4>
      <dl>
        <dt>${t('amount')}</dt><dd class="money">${escape(formatYuan(claim.amount, true))}</dd>
        ${claim.verifiedTotal != null ? `<dt>${t('verifiedTotal')}</dt>
          <dd class="money"><strong>${escape(formatYuan(claim.verifiedTotal, true))}</strong></dd>` : ''}
        <dt>${t('claimedOn')}</dt><dd>${date(claim.claimedOn)}</dd>
        <dt>${t('method')}</dt><dd>${text(claim.method)}</dd>
        ${claim.evidenceRef ? `<dt>${t('evidence')}</dt><dd>${escape(claim.evidenceRef)}</dd>` : ''}
        ${claim.corrections?.length ? `<dt>${t('corrections')}</dt><dd><ul>${claim.corrections.map(x => `
          <li>${date(x.correctedOn)} ${escape(t('correction')(formatYuan(x.previousAmount, true), formatYuan(x.amount, true)))}
            ${note(x.reason)}</li>`).join('')}</ul></dd>` : ''}
        ${r ? `<dt>${t('claimRejected')}</dt><dd>${date(r.rejectedOn)} ${escape(r.rejectedBy)}${note(r.reason)}</dd>` : ''}
        ${v ? `<dt>${t('verification')}</dt><dd>${date(v.verifiedOn)} ${escape(formatYuan(v.verifiedAmount, true))}
          · ${escape(v.verifiedBy)}${note(v.note)}</dd>` : ''}
        ${claim.adjustments?.length ? `<dt>${t('adjustments')}</dt><dd><ul>${claim.adjustments.map(x => `
          <li>${date(x.adjustedOn)} <span class="money">${escape(signedYuan(x.amount))}</span> · ${escape(x.adjustedBy)}
            ${note(x.reason)}</li>`).join('')}</ul></dd>` : ''}
      </dl>
    </article>`;
}

// ---- Savings (效益): totals, the quarterly trend, a breakdown and the top studios ----

const savings = {scope: new URLSearchParams(), groupBy: 'region', totals: null, top: null, breakdown: null};

/** Whole fen back to a decimal string in yuan, exactly. */
function fenToYuan(fen) {
  const size = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

/** 约 106.80 万元 / ≈ ¥1.07 million, for a positive amount; nothing otherwise. */
function approx(value) {
  const fen = toFen(value);
  return fen > 0n ? escape(t('approx')(fen)) : '';
}

function scopeSuffix() {
  const scope = savings.scope.toString();
  return scope ? `&${scope}` : '';
}

function loadSavings() {
  const scope = scopeSuffix();
  request('savings', [`api/savings?groupBy=period&limit=1000${scope}`, `api/savings/top-studios?limit=10${scope}`],
    ([totals, top]) => {
      savings.totals = totals;
      savings.top = top;
      renderSavings();
    }, {
      status: $('savings-summary'), formError: $('savings-error'),
      clear: () => { savings.totals = null; savings.top = null; renderSavings(); },
    });
  loadBreakdown();
}

function loadBreakdown() {
  const groupBy = savings.groupBy;
  request('breakdown', [`api/savings?groupBy=${encodeURIComponent(groupBy)}${scopeSuffix()}`], ([result]) => {
    savings.breakdown = {groupBy, result};
    renderBreakdown();
  }, {status: $('savings-breakdown'), formError: $('savings-error'), clear: () => { savings.breakdown = null; }});
}

function renderSavings() {
  const totals = savings.totals;
  if (!totals) {
    $('savings-figures').innerHTML = '';
    $('savings-trend').innerHTML = '';
    $('savings-top').innerHTML = '';
    return;
  }
  $('savings-summary').textContent = t('savingsScope')(totals.year, totals.claims, totals.achievements);
  $('savings-figures').innerHTML = savingsFigures(totals, {
    verified: [escape(t('verifiedCounts')), approx(totals.verified)].filter(Boolean).join(' · '),
    claimed: approx(totals.claimed), pending: approx(totals.pending),
  });
  $('savings-trend').innerHTML = renderTrend(totals.groups ?? [], totals.year);
  $('savings-top').innerHTML = renderTop(savings.top ?? []);
}

/**
 * Bars per quarter, verified beside claimed, every quarter from the first to the last year that has one (a gap is a
 * quarter with nothing claimed). Claims for a whole year have no quarter: they are listed apart, under the bars.
 */
function renderTrend(groups, year) {
  const quarters = new Map();
  const wholeYears = [];
  for (const group of groups) {
    if (/^\d{4}-Q[1-4]$/.test(group.key)) quarters.set(group.key, group);
    else wholeYears.push(group);
  }
  let html = '';
  if (quarters.size) {
    const years = [...quarters.keys()].map(key => Number(key.slice(0, 4)));
    const first = year ?? Math.min(...years);
    const last = year ?? Math.max(...years);
    const columns = [];
    for (let y = first; y <= last; y++) {
      for (let q = 1; q <= 4; q++) {
        const key = `${y}-Q${q}`;
        columns.push({q, y, group: quarters.get(key) ?? {key, verified: '0.00', claimed: '0.00', pending: '0.00', claims: 0}});
      }
    }
    let top = 0n;
    for (const {group} of columns) {
      for (const fen of [toFen(group.verified), toFen(group.claimed)]) if (fen > top) top = fen;
    }
    // Heights in tenths of a percent, from exact integer arithmetic; only the drawing is approximate.
    const height = value => {
      const fen = toFen(value);
      return fen > 0n && top > 0n ? Math.max(Number(fen * 1000n / top) / 10, 0.5) : 0;
    };
    html += `
      <p class="legend" aria-hidden="true"><span class="swatch verified"></span>${t('verified')}
        <span class="swatch claimed"></span>${t('claimed')}
        <span class="scale">${escape(t('scaleTop')(formatYuan(fenToYuan(top), true)))}</span></p>
      <ol class="bars">${columns.map(({q, y, group}) => {
        const label = t('quarterBars')(periodName(group.key), formatYuan(group.verified, true), formatYuan(group.claimed, true));
        return `
        <li class="${q === 1 ? 'year-start' : ''}">
          <div class="bar-pair" title="${escape(label)}" aria-hidden="true">
            <span class="bar verified" style="height: ${height(group.verified)}%"></span>
            <span class="bar claimed" style="height: ${height(group.claimed)}%"></span>
          </div>
          <span class="bar-label" aria-hidden="true">Q${q}${q === 1 ? `<small>${y}</small>` : ''}</span>
          <span class="sr-only">${escape(label)}</span>
        </li>`;
      }).join('')}</ol>`;
  }
  if (wholeYears.length) {
    html += `
      <h3>${t('wholeYear')}</h3>
      ${groupTable(wholeYears, t('period'), group => escape(periodName(group.key)))}`;
  }
  return html || `<p class="empty">${t('noData')}</p>`;
}

/** A table of savings groups: a label, then verified, claimed, pending and the number of claims. */
function groupTable(groups, heading, label) {
  return `
    <div class="table-wrap"><table>
      <thead><tr><th scope="col">${escape(heading)}</th><th scope="col" class="number">${t('verifiedYuan')}</th>
        <th scope="col" class="number">${t('claimedYuan')}</th><th scope="col" class="number">${t('pendingYuan')}</th>
        <th scope="col" class="number">${t('claims')}</th></tr></thead>
      <tbody>${groups.map(group => `
        <tr><th scope="row">${label(group)}</th>
          <td class="number"><strong>${escape(formatYuan(group.verified))}</strong></td>
          <td class="number">${escape(formatYuan(group.claimed))}</td>
          <td class="number">${escape(formatYuan(group.pending))}</td>
          <td class="number">${escape(group.claims)}</td></tr>`).join('')}</tbody>
    </table></div>`;
}

function groupLabel(groupBy, group) {
  switch (groupBy) {
    case 'region': {
      const region = savings.scope.get('region') ?? '';
      return group.key.length < 6 && group.key !== region
        ? `<button type="button" class="link" data-region="${escape(group.key)}" title="${escape(t('drillDown'))}">`
          + `${escape(group.key)} ›</button>`
        : escape(group.key);
    }
    case 'level': return escape(t(group.key));
    case 'category': return escape(categoryName(group.key));
    case 'year': return escape(t('yearName')(group.key));
    case 'studio': return `<a href="#studios/${encodeURIComponent(group.key)}">${escape(group.name ?? group.key)}</a>`;
    case 'alliance': return escape(group.name ?? group.key);
    default: return escape(group.key);
  }
}

function renderBreakdown() {
  if (!savings.breakdown) return;
  const {groupBy, result} = savings.breakdown;
  const groups = result.groups ?? [];
  $('savings-breakdown').innerHTML = groups.length
    ? groupTable(groups, t(`group.${groupBy}`), group => groupLabel(groupBy, group))
      + (result.totalGroups > groups.length ? `<p class="note">${escape(t('shownOf')(groups.length, result.totalGroups))}</p>` : '')
    : `<p class="empty">${t('noData')}</p>`;
}

function renderTop(ranking) {
  if (!ranking.length) return `<p class="empty">${t('noData')}</p>`;
  return `
    <div class="table-wrap"><table>
      <thead><tr><th scope="col" class="number">${t('rank')}</th><th scope="col">${t('studio')}</th>
        <th scope="col">${t('hostEnterprise')}</th><th scope="col">${t('regionLabel')}</th><th scope="col">${t('level')}</th>
        <th scope="col" class="number">${t('verifiedYuan')}</th><th scope="col" class="number">${t('claimedYuan')}</th>
        <th scope="col" class="number">${t('pendingYuan')}</th></tr></thead>
      <tbody>${ranking.map(entry => `
        <tr><td class="number">${escape(entry.rank)}</td>
          <th scope="row"><a href="#studios/${encodeURIComponent(entry.studio?.id ?? '')}">${escape(entry.studio?.name)}</a></th>
          <td>${escape(entry.studio?.hostEnterprise)}</td><td>${escape(entry.studio?.regionCode)}</td>
          <td>${escape(entry.studio?.level ? t(entry.studio.level) : '')}</td>
          <td class="number"><strong>${escape(formatYuan(entry.verified))}</strong></td>
          <td class="number">${escape(formatYuan(entry.claimed))}</td>
          <td class="number">${escape(formatYuan(entry.pending))}</td></tr>`).join('')}</tbody>
    </table></div>`;
}

// ---- Dashboard (领导驾驶舱): every figure of a region or an enterprise over a year or a range of years ----

const dashboard = {query: new URLSearchParams(), data: null, detail: null, inFlight: false, again: false,
                   stale: false, source: null, live: 'connecting'};
const STAR_KEYS = ['5', '4', '3', '2', '1', '0', 'none'];
const LEVEL_KEYS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'ENTERPRISE'];
const YEARS_OFFERED = 10;

/** The dashboard's links are absolute paths; the page reads them relative to where it is served, like its own. */
const relative = href => String(href ?? '').replace(/^\/+/, '');

/** Fills the year selects (data-years) with this year and the nine before, keeping what is selected. */
function fillYears() {
  const now = new Date().getFullYear();
  document.querySelectorAll('select[data-years]').forEach(select => {
    const selected = select.value || (select.dataset.all ? '' : String(now));
    select.innerHTML = (select.dataset.all ? `<option value="">${escape(t(select.dataset.all))}</option>` : '')
      + Array.from({length: YEARS_OFFERED}, (_, i) => `<option value="${now - i}">${now - i}</option>`).join('');
    select.value = selected;
  });
}

/** region, enterprise and either year (one year) or fromYear and toYear (a range). */
function dashboardQuery(form) {
  const query = formQuery(form);
  const from = query.get('fromYear');
  const to = query.get('toYear');
  if (!to || to === from) {
    query.delete('fromYear');
    query.delete('toYear');
    if (from) query.set('year', from);
  }
  return query;
}

function loadDashboard() {
  const query = dashboard.query.toString();
  return request('dashboard', [`api/dashboard${query ? `?${query}` : ''}`], ([data]) => {
    dashboard.data = data;
    dashboard.stale = false;
    renderDashboard();
  }, {
    status: $('dashboard-summary'), formError: $('dashboard-error'),
    clear: () => { dashboard.data = null; renderDashboard(); },
  });
}

/** Reads the dashboard again, never with more than one read in flight: changes meanwhile make one more read. */
async function refreshDashboard() {
  if (dashboard.inFlight) {
    dashboard.again = true;
    return;
  }
  dashboard.inFlight = true;
  try {
    await loadDashboard();
    if (dashboard.detail?.result) loadDashboardDetail();
  } finally {
    dashboard.inFlight = false;
  }
  if (dashboard.again) {
    dashboard.again = false;
    refreshDashboard();
  }
}

/** Server-sent events tell of every change to the ledger; EventSource reconnects by itself after a network error. */
function connectLive() {
  if (!('EventSource' in window)) {
    $('live').hidden = true;
    return;
  }
  const source = new EventSource('api/dashboard/changes');
  dashboard.source = source;
  source.addEventListener('open', () => setLive('open'));
  source.addEventListener('error', () => {
    setLive('lost');
    if (source.readyState === EventSource.CLOSED) { // an HTTP error ends EventSource's own retries
      dashboard.source = null;
      setTimeout(connectLive, 5000);
    }
  });
  source.addEventListener('ledger-changed', event => {
    setLive('open');
    let change = {};
    try {
      change = JSON.parse(event.data);
    } catch {
      change = {};
    }
    if (change.ready === false || (dashboard.data && change.position === dashboard.data.ledgerPosition)) return;
    if (currentTab === 'dashboard') refreshDashboard();
    else dashboard.stale = true;
  });
}

function setLive(state) {
  dashboard.live = state;
  const live = $('live');
  live.dataset.state = state;
  live.title = t(`live.${state}`);
  live.setAttribute('aria-label', t(`live.${state}`));
}

// Names of the keys a figure is broken down by.
const patentTypeName = type => t(`patentType.${type}`);
const patentStatusName = status => t(`patentStatus.${status}`);
const outcomeName = outcome => t(`outcome.${outcome}`);

function starsHtml(value) {
  const stars = Math.min(Math.max(Number(value) || 0, 0), 5);
  const name = escape(t('starsName')(stars));
  return `<span class="stars" role="img" aria-label="${name}" title="${name}">${'★'.repeat(stars)}`
    + `<span class="off">${'☆'.repeat(5 - stars)}</span></span>`;
}

/** The key of a figure as text: 省级, 小发明, 3 星, 2025 年第 3 季度… */
function keyName(figure, key) {
  if (key == null || key === '' || key === 'total') return '';
  if (figure === 'savings') return periodName(key);
  if (figure === 'studios.stars' || figure === 'studios.officialStars') {
    return key === 'none' ? t(figure === 'studios.stars' ? 'starsNone' : 'officialNone') : t('starsName')(Number(key));
  }
  if (figure.endsWith('.category')) return categoryName(key);
  if (figure === 'achievements.status') return statusName(key);
  if (figure.endsWith('.type')) return patentTypeName(key);
  if (figure === 'incubation.patents.status') return patentStatusName(key);
  if (figure.endsWith('.outcome')) return outcomeName(key);
  return t(key); // naming levels and studio kinds
}

/** A count as a button that lists the records behind it. */
function countButton(count) {
  if (!count) return '—';
  return `<button type="button" class="count${count.count ? '' : ' zero'}" data-records="${escape(count.records)}"
    title="${escape(t('showRecords'))}">${escape(count.count)}</button>`;
}

/** A +3 / −2 / 0 change, for a whole number. */
function signedCount(value) {
  const n = Number(value) || 0;
  return `<span class="change ${n > 0 ? 'up' : n < 0 ? 'down' : 'flat'}">${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}</span>`;
}

/** A +¥1,000.00 / −¥1,500.50 change, for a decimal amount, exactly. */
function signedMoney(value) {
  const fen = toFen(value);
  const size = formatYuan(fenToYuan(fen < 0n ? -fen : fen), true);
  return `<span class="change money ${fen > 0n ? 'up' : fen < 0n ? 'down' : 'flat'}">${fen > 0n ? '+' : fen < 0n ? '−' : ''}${escape(size)}</span>`;
}

function renderDashboard() {
  const d = dashboard.data;
  if (!d) {
    $('dashboard-body').innerHTML = '';
    return;
  }
  $('dashboard-summary').textContent = t('dashboardScope')(t('rangeName')(d.fromYear, d.toYear), d.region, d.enterprise);
  $('dashboard-body').innerHTML = [headlineSection(d), studiosSection(d), achievementsSection(d), savingsSection(d),
                                   patentsSection(d), incubationSection(d), feesSection(d), topSection(d)].join('');
}

/** The headline figures, each with its change against the range just before (同比). */
function headlineSection(d) {
  const c = d.comparedWithPrevious;
  const stars = d.studios.byStars ?? {};
  const graduated = Object.values(d.incubation.graduatedByOutcome ?? {}).reduce((sum, x) => sum + x.count, 0);
  const previousRange = c ? t('rangeName')(c.fromYear, c.toYear) : '';
  const figure = (key, value, change, previous, primary) => `
    <div class="figure${primary ? ' primary' : ''}">
      <span class="figure-label">${t(`headline.${key}`)}</span>
      <strong>${value}</strong>
      ${change != null ? `<span class="figure-note" title="${escape(t('comparedWith')(previousRange))}">${change}
        <small>${escape(t('previousValue')(previous))}</small></span>` : ''}
    </div>`;
  const count = key => c ? [signedCount(c.change[key]), c.previous[key]] : [null, null];
  const money = key => c ? [signedMoney(c.change[key]), formatYuan(c.previous[key], true)] : [null, null];
  return `
    <h2>${t('headline')}${c ? ` <small class="heading-note">${escape(t('comparedWith')(previousRange))}</small>` : ''}</h2>
    <div class="figures headline">
      ${figure('studios', countButton(d.studios.total), null, null)}
      ${figure('achievements', countButton(d.achievements.total), ...count('achievements'))}
      ${figure('verified', `<span class="money">${escape(formatYuan(d.savings.verified, true))}</span>`, ...money('verified'), true)}
      ${figure('claimed', `<span class="money">${escape(formatYuan(d.savings.claimed, true))}</span>`, ...money('claimed'))}
      ${figure('patentsFiled', countButton(d.patents.filed), ...count('patentsFiled'))}
      ${figure('patentsGranted', countButton(d.patents.granted), ...count('patentsGranted'))}
      ${figure('incubated', countButton(d.incubation.admitted), ...count('incubated'))}
      ${figure('graduated', escape(graduated), ...count('graduated'))}
      ${figure('fourOrFiveStars', escape((stars['4']?.count ?? 0) + (stars['5']?.count ?? 0)), ...count('fourOrFiveStars'))}
    </div>`;
}

/**
 * A breakdown as rows of label, a bar in proportion and the count. With `hideZero` the keys counted nowhere are left
 * out (for long lists such as statuses); `order` puts the keys in an order of their own.
 */
function breakdown(heading, counts, label, {hideZero = false, order = null} = {}) {
  const keys = order ?? Object.keys(counts ?? {});
  const entries = keys.filter(key => counts?.[key] && (!hideZero || counts[key].count > 0))
                      .map(key => [key, counts[key]]);
  const largest = Math.max(1, ...entries.map(([, count]) => count.count));
  return `
    <div class="panel">
      <h3>${heading}</h3>
      ${entries.length ? `<table class="compact counts"><tbody>${entries.map(([key, count]) => `
        <tr><th scope="row">${label(key)}</th>
          <td class="meter-cell" aria-hidden="true">${count.count
            ? `<span class="meter" style="width: ${count.count * 100 / largest}%"></span>` : ''}</td>
          <td class="number">${countButton(count)}</td></tr>`).join('')}</tbody></table>`
        : `<p class="empty">${t('noData')}</p>`}
    </div>`;
}

function studiosSection(d) {
  const s = d.studios;
  const stars = official => key => key === 'none'
    ? `<span class="empty">${t(official ? 'officialNone' : 'starsNone')}</span>` : starsHtml(key);
  return `
    <h2>${t('sectionStudios')}</h2>
    <div class="panels">
      ${breakdown(t('byLevel'), s.byLevel, key => escape(t(key)), {order: LEVEL_KEYS})}
      ${breakdown(t('byKind'), s.byKind, key => escape(t(key)))}
      ${breakdown(escape(t('byStars')(s.starsYear)), s.byStars, stars(false), {order: STAR_KEYS})}
      ${breakdown(escape(t('byOfficialStars')(s.starsYear)), s.byOfficialStars, stars(true), {order: STAR_KEYS})}
    </div>`;
}

function achievementsSection(d) {
  const a = d.achievements;
  return `
    <h2>${t('sectionAchievements')}</h2>
    <div class="panels">
      ${breakdown(t('byCategory'), a.byCategory, key => escape(categoryName(key)))}
      ${breakdown(t('byStatus'), a.byStatus, key => `<span class="badge st-${escape(key)}">${escape(statusName(key))}</span>`,
                  {hideZero: true})}
    </div>`;
}

/** Claimed, verified and pending, then per period verified beside claimed as bars, heights by exact arithmetic. */
function savingsSection(d) {
  const s = d.savings;
  const figure = (key, value, primary) => `
    <div class="figure${primary ? ' primary' : ''}">
      <span class="figure-label">${t(key)}</span>
      <strong class="money">${escape(formatYuan(value, true))}</strong>
      ${approx(value) ? `<span class="figure-note">${approx(value)}</span>` : ''}
    </div>`;
  const trend = s.trend ?? [];
  let top = 0n;
  for (const period of trend) {
    for (const fen of [toFen(period.verified), toFen(period.claimed)]) if (fen > top) top = fen;
  }
  const height = value => {
    const fen = toFen(value);
    return fen > 0n && top > 0n ? Math.max(Number(fen * 1000n / top) / 10, 0.5) : 0;
  };
  let year = null;
  const columns = trend.map(period => {
    const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period.period) ?? [];
    const firstOfYear = match[1] !== year;
    year = match[1];
    const label = t('quarterBars')(periodName(period.period), formatYuan(period.verified, true),
                                   formatYuan(period.claimed, true));
    return `
      <li class="${firstOfYear ? 'year-start' : ''}">
        <div class="bar-pair" title="${escape(label)}" aria-hidden="true">
          <span class="bar verified" style="height: ${height(period.verified)}%"></span>
          <span class="bar claimed" style="height: ${height(period.claimed)}%"></span>
        </div>
        <span class="bar-label" aria-hidden="true">${match[2] ? `Q${match[2]}` : escape(t('wholeYearShort'))}${
          firstOfYear ? `<small>${escape(year)}</small>` : ''}</span>
        <span class="sr-only">${escape(label)}</span>
        <span class="bar-count">${countButton({count: period.claims, records: period.records})}</span>
      </li>`;
  }).join('');
  return `
    <h2>${t('sectionSavings')}</h2>
    <div class="figures savings-figures">
      ${figure('savingsVerified', s.verified, true)}${figure('savingsClaimed', s.claimed)}${figure('savingsPending', s.pending)}
      <div class="figure"><span class="figure-label">${t('claimsCount')}</span>
        <strong>${countButton({count: s.claims, records: s.records})}</strong></div>
    </div>
    <h3>${t('savingsTrend')}</h3>
    ${trend.length ? `
      <p class="legend" aria-hidden="true"><span class="swatch verified"></span>${t('verified')}
        <span class="swatch claimed"></span>${t('claimed')}
        <span class="scale">${escape(t('scaleTop')(formatYuan(fenToYuan(top), true)))}</span></p>
      <ol class="bars">${columns}</ol>` : `<p class="empty">${t('noData')}</p>`}`;
}

function patentsSection(d) {
  const p = d.patents;
  const types = Object.keys(p.filedByType ?? {});
  return `
    <h2>${t('sectionPatents')}</h2>
    <div class="table-wrap"><table class="compact patents">
      <thead><tr><th scope="col">${t('patentType')}</th><th scope="col" class="number">${t('patentsFiled')}</th>
        <th scope="col" class="number">${t('patentsGranted')}</th></tr></thead>
      <tbody>${types.map(type => `
        <tr><th scope="row">${escape(patentTypeName(type))}</th>
          <td class="number">${countButton(p.filedByType[type])}</td>
          <td class="number">${countButton(p.grantedByType?.[type])}</td></tr>`).join('')}</tbody>
      <tfoot><tr><th scope="row">${t('total')}</th><td class="number">${countButton(p.filed)}</td>
        <td class="number">${countButton(p.granted)}</td></tr></tfoot>
    </table></div>`;
}

function incubationSection(d) {
  const i = d.incubation;
  return `
    <h2>${t('sectionIncubation')} <small class="heading-note">${t('incubationAdmitted')} ${countButton(i.admitted)}</small></h2>
    <div class="panels">
      ${breakdown(t('incubatedAchievements'), i.achievementsByCategory, key => escape(categoryName(key)))}
      ${breakdown(t('incubatedPatentTypes'), i.patentsByType, key => escape(patentTypeName(key)))}
      ${breakdown(t('incubatedPatentStatuses'), i.patentsByStatus, key => escape(patentStatusName(key)), {hideZero: true})}
      ${breakdown(t('graduations'), i.graduatedByOutcome, key => escape(outcomeName(key)))}
    </div>`;
}

function feesSection(d) {
  const f = d.feeDeadlines;
  const rows = (f.soonest ?? []).map(fee => `
    <tr class="${fee.overdue ? 'overdue' : ''}">
      <td class="date">${date(fee.dueOn)}${fee.overdue ? ` <span class="badge overdue">${t('overdue')}</span>` : ''}</td>
      <td>${escape(fee.title)}<small>${escape(fee.applicationNumber)}</small></td>
      <td>${escape(patentTypeName(fee.type))}</td>
      <td>${escape(t('patentYearName')(fee.patentYear))}</td>
      <td class="number">${escape(formatYuan(fee.fee))}</td>
      <td>${studioLink(fee.studio)}</td>
    </tr>`).join('');
  return `
    <h2>${escape(t('sectionFees')(f.days))}</h2>
    ${f.count ? `
      <p class="summary">${escape(t('feesSummary')(f.count, f.overdue))}</p>
      <div class="table-wrap"><table class="compact">
        <thead><tr><th scope="col">${t('dueOn')}</th><th scope="col">${t('patent')}</th><th scope="col">${t('patentType')}</th>
          <th scope="col">${t('year')}</th><th scope="col" class="number">${t('feeYuan')}</th>
          <th scope="col">${t('studio')}</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div>
      ${f.count > (f.soonest ?? []).length ? `<p class="note">${escape(t('shownOf')((f.soonest ?? []).length, f.count))}</p>` : ''}`
      : `<p class="empty">${t('noFees')}</p>`}`;
}

const studioLink = studio => studio?.id
  ? `<a href="#studios/${encodeURIComponent(studio.id)}">${escape(studio.name)}</a>` : escape(studio?.name);

/** The top studios by stars, verified savings and patents granted; a studio opens its rating. */
function topSection(d) {
  const list = (heading, entries, value, empty) => `
    <div class="panel">
      <h3>${heading}</h3>
      ${entries?.length ? `<table class="compact"><tbody>${entries.map(entry => `
        <tr><td class="number">${escape(entry.rank)}</td>
          <th scope="row"><button type="button" class="link" data-rating="${escape(entry.rating)}"
            data-studio="${escape(entry.studio?.id)}" title="${escape(t('openRating'))}">${escape(entry.studio?.name)}</button>
            <small>${escape(entry.studio?.hostEnterprise)}</small></th>
          <td class="number">${value(entry.value)}</td></tr>`).join('')}</tbody></table>`
        : `<p class="empty">${empty}</p>`}
    </div>`;
  const top = d.topStudios;
  return `
    <h2>${t('sectionTop')}</h2>
    <div class="panels wide">
      ${list(t('topByStars'), top.byStars, starsHtml, t('noRatings'))}
      ${list(t('topBySavings'), top.bySavings, value => `<span class="money">${escape(formatYuan(value))}</span>`, t('noData'))}
      ${list(t('topByPatents'), top.byPatents, escape, t('noData'))}
    </div>`;
}

// The panel beside the dashboard: the records behind a count, or a studio's rating.

function openRecords(href) {
  dashboard.detail = {kind: 'records', href, page: 0, result: null};
  loadDashboardDetail();
}

function openRating(href, studio) {
  dashboard.detail = {kind: 'rating', href, studio, result: null, loaded: false};
  loadDashboardDetail();
}

function closeDashboardDetail() {
  cancel('dashboard-detail');
  dashboard.detail = null;
  $('dashboard-detail').hidden = true;
}

/** A 404 for a rating means no policy covers the studio that year: an answer (未评级), not a failure. */
async function ratingOrNothing(url) {
  try {
    return await getJson(url);
  } catch (error) {
    if (error instanceof RequestProblem && error.status === 404) return null;
    throw error;
  }
}

function loadDashboardDetail() {
  const detail = dashboard.detail;
  const panel = $('dashboard-detail');
  const firstTime = panel.hidden || !detail.result;
  panel.hidden = false;
  if (!detail.result && !detail.loaded) {
    panel.innerHTML = `<button type="button" class="close">${t('close')}</button><p id="dashboard-detail-status"></p>`;
  }
  const url = detail.kind === 'records'
    ? `${relative(detail.href)}&page=${detail.page}&size=20` : relative(detail.href);
  request('dashboard-detail', [url], ([result]) => {
    if (dashboard.detail !== detail) return;
    detail.result = result;
    detail.loaded = true;
    renderDashboardDetail();
    if (firstTime) revealPanel(panel);
  }, {status: $('dashboard-detail-status'), fetcher: detail.kind === 'rating' ? ratingOrNothing : getJson});
}

function renderDashboardDetail() {
  const detail = dashboard.detail;
  if (!detail?.loaded) return;
  $('dashboard-detail').innerHTML = `<button type="button" class="close">${t('close')}</button>`
    + (detail.kind === 'records' ? recordsHtml(detail) : ratingHtml(detail))
    + '<p id="dashboard-detail-status" class="summary"></p>';
}

/** Where a record is read in this page: achievements and studios have tabs; patents have none yet. */
function recordLink(record) {
  const match = /^\/?api\/(achievements|studios)\/([^/?]+)$/.exec(record.href ?? '');
  return match ? `<a href="#${match[1]}/${encodeURIComponent(decodeURIComponent(match[2]))}">${escape(record.title)}</a>`
    : escape(record.title);
}

function recordsHtml(detail) {
  const params = new URLSearchParams(String(detail.href).split('?')[1] ?? '');
  const figure = params.get('figure') ?? '';
  const key = params.get('key');
  const title = [t(`figure.${figure}`), keyName(figure, key) || (figure === 'savings' ? t('allPeriods') : '')]
    .filter(Boolean).join(' · ');
  const range = t('rangeName')(Number(params.get('fromYear')), Number(params.get('toYear')));
  const r = detail.result;
  const pages = Math.max(r.totalPages, 1);
  return `
    <h2>${escape(title)}</h2>
    <p class="summary">${escape(t('dashboardScope')(range, params.get('region'), params.get('enterprise')))}
      · ${escape(t('foundRecords')(r.totalItems))}</p>
    <div class="table-wrap"><table class="compact">
      <thead><tr><th scope="col">${t('recordKind')}</th><th scope="col">${t('recordTitle')}</th>
        <th scope="col">${t('recordDetail')}</th><th scope="col">${t('studio')}</th></tr></thead>
      <tbody>${r.items.map(record => `
        <tr><td><span class="badge">${escape(t(`record.${record.kind}`))}</span></td>
          <td>${recordLink(record)}</td>
          <td>${escape(keyName(figure, record.detail)) || '—'}</td>
          <td>${studioLink(record.studio)}<small>${escape(record.studio?.hostEnterprise)}</small></td></tr>`).join('')
        || `<tr><td colspan="4" class="empty">${t('noRecords')}</td></tr>`}</tbody>
    </table></div>
    <div class="pager">
      <button type="button" data-page="${detail.page - 1}" ${detail.page === 0 ? 'disabled' : ''}>${t('previous')}</button>
      <span>${escape(t('page')(detail.page + 1, pages))}</span>
      <button type="button" data-page="${detail.page + 1}" ${detail.page + 1 >= pages ? 'disabled' : ''}>${t('next')}</button>
    </div>`;
}

/** A decimal from the rating (a number or a string in the JSON) as it came, with its sign when asked. */
function points(value, signed = false) {
  if (value == null) return '—';
  const text = String(value);
  if (!signed) return text;
  return text.startsWith('-') ? `−${text.slice(1)}` : /^0(\.0*)?$/.test(text) ? text : `+${text}`;
}

function ratingHtml(detail) {
  const answer = detail.result;
  const year = /\/ratings\/(\d{4})/.exec(detail.href)?.[1] ?? '';
  const name = detail.studio?.name ?? answer?.studio?.name ?? '';
  if (!answer) {
    return `
      <h2>${escape(name)}</h2>
      <p class="badges"><span class="badge">${t('notRated')}</span></p>
      <p class="empty">${escape(t('notRatedDetail')(year))}</p>`;
  }
  const r = answer.rating;
  const o = answer.official;
  const lines = (r.lines ?? []).map(line => `
    <tr><th scope="row">${escape(line.name)}</th><td class="number">${escape(line.count)}</td>
      <td class="number">${escape(points(line.pointsEach))}</td>
      <td class="number"><strong>${escape(points(line.points))}</strong>${line.capApplied
        ? `<small>${escape(t('capCut')(points(line.uncappedPoints)))}</small>` : ''}</td>
      <td class="number">${escape(points(line.cap))}</td></tr>`).join('');
  const gap = r.gap;
  const opportunities = (gap?.opportunities ?? []).map(x => `
    <li><strong>${escape(x.name)}</strong> · ${t('pointsEach')} ${escape(points(x.pointsEach))}
      · ${t('room')} ${x.room == null ? t('unlimited') : escape(points(x.room))}
      · ${x.occurrencesToClose == null ? t('cannotClose') : `${t('toClose')} ${escape(t('timesCount')(x.occurrencesToClose))}`}</li>`)
    .join('');
  const m = answer.movement;
  const p = answer.previousYear;
  return `
    <h2>${escape(name)}</h2>
    <p class="badges"><span class="badge">${escape(t('ratingTitle')(answer.year))}</span></p>
    <dl>
      <dt>${t('policy')}</dt><dd>${escape(t('policyName')(answer.policy.name, answer.policy.version,
                                                            answer.policy.effectiveYear))}
        ${answer.policy.issuer?.union ? `<small>${t('issuedBy')}：${escape(answer.policy.issuer.union)}</small>` : ''}</dd>
      <dt>${t('score')}</dt><dd><strong>${escape(points(r.score))}</strong></dd>
      <dt>${t('stars')}</dt><dd>${starsHtml(r.stars)}</dd>
    </dl>
    <div class="table-wrap"><table class="compact">
      <thead><tr><th scope="col">${t('item')}</th><th scope="col" class="number">${t('times')}</th>
        <th scope="col" class="number">${t('pointsEach')}</th><th scope="col" class="number">${t('points')}</th>
        <th scope="col" class="number">${t('cap')}</th></tr></thead>
      <tbody>${lines || `<tr><td colspan="5" class="empty">${t('noData')}</td></tr>`}</tbody>
      <tfoot><tr><th scope="row" colspan="3">${t('total')}</th><td class="number"><strong>${escape(points(r.score))}</strong></td>
        <td></td></tr></tfoot>
    </table></div>
    <h3>${t('gap')}</h3>
    ${gap ? `<p>${escape(t('gapText')(gap.nextStars, points(gap.missingPoints), points(gap.threshold)))}</p>
      ${opportunities ? `<h4>${t('opportunities')}</h4><ul class="trail">${opportunities}</ul>` : ''}`
      : `<p>${t('topStar')}</p>`}
    <h3>${t('movement')}</h3>
    ${m && p ? `<p>${escape(t('movementText')(points(m.stars, true), points(m.score, true)))}
      <small>${escape(t('previousYearText')(p.year, p.stars, points(p.score)))}${p.policy
        ? ` · ${escape(p.policy.name)} v${escape(p.policy.version)}` : ''}</small></p>`
      : `<p class="empty">${t('noPreviousYear')}</p>`}
    <h3>${t('official')}</h3>
    ${o ? `<p>${starsHtml(o.stars)}${o.differsFromComputed
        ? ` <span class="badge st-RETURNED">${escape(t('officialDiffers')(o.computedStars))}</span>` : ''}</p>
      <dl>
        ${o.reason ? `<dt>${t('reason')}</dt><dd>${escape(o.reason)}</dd>` : ''}
        ${o.confirmedBy ? `<dt>${t('confirmedBy')}</dt><dd>${escape(o.confirmedBy)}</dd>` : ''}
      </dl>` : `<p class="empty">${t('notConfirmed')}</p>`}`;
}

// ---- Tabs and addresses: #dashboard, #studios, #achievements/<id>, #savings ----

/** On a narrow screen the detail panel sits below the list: bring it into view when it opens. */
function revealPanel(panel) {
  if (window.matchMedia('(max-width: 900px)').matches) panel.scrollIntoView({block: 'start'});
}

function parseHash() {
  const decode = part => { try { return decodeURIComponent(part); } catch { return part; } };
  const [tab, id] = location.hash.slice(1).split('/').map(decode);
  return {tab, id: id || null};
}

const TAB_LOADERS = {
  dashboard: () => {
    dashboard.query = dashboardQuery($('dashboard-filters'));
    refreshDashboard();
  },
  studios: () => loadList(),
  achievements: () => {
    achievements.query = formQuery($('achievement-filters'));
    loadAchievements();
  },
  savings: () => {
    savings.scope = formQuery($('savings-filters'));
    loadSavings();
  },
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
  } else if (tab === 'dashboard' && dashboard.stale) {
    refreshDashboard(); // the ledger changed while another tab was shown
  }
}

/** Shows what the address names; the address is the one place a tab or an open record is decided. */
function route() {
  let {tab, id} = parseHash();
  if (!TABS.includes(tab)) {
    const remembered = localStorage.getItem('tab');
    tab = TABS.includes(remembered) ? remembered : 'dashboard';
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
  } else if (tab === 'achievements') {
    if (id) {
      if (id !== achievements.openId) showAchievement(id);
    } else {
      closeAchievement();
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

$('dashboard-filters').addEventListener('submit', event => {
  event.preventDefault();
  dashboard.query = dashboardQuery(event.target);
  loadDashboard();
});
$('dashboard-body').addEventListener('click', event => {
  const count = event.target.closest('button[data-records]');
  if (count) {
    openRecords(count.dataset.records);
    return;
  }
  const studio = event.target.closest('button[data-rating]');
  if (studio) openRating(studio.dataset.rating, {id: studio.dataset.studio, name: studio.textContent.trim()});
});
$('dashboard-detail').addEventListener('click', event => {
  if (event.target.closest('button.close')) {
    closeDashboardDetail();
    return;
  }
  const pageButton = event.target.closest('button[data-page]');
  if (pageButton && dashboard.detail?.kind === 'records') {
    dashboard.detail.page = Math.max(Number(pageButton.dataset.page), 0);
    loadDashboardDetail();
  }
});

$('filters').addEventListener('submit', event => {
  event.preventDefault();
  page = 0;
  loadList();
});
$('previous').addEventListener('click', () => { page = Math.max(page - 1, 0); loadList(); });
$('next').addEventListener('click', () => { page = Math.min(page + 1, totalPages - 1); loadList(); });
openRowOnClick($('rows'), 'studios');
closeOnButton($('detail'), 'studios');

$('achievement-filters').addEventListener('submit', event => {
  event.preventDefault();
  achievements.query = formQuery(event.target);
  achievements.page = 0;
  loadAchievements();
});
$('achievement-previous').addEventListener('click', () => {
  achievements.page = Math.max(achievements.page - 1, 0);
  loadAchievements();
});
$('achievement-next').addEventListener('click', () => {
  achievements.page = Math.min(achievements.page + 1, achievements.totalPages - 1);
  loadAchievements();
});
openRowOnClick($('achievement-rows'), 'achievements');
closeOnButton($('achievement-detail'), 'achievements');

$('savings-filters').addEventListener('submit', event => {
  event.preventDefault();
  savings.scope = formQuery(event.target);
  loadSavings();
});
$('savings-group').addEventListener('change', event => {
  savings.groupBy = event.target.value;
  loadBreakdown();
});
$('savings-breakdown').addEventListener('click', event => {
  const button = event.target.closest('button[data-region]');
  if (!button) return;
  $('savings-filters').elements.region.value = button.dataset.region;
  $('savings-filters').requestSubmit();
});

$('language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('language', language);
  translatePage();
  if (dashboard.data) renderDashboard();
  renderDashboardDetail();
  if (loadedTabs.has('studios')) loadList();
  if (openStudio) showStudio(openStudio);
  if (achievements.result) renderAchievements();
  if (achievements.detail) renderAchievementDetail();
  if (savings.totals) renderSavings();
  if (savings.breakdown) renderBreakdown();
});

translatePage();
route();
connectLive();
