// Chatdesk agent console: plain JavaScript, no framework, no build step.
// Every text from customers, the bot and agents is put on the page with textContent, never as HTML.
'use strict';

(() => {
  const TOKEN_KEY = 'chatdesk.agent.token';
  const REASONS = { anger: 'Angry customer', requested: 'Asked for a person', bot_failed: 'Bot could not help', rule: 'Escalation rule' };
  const STATUS = { bot: 'With the bot', waiting_for_agent: 'Waiting for an agent', with_agent: 'With an agent', closed: 'Closed' };

  const state = { token: null, me: null, queue: [], open: null, socket: null, retry: 1000, typingSentAt: 0, typingTimer: null };
  const $ = (id) => document.getElementById(id);
  const LANGUAGES = { zh: '中文 Chinese' };
  const MASKED = /\[(email|phone|iban|id number|card ••••\d{4})\]/;

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
  function ago(iso) {
    const seconds = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    if (seconds < 60) return 'just now';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    return hours + ' h ' + (minutes % 60) + ' min';
  }
  function clock(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }
  function customerName(customer) {
    return (customer && (customer.name || customer.email || customer.externalId)) || 'Visitor';
  }
  function moodClass(anger) {
    if (anger === null || anger === undefined) return 'mood-unknown';
    if (anger >= 0.7) return 'mood-angry';
    if (anger >= 0.4) return 'mood-tense';
    return 'mood-calm';
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
      const message = json && json.error ? json.error.message : 'The server answered ' + response.status + '.';
      throw new Error(message);
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
      $('login-error').textContent = e.message;
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
    state.token = null;
    state.open = null;
    if (state.socket) {
      state.socket.onclose = null;
      state.socket.close();
      state.socket = null;
    }
    showLogin();
  }

  function showApp() {
    $('login-view').hidden = true;
    $('app-view').hidden = false;
    $('me').textContent = state.me.username + (state.me.role === 'admin' ? ' (admin)' : '');
    $('team').hidden = state.me.role !== 'admin';
    connect();
    refreshQueue();
    loadAgents();
  }

  // ---- live events -------------------------------------------------------------------------
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + '/api/v1/agent/events');
    state.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'auth', token: state.token })); // never in the URL
      state.retry = 1000;
      $('connection').textContent = 'Live';
      $('connection').className = 'connection live';
      refreshQueue();
      if (state.open) openConversation(state.open.conversationId);
    };
    socket.onmessage = (event) => onEvent(JSON.parse(event.data));
    socket.onclose = () => {
      $('connection').textContent = 'Reconnecting…';
      $('connection').className = 'connection down';
      if (state.token) setTimeout(connect, state.retry);
      state.retry = Math.min(state.retry * 2, 15000);
    };
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
      openConversation(openId);
    } else if (event.type === 'typing' && event.role === 'customer') {
      $('customer-typing').textContent = customerName(state.open.customer) + ' is typing…';
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(() => { $('customer-typing').textContent = ''; }, 4000);
    }
  }

  // ---- the queue ---------------------------------------------------------------------------
  async function refreshQueue() {
    try {
      state.queue = await api('GET', '/api/v1/agent/queue');
      renderQueue();
    } catch (e) {
      $('connection').textContent = e.message;
    }
  }

  function renderQueue() {
    const list = $('queue');
    clear(list);
    $('queue-count').textContent = String(state.queue.length);
    $('queue-empty').hidden = state.queue.length > 0;
    for (const entry of state.queue) {
      const item = el('li');
      const button = el('button', 'queue-item ' + moodClass(entry.anger));
      button.type = 'button';
      button.dataset.conversationId = entry.conversationId;
      if (state.open && state.open.conversationId === entry.conversationId) button.setAttribute('aria-current', 'true');
      const top = el('span', 'queue-top');
      top.append(el('strong', 'queue-name', customerName(entry.customer)), el('span', 'queue-wait', ago(entry.escalatedAt)));
      const tags = el('span', 'queue-tags');
      tags.append(el('span', 'tag reason-' + entry.reason, REASONS[entry.reason] || entry.reason));
      if (entry.anger !== null && entry.anger !== undefined) tags.append(el('span', 'tag ' + moodClass(entry.anger), 'anger ' + percent(entry.anger)));
      if (entry.overdue) tags.append(el('span', 'tag overdue', 'overdue'));
      tags.append(el('span', 'tag', entry.assignee ? 'with ' + entry.assignee : 'waiting'));
      if (entry.channel && entry.channel !== 'web') tags.append(el('span', 'tag', entry.channel));
      const last = [...entry.lastMessages].reverse().find((m) => m.role === 'customer');
      button.append(top, tags, el('span', 'queue-preview', last ? last.text : entry.summary || ''));
      button.addEventListener('click', () => openConversation(entry.conversationId, true));
      item.append(button);
      list.append(item);
    }
  }

  // ---- one conversation --------------------------------------------------------------------
  async function openConversation(id, focus) {
    try {
      const conversation = await api('GET', '/api/v1/agent/conversations/' + encodeURIComponent(id));
      state.open = conversation;
      renderConversation(conversation);
      renderQueue();
      if (focus) $('conversation').focus();
    } catch (e) {
      if (state.open && state.open.conversationId === id) closeConversation(e.message);
      else showError(e);
    }
  }

  // The open conversation went out of reach (handed back, closed or taken by someone else).
  function closeConversation(why) {
    state.open = null;
    $('conversation-view').hidden = true;
    $('context').hidden = true;
    $('no-conversation').hidden = false;
    clear($('no-conversation'));
    $('no-conversation').append(el('p', null, why), el('p', 'muted', 'Pick a conversation from the queue.'));
    renderQueue();
  }

  function renderConversation(c) {
    $('no-conversation').hidden = true;
    $('conversation-view').hidden = false;
    $('context').hidden = false;
    $('conversation-title').textContent = customerName(c.customer);
    const meta = [STATUS[c.status] || c.status];
    if (c.assignee) meta.push('with ' + c.assignee);
    meta.push('via ' + c.channel);
    if (c.customer && c.customer.email) meta.push(c.customer.email);
    meta.push('started ' + ago(c.createdAt) + (ago(c.createdAt) === 'just now' ? '' : ' ago'));
    $('conversation-meta').textContent = meta.join(' · ');

    const mine = c.status === 'with_agent' && c.assignee === state.me.username;
    $('claim').hidden = c.status !== 'waiting_for_agent';
    $('release').disabled = !(mine || c.status === 'waiting_for_agent' || state.me.role === 'admin') || c.status === 'bot' || c.status === 'closed';
    $('resolve').disabled = c.status === 'closed';
    $('transfer').disabled = c.status === 'bot' || c.status === 'closed';
    $('send').disabled = false;
    $('reply-text').placeholder = mine ? 'Write a reply… (Enter sends, Shift+Enter for a new line)' : 'Claim the conversation to reply; you can add internal notes now.';

    renderEscalation(c);
    renderTranscript(c.messages);
    renderTrend(c.messages);
    renderSuggestions(c);
    renderOthers(c.otherConversations || []);
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
    head.append(el('strong', null, REASONS[e.reason] || e.reason), document.createTextNode(' · escalated ' + ago(e.escalatedAt) + (ago(e.escalatedAt) === 'just now' ? '' : ' ago')));
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
      const who = { customer: 'Customer', bot: 'Bot', agent: m.author || 'Agent', system: 'System', note: 'Note by ' + (m.author || 'Chatdesk') }[m.role] || m.role;
      const head = el('div', 'msg-head');
      head.append(el('span', 'msg-author', who), el('time', 'msg-time', clock(m.createdAt)));
      if (m.language && m.language !== 'en') head.append(el('span', 'msg-language', LANGUAGES[m.language] || m.language));
      head.lastChild.dateTime = m.createdAt;
      const body = el('div', 'msg-text', m.text);
      item.append(head, body);
      if (MASKED.test(m.text)) item.append(revealButton(m, body));
      if (m.nlu) item.append(nluLine(m.nlu));
      if (m.sources && m.sources.length) {
        const sources = el('div', 'msg-sources', 'Sources: ' + m.sources.map((s) => s.title).join(', '));
        item.append(sources);
      }
      if (m.quickReplies && m.quickReplies.length) {
        item.append(el('div', 'msg-buttons', 'Buttons: ' + m.quickReplies.map((q) => q.title).join(' · ')));
      }
      log.append(item);
    }
    if (atBottom || log.dataset.conversation !== (state.open && state.open.conversationId)) log.scrollTop = log.scrollHeight;
    log.dataset.conversation = state.open ? state.open.conversationId : '';
  }

  // Personal data the server stores masked: an agent may reveal the text as written (the server audits it).
  function revealButton(m, body) {
    const button = el('button', 'ghost reveal', 'Reveal');
    button.type = 'button';
    button.setAttribute('aria-label', 'Reveal the personal data in this message (recorded in the audit log)');
    button.addEventListener('click', async () => {
      try {
        const revealed = await api('POST', '/api/v1/agent/conversations/' + encodeURIComponent(state.open.conversationId)
          + '/messages/' + encodeURIComponent(m.id) + '/reveal', {});
        body.textContent = revealed.text;
        button.remove();
      } catch (e) {
        button.textContent = e.message;
        button.disabled = true;
      }
    });
    return button;
  }

  function nluLine(nlu) {
    const line = el('div', 'nlu');
    const intent = nlu.outOfScope ? 'out of scope' : nlu.intent.name + ' ' + percent(nlu.intent.confidence);
    line.append(el('span', 'nlu-intent', 'intent: ' + intent));
    if (nlu.sentiment) line.append(el('span', 'nlu-sentiment sentiment-' + nlu.sentiment.label, nlu.sentiment.label + ' ' + percent(nlu.sentiment.score)));
    if (nlu.anger !== undefined && nlu.anger !== null) line.append(el('span', 'nlu-anger ' + moodClass(nlu.anger), 'anger ' + percent(nlu.anger)));
    return line;
  }

  // The anger of each customer message as a line, so a rising temper shows at a glance.
  function renderTrend(messages) {
    const points = messages.filter((m) => m.role === 'customer' && m.nlu && m.nlu.anger !== undefined);
    const box = $('trend');
    clear(box);
    if (!points.length) {
      $('trend-caption').textContent = 'No customer messages yet.';
      return;
    }
    const ns = 'http://www.w3.org/2000/svg';
    const width = 260, height = 70, pad = 8;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    const last = points[points.length - 1].nlu;
    svg.setAttribute('aria-label', 'Anger over ' + points.length + ' customer messages, last ' + percent(last.anger));
    const x = (i) => points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
    const y = (a) => height - pad - a * (height - 2 * pad);
    const threshold = document.createElementNS(ns, 'line');
    threshold.setAttribute('x1', 0); threshold.setAttribute('x2', width);
    threshold.setAttribute('y1', y(0.7)); threshold.setAttribute('y2', y(0.7));
    threshold.setAttribute('class', 'trend-threshold');
    svg.append(threshold);
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points.map((p, i) => x(i) + ',' + y(p.nlu.anger)).join(' '));
    line.setAttribute('class', 'trend-line');
    svg.append(line);
    points.forEach((p, i) => {
      const dot = document.createElementNS(ns, 'circle');
      dot.setAttribute('cx', x(i)); dot.setAttribute('cy', y(p.nlu.anger)); dot.setAttribute('r', 4);
      dot.setAttribute('class', 'trend-dot ' + moodClass(p.nlu.anger));
      const title = document.createElementNS(ns, 'title');
      title.textContent = '#' + p.seq + ': ' + p.nlu.sentiment.label + ', anger ' + percent(p.nlu.anger);
      dot.append(title);
      svg.append(dot);
    });
    box.append(svg);
    $('trend-caption').textContent = 'Last message: ' + last.sentiment.label + ', anger ' + percent(last.anger) + '. The dashed line is the escalation level.';
  }

  function renderSuggestions(c) {
    const replies = $('suggested-replies');
    clear(replies);
    for (const text of c.suggestedReplies || []) {
      const item = el('li');
      const button = el('button', 'suggestion', text);
      button.type = 'button';
      button.title = 'Insert this reply';
      button.addEventListener('click', () => insert(text));
      item.append(button);
      replies.append(item);
    }
    if (!replies.childElementCount) replies.append(el('li', 'muted small', 'Nothing to suggest.'));
    const articles = $('suggested-articles');
    clear(articles);
    for (const article of c.suggestions || []) {
      const item = el('li', 'article');
      const link = el('a', null, article.title);
      link.href = article.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      const button = el('button', 'insert-link', 'Insert link');
      button.type = 'button';
      button.setAttribute('aria-label', 'Insert a link to ' + article.title);
      button.addEventListener('click', () => insert(article.title + ': ' + article.url));
      item.append(link, el('p', 'small muted', article.passage), button);
      articles.append(item);
    }
    if (!articles.childElementCount) articles.append(el('li', 'muted small', 'No article fits.'));
  }

  function renderOthers(others) {
    const list = $('other-conversations');
    clear(list);
    for (const o of others) {
      list.append(el('li', null, new Date(o.createdAt).toLocaleDateString() + ' · ' + (STATUS[o.status] || o.status) + ' · via ' + o.channel));
    }
    if (!others.length) list.append(el('li', 'muted small', 'None we know of.'));
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
      if (path === 'release') closeConversation('You handed this conversation back to the bot.');
      else if (path === 'resolve') closeConversation('You closed this conversation.');
      else if (after.assignee && after.assignee !== state.me.username && state.me.role !== 'admin') closeConversation('You passed this conversation to ' + after.assignee + '.');
      else await openConversation(id);
      refreshQueue();
    } catch (e) {
      showError(e);
    }
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

  function onComposerKey(event) {
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
      const select = $('transfer-to');
      clear(select);
      for (const a of agents) {
        if (a.username === state.me.username) continue;
        const option = el('option', null, a.username + (a.role === 'admin' ? ' (admin)' : ''));
        option.value = a.username;
        select.append(option);
      }
      if (!select.childElementCount) select.append(el('option', null, 'No other agents'));
    } catch (e) {
      showError(e);
    }
  }

  // ---- the team (admins) --------------------------------------------------------------------
  async function openTeam() {
    $('team-view').hidden = false;
    $('team').setAttribute('aria-expanded', 'true');
    $('new-username').focus();
    await refreshAccounts();
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
        const when = el('td', null, new Date(e.at).toLocaleString());
        const target = e.targetType ? e.targetType + ' ' + (e.targetId || '') : '';
        row.append(when, el('td', null, e.actor), el('td', null, e.action.replace(/_/g, ' ') + (e.detail ? ' (' + e.detail + ')' : '')),
          el('td', null, target), el('td', null, e.sourceAddress || ''));
        body.append(row);
      }
    } catch (e) {
      $('team-error').textContent = e.message;
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
        row.append(el('td', null, a.username), el('td', null, a.role), el('td', a.disabled ? 'disabled' : null, a.disabled ? 'Disabled' : 'Active'));
        const cell = el('td');
        if (a.username !== state.me.username) {
          const button = el('button', a.disabled ? null : 'danger', a.disabled ? 'Enable' : 'Disable');
          button.type = 'button';
          button.setAttribute('aria-label', (a.disabled ? 'Enable ' : 'Disable ') + a.username);
          button.addEventListener('click', () => changeAccount(a.username, a.disabled ? 'enable' : 'disable'));
          cell.append(button);
        }
        row.append(cell);
        body.append(row);
      }
    } catch (e) {
      $('team-error').textContent = e.message;
    }
  }

  async function changeAccount(username, action) {
    try {
      $('team-error').textContent = '';
      await api('POST', '/api/v1/admin/agents/' + encodeURIComponent(username) + '/' + action);
      await refreshAccounts();
      loadAgents();
    } catch (e) {
      $('team-error').textContent = e.message;
    }
  }

  async function addAccount(event) {
    event.preventDefault();
    try {
      $('team-error').textContent = '';
      await api('POST', '/api/v1/admin/agents', { username: $('new-username').value.trim(), password: $('new-password').value, role: $('new-role').value });
      $('new-username').value = '';
      $('new-password').value = '';
      await refreshAccounts();
      loadAgents();
    } catch (e) {
      $('team-error').textContent = e.message;
    }
  }

  function showError(e) {
    $('composer-error').textContent = e.message;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('team').addEventListener('click', openTeam);
    $('team-close').addEventListener('click', closeTeam);
    $('team-view').addEventListener('keydown', (event) => { if (event.key === 'Escape') closeTeam(); });
    $('new-account').addEventListener('submit', addAccount);
    $('composer').addEventListener('submit', send);
    $('reply-text').addEventListener('keydown', onComposerKey);
    $('claim').addEventListener('click', () => act('claim'));
    $('release').addEventListener('click', () => act('release'));
    $('resolve').addEventListener('click', () => act('resolve'));
    $('transfer').addEventListener('click', () => {
      const to = $('transfer-to').value;
      if (to && to !== 'No other agents') act('transfer', { to });
    });
    setInterval(() => { if (state.queue.length) renderQueue(); }, 30000);
    start();
  });
})();
