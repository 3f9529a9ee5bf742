// Chatdesk agent console: plain JavaScript, no framework, no build step.
// Every text from customers, the bot and agents is put on the page with textContent, never as HTML.
'use strict';

(() => {
  const TOKEN_KEY = 'chatdesk.agent.token';
  const LOCALE_KEY = 'chatdesk.agent.locale';
  // The languages of the console, each named in itself, as the switch in the header offers them.
  const LOCALES = { en: 'English', 'zh-CN': '中文' };

  // Every text the console shows itself, in English and Simplified Chinese. index.html names its
  // texts with data-text="key" (an element's text) and data-text-ATTRIBUTE="key" (an attribute's).
  // Tables of names (reasons, status, ...) name codes from the server; a code without a name shows as it is.
  const TEXTS = {
    en: {
      pageTitle: 'Chatdesk · Agent console', skip: 'Skip to the conversation', language: 'Language',
      signInIntro: 'Sign in to the agent console.', username: 'Username', password: 'Password', signIn: 'Sign in',
      agentConsole: 'agent console', insightsLink: 'Insights', team: 'Team', signOut: 'Sign out', close: 'Close', closeTeam: 'Close the team view',
      accounts: 'Accounts', displayName: 'Name customers see', displayNameHint: 'Name customers see (optional)', noDisplayName: 'none: customers see “our team”', role: 'Role', status: 'Status', action: 'Action', addAccount: 'Add an account',
      newPassword: 'Password (at least 10 characters)', roleAgent: 'Agent', roleAdmin: 'Admin', add: 'Add',
      auditLog: 'Audit log', auditNote: '(newest first; it cannot be changed)', recentActions: 'Recent actions',
      when: 'When', who: 'Who', target: 'Target', from: 'From',
      queue: 'Queue', queueEmpty: 'No one is waiting. Escalated conversations appear here as they come in.',
      inbox: 'Inbox', viewMine: 'Mine', viewUnassigned: 'Unassigned', viewOpen: 'All open', viewResolved: 'Resolved',
      search: 'Search conversations', searchPlaceholder: 'Search name, e-mail, order number, words…', filters: 'Filters',
      channel: 'Channel', agentFilter: 'Agent', reasonFilter: 'Escalated for', fromDay: 'Active from', toDay: 'Active until',
      any: 'Any', showMore: 'Show more', nothingFound: 'No conversation matches.',
      savedReplies: 'Saved replies', savedRepliesNote: '(type / and the shortcut in the reply box; {customer.firstName}, {customer.name}, {order_number} and {agent.name} are filled in)',
      shortcut: 'Shortcut', replyText: 'Text', shortcutHint: 'Shortcut (such as refund-time)', replyTextHint: 'Text', save: 'Save',
      deleteReply: 'Delete /{shortcut}', delete: 'Delete',
      order: 'Order', orderUnknown: 'The shop has no order {number}.', orderUnavailable: 'The shop did not answer: {error}',
      orderTotal: 'Total {amount}', orderTracking: 'Track with {carrier}', orderPlaced: 'placed {day}',
      emptyMine: 'You have no conversations. Claim one from Unassigned.', emptyOpen: 'No open conversations.',
      emptyResolved: 'No resolved conversations yet.',
      pick: 'Pick a conversation from the queue.', conversationActions: 'Conversation actions',
      shortcuts: 'Keys: Alt+J / Alt+K next / previous, Alt+C claim, Alt+R resolve',
      resolveUnanswered: 'Nobody from the team has answered this customer yet. Close the conversation anyway?',
      resolveAnyway: 'Close without an answer', keepOpen: 'Keep it open',
      claim: 'Claim', transferTo: 'Transfer to', transfer: 'Transfer', release: 'Release to bot', resolve: 'Resolve',
      history: 'Conversation history', sendAs: 'Send as', reply: 'Reply', internalNote: 'Internal note', message: 'Message',
      send: 'Send', aboutCustomer: 'About this customer', sentiment: 'Sentiment', suggestedReplies: 'Suggested replies',
      helpArticles: 'Help articles', earlierConversations: 'Earlier conversations',
      customerProfile: 'Customer', tags: 'Tags', addTag: 'Add tag', tagPlaceholder: 'vip, wholesale…', removeTag: 'Remove the tag {tag}',
      customerSince: 'Customer since {day}', conversationCount: '{n} conversations', csatFacts: 'rated {average} / 5 ({n})',
      noRatings: 'no ratings', knownOn: 'on {identities}', profileUnavailable: 'The profile could not be read: {error}',
      moodOverTime: 'Anger in the customer’s last {count} messages, over all their conversations.',
      moodPoint: '{day}: {sentiment}, anger {percent}', moodCaption: 'Across {conversations} conversations: {angry} of {count} messages angry.',
      outcomes: { contained: 'handled by the bot', waiting: 'waiting', with_agent: 'with an agent', resolved: 'resolved by an agent',
        handed_back: 'handed back to the bot' },

      connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', serverAnswered: 'The server answered {status}.',
      admin: '{name} (admin)', visitor: 'Visitor', typing: '{name} is typing…',
      justNow: 'just now', minutes: '{m} min', hoursMinutes: '{h} h {m} min',
      startedAgo: 'started {time} ago', startedJustNow: 'started just now',
      escalatedAgo: 'escalated {time} ago', escalatedJustNow: 'escalated just now',
      anger: 'anger {percent}', overdue: 'overdue', withAgent: 'with {name}', waiting: 'waiting', via: 'via {channel}',
      writeReply: 'Write a reply… (Enter sends, Shift+Enter for a new line)',
      claimToReply: 'Claim the conversation to reply; you can add internal notes now.',
      customer: 'Customer', bot: 'Bot', agent: 'Agent', system: 'System', noteBy: 'Note by {name}',
      sources: 'Sources: {titles}', buttons: 'Buttons: {titles}', comma: ', ',
      reveal: 'Reveal', revealLabel: 'Reveal the personal data in this message (recorded in the audit log)',
      intent: 'intent: {intent}', outOfScope: 'out of scope',
      noCustomerMessages: 'No customer messages yet.',
      trendLabel: 'Anger over {count} customer messages, last {percent}',
      trendPoint: '#{seq}: {sentiment}, anger {percent}',
      trendCaption: 'Last message: {sentiment}, anger {percent}. The dashed line is the escalation level.',
      insertReply: 'Insert this reply', nothingToSuggest: 'Nothing to suggest.', insertLink: 'Insert link',
      insertLinkTo: 'Insert a link to {title}', noArticle: 'No article fits.', noneKnown: 'None we know of.',
      handedBack: 'You handed this conversation back to the bot. Claim it to answer again.', resolved: 'You closed this conversation.',
      passedTo: 'You passed this conversation to {name}.', noOtherAgents: 'No other agents',
      active: 'Active', disabled: 'Disabled', enable: 'Enable', disable: 'Disable',
      enableAccount: 'Enable {name}', disableAccount: 'Disable {name}',

      reasons: { anger: 'Angry customer', requested: 'Asked for a person', bot_failed: 'Bot could not help', rule: 'Escalation rule' },
      statuses: { bot: 'With the bot', waiting_for_agent: 'Waiting for an agent', with_agent: 'With an agent', closed: 'Closed' },
      languages: { zh: '中文 Chinese' }
    },
    'zh-CN': {
      pageTitle: 'Chatdesk · 客服工作台', skip: '跳到对话', language: '语言',
      signInIntro: '登录客服工作台。', username: '用户名', password: '密码', signIn: '登录',
      agentConsole: '客服工作台', insightsLink: '数据洞察', team: '团队', signOut: '退出登录', close: '关闭', closeTeam: '关闭团队视图',
      accounts: '账号', displayName: '客户看到的名字', displayNameHint: '客户看到的名字（可选）', noDisplayName: '未设置：客户看到“客服团队”', role: '角色', status: '状态', action: '操作', addAccount: '添加账号',
      newPassword: '密码（至少 10 个字符）', roleAgent: '客服', roleAdmin: '管理员', add: '添加',
      auditLog: '审计日志', auditNote: '（最新的在前，不可更改）', recentActions: '最近的操作',
      when: '时间', who: '操作人', target: '对象', from: '来源地址',
      queue: '等待队列', queueEmpty: '暂无等待的客户。转人工的对话会实时出现在这里。',
      inbox: '收件箱', viewMine: '我的', viewUnassigned: '待接入', viewOpen: '全部进行中', viewResolved: '已结束',
      search: '搜索对话', searchPlaceholder: '搜索姓名、邮箱、订单号、内容…', filters: '筛选',
      channel: '渠道', agentFilter: '客服', reasonFilter: '转人工原因', fromDay: '最近活动起', toDay: '最近活动止',
      any: '全部', showMore: '显示更多', nothingFound: '没有符合条件的对话。',
      savedReplies: '快捷回复', savedRepliesNote: '（在回复框输入 / 加快捷词；{customer.firstName}、{customer.name}、{order_number} 和 {agent.name} 会自动填入）',
      shortcut: '快捷词', replyText: '内容', shortcutHint: '快捷词（例如 refund-time）', replyTextHint: '内容', save: '保存',
      deleteReply: '删除 /{shortcut}', delete: '删除',
      order: '订单', orderUnknown: '商城里没有订单 {number}。', orderUnavailable: '商城没有响应：{error}',
      orderTotal: '合计 {amount}', orderTracking: '{carrier} 物流跟踪', orderPlaced: '{day} 下单',
      emptyMine: '你没有正在处理的对话。可以从“待接入”中接入。', emptyOpen: '没有进行中的对话。',
      emptyResolved: '还没有已结束的对话。',
      pick: '请从队列中选择一个对话。', conversationActions: '对话操作',
      shortcuts: '快捷键：Alt+J / Alt+K 下一个 / 上一个，Alt+C 接入，Alt+R 结束对话',
      resolveUnanswered: '还没有客服回复过这位客户。仍然结束这个对话吗？',
      resolveAnyway: '不回复直接结束', keepOpen: '先不结束',
      claim: '接入', transferTo: '转给', transfer: '转接', release: '交还机器人', resolve: '结束对话',
      history: '对话记录', sendAs: '发送方式', reply: '回复客户', internalNote: '内部备注', message: '消息',
      send: '发送', aboutCustomer: '客户信息', sentiment: '情绪', suggestedReplies: '推荐回复',
      helpArticles: '帮助文章', earlierConversations: '历史对话',
      customerProfile: '客户', tags: '标签', addTag: '添加标签', tagPlaceholder: 'VIP、批发客户…', removeTag: '删除标签 {tag}',
      customerSince: '{day} 起成为客户', conversationCount: '{n} 次对话', csatFacts: '评分 {average} / 5（{n} 次）',
      noRatings: '暂无评分', knownOn: '渠道：{identities}', profileUnavailable: '无法读取客户资料：{error}',
      moodOverTime: '该客户所有对话中最近 {count} 条消息的愤怒程度。',
      moodPoint: '{day}：{sentiment}，愤怒度 {percent}', moodCaption: '共 {conversations} 次对话：{count} 条消息中 {angry} 条带有愤怒。',
      outcomes: { contained: '机器人解决', waiting: '等待人工', with_agent: '人工处理中', resolved: '客服已解决', handed_back: '已交回机器人' },

      connecting: '连接中…', live: '已连接', reconnecting: '正在重新连接…', serverAnswered: '服务器返回了错误（{status}）。',
      admin: '{name}（管理员）', visitor: '访客', typing: '{name} 正在输入…',
      justNow: '刚刚', minutes: '{m} 分钟', hoursMinutes: '{h} 小时 {m} 分钟',
      startedAgo: '{time}前开始', startedJustNow: '刚刚开始',
      escalatedAgo: '{time}前转人工', escalatedJustNow: '刚刚转人工',
      anger: '愤怒 {percent}', overdue: '已超时', withAgent: '由 {name} 处理', waiting: '等待中', via: '渠道：{channel}',
      writeReply: '输入回复…（Enter 发送，Shift+Enter 换行）',
      claimToReply: '接入对话后才能回复客户；现在可以先写内部备注。',
      customer: '客户', bot: '机器人', agent: '客服', system: '系统', noteBy: '{name} 的备注',
      sources: '参考文章：{titles}', buttons: '按钮：{titles}', comma: '、',
      reveal: '显示原文', revealLabel: '显示此消息中的个人信息（会记入审计日志）',
      intent: '意图：{intent}', outOfScope: '超出范围',
      noCustomerMessages: '还没有客户消息。',
      trendLabel: '{count} 条客户消息的愤怒程度，最新一条 {percent}',
      trendPoint: '#{seq}：{sentiment}，愤怒 {percent}',
      trendCaption: '最新消息：{sentiment}，愤怒 {percent}。虚线为转人工的阈值。',
      insertReply: '插入这条回复', nothingToSuggest: '暂无推荐。', insertLink: '插入链接',
      insertLinkTo: '插入《{title}》的链接', noArticle: '没有合适的文章。', noneKnown: '暂无记录。',
      handedBack: '你已将此对话交还给机器人。如需再次回复，请接入。', resolved: '你已结束此对话。',
      passedTo: '你已将此对话转给 {name}。', noOtherAgents: '没有其他客服',
      active: '启用中', disabled: '已停用', enable: '启用', disable: '停用',
      enableAccount: '启用 {name}', disableAccount: '停用 {name}',

      reasons: { anger: '客户情绪激动', requested: '客户要求人工', bot_failed: '机器人无法解答', rule: '转人工规则' },
      statuses: { bot: '机器人接待中', waiting_for_agent: '等待人工客服', with_agent: '人工客服接待中', closed: '已结束' },
      languages: { zh: '中文' },
      sentiments: { negative: '负面', neutral: '中性', positive: '正面' },
      roles: { agent: '客服', admin: '管理员' },
      channels: { web: '网页' },
      targets: { conversation: '对话', agent: '账号', article: '文章', customer: '客户' },
      actions: {
        login: '登录', login_failed: '登录失败', logout: '退出登录', password_changed: '修改密码',
        conversation_viewed: '查看对话', conversation_claimed: '接入对话', agent_replied: '客服回复', note_added: '添加备注',
        personal_data_revealed: '显示个人信息', conversation_transferred: '转接对话', conversation_released: '交还机器人',
        conversation_resolved: '结束对话', agent_created: '创建账号', agent_disabled: '停用账号', agent_enabled: '启用账号',
        article_saved: '保存文章', saved_reply_saved: '保存快捷回复', saved_reply_deleted: '删除快捷回复', article_deleted: '删除文章', articles_imported: '导入文章', customer_exported: '导出客户数据',
        customer_erased: '删除客户数据', audit_log_read: '查看审计日志', keys_rotated: '轮换密钥', retention_erased: '到期数据删除'
      },
      // The server's errors by code; one without a text here shows the server's own message.
      errors: {
        unauthorized: '用户名或密码不正确。', account_disabled: '此账号已被停用，请联系管理员。',
        login_locked: '登录失败次数过多，请稍后再试。', rate_limited: '操作过于频繁，请稍后再试。', overloaded: '服务器繁忙，请稍后再试。',
        not_found: '找不到该对话或账号。', not_your_conversation: '这不是你负责的对话。', already_claimed: '其他客服已接入此对话。',
        not_waiting: '此对话没有在等待人工客服。', not_claimed: '请先接入此对话再回复。', already_assigned: '该客服已经在处理此对话。',
        not_escalated: '此对话不在人工客服处理中。', already_closed: '此对话已经结束。', username_taken: '已有同名账号。',
        cannot_disable_self: '不能停用自己的账号。', internal_error: '服务器出错了，请重试。'
      }
    }
  };

  const state = { token: null, me: null, queue: [], open: null, socket: null, retry: 1000, typingSentAt: 0, typingTimer: null,
    locale: 'en', connection: 'connecting', notice: null, view: 'unassigned', list: [], next: null, counts: null,
    agents: [], savedReplies: [], menu: [], menuAt: 0, alertsTimer: null, profile: null, profileKey: null };
  // The inbox's views: what each lists, as the search API's filters.
  const VIEWS = { mine: 'status=with_agent&assignee=me', unassigned: 'status=waiting_for_agent', open: 'status=open',
    resolved: 'status=closed' };
  const $ = (id) => document.getElementById(id);
  const MASKED = /\[(email|phone|iban|id number|card ••••\d{4})\]/;

  // ---- language ----------------------------------------------------------------------------
  // The console's language for a language tag: zh* is Simplified Chinese, en* English, anything else none.
  function supportedLocale(tag) {
    if (/^zh\b/i.test(tag || '')) return 'zh-CN';
    if (/^en\b/i.test(tag || '')) return 'en';
    return null;
  }
  // ?lang= in the address, else the agent's saved choice, else the page's lang, else the browser's language.
  function chosenLocale() {
    const asked = [new URLSearchParams(location.search).get('lang'), localStorage.getItem(LOCALE_KEY),
      document.documentElement.getAttribute('lang'), navigator.language];
    return asked.map(supportedLocale).find(Boolean) || 'en';
  }
  // A text of the console's language, with {name} filled from the values.
  function t(key, values) {
    const text = key in TEXTS[state.locale] ? TEXTS[state.locale][key] : TEXTS.en[key];
    return values ? text.replace(/\{(\w+)\}/g, (all, name) => (values[name] === undefined ? all : values[name])) : text;
  }
  // The name of a server's code in a table of names, else the fallback (the code itself unless given).
  function term(table, code, fallback) {
    const names = Object.assign({}, TEXTS.en[table], TEXTS[state.locale][table]);
    return names[code] || (fallback === undefined ? code : fallback);
  }
  // What an error says: the console's own text for a known error code, else the server's message.
  function errorText(e) {
    return term('errors', e.code, e.message);
  }

  // Puts the language's texts on the page: the static ones of index.html and all that is shown now.
  function applyTexts() {
    document.documentElement.lang = state.locale;
    for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
    for (const attribute of ['aria-label', 'placeholder', 'title']) {
      for (const node of document.querySelectorAll('[data-text-' + attribute + ']')) {
        node.setAttribute(attribute, t(node.getAttribute('data-text-' + attribute)));
      }
    }
    for (const option of document.querySelectorAll('#filter-reason option[value]:not([value=""])')) {
      option.textContent = term('reasons', option.value);
    }
    for (const button of document.querySelectorAll('.language-switch button')) {
      button.setAttribute('aria-pressed', String(button.lang === state.locale));
    }
    renderConnection();
    renderNotice();
    if (!state.me) return;
    renderMe();
    renderQueue();
    if (state.open) renderConversation(state.open);
    loadAgents();
    if (!$('team-view').hidden) refreshTeam();
  }

  // The switch English / 中文 in the header (and on the sign-in form): the choice is saved for next time.
  function buildLanguageSwitches() {
    for (const box of document.querySelectorAll('.language-switch')) {
      for (const [locale, name] of Object.entries(LOCALES)) {
        const button = el('button', 'ghost', name);
        button.type = 'button';
        button.lang = locale;
        button.addEventListener('click', () => switchLocale(locale));
        box.append(button);
      }
    }
  }

  function switchLocale(locale) {
    localStorage.setItem(LOCALE_KEY, locale);
    const address = new URL(location.href);
    if (address.searchParams.has('lang')) { // else a reload would go back to the address's language
      address.searchParams.delete('lang');
      history.replaceState(history.state, '', address);
    }
    state.locale = locale;
    applyTexts();
  }

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function percent(x) {
    return Math.round(x * 100) + '%';
  }
  function minutesSince(iso) {
    return Math.floor(Math.max(0, (Date.now() - Date.parse(iso)) / 1000) / 60);
  }
  // How long ago: 'just now', '5 min', '1 h 20 min'.
  function ago(iso) {
    const minutes = minutesSince(iso);
    if (minutes < 1) return t('justNow');
    if (minutes < 60) return t('minutes', { m: minutes });
    return t('hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  }
  // Something that happened at a time, as a phrase: 'started 5 min ago', 'escalated just now'.
  function happened(what, iso) {
    return minutesSince(iso) < 1 ? t(what + 'JustNow') : t(what + 'Ago', { time: ago(iso) });
  }
  function clock(iso) {
    return new Date(iso).toLocaleTimeString(state.locale, { hour: '2-digit', minute: '2-digit' });
  }
  function customerName(customer) {
    return (customer && (customer.name || customer.email || customer.externalId)) || t('visitor');
  }
  function agentName(agent) {
    return agent.role === 'admin' ? t('admin', { name: agent.username }) : agent.username;
  }
  function moodClass(anger) {
    if (anger === null || anger === undefined) return 'mood-unknown';
    if (anger >= 0.7) return 'mood-angry';
    if (anger >= 0.4) return 'mood-tense';
    return 'mood-calm';
  }

  // A round badge with a person's initials (two at most; a Chinese name's first character), coloured by the name:
  // agents' and customers' avatars until they have pictures.
  function avatar(name) {
    const words = String(name || '?').trim().split(/[\s._@-]+/).filter(Boolean);
    const initials = /^[\u3400-\u9fff]/.test(words[0] || '') ? words[0][0]
      : words.slice(0, 2).map((w) => w[0].toUpperCase()).join('');
    let hue = 0;
    for (const c of String(name || '')) hue = (hue * 31 + c.codePointAt(0)) % 360;
    const badge = el('span', 'avatar');
    badge.dataset.initials = initials || '?'; // drawn by CSS: the initials are not part of the text beside them
    badge.style.setProperty('--hue', String(hue));
    badge.setAttribute('aria-hidden', 'true');
    return badge;
  }

  // Markdown as help articles and the bot's answers use it, built as elements (never as HTML):
  // paragraphs, - and 1. lists, **bold**, *italic*, `code`, [links](https://...) and bare addresses (named by their site).
  function markdown(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    for (const line of String(text || '').split(/\n/)) {
      const item = /^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (item) {
        const ordered = item[1] !== undefined;
        if (!list || (list.tagName === 'OL') !== ordered) {
          list = el(ordered ? 'ol' : 'ul', 'md-list');
          fragment.append(list);
        }
        const li = el('li');
        inline(li, item[2]);
        list.append(li);
      } else if (line.trim()) {
        list = null;
        const p = el('p', 'md-p');
        inline(p, line.trim().replace(/^#+\s*/, ''));
        fragment.append(p);
      } else {
        list = null;
      }
    }
    return fragment;
  }
  function inline(parent, text) {
    const pattern = /\*\*(.+?)\*\*|\*(\S.*?)\*|`(.+?)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      parent.append(text.slice(at, match.index));
      if (match[1] !== undefined) parent.append(el('strong', null, match[1]));
      else if (match[2] !== undefined) parent.append(el('em', null, match[2]));
      else if (match[3] !== undefined) parent.append(el('code', null, match[3]));
      else {
        const address = match[5] || match[6];
        const link = el('a', null, match[4] || new URL(address).hostname); // as the widget shows it: no raw URL
        link.href = address;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        parent.append(link);
      }
      at = match.index + match[0].length;
    }
    parent.append(text.slice(at));
  }

  // ---- API ---------------------------------------------------------------------------------
  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return null;
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      if (response.status === 401 && path !== '/api/v1/auth/login') signedOut();
      const error = new Error(json && json.error ? json.error.message : t('serverAnswered', { status: response.status }));
      error.code = json && json.error ? json.error.code : undefined;
      throw error;
    }
    return json;
  }

  // ---- sign in and out -----------------------------------------------------------------------
  async function start() {
    state.token = sessionStorage.getItem(TOKEN_KEY);
    if (!state.token) return showLogin();
    try {
      state.me = await api('GET', '/api/v1/agent/me');
      showApp();
    } catch (e) {
      showLogin();
    }
  }

  function showLogin() {
    $('app-view').hidden = true;
    $('login-view').hidden = false;
    $('login-username').focus();
  }

  async function login(event) {
    event.preventDefault();
    $('login-error').textContent = '';
    try {
      const result = await api('POST', '/api/v1/auth/login', { username: $('login-username').value.trim(), password: $('login-password').value });
      state.token = result.token;
      sessionStorage.setItem(TOKEN_KEY, result.token);
      state.me = await api('GET', '/api/v1/agent/me');
      $('login-password').value = '';
      showApp();
    } catch (e) {
      $('login-error').textContent = errorText(e);
    }
  }

  async function logout() {
    try {
      await api('POST', '/api/v1/auth/logout');
    } finally {
      signedOut();
    }
  }

  function signedOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    clearTimeout(state.alertsTimer);
    state.token = null;
    state.me = null;
    state.open = null;
    state.connection = 'connecting';
    if (state.socket) {
      state.socket.onclose = null;
      state.socket.close();
      state.socket = null;
    }
    showLogin();
  }

  function showApp() {
    // Signed in for the insights dashboard (it sends admins here to sign in): back to it.
    if (state.me.role === 'admin' && new URLSearchParams(location.search).get('next') === 'insights') {
      location.replace('/insights');
      return;
    }
    $('login-view').hidden = true;
    $('app-view').hidden = false;
    renderMe();
    $('team').hidden = state.me.role !== 'admin';
    $('insights-link').hidden = state.me.role !== 'admin';
    loadAlerts();
    connect();
    refreshQueue();
    loadAgents();
    loadSavedReplies();
  }

  function renderMe() {
    clear($('me'));
    $('me').append(avatar(state.me.displayName || state.me.username), document.createTextNode(agentName(state.me)));
  }

  // The sentiment alerts open now, as a banner over the console; looked at again every minute.
  async function loadAlerts() {
    clearTimeout(state.alertsTimer);
    if (!state.token) return;
    try {
      const open = (await api('GET', '/api/v1/agent/alerts')).alerts;
      $('alert-banner').textContent = open.map((alert) => '⚠ ' + alert.message).join(' ');
      $('alert-banner').title = $('alert-banner').textContent;
      $('alert-banner').hidden = open.length === 0;
    } catch (e) {
      // the banner keeps what it showed; the next look may reach the server
    }
    state.alertsTimer = setTimeout(loadAlerts, 60000);
  }

  // ---- live events -------------------------------------------------------------------------
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + '/api/v1/agent/events');
    state.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'auth', token: state.token })); // never in the URL
      state.retry = 1000;
      setConnection('live');
      refreshQueue();
      if (state.open) refreshOpen(state.open.conversationId);
    };
    socket.onmessage = (event) => onEvent(JSON.parse(event.data));
    socket.onclose = () => {
      setConnection('reconnecting');
      if (state.token) setTimeout(connect, state.retry);
      state.retry = Math.min(state.retry * 2, 15000);
    };
  }

  // The connection's state: connecting, live, reconnecting, or an error (shown as it is).
  function setConnection(connection) {
    state.connection = connection;
    renderConnection();
  }
  function renderConnection() {
    const connection = state.connection;
    $('connection').textContent = typeof connection === 'string' ? t(connection) : errorText(connection);
    $('connection').className = 'connection' + ({ live: ' live', reconnecting: ' down' }[connection] || '');
  }

  let queueRefresh = null;
  function onEvent(event) {
    if (event.type === 'queue' || event.type === 'message') {
      clearTimeout(queueRefresh);
      queueRefresh = setTimeout(refreshQueue, 150);
    }
    const openId = state.open && state.open.conversationId;
    if (!openId || event.conversationId !== openId) return;
    if (event.type === 'message' || event.type === 'queue') {
      refreshOpen(openId);
    } else if (event.type === 'typing' && event.role === 'customer') {
      $('customer-typing').textContent = t('typing', { name: customerName(state.open.customer) });
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(() => { $('customer-typing').textContent = ''; }, 4000);
    }
  }

  // ---- the queue ---------------------------------------------------------------------------
  // The inbox: the counts of the views, and the chosen view's conversations (searched and
  // filtered when the agent asks). Unassigned without a search is the queue, with its escalations.
  async function refreshQueue() {
    try {
      const [counts, listed] = await Promise.all([api('GET', '/api/v1/agent/views'),
        showsQueue() ? api('GET', '/api/v1/agent/queue') : api('GET', listPath(null))]);
      state.counts = counts;
      if (showsQueue()) {
        state.queue = listed.filter((entry) => entry.status === 'waiting_for_agent'); // taken ones are in Mine
        state.list = [];
        state.next = null;
      } else {
        state.list = listed.items;
        state.next = listed.nextCursor;
      }
      renderQueue();
    } catch (e) {
      setConnection(e);
    }
  }

  function searching() {
    return Boolean($('search').value.trim() || ['channel', 'agent', 'reason', 'from', 'to'].some((f) => $('filter-' + f).value));
  }
  function showsQueue() {
    return state.view === 'unassigned' && !searching();
  }
  function listPath(cursor) {
    const query = new URLSearchParams(VIEWS[state.view]);
    const words = $('search').value.trim();
    if (words) query.set('q', words);
    for (const [filter, parameter] of [['channel', 'channel'], ['agent', 'assignee'], ['reason', 'reason'], ['from', 'from'], ['to', 'to']]) {
      const value = $('filter-' + filter).value;
      if (value && !(parameter === 'assignee' && query.has('assignee'))) query.set(parameter, value);
    }
    if (cursor) query.set('cursor', cursor);
    return '/api/v1/agent/conversations?' + query;
  }

  async function showMore() {
    try {
      const page = await api('GET', listPath(state.next));
      state.list = state.list.concat(page.items);
      state.next = page.nextCursor;
      renderQueue();
    } catch (e) {
      setConnection(e);
    }
  }

  function chooseView(view) {
    state.view = view;
    for (const button of document.querySelectorAll('.views .view')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
    refreshQueue();
  }

  // The conversations the list shows now, in order: what Alt+J / Alt+K walk through.
  function listedIds() {
    return showsQueue() ? state.queue.map((e) => e.conversationId) : state.list.map((c) => c.conversationId);
  }

  function renderQueue() {
    const counts = state.counts || {};
    for (const [view, id] of [['mine', 'count-mine'], ['unassigned', 'queue-count'], ['open', 'count-open'], ['resolved', 'count-resolved']]) {
      $(id).textContent = String(counts[view] === undefined ? 0 : counts[view]);
    }
    const list = $('queue');
    clear(list);
    const shown = listedIds().length;
    const empty = searching() ? 'nothingFound' : { mine: 'emptyMine', unassigned: 'queueEmpty', open: 'emptyOpen', resolved: 'emptyResolved' }[state.view];
    $('queue-empty').textContent = t(empty);
    $('queue-empty').hidden = shown > 0;
    $('more').hidden = showsQueue() || !state.next;
    if (!showsQueue()) {
      for (const c of state.list) list.append(listItem(c));
      return;
    }
    for (const entry of state.queue) {
      const item = el('li');
      const button = el('button', 'queue-item ' + moodClass(entry.anger));
      button.type = 'button';
      button.dataset.conversationId = entry.conversationId;
      if (state.open && state.open.conversationId === entry.conversationId) button.setAttribute('aria-current', 'true');
      const top = el('span', 'queue-top');
      top.append(avatar(customerName(entry.customer)), el('strong', 'queue-name', customerName(entry.customer)),
        el('span', 'queue-wait', ago(entry.escalatedAt)));
      const tags = el('span', 'queue-tags');
      tags.append(el('span', 'tag reason-' + entry.reason, term('reasons', entry.reason)));
      if (entry.anger !== null && entry.anger !== undefined) tags.append(el('span', 'tag ' + moodClass(entry.anger), t('anger', { percent: percent(entry.anger) })));
      if (entry.overdue) tags.append(el('span', 'tag overdue', t('overdue')));
      tags.append(el('span', 'tag', entry.assignee ? t('withAgent', { name: entry.assignee }) : t('waiting')));
      if (entry.channel && entry.channel !== 'web') tags.append(el('span', 'tag', term('channels', entry.channel)));
      const last = [...entry.lastMessages].reverse().find((m) => m.role === 'customer');
      button.append(top, tags, el('span', 'queue-preview', last ? last.text : entry.summary || ''));
      button.addEventListener('click', () => openConversation(entry.conversationId, true));
      item.append(button);
      list.append(item);
    }
  }

  // A conversation of a view or a search: who, when it was last active, its status and agent, its last message.
  function listItem(c) {
    const item = el('li');
    const button = el('button', 'queue-item');
    button.type = 'button';
    button.dataset.conversationId = c.conversationId;
    if (state.open && state.open.conversationId === c.conversationId) button.setAttribute('aria-current', 'true');
    const top = el('span', 'queue-top');
    top.append(avatar(customerName(c.customer)), el('strong', 'queue-name', customerName(c.customer)),
      el('span', 'queue-wait', ago(c.lastMessageAt)));
    const tags = el('span', 'queue-tags');
    tags.append(el('span', 'tag status-' + c.status, term('statuses', c.status)));
    if (c.assignee) tags.append(el('span', 'tag', t('withAgent', { name: c.assigneeName || c.assignee })));
    if (c.channel && c.channel !== 'web') tags.append(el('span', 'tag', term('channels', c.channel)));
    button.append(top, tags, el('span', 'queue-preview', c.snippet || ''));
    button.addEventListener('click', () => openConversation(c.conversationId, true));
    item.append(button);
    return item;
  }

  // ---- one conversation --------------------------------------------------------------------
  // The agent opens a conversation: it is the one shown from now on.
  async function openConversation(id, focus) {
    state.wanted = id;
    await showConversation(id, focus);
  }

  // Shows the conversation afresh (after an event), unless the agent has moved on or closed it meanwhile.
  async function refreshOpen(id) {
    if (state.wanted === id) await showConversation(id, false);
  }

  async function showConversation(id, focus) {
    try {
      const conversation = await api('GET', '/api/v1/agent/conversations/' + encodeURIComponent(id));
      if (state.wanted !== id) return;
      state.open = conversation;
      renderConversation(conversation);
      renderQueue();
      if (focus) $('conversation').focus();
    } catch (e) {
      if (state.open && state.open.conversationId === id) closeConversation(() => errorText(e));
      else showError(e);
    }
  }

  // The open conversation went out of reach (handed back, closed or taken by someone else): why() says why.
  function closeConversation(why) {
    state.open = null;
    state.wanted = null;
    state.notice = why;
    $('conversation-view').hidden = true;
    $('context').hidden = true;
    $('no-conversation').hidden = false;
    renderNotice();
    renderQueue();
  }

  // What the conversation pane shows when no conversation is open.
  function renderNotice() {
    const box = $('no-conversation');
    clear(box);
    if (state.notice) box.append(el('p', null, state.notice()));
    box.append(el('p', state.notice ? 'muted' : null, t('pick')));
  }

  function renderConversation(c) {
    $('no-conversation').hidden = true;
    $('conversation-view').hidden = false;
    $('context').hidden = false;
    $('conversation-title').textContent = customerName(c.customer);
    const meta = [term('statuses', c.status)];
    if (c.assignee) meta.push(t('withAgent', { name: c.assignee }));
    meta.push(t('via', { channel: term('channels', c.channel) }));
    if (c.customer && c.customer.email) meta.push(c.customer.email);
    meta.push(happened('started', c.createdAt));
    const line = $('conversation-meta');
    clear(line);
    meta.forEach((part, i) => line.append(i ? ' · ' : '', el('span', null, part))); // each part wraps as a whole

    const mine = c.status === 'with_agent' && c.assignee === state.me.username;
    $('claim').hidden = c.status !== 'waiting_for_agent' && c.status !== 'bot';
    $('conversation-notice').textContent = state.released === c.conversationId && c.status === 'bot' ? t('handedBack') : '';
    $('conversation-notice').hidden = !$('conversation-notice').textContent;
    $('release').disabled = !(mine || c.status === 'waiting_for_agent' || state.me.role === 'admin') || c.status === 'bot' || c.status === 'closed';
    $('resolve').disabled = c.status === 'closed';
    $('resolve-confirm').hidden = true;
    $('transfer').disabled = c.status === 'bot' || c.status === 'closed';
    $('send').disabled = false;
    $('reply-text').placeholder = mine ? t('writeReply') : t('claimToReply');

    renderEscalation(c);
    renderTranscript(c.messages);
    renderTrend(c.messages);
    renderSuggestions(c);
    loadProfile(c);
    loadOrder(c);
  }

  function renderEscalation(c) {
    const box = $('escalation');
    clear(box);
    if (!c.escalation) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const e = c.escalation;
    const head = el('p', 'escalation-head');
    head.append(el('strong', null, term('reasons', e.reason)), document.createTextNode(' · ' + happened('escalated', e.escalatedAt)));
    if (e.detail) head.append(document.createTextNode(' · ' + e.detail));
    box.append(head, el('p', 'escalation-summary', e.summary));
  }

  function renderTranscript(messages) {
    const log = $('transcript');
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    clear(log);
    for (const m of messages) {
      const item = el('li', 'msg msg-' + m.role);
      item.dataset.seq = String(m.seq);
      const who = { customer: t('customer'), bot: t('bot'), agent: m.author || t('agent'), system: t('system'),
        note: t('noteBy', { name: m.author || 'Chatdesk' }) }[m.role] || m.role;
      const head = el('div', 'msg-head');
      const time = el('time', 'msg-time', clock(m.createdAt));
      time.dateTime = m.createdAt;
      if (m.role === 'agent') head.append(avatar(m.author || t('agent')));
      head.append(el('span', 'msg-author', who), time);
      if (m.language && m.language !== 'en') head.append(el('span', 'msg-language', term('languages', m.language)));
      const body = el('div', 'msg-text');
      if (m.role === 'bot') body.append(markdown(m.text));
      else body.textContent = m.text;
      item.append(head, body);
      if (MASKED.test(m.text)) item.append(revealButton(m, body));
      if (m.nlu) item.append(nluLine(m.nlu));
      if (m.sources && m.sources.length) {
        const sources = el('div', 'msg-sources', t('sources', { titles: m.sources.map((s) => s.title).join(t('comma')) }));
        item.append(sources);
      }
      if (m.quickReplies && m.quickReplies.length) {
        item.append(el('div', 'msg-buttons', t('buttons', { titles: m.quickReplies.map((q) => q.title).join(' · ') })));
      }
      log.append(item);
    }
    if (atBottom || log.dataset.conversation !== (state.open && state.open.conversationId)) log.scrollTop = log.scrollHeight;
    log.dataset.conversation = state.open ? state.open.conversationId : '';
  }

  // Personal data the server stores masked: an agent may reveal the text as written (the server audits it).
  function revealButton(m, body) {
    const button = el('button', 'ghost reveal', t('reveal'));
    button.type = 'button';
    button.setAttribute('aria-label', t('revealLabel'));
    button.addEventListener('click', async () => {
      try {
        const revealed = await api('POST', '/api/v1/agent/conversations/' + encodeURIComponent(state.open.conversationId)
          + '/messages/' + encodeURIComponent(m.id) + '/reveal', {});
        body.textContent = revealed.text;
        button.remove();
      } catch (e) {
        button.textContent = errorText(e);
        button.disabled = true;
      }
    });
    return button;
  }

  function nluLine(nlu) {
    const line = el('div', 'nlu');
    const intent = nlu.outOfScope ? t('outOfScope') : nlu.intent.name + ' ' + percent(nlu.intent.confidence);
    line.append(el('span', 'nlu-intent', t('intent', { intent })));
    if (nlu.sentiment) line.append(el('span', 'nlu-sentiment sentiment-' + nlu.sentiment.label, term('sentiments', nlu.sentiment.label) + ' ' + percent(nlu.sentiment.score)));
    if (nlu.anger !== undefined && nlu.anger !== null) line.append(el('span', 'nlu-anger ' + moodClass(nlu.anger), t('anger', { percent: percent(nlu.anger) })));
    return line;
  }

  // The anger of each customer message as a line, so a rising temper shows at a glance.
  function renderTrend(messages) {
    const points = messages.filter((m) => m.role === 'customer' && m.nlu && m.nlu.anger !== undefined);
    const box = $('trend');
    clear(box);
    if (!points.length) {
      $('trend-caption').textContent = t('noCustomerMessages');
      return;
    }
    const last = points[points.length - 1].nlu;
    box.append(trendSvg(points.map((p) => ({ anger: p.nlu.anger, title: t('trendPoint', { seq: p.seq,
      sentiment: term('sentiments', p.nlu.sentiment.label), percent: percent(p.nlu.anger) }) })),
    t('trendLabel', { count: points.length, percent: percent(last.anger) })));
    $('trend-caption').textContent = t('trendCaption', { sentiment: term('sentiments', last.sentiment.label), percent: percent(last.anger) });
  }

  // A line of anger (0 to 1) over points [{anger, title}], with the anger threshold dashed.
  function trendSvg(points, label) {
    const ns = 'http://www.w3.org/2000/svg';
    const width = 260, height = 70, pad = 8;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    const x = (i) => points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
    const y = (a) => height - pad - a * (height - 2 * pad);
    const threshold = document.createElementNS(ns, 'line');
    threshold.setAttribute('x1', 0); threshold.setAttribute('x2', width);
    threshold.setAttribute('y1', y(0.7)); threshold.setAttribute('y2', y(0.7));
    threshold.setAttribute('class', 'trend-threshold');
    svg.append(threshold);
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points.map((p, i) => x(i) + ',' + y(p.anger)).join(' '));
    line.setAttribute('class', 'trend-line');
    svg.append(line);
    points.forEach((p, i) => {
      const dot = document.createElementNS(ns, 'circle');
      dot.setAttribute('cx', x(i)); dot.setAttribute('cy', y(p.anger)); dot.setAttribute('r', points.length > 40 ? 2 : 4);
      dot.setAttribute('class', 'trend-dot ' + moodClass(p.anger));
      const title = document.createElementNS(ns, 'title');
      title.textContent = p.title;
      dot.append(title);
      svg.append(dot);
    });
    return svg;
  }

  function renderSuggestions(c) {
    const replies = $('suggested-replies');
    clear(replies);
    for (const text of c.suggestedReplies || []) {
      const item = el('li');
      const button = el('button', 'suggestion', text);
      button.type = 'button';
      button.title = t('insertReply');
      button.addEventListener('click', () => insert(text));
      item.append(button);
      replies.append(item);
    }
    if (!replies.childElementCount) replies.append(el('li', 'muted small', t('nothingToSuggest')));
    const articles = $('suggested-articles');
    clear(articles);
    for (const article of c.suggestions || []) {
      const item = el('li', 'article');
      const link = el('a', null, article.title);
      link.href = article.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      const button = el('button', 'insert-link', t('insertLink'));
      button.type = 'button';
      button.setAttribute('aria-label', t('insertLinkTo', { title: article.title }));
      button.addEventListener('click', () => insert(article.title + ': ' + article.url));
      const passage = el('div', 'small muted passage');
      passage.append(markdown(article.passage));
      item.append(link, passage, button);
      articles.append(item);
    }
    if (!articles.childElementCount) articles.append(el('li', 'muted small', t('noArticle')));
  }

  // The order panel: the shop's order the conversation is about, once the bot has its number.
  async function loadOrder(c) {
    const number = c.slots && c.slots.order_number;
    const key = c.conversationId + ' ' + number;
    $('order-panel').hidden = !number;
    if (!number || state.orderKey === key) return;
    state.orderKey = key;
    const box = $('order');
    clear(box);
    try {
      const answer = await api('GET', '/api/v1/agent/conversations/' + encodeURIComponent(c.conversationId) + '/order');
      if (state.orderKey === key) renderOrder(answer);
    } catch (e) {
      box.append(el('p', 'muted small', t('orderUnavailable', { error: errorText(e) })));
    }
  }

  function renderOrder(answer) {
    const box = $('order');
    clear(box);
    const o = answer.order;
    if (!answer.found || !o) {
      box.append(el('p', 'muted small', t('orderUnknown', { number: answer.orderNumber })));
      return;
    }
    const head = el('p', 'order-head');
    head.append(el('strong', null, o.number || answer.orderNumber), document.createTextNode(' '),
      el('span', 'tag status-' + (o.status || ''), o.statusLabel || o.status || ''));
    box.append(head);
    if (o.statusDetail) box.append(el('p', 'small', o.statusDetail));
    if (Array.isArray(o.items) && o.items.length) {
      const items = el('ul', 'order-items');
      for (const item of o.items) {
        items.append(el('li', 'small', (item.quantity ? item.quantity + ' × ' : '') + (item.name || item.title || item.sku || '')));
      }
      box.append(items);
    }
    const facts = [];
    if (o.placedOn) facts.push(t('orderPlaced', { day: new Date(o.placedOn).toLocaleDateString(state.locale) }));
    if (o.total) facts.push(t('orderTotal', { amount: o.total + (o.currency ? ' ' + o.currency : '') }));
    if (facts.length) box.append(el('p', 'muted small', facts.join(' · ')));
    if (o.tracking && o.tracking.url && /^https?:\/\//.test(o.tracking.url)) {
      const link = el('a', 'small', t('orderTracking', { carrier: o.carrier || '' }) + ' (' + (o.tracking.number || '') + ')');
      link.href = o.tracking.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      box.append(link);
    }
  }

  // The customer's profile: who they are on which channels, the team's tags, their mood and every conversation.
  async function loadProfile(c) {
    const key = c.conversationId + ' ' + c.customerId;
    if (state.profileKey === key) {
      if (state.profile) renderProfile(state.profile, c);
      return;
    }
    state.profileKey = key;
    state.profile = null;
    for (const id of ['customer-facts', 'customer-tags', 'customer-trend', 'customer-trend-caption', 'other-conversations', 'tag-error']) {
      clear($(id));
    }
    try {
      const profile = await api('GET', '/api/v1/agent/customers/' + encodeURIComponent(c.customerId));
      if (state.profileKey !== key) return;
      state.profile = profile;
      renderProfile(profile, c);
    } catch (e) {
      if (state.profileKey === key) $('customer-facts').textContent = t('profileUnavailable', { error: errorText(e) });
    }
  }

  function renderProfile(p, c) {
    const day = (iso) => new Date(iso).toLocaleDateString(state.locale);
    const facts = [t('customerSince', { day: day(p.firstSeenAt) }), t('conversationCount', { n: p.conversationCount }),
      p.csat.average === null ? t('noRatings') : t('csatFacts', { average: p.csat.average.toFixed(1), n: p.csat.responses })];
    if (p.identities.length) {
      const channels = [...new Set(p.identities.map((i) => i.split(':')[0]))];
      facts.push(t('knownOn', { identities: channels.map((channel) => term('channels', channel)).join(', ') }));
    }
    $('customer-facts').textContent = facts.join(' · ');
    renderTags(p.tags);
    renderMoods(p);
    const list = $('other-conversations');
    clear(list);
    for (const o of p.conversations.filter((x) => x.conversationId !== c.conversationId)) {
      const item = el('li');
      const open = el('button', 'linklike', day(o.startedAt) + ' · ' + t('via', { channel: term('channels', o.channel) }));
      open.type = 'button';
      open.addEventListener('click', () => openConversation(o.conversationId, true));
      item.append(open, ' · ', el('span', 'outcome-' + o.outcome, term('outcomes', o.outcome)));
      if (o.rating) item.append(' · ', el('span', null, '★'.repeat(o.rating) + '☆'.repeat(5 - o.rating)));
      list.append(item);
    }
    if (!list.childElementCount) list.append(el('li', 'muted small', t('noneKnown')));
  }

  function renderTags(tags) {
    const list = $('customer-tags');
    clear(list);
    for (const tag of tags) {
      const item = el('li', null, tag.tag);
      item.title = tag.addedBy + ' · ' + new Date(tag.addedAt).toLocaleDateString(state.locale);
      const remove = el('button', null, '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', t('removeTag', { tag: tag.tag }));
      remove.addEventListener('click', () => changeTag('DELETE', tag.tag));
      item.append(remove);
      list.append(item);
    }
  }

  async function changeTag(method, tag) {
    const profile = state.profile;
    if (!profile) return;
    $('tag-error').textContent = '';
    try {
      const answer = await api(method, '/api/v1/agent/customers/' + encodeURIComponent(profile.customerId) + '/tags/'
        + encodeURIComponent(tag));
      profile.tags = answer.tags;
      if (state.profile === profile) renderTags(answer.tags);
      if (method === 'PUT') $('tag-input').value = '';
    } catch (e) {
      $('tag-error').textContent = errorText(e);
    }
  }

  function renderMoods(p) {
    const points = p.sentiment.map((s) => ({ anger: s.anger,
      title: t('moodPoint', { day: new Date(s.at).toLocaleDateString(state.locale), sentiment: term('sentiments', s.label),
        percent: percent(s.anger) }) }));
    const box = $('customer-trend');
    clear(box);
    if (points.length) box.append(trendSvg(points, t('moodOverTime', { count: points.length })));
    const conversations = new Set(p.sentiment.map((s) => s.conversationId)).size;
    $('customer-trend-caption').textContent = points.length ? t('moodCaption', { conversations, count: points.length,
      angry: points.filter((point) => point.anger >= 0.7).length }) : '';
  }

  function insert(text) {
    const box = $('reply-text');
    const start = box.selectionStart, end = box.selectionEnd;
    const before = box.value.slice(0, start), after = box.value.slice(end);
    const spaced = (before && !/\s$/.test(before) ? ' ' : '') + text;
    box.value = before + spaced + after;
    box.focus();
    box.selectionStart = box.selectionEnd = before.length + spaced.length;
  }

  // ---- actions -----------------------------------------------------------------------------
  async function act(path, body) {
    const id = state.open.conversationId;
    try {
      $('composer-error').textContent = '';
      const after = await api('POST', '/api/v1/agent/conversations/' + encodeURIComponent(id) + '/' + path, body);
      state.released = path === 'release' ? id : null;
      if (path === 'resolve') closeConversation(() => t('resolved'));
      else if (after.assignee && after.assignee !== state.me.username && state.me.role !== 'admin') {
        closeConversation(() => t('passedTo', { name: after.assignee }));
      }
      else await openConversation(id);
      refreshQueue();
    } catch (e) {
      showError(e);
    }
  }

  // Keyboard shortcuts, as in Chatwoot: Alt+J / Alt+K the next / previous conversation of the queue,
  // Alt+C claim, Alt+R resolve. By the key's place (event.code), which Alt does not change on a Mac.
  function onShortcut(event) {
    if (!event.altKey || event.ctrlKey || event.metaKey || !state.me) return;
    const actions = {
      KeyJ: () => openNeighbour(1),
      KeyK: () => openNeighbour(-1),
      KeyC: () => { if (state.open && !$('claim').hidden) act('claim'); },
      KeyR: () => { if (state.open && !$('resolve').disabled) askToResolve(); }
    };
    const run = actions[event.code];
    if (run) {
      event.preventDefault();
      run();
    }
  }

  function openNeighbour(step) {
    const ids = listedIds();
    if (!ids.length) return;
    const at = state.open ? ids.indexOf(state.open.conversationId) : -1;
    const next = at < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.min(Math.max(at + step, 0), ids.length - 1);
    openConversation(ids[next]);
  }

  // Closing a conversation nobody from the team has answered is asked about first: a slip of the
  // mouse must not leave a waiting customer without an answer.
  function askToResolve() {
    if (document.querySelector('#transcript .msg-agent')) {
      act('resolve');
      return;
    }
    $('resolve-confirm').hidden = false;
    $('resolve-cancel').focus();
  }

  async function send(event) {
    event.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text || !state.open) return;
    const note = document.querySelector('input[name="mode"]:checked').value === 'note';
    const id = state.open.conversationId;
    try {
      $('composer-error').textContent = '';
      await api('POST', '/api/v1/agent/conversations/' + encodeURIComponent(id) + (note ? '/notes' : '/messages'), { text });
      $('reply-text').value = '';
      await openConversation(id);
    } catch (e) {
      showError(e);
    }
  }

  // ---- saved replies: "/" and a shortcut in the reply box offers them --------------------------
  async function loadSavedReplies() {
    try {
      state.savedReplies = await api('GET', '/api/v1/agent/saved-replies');
    } catch (e) {
      showError(e);
    }
  }

  // The "/word" the agent is typing at the cursor, if any.
  function typedShortcut() {
    const box = $('reply-text');
    const match = /(?:^|\s)\/([a-z0-9_-]*)$/.exec(box.value.slice(0, box.selectionStart));
    return match ? match[1] : null;
  }

  function updateSavedMenu() {
    const typed = typedShortcut();
    state.menu = typed === null ? [] : state.savedReplies.filter((r) => r.shortcut.startsWith(typed)).slice(0, 8);
    state.menuAt = Math.min(state.menuAt, Math.max(0, state.menu.length - 1));
    const menu = $('saved-menu');
    clear(menu);
    menu.hidden = !state.menu.length;
    state.menu.forEach((reply, i) => {
      const option = el('li', 'saved-option');
      option.id = 'saved-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(i === state.menuAt));
      option.append(el('strong', null, '/' + reply.shortcut), el('span', 'muted', ' ' + filled(reply.text)));
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        useSavedReply(reply);
      });
      menu.append(option);
    });
    $('reply-text').setAttribute('aria-activedescendant', state.menu.length ? 'saved-option-' + state.menuAt : '');
  }

  // A saved reply's text with what the console knows filled in; an unknown value stays as {name} for the agent to fill.
  function filled(text) {
    const c = state.open || {};
    const name = (c.customer && c.customer.name) || '';
    const me = state.agents.find((a) => a.username === state.me.username);
    const values = { 'customer.name': name, 'customer.firstName': name.split(/\s+/)[0],
      order_number: c.slots && c.slots.order_number, 'agent.name': (me && me.displayName) || state.me.username };
    return text.replace(/\{([\w.]+)\}/g, (all, key) => values[key] || all);
  }

  function useSavedReply(reply) {
    const box = $('reply-text');
    const before = box.value.slice(0, box.selectionStart).replace(/\/[a-z0-9_-]*$/, '');
    const after = box.value.slice(box.selectionStart);
    const text = filled(reply.text);
    box.value = before + text + after;
    box.selectionStart = box.selectionEnd = before.length + text.length;
    box.focus();
    updateSavedMenu();
  }

  // Arrow keys move in the open menu, Enter or Tab takes the chosen reply, Escape closes it.
  function onSavedMenuKey(event) {
    if (!state.menu.length) return false;
    const moves = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      state.menuAt = (state.menuAt + moves[event.key] + state.menu.length) % state.menu.length;
      updateSavedMenu();
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.isComposing) {
      useSavedReply(state.menu[state.menuAt]);
    } else if (event.key === 'Escape') {
      state.menu = [];
      $('saved-menu').hidden = true;
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  // The team view's list of saved replies (admins write them).
  function renderSavedReplies() {
    const body = $('saved-replies');
    clear(body);
    for (const reply of state.savedReplies) {
      const row = el('tr');
      row.dataset.shortcut = reply.shortcut;
      const cell = el('td');
      const button = el('button', 'danger', t('delete'));
      button.type = 'button';
      button.setAttribute('aria-label', t('deleteReply', { shortcut: reply.shortcut }));
      button.addEventListener('click', () => changeSavedReply('DELETE', reply.shortcut));
      cell.append(button);
      row.append(el('td', null, '/' + reply.shortcut), el('td', null, reply.text), cell);
      body.append(row);
    }
  }

  async function changeSavedReply(method, shortcut, body) {
    try {
      $('saved-error').textContent = '';
      await api(method, '/api/v1/admin/saved-replies/' + encodeURIComponent(shortcut), body);
      await loadSavedReplies();
      renderSavedReplies();
      return true;
    } catch (e) {
      $('saved-error').textContent = errorText(e);
      return false;
    }
  }

  async function saveSavedReply(event) {
    event.preventDefault();
    if (await changeSavedReply('PUT', $('saved-shortcut').value.trim(), { text: $('saved-text').value })) {
      $('saved-shortcut').value = '';
      $('saved-text').value = '';
    }
  }

  function onComposerKey(event) {
    if (onSavedMenuKey(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
      return;
    }
    const now = Date.now();
    const mine = state.open && state.open.status === 'with_agent' && state.open.assignee === state.me.username;
    if (mine && state.socket && state.socket.readyState === WebSocket.OPEN && now - state.typingSentAt > 2000) {
      state.typingSentAt = now;
      state.socket.send(JSON.stringify({ type: 'typing', conversationId: state.open.conversationId }));
    }
  }

  async function loadAgents() {
    try {
      const agents = await api('GET', '/api/v1/agent/agents');
      state.agents = agents;
      const filter = $('filter-agent');
      const chosen = filter.value;
      while (filter.options.length > 1) filter.remove(1);
      for (const a of agents) {
        const option = el('option', null, a.displayName || a.username);
        option.value = a.username;
        filter.append(option);
      }
      filter.value = chosen;
      const select = $('transfer-to');
      clear(select);
      for (const a of agents) {
        if (a.username === state.me.username) continue;
        const option = el('option', null, agentName(a));
        option.value = a.username;
        select.append(option);
      }
      if (!select.childElementCount) {
        const none = el('option', null, t('noOtherAgents'));
        none.value = '';
        select.append(none);
      }
    } catch (e) {
      showError(e);
    }
  }

  // ---- the team (admins) --------------------------------------------------------------------
  async function openTeam() {
    $('team-view').hidden = false;
    $('team').setAttribute('aria-expanded', 'true');
    $('new-username').focus();
    await refreshTeam();
  }

  async function refreshTeam() {
    await refreshAccounts();
    await loadSavedReplies();
    renderSavedReplies();
    await refreshAudit();
  }

  // The last actions of agents and admins, as the audit log records them.
  async function refreshAudit() {
    try {
      const page = await api('GET', '/api/v1/admin/audit?limit=50');
      const body = $('audit');
      clear(body);
      for (const e of page.entries) {
        const row = el('tr');
        const when = el('td', null, new Date(e.at).toLocaleString(state.locale));
        const target = e.targetType ? term('targets', e.targetType) + ' ' + (e.targetId || '') : '';
        const action = term('actions', e.action, e.action.replace(/_/g, ' '));
        row.append(when, el('td', null, e.actor), el('td', null, action + (e.detail ? ' (' + e.detail + ')' : '')),
          el('td', null, target), el('td', null, e.sourceAddress || ''));
        body.append(row);
      }
    } catch (e) {
      $('team-error').textContent = errorText(e);
    }
  }

  function closeTeam() {
    $('team-view').hidden = true;
    $('team').setAttribute('aria-expanded', 'false');
    $('team').focus();
  }

  async function refreshAccounts() {
    try {
      const accounts = await api('GET', '/api/v1/admin/agents');
      const body = $('accounts');
      clear(body);
      for (const a of accounts) {
        const row = el('tr');
        row.dataset.username = a.username;
        row.append(el('td', null, a.username), el('td', a.displayName ? null : 'muted', a.displayName || t('noDisplayName')),
          el('td', null, term('roles', a.role)),
          el('td', a.disabled ? 'disabled' : null, t(a.disabled ? 'disabled' : 'active')));
        const cell = el('td');
        if (a.username !== state.me.username) {
          const button = el('button', a.disabled ? null : 'danger', t(a.disabled ? 'enable' : 'disable'));
          button.type = 'button';
          button.setAttribute('aria-label', t(a.disabled ? 'enableAccount' : 'disableAccount', { name: a.username }));
          button.addEventListener('click', () => changeAccount(a.username, a.disabled ? 'enable' : 'disable'));
          cell.append(button);
        }
        row.append(cell);
        body.append(row);
      }
    } catch (e) {
      $('team-error').textContent = errorText(e);
    }
  }

  async function changeAccount(username, action) {
    try {
      $('team-error').textContent = '';
      await api('POST', '/api/v1/admin/agents/' + encodeURIComponent(username) + '/' + action);
      await refreshAccounts();
      loadAgents();
    } catch (e) {
      $('team-error').textContent = errorText(e);
    }
  }

  async function addAccount(event) {
    event.preventDefault();
    try {
      $('team-error').textContent = '';
      const displayName = $('new-display-name').value.trim();
      await api('POST', '/api/v1/admin/agents', { username: $('new-username').value.trim(), password: $('new-password').value,
        role: $('new-role').value, displayName: displayName || null });
      $('new-username').value = '';
      $('new-display-name').value = '';
      $('new-password').value = '';
      await refreshAccounts();
      loadAgents();
    } catch (e) {
      $('team-error').textContent = errorText(e);
    }
  }

  function showError(e) {
    $('composer-error').textContent = errorText(e);
  }

  document.addEventListener('DOMContentLoaded', () => {
    state.locale = chosenLocale();
    buildLanguageSwitches();
    applyTexts();
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('team').addEventListener('click', openTeam);
    $('team-close').addEventListener('click', closeTeam);
    $('team-view').addEventListener('keydown', (event) => { if (event.key === 'Escape') closeTeam(); });
    $('new-account').addEventListener('submit', addAccount);
    $('composer').addEventListener('submit', send);
    $('reply-text').addEventListener('keydown', onComposerKey);
    $('reply-text').addEventListener('input', updateSavedMenu);
    $('reply-text').addEventListener('blur', () => { $('saved-menu').hidden = true; });
    $('new-saved-reply').addEventListener('submit', saveSavedReply);
    $('tag-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const tag = $('tag-input').value.trim();
      if (tag) changeTag('PUT', tag);
    });
    document.addEventListener('keydown', onShortcut);
    $('claim').addEventListener('click', () => act('claim'));
    $('release').addEventListener('click', () => act('release'));
    $('resolve').addEventListener('click', askToResolve);
    $('resolve-anyway').addEventListener('click', () => {
      $('resolve-confirm').hidden = true;
      act('resolve');
    });
    $('resolve-cancel').addEventListener('click', () => {
      $('resolve-confirm').hidden = true;
      $('resolve').focus();
    });
    $('transfer').addEventListener('click', () => {
      const to = $('transfer-to').value;
      if (to) act('transfer', { to });
    });
    for (const button of document.querySelectorAll('.views .view')) {
      button.addEventListener('click', () => chooseView(button.dataset.view));
    }
    let typed = null;
    $('search').addEventListener('input', () => {
      clearTimeout(typed);
      typed = setTimeout(refreshQueue, 250);
    });
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      refreshQueue();
    });
    for (const filter of ['channel', 'agent', 'reason', 'from', 'to']) $('filter-' + filter).addEventListener('change', refreshQueue);
    $('more').addEventListener('click', showMore);
    setInterval(() => { if (listedIds().length) renderQueue(); }, 30000);
    start();
  });
})();
