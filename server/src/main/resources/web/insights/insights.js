// Chatdesk insights dashboard: the admins' view of how support is going, from GET /api/v1/admin/insights.
// Signs in through the agent console (same tab, same session); charts by Chart.js, served from this origin,
// each with its figures as a table beside it (screen readers, CSV export).
(() => {
  'use strict';
  const TOKEN_KEY = 'chatdesk.agent.token';
  const LOCALE_KEY = 'chatdesk.agent.locale';
  const LOCALES = { en: 'English', 'zh-CN': '中文' };
  const REASONS = ['anger', 'requested', 'bot_failed', 'rule'];
  const ACTIONS = ['answered', 'article', 'clarified', 'declined', 'fallback', 'escalated'];
  const COLOURS = { accent: '#2f5bea', calm: '#1f8a4c', tense: '#b7791f', angry: '#c53030', muted: '#8a96a8',
    series: ['#2f5bea', '#1f8a4c', '#b7791f', '#7b3fe4', '#c53030', '#0f8b8d'] };
  const TEXTS = {
    en: {
      pageTitle: 'Chatdesk · Insights', insights: 'Insights', range: 'Range', show: 'Show', lastDay: 'Last 24 hours',
      last7: 'Last 7 days', last30: 'Last 30 days', last90: 'Last 90 days', custom: 'Custom…', from: 'From', to: 'To', by: 'By',
      auto: 'Auto', hour: 'Hour', day: 'Day', apply: 'Apply', language: 'Language', console: 'Agent console',
      headline: 'Headline measures', asTable: 'Show the figures as a table', csv: 'Download CSV',
      period: '{from} to {to} (UTC), compared with the {days} days before.',
      periodHours: '{from} to {to} (UTC), compared with the {hours} hours before.',
      refused: 'Only admins see the insights. Sign in to the agent console as an admin.',
      failed: 'The insights could not be loaded: {message}',
      conversations: 'Conversations', containment: 'Contained by the bot', escalation: 'Escalated to a person',
      csat: 'Satisfaction (CSAT)', firstResponse: 'First response (median)', resolution: 'Resolution (median)',
      ratings: '{n} ratings', none: '—', p90: '90% within {value}', noChange: 'no change',
      vsBefore: '{change} vs the period before',
      volumeTitle: 'Conversations and containment', sentimentTitle: 'Customer sentiment',
      reasonsTitle: 'Escalations by reason', turnsTitle: 'What the bot did', intentsTitle: 'Top intents',
      agentsTitle: 'Agents', at: 'Time', contained: 'Contained', escalated: 'Escalated', containmentRate: 'Containment',
      messages: 'Messages read', negativeShare: 'Negative', angryShare: 'Angry', averageAnger: 'Average anger',
      reason: 'Reason', count: 'Count', action: 'Action', share: 'Share', intent: 'Intent', agent: 'Agent',
      handled: 'Handled', resolved: 'Resolved', csatShort: 'CSAT', noData: 'Nothing in this range yet.',
      chartVolume: 'Conversations per {bucket}: contained by the bot and escalated, with the containment rate.',
      chartSentiment: 'Share of customer messages read as negative and as angry per {bucket}.',
      chartReasons: 'Escalations by reason.', chartTurns: 'What the bot did with the customer messages it answered.',
      chartIntents: 'The intents read most often in customers’ messages.',
      reasons: { anger: 'Anger', requested: 'Asked for a person', bot_failed: 'Bot could not help', rule: 'Escalation rule' },
      actions: { answered: 'Answered', article: 'Help article', clarified: 'Asked to clarify', declined: 'None of the offers',
        fallback: 'Could not help', escalated: 'Handed over' },
      units: { s: '{n} s', min: '{n} min', h: '{n} h' },
      unansweredTitle: 'Unanswered questions',
      unansweredHelp: 'What customers asked that the bot could not answer (it fell back, or none of its offers fitted), grouped by meaning. Turn a group into a new intent or a help article: it is saved as a draft to review before the bot uses it.',
      grouping: 'Grouping the questions…', example: 'Question', asked: 'Asked', lastAsked: 'Last asked',
      review: 'Review', reviewGroup: 'Review the group “{example}”', groupMeta: 'Asked {count} times in {conversations} conversations, last on {at}.',
      questionsAsked: 'How customers asked it', turnInto: 'Turn it into', newIntent: 'Intent examples', newArticle: 'A help article',
      intentName: 'Intent name', intentNameHint: 'gift_cards (an existing one to add examples)', intentTitle: 'Button title',
      intentAnswer: 'The bot’s answer', articleId: 'Article id', articleIdHint: 'gift-cards', articleTitle: 'Title', articleBody: 'Text (Markdown)',
      saveDraft: 'Save the draft', close: 'Close', pickOne: 'Choose at least one question.',
      drafted: 'Draft saved as {draft}. Review it, then move it into the bot ({file}).'
    },
    'zh-CN': {
      pageTitle: 'Chatdesk · 数据洞察', insights: '数据洞察', range: '时间范围', show: '显示', lastDay: '最近 24 小时',
      last7: '最近 7 天', last30: '最近 30 天', last90: '最近 90 天', custom: '自定义…', from: '从', to: '到', by: '按',
      auto: '自动', hour: '小时', day: '天', apply: '应用', language: '语言', console: '客服工作台',
      headline: '核心指标', asTable: '以表格显示数据', csv: '下载 CSV',
      period: '{from} 至 {to}（UTC），与之前 {days} 天相比。',
      periodHours: '{from} 至 {to}（UTC），与之前 {hours} 小时相比。',
      refused: '只有管理员可以查看数据洞察。请以管理员身份登录客服工作台。',
      failed: '无法加载数据洞察：{message}',
      conversations: '会话数', containment: '机器人独立解决', escalation: '转人工',
      csat: '满意度 (CSAT)', firstResponse: '首次响应（中位数）', resolution: '解决时长（中位数）',
      ratings: '{n} 个评分', none: '—', p90: '90% 在 {value} 内', noChange: '无变化',
      vsBefore: '较上一周期 {change}',
      volumeTitle: '会话量与机器人解决率', sentimentTitle: '客户情绪',
      reasonsTitle: '转人工原因', turnsTitle: '机器人的处理方式', intentsTitle: '热门意图',
      agentsTitle: '客服', at: '时间', contained: '机器人解决', escalated: '转人工', containmentRate: '解决率',
      messages: '已识别消息', negativeShare: '负面', angryShare: '愤怒', averageAnger: '平均愤怒度',
      reason: '原因', count: '数量', action: '处理方式', share: '占比', intent: '意图', agent: '客服',
      handled: '接待', resolved: '已解决', csatShort: '满意度', noData: '此时间范围内还没有数据。',
      chartVolume: '每{bucket}的会话量：机器人解决与转人工，以及解决率。',
      chartSentiment: '每{bucket}被识别为负面和愤怒的客户消息占比。',
      chartReasons: '按原因统计的转人工次数。', chartTurns: '机器人对其回答的客户消息的处理方式。',
      chartIntents: '客户消息中最常见的意图。',
      reasons: { anger: '客户愤怒', requested: '客户要求人工', bot_failed: '机器人无法解决', rule: '转人工规则' },
      actions: { answered: '直接回答', article: '帮助文章', clarified: '请求澄清', declined: '客户否定了选项',
        fallback: '无法回答', escalated: '转人工' },
      units: { s: '{n} 秒', min: '{n} 分钟', h: '{n} 小时' },
      unansweredTitle: '未解答的问题',
      unansweredHelp: '机器人未能回答的客户问题（无法回答，或客户否定了所有选项），按语义分组。可以把一组问题转为新意图或帮助文章：先保存为草稿，审核后机器人才会使用。',
      grouping: '正在为问题分组…', example: '问题', asked: '次数', lastAsked: '最近一次',
      review: '查看', reviewGroup: '查看问题组“{example}”', groupMeta: '在 {conversations} 个会话中被问了 {count} 次，最近一次在 {at}。',
      questionsAsked: '客户的问法', turnInto: '转为', newIntent: '意图示例', newArticle: '帮助文章',
      intentName: '意图名称', intentNameHint: 'gift_cards（填已有意图则追加示例）', intentTitle: '按钮标题',
      intentAnswer: '机器人的回答', articleId: '文章 ID', articleIdHint: 'gift-cards', articleTitle: '标题', articleBody: '正文（Markdown）',
      saveDraft: '保存草稿', close: '关闭', pickOne: '请至少选择一个问题。',
      drafted: '草稿已保存为 {draft}。请审核后再放入机器人（{file}）。'
    }
  };
  const state = { locale: 'en', token: sessionStorage.getItem(TOKEN_KEY), data: null, charts: [], groups: null, group: null };
  const $ = (id) => document.getElementById(id);

  // ---- language ----------------------------------------------------------------------------
  function supportedLocale(tag) {
    if (/^zh\b/i.test(tag || '')) return 'zh-CN';
    if (/^en\b/i.test(tag || '')) return 'en';
    return null;
  }
  function t(key, values) {
    const text = key in TEXTS[state.locale] ? TEXTS[state.locale][key] : TEXTS.en[key];
    return values ? text.replace(/\{(\w+)\}/g, (all, name) => (values[name] === undefined ? all : values[name])) : text;
  }
  function term(table, code) {
    return TEXTS[state.locale][table][code] || code;
  }
  function applyTexts() {
    document.documentElement.lang = state.locale;
    for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
    for (const attribute of ['aria-label', 'placeholder']) {
      for (const node of document.querySelectorAll('[data-text-' + attribute + ']')) {
        node.setAttribute(attribute, t(node.getAttribute('data-text-' + attribute)));
      }
    }
    for (const button of document.querySelectorAll('.language-switch button')) {
      button.setAttribute('aria-pressed', String(button.lang === state.locale));
    }
    if (state.data) render(state.data);
    if (state.groups) renderGroups(state.groups);
  }
  function buildLanguageSwitch() {
    for (const [locale, name] of Object.entries(LOCALES)) {
      const button = el('button', 'ghost', name);
      button.type = 'button';
      button.lang = locale;
      button.addEventListener('click', () => {
        localStorage.setItem(LOCALE_KEY, locale);
        state.locale = locale;
        applyTexts();
      });
      document.querySelector('.language-switch').append(button);
    }
  }

  // ---- formatting --------------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  const percent = (share) => (share === null || share === undefined ? t('none') : (100 * share).toFixed(1) + '%');
  function duration(seconds) {
    if (seconds === null || seconds === undefined) return t('none');
    const units = TEXTS[state.locale].units;
    if (seconds < 90) return units.s.replace('{n}', Math.round(seconds));
    if (seconds < 5400) return units.min.replace('{n}', Math.round(seconds / 60));
    return units.h.replace('{n}', (seconds / 3600).toFixed(1));
  }
  function when(at, bucket) {
    const options = bucket === 'hour' ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { month: 'short', day: 'numeric' };
    return new Date(at).toLocaleString(state.locale, Object.assign({ timeZone: 'UTC' }, options));
  }
  const day = (at) => new Date(at).toLocaleDateString(state.locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

  // ---- the range ---------------------------------------------------------------------------
  function query() {
    const span = $('range-span').value;
    const params = new URLSearchParams();
    if (span === 'custom') {
      if ($('range-from').value) params.set('from', $('range-from').value);
      if ($('range-to').value) params.set('to', $('range-to').value);
    } else if (span === '1') {
      params.set('hours', '24'); // up to the end of this hour, by the server's clock
    } else {
      params.set('days', span); // up to the end of today (UTC), by the server's clock
    }
    if ($('range-bucket').value) params.set('bucket', $('range-bucket').value);
    return params.toString();
  }

  function api(path, options) {
    return fetch(path, Object.assign({}, options, { headers: Object.assign({ Accept: 'application/json',
      Authorization: 'Bearer ' + state.token }, options && options.headers) }));
  }

  async function load() {
    const main = $('dashboard');
    main.setAttribute('aria-busy', 'true');
    const response = await api('/api/v1/admin/insights?' + query());
    const json = await response.json().catch(() => null);
    main.setAttribute('aria-busy', 'false');
    if (response.status === 401) return signIn();
    if (!response.ok) {
      refuse(response.status === 403 ? t('refused') : t('failed', { message: json && json.error ? json.error.message : response.status }));
      return;
    }
    $('refused').hidden = true;
    state.data = json;
    render(json);
    loadGroups();
  }

  function signIn() {
    location.replace('/agent?next=insights');
  }

  function refuse(message) {
    $('refused').textContent = message;
    $('refused').hidden = false;
    for (const part of document.querySelectorAll('#cards, .charts, #period')) part.hidden = true;
  }

  // ---- what is shown -----------------------------------------------------------------------
  function render(data) {
    const hours = Math.round((new Date(data.to) - new Date(data.from)) / 3600000);
    $('period').textContent = hours < 48
      ? t('periodHours', { from: when(data.from, 'hour'), to: when(data.to, 'hour'), hours })
      : t('period', { from: day(data.from), to: day(new Date(new Date(data.to) - 1)), days: Math.round(hours / 24) });
    const alerts = $('alerts');
    alerts.replaceChildren(...data.alerts.filter((a) => a.open).map((a) => el('p', 'alert-banner', '⚠ ' + a.message)));
    renderCards(data);
    for (const chart of state.charts) chart.destroy();
    state.charts = [];
    renderVolume(data);
    renderSentiment(data);
    renderReasons(data);
    renderTurns(data);
    renderIntents(data);
    renderAgents(data);
  }

  function renderCards(data) {
    const before = data.previous;
    const cards = [
      card('conversations', String(data.conversations), change(data.conversations, before.conversations, 'count', 0)),
      card('containment', percent(data.containmentRate), change(data.containmentRate, before.containmentRate, 'points', 1)),
      card('escalation', percent(data.escalationRate), change(data.escalationRate, before.escalationRate, 'points', -1)),
      card('csat', data.csat.average === null ? t('none') : data.csat.average.toFixed(2) + ' / 5',
        change(data.csat.average, before.csat.average, 'score', 1), t('ratings', { n: data.csat.responses })),
      card('firstResponse', duration(data.firstResponseSecondsP50),
        change(data.firstResponseSecondsP50, before.firstResponseSecondsP50, 'count', -1),
        data.firstResponseSecondsP90 === null ? '' : t('p90', { value: duration(data.firstResponseSecondsP90) })),
      card('resolution', duration(data.resolutionSecondsP50),
        change(data.resolutionSecondsP50, before.resolutionSecondsP50, 'count', -1),
        data.resolutionSecondsP90 === null ? '' : t('p90', { value: duration(data.resolutionSecondsP90) }))];
    $('cards').replaceChildren(...cards);
  }

  function card(key, value, changed, note) {
    const box = el('article', 'card');
    box.dataset.measure = key;
    box.append(el('h3', null, t(key)), el('div', 'value', value));
    if (note) box.append(el('div', 'change', note));
    box.append(changed);
    return box;
  }

  // The change against the period before: percent for counts and times, points for rates, a difference for scores;
  // {better} is 1 when up is good, -1 when down is, 0 when neither.
  function change(now, before, kind, better) {
    const line = el('div', 'change');
    if (now === null || before === null || now === undefined || before === undefined || (kind === 'count' && before === 0)) {
      line.textContent = t('vsBefore', { change: t('none') });
      return line;
    }
    const delta = kind === 'points' ? 100 * (now - before) : kind === 'score' ? now - before : 100 * (now - before) / before;
    if (Math.abs(delta) < 0.05) {
      line.textContent = t('vsBefore', { change: t('noChange') });
      return line;
    }
    const amount = (delta > 0 ? '▲ ' : '▼ ') + Math.abs(delta).toFixed(kind === 'score' ? 2 : 1)
      + (kind === 'points' ? ' pp' : kind === 'score' ? '' : '%');
    line.textContent = t('vsBefore', { change: amount });
    if (better !== 0) line.classList.add(Math.sign(delta) === better ? 'better' : 'worse');
    return line;
  }

  function chart(id, config, description) {
    const canvas = $(id);
    canvas.setAttribute('aria-label', description);
    state.charts.push(new Chart(canvas, config));
  }

  function renderVolume(data) {
    const labels = data.volume.map((p) => when(p.at, data.bucket));
    chart('volume-chart', {
      data: { labels, datasets: [
        { type: 'bar', label: t('contained'), data: data.volume.map((p) => p.contained), backgroundColor: COLOURS.calm, stack: 'c' },
        { type: 'bar', label: t('escalated'), data: data.volume.map((p) => p.escalated), backgroundColor: COLOURS.tense, stack: 'c' },
        { type: 'line', label: t('containmentRate'), data: data.volume.map((p) => (p.conversations ? 100 * p.contained / p.conversations : null)),
          borderColor: COLOURS.accent, backgroundColor: COLOURS.accent, yAxisID: 'rate', spanGaps: false }] },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        rate: { position: 'right', min: 0, max: 100, ticks: { callback: (v) => v + '%' }, grid: { drawOnChartArea: false } } } }
    }, t('chartVolume', { bucket: t(data.bucket) }));
    table('volume-table', 'conversations', [t('at'), t('conversations'), t('contained'), t('escalated'), t('containmentRate')],
      data.volume.map((p) => [when(p.at, data.bucket), p.conversations, p.contained, p.escalated,
        p.conversations ? percent(p.contained / p.conversations) : t('none')]));
  }

  function renderSentiment(data) {
    const labels = data.sentiment.map((p) => when(p.at, data.bucket));
    const line = (label, colour, values) => ({ label, data: values, borderColor: colour, backgroundColor: colour, spanGaps: false });
    const share = (key) => data.sentiment.map((p) => (p.messages ? 100 * p[key] : null));
    chart('sentiment-chart', {
      type: 'line',
      data: { labels, datasets: [line(t('negativeShare'), COLOURS.tense, share('negativeShare')),
        line(t('angryShare'), COLOURS.angry, share('angryShare'))] },
      options: { scales: { y: { beginAtZero: true, ticks: { callback: (v) => v + '%' } } } }
    }, t('chartSentiment', { bucket: t(data.bucket) }));
    table('sentiment-table', 'sentiment', [t('at'), t('messages'), t('negativeShare'), t('angryShare'), t('averageAnger')],
      data.sentiment.map((p) => [when(p.at, data.bucket), p.messages, percent(p.negativeShare), percent(p.angryShare),
        p.averageAnger.toFixed(2)]));
  }

  function renderReasons(data) {
    const counts = REASONS.map((r) => data.escalationsByReason[r] || 0);
    chart('reasons-chart', bars(REASONS.map((r) => term('reasons', r)), counts, COLOURS.series), t('chartReasons'));
    table('reasons-table', 'escalations', [t('reason'), t('count')], REASONS.map((r, i) => [term('reasons', r), counts[i]]));
  }

  function renderTurns(data) {
    const total = data.botTurns.total;
    const counts = ACTIONS.map((a) => data.botTurns[a] || 0);
    chart('turns-chart', bars(ACTIONS.map((a) => term('actions', a)), counts, COLOURS.series), t('chartTurns'));
    table('turns-table', 'bot-turns', [t('action'), t('count'), t('share')],
      ACTIONS.map((a, i) => [term('actions', a), counts[i], total ? percent(counts[i] / total) : t('none')]));
  }

  function renderIntents(data) {
    chart('intents-chart', bars(data.topIntents.map((i) => i.name), data.topIntents.map((i) => i.count), [COLOURS.accent]),
      t('chartIntents'));
    table('intents-table', 'intents', [t('intent'), t('count')], data.topIntents.map((i) => [i.name, i.count]));
  }

  function renderAgents(data) {
    table('agents-table', 'agents', [t('agent'), t('handled'), t('resolved'), t('firstResponse'), t('csatShort')],
      data.agents.map((a) => [a.agent, a.handled, a.resolved, duration(a.firstResponseSecondsP50),
        a.csat.average === null ? t('none') : a.csat.average.toFixed(2) + ' (' + a.csat.responses + ')']));
  }

  function bars(labels, values, colours) {
    return { type: 'bar', data: { labels, datasets: [{ data: values, backgroundColor: colours }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } } } };
  }

  // A table of the figures (the first column names each row) with a CSV download of the same rows.
  function table(containerId, name, headings, rows) {
    const box = $(containerId);
    if (!rows.length) {
      box.replaceChildren(el('p', 'muted', t('noData')));
      return;
    }
    const figures = el('table', 'figures');
    const head = el('tr');
    headings.forEach((h, i) => head.append(Object.assign(el('th', i ? 'number' : null, h), { scope: 'col' })));
    figures.append(el('thead'), el('tbody'));
    figures.tHead.append(head);
    for (const row of rows) {
      const line = el('tr');
      row.forEach((cell, i) => line.append(i ? el('td', 'number', cell) : Object.assign(el('th', null, cell), { scope: 'row' })));
      figures.tBodies[0].append(line);
    }
    const csv = [headings, ...rows].map((row) => row.map((cell) => '"' + String(cell).replace(/"/g, '""') + '"').join(',')).join('\r\n');
    const download = el('a', 'export ghost button', t('csv'));
    download.href = URL.createObjectURL(new Blob(['\ufeff' + csv], { type: 'text/csv;charset=utf-8' }));
    download.download = 'chatdesk-' + name + '-' + state.data.from.slice(0, 10) + '-' + state.data.to.slice(0, 10) + '.csv';
    box.replaceChildren(figures, download);
  }

  // ---- unanswered questions ----------------------------------------------------------------
  async function loadGroups() {
    state.groups = null;
    $('unanswered-table').replaceChildren(el('p', 'muted', t('grouping')));
    const response = await api('/api/v1/admin/insights/unanswered?' + query());
    if (!response.ok) return; // the measures' call says why
    state.groups = await response.json();
    renderGroups(state.groups);
  }

  function renderGroups(groups) {
    table('unanswered-table', 'unanswered', [t('example'), t('language'), t('asked'), t('lastAsked'), ''],
      groups.map((g) => [g.example, g.language, g.count, when(g.lastAt, 'hour'), '']));
    const rows = document.querySelectorAll('#unanswered-table tbody tr');
    groups.forEach((group, i) => {
      const open = el('button', 'ghost', t('review'));
      open.type = 'button';
      open.setAttribute('aria-label', t('reviewGroup', { example: group.example }));
      open.addEventListener('click', () => openGroup(group, rows[i]));
      rows[i].lastChild.replaceChildren(open);
      if (group.drafted) rows[i].classList.add('drafted');
    });
  }

  function openGroup(group, row) {
    state.group = { group, row };
    $('group-heading').textContent = group.example;
    $('group-meta').textContent = t('groupMeta', { count: group.count, conversations: group.conversationIds.length,
      at: when(group.lastAt, 'hour') });
    $('group-questions').replaceChildren(...group.questions.map((question) => {
      const item = el('li');
      const label = el('label');
      const box = Object.assign(el('input'), { type: 'checkbox', checked: true, value: question });
      label.append(box, ' ' + question);
      item.append(label);
      return item;
    }));
    for (const id of ['intent-name', 'intent-title', 'intent-answer', 'article-id', 'article-body']) $(id).value = '';
    $('article-title').value = group.example;
    $('intent-title').value = '';
    $('draft-result').textContent = '';
    $('group-dialog').showModal();
    $('intent-name').focus();
  }

  function draftKind() {
    return document.querySelector('#draft-form input[name=kind]:checked').value;
  }

  async function saveDraft() {
    const { group, row } = state.group;
    const questions = [...document.querySelectorAll('#group-questions input:checked')].map((box) => box.value);
    const result = $('draft-result');
    result.classList.remove('error');
    if (!questions.length) {
      result.classList.add('error');
      result.textContent = t('pickOne');
      return;
    }
    const intent = draftKind() === 'intent';
    const body = intent
      ? { name: $('intent-name').value.trim(), language: group.language, title: $('intent-title').value.trim() || null,
        examples: questions, answer: $('intent-answer').value.trim() || null }
      : { id: $('article-id').value.trim(), language: group.language, title: $('article-title').value.trim(),
        body: $('article-body').value.trim(), questions };
    const response = await api('/api/v1/admin/drafts/' + (intent ? 'intents' : 'articles'),
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      result.classList.add('error');
      result.textContent = json && json.error ? json.error.message : String(response.status);
      return;
    }
    result.textContent = t('drafted', { draft: json.draft, file: json.file });
    group.drafted = true;
    row.classList.add('drafted');
  }

  function wireDialog() {
    for (const radio of document.querySelectorAll('#draft-form input[name=kind]')) {
      radio.addEventListener('change', () => {
        $('intent-fields').hidden = draftKind() !== 'intent';
        $('article-fields').hidden = draftKind() !== 'article';
      });
    }
    $('draft-save').addEventListener('click', saveDraft);
    $('draft-close').addEventListener('click', () => $('group-dialog').close());
  }

  // ---- start -------------------------------------------------------------------------------
  function start() {
    const asked = [new URLSearchParams(location.search).get('lang'), localStorage.getItem(LOCALE_KEY), navigator.language];
    state.locale = asked.map(supportedLocale).find(Boolean) || 'en';
    buildLanguageSwitch();
    applyTexts();
    if (!state.token) return signIn();
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
    wireDialog();
    $('range-span').addEventListener('change', () => { $('custom-range').hidden = $('range-span').value !== 'custom'; });
    $('range').addEventListener('submit', (event) => {
      event.preventDefault();
      load();
    });
    load();
  }

  start();
})();
