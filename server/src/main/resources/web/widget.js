/*
 * Chatdesk website chat widget. Embed with one tag:
 *   <script src="https://HOST/widget.js" data-chatdesk-server="https://HOST" defer></script>
 * Settings: data-chatdesk-title, -color, -greeting, -position (right|left), -locale,
 * -customer-name, -customer-email, -customer-id, -customer-hash on the tag, or
 * window.chatdeskSettings = {title, color, greeting, position, locale,
 * customer: {name, email, externalId, identityHash}, strings}, which wins. The site's server
 * computes identityHash (hex HMAC-SHA256 of externalId); without it the visitor is anonymous.
 * Plain ES2020, no dependencies, no build step. Everything lives in one shadow root, so the page's
 * CSS cannot reach it and its CSS cannot reach the page; every text from the server is set as text.
 */
(async () => {
  'use strict';
  const script = document.currentScript || document.querySelector('script[data-chatdesk-server]');
  if (!document.body) {
    await new Promise(resolve => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  if (window.Chatdesk || !document.body.attachShadow) {
    return; // loaded twice, or a browser too old for Shadow DOM
  }

  /** The payload of the bot's own "talk to a person" offers. */
  const HANDOFF = '/human_handoff';
  // Every text the widget says itself, in English and Simplified Chinese (chosen by the locale);
  // chatdeskSettings.strings replaces any of them.
  const TEXTS = {
    en: {
      title: 'Chat with us', greeting: 'Ask us anything, we answer right away.', open: 'Open chat',
      openUnread: 'Open chat, {n} unread', close: 'Minimise chat', transcript: 'Conversation',
      message: 'Message', placeholder: 'Write a message…', send: 'Send', human: 'Talk to a person',
      suggestions: 'Suggested replies', bot: 'Assistant', you: 'You', agent: 'Support agent',
      typing: '{who} is typing', sources: 'Sources', waiting: 'Waiting for a person. You’re in the queue.',
      withAgent: 'You’re chatting with {name}', withTeam: 'You’re chatting with our team',
      closed: 'This conversation is closed. Write again any time.', sending: 'Sending…',
      failed: 'Not sent.', retry: 'Retry', reconnecting: 'Connection lost. Reconnecting…',
      startFailed: 'The chat is not reachable right now.', rate: 'How was your conversation?',
      star: '{n} of 5', comment: 'Anything to add? (optional)', submit: 'Send rating',
      thanks: 'Thank you for your feedback!', powered: 'Powered by Chatdesk',
      emailLabel: 'Your e-mail address, for our team’s reply', emailSend: 'Send'
    },
    zh: {
      title: '在线客服', greeting: '有什么可以帮您？我们马上回复。', open: '打开聊天',
      openUnread: '打开聊天，{n} 条未读', close: '收起聊天', transcript: '对话',
      message: '消息', placeholder: '请输入消息…', send: '发送', human: '转人工客服',
      suggestions: '推荐回复', bot: '智能助手', you: '我', agent: '客服',
      typing: '{who}正在输入', sources: '参考文章', waiting: '正在为您转接人工客服，请稍候。',
      withAgent: '{name} 正在为您服务', withTeam: '客服团队正在为您服务',
      closed: '本次对话已结束，欢迎随时再来咨询。', sending: '发送中…',
      failed: '发送失败。', retry: '重试', reconnecting: '连接已断开，正在重新连接…',
      startFailed: '客服暂时无法连接，请稍后再试。', rate: '请对本次服务进行评价',
      star: '{n} 星（满分 5 星）', comment: '还有什么想说的吗？（选填）', submit: '提交评价',
      thanks: '感谢您的评价！', powered: '由 Chatdesk 提供支持',
      emailLabel: '留下您的邮箱，客服同事上班后会回复您', emailSend: '发送'
    }
  };

  const STYLES = `
:host{all:initial!important}
[hidden]{display:none!important}
.cd-root{--cd-ink:#1d2433;--cd-muted:#667085;--cd-line:#e4e7ec;--cd-soft:#f6f7f9;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","PingFang SC",
 "Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;
 color:var(--cd-ink);text-align:left}
.cd-root *{box-sizing:border-box}
.cd-sr,.cd-customer .cd-who,.cd-row:not(.cd-first) .cd-meta{position:absolute!important;width:1px;height:1px;margin:-1px;
 padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
button,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;background:none;border:0;padding:0}
:focus-visible{outline:2px solid var(--cd-accent);outline-offset:2px}
.cd-i{display:block;width:20px;height:20px}
.cd-launcher,.cd-head-avatar,.cd-minimise,.cd-avatar,.cd-star,.cd-send{display:grid;place-items:center}
.cd-launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;
 background:var(--cd-accent);color:var(--cd-on-accent);
 box-shadow:0 6px 20px rgba(16,24,40,.22),0 2px 6px rgba(16,24,40,.12);transition:transform .2s ease}
.cd-left .cd-launcher{right:auto;left:20px}
.cd-launcher:hover{transform:scale(1.06)}
.cd-launcher:focus-visible{outline:3px solid var(--cd-accent);outline-offset:3px}
.cd-launcher .cd-i{grid-area:1/1;width:28px;height:28px;transition:transform .25s ease,opacity .2s ease}
.cd-launcher .cd-i-down,.cd-open .cd-launcher .cd-i-chat{opacity:0;transform:rotate(-90deg) scale(.6)}
.cd-open .cd-launcher .cd-i-down{opacity:1;transform:none}
.cd-badge{position:absolute;top:-3px;right:-3px;min-width:22px;height:22px;padding:0 6px;border:2px solid #fff;
 border-radius:11px;background:#e5484d;color:#fff;font-size:12px;font-weight:700;line-height:18px;text-align:center}
.cd-panel{position:fixed;bottom:92px;right:20px;z-index:2147483000;width:384px;height:min(660px,calc(100vh - 112px));
 display:flex;flex-direction:column;overflow:hidden;background:#fff;border-radius:20px;transform-origin:bottom right;
 box-shadow:0 24px 60px rgba(16,24,40,.24),0 4px 14px rgba(16,24,40,.1);animation:cd-pop .22s cubic-bezier(.2,.8,.3,1)}
.cd-left .cd-panel{right:auto;left:20px;transform-origin:bottom left}
@keyframes cd-pop{from{opacity:0;transform:translateY(12px) scale(.97)}}
@media (max-width:480px){.cd-panel{inset:0;width:auto;height:auto;border-radius:0}.cd-open .cd-launcher{display:none}}
.cd-head{display:flex;align-items:center;gap:12px;padding:18px 14px 18px 18px;color:var(--cd-on-accent);
 background:var(--cd-accent);background:linear-gradient(135deg,var(--cd-accent),color-mix(in srgb,var(--cd-accent) 72%,#000))}
.cd-head :focus-visible{outline-color:currentColor}
.cd-head-avatar{flex:none;width:42px;height:42px;border-radius:50%;background:rgba(255,255,255,.18)}
.cd-head-avatar .cd-i{width:22px;height:22px}
.cd-head-text{flex:1;min-width:0}
.cd-title{margin:0;font-size:16px;font-weight:650;line-height:1.3}
.cd-sub{margin:2px 0 0;font-size:13px;line-height:1.35;opacity:.9}
.cd-minimise{flex:none;width:36px;height:36px;border-radius:10px}
.cd-minimise:hover{background:rgba(255,255,255,.16)}
.cd-status{display:flex;align-items:center;gap:8px;padding:9px 18px;font-size:13px;font-weight:500;
 background:#fff8e6;color:#7a4b00;border-bottom:1px solid #f5e2b8}
.cd-status-with_agent{background:#ecfdf3;color:#05603a;border-color:#c6f0d8}
.cd-status-closed{background:var(--cd-soft);color:var(--cd-muted);border-color:var(--cd-line)}
.cd-dot{flex:none;width:8px;height:8px;border-radius:50%;background:currentColor}
.cd-status-waiting_for_agent .cd-dot{animation:cd-pulse 1.4s ease-in-out infinite}
@keyframes cd-pulse{50%{opacity:.25}}
.cd-body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:10px 16px 12px;background:var(--cd-soft);
 scrollbar-width:thin;scrollbar-color:#d0d5dd transparent}
.cd-log{display:flex;flex-direction:column;gap:4px}
.cd-row{display:flex;align-items:flex-start;gap:8px;animation:cd-in .2s ease-out}
.cd-row.cd-first{margin-top:12px}
@keyframes cd-in{from{opacity:0;transform:translateY(6px)}}
.cd-customer{justify-content:flex-end}
.cd-avatar{flex:none;width:28px;height:28px;margin-top:21px;border-radius:50%;
 background:var(--cd-accent);color:var(--cd-on-accent);font-size:13px;font-weight:700}
.cd-row:not(.cd-first) .cd-avatar{visibility:hidden;height:0;margin:0}
.cd-avatar .cd-i{width:15px;height:15px}
.cd-agent .cd-avatar{background:#344054;color:#fff}
.cd-stack{display:flex;flex-direction:column;align-items:flex-start;min-width:0;max-width:80%}
.cd-customer .cd-stack{align-items:flex-end}
.cd-meta{display:flex;align-items:baseline;gap:6px;margin:0 4px 3px;font-size:12px;color:var(--cd-muted)}
.cd-who{font-weight:600;color:#475467}
.cd-bubble{padding:10px 14px;border:1px solid var(--cd-line);border-radius:18px;background:#fff;
 white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.cd-first .cd-bubble{border-top-left-radius:6px}
.cd-email{display:grid;gap:6px;margin:10px 4px 4px;padding:10px;border:1px solid var(--cd-line);border-radius:14px;background:#fff}
.cd-email-label{font-size:13px;color:var(--cd-muted)}.cd-email-row{display:flex;gap:6px}
.cd-email-input,.cd-email-send{font:inherit;padding:8px 12px;border:1px solid var(--cd-line);border-radius:10px}
.cd-email-input{flex:1;min-width:0;font-size:16px}
.cd-email-send{font-weight:600;border:0;background:var(--cd-accent);color:var(--cd-on-accent);cursor:pointer}
.cd-p{margin:0 0 6px}.cd-p:last-child{margin-bottom:0}
.cd-list{margin:2px 0 6px;padding-left:20px}.cd-list:last-child{margin-bottom:0}.cd-list li{margin:2px 0}
.cd-customer .cd-bubble{border-color:transparent;border-radius:18px 18px 18px 18px;background:var(--cd-accent);color:var(--cd-on-accent)}
.cd-customer.cd-first .cd-bubble{border-top-right-radius:6px}
.cd-agent .cd-bubble{background:#eef4ff;border-color:#d5e2ff}
.cd-bubble a{color:inherit;text-decoration:underline;text-underline-offset:2px}
.cd-system{justify-content:center;margin:12px 0 4px}
.cd-sys{max-width:88%;margin:0;padding:6px 12px;border-radius:12px;background:#eaecf0;color:#475467;font-size:12px;text-align:center}
.cd-sources{display:flex;flex-direction:column;align-items:stretch;gap:4px;width:100%;margin-top:6px}
.cd-sources-label{margin:0 4px;font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--cd-muted)}
.cd-source{display:flex;align-items:center;gap:8px;padding:8px 12px;border:1px solid var(--cd-line);border-radius:12px;
 background:#fff;color:var(--cd-accent);font-size:13px;font-weight:500;text-decoration:none}
.cd-source:hover{border-color:var(--cd-accent)}
.cd-source .cd-i{flex:none;width:16px;height:16px}
.cd-pending .cd-bubble{opacity:.72}
.cd-state{margin:3px 4px 0;font-size:11px;color:var(--cd-muted)}
.cd-failed .cd-bubble{opacity:1;background:#fff;color:#b42318;border-color:#fda29b}
.cd-failed .cd-state{color:#b42318}
.cd-retry{font-size:11px;font-weight:600;text-decoration:underline}
.cd-typing{margin-top:12px}
.cd-typing .cd-avatar{margin-top:0}
.cd-typing .cd-bubble{padding:14px 16px;border-top-left-radius:6px}
.cd-dots{display:flex;gap:4px}
.cd-dots i{width:7px;height:7px;border-radius:50%;background:#98a2b3;animation:cd-bounce 1.2s ease-in-out infinite}
.cd-dots i:nth-child(2){animation-delay:.15s}
.cd-dots i:nth-child(3){animation-delay:.3s}
@keyframes cd-bounce{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-4px);opacity:1}}
.cd-quick{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:8px;margin:12px 0 2px;padding-left:36px}
.cd-chip{padding:8px 14px;border:1.5px solid var(--cd-accent);border-radius:999px;background:#fff;color:var(--cd-accent);
 font-size:13px;font-weight:600;line-height:1.2;transition:background .15s,color .15s}
.cd-chip:hover{background:var(--cd-accent);color:var(--cd-on-accent)}
.cd-rating{display:flex;flex-direction:column;align-items:center;gap:10px;margin:16px 0 4px;padding:16px;
 border:1px solid var(--cd-line);border-radius:16px;background:#fff;text-align:center}
.cd-rate-q,.cd-thanks{margin:0;font-weight:600}
.cd-thanks{color:#05603a}
.cd-stars{display:flex;gap:2px}
.cd-star{width:38px;height:38px;border-radius:8px;color:#d0d5dd}
.cd-star .cd-i{width:28px;height:28px}
.cd-star:hover,.cd-star[aria-pressed=true]{color:#f5a524}
.cd-comment{width:100%;padding:8px 10px;border:1px solid var(--cd-line);border-radius:10px;background:#fff;font-size:13px;resize:none}
.cd-primary{padding:9px 18px;border-radius:10px;background:var(--cd-accent);color:var(--cd-on-accent);font-weight:600}
.cd-primary:disabled,.cd-send:disabled{opacity:.4;cursor:default}
.cd-notice{padding:8px 18px;border-top:1px solid #fee4e2;background:#fef3f2;color:#b42318;font-size:12.5px}
.cd-foot{padding:10px 12px 8px;border-top:1px solid var(--cd-line);background:#fff}
.cd-human{display:inline-flex;align-items:center;gap:6px;margin:0 0 8px 2px;padding:6px 12px;border:1px solid var(--cd-line);
 border-radius:999px;background:var(--cd-soft);color:#344054;font-size:12.5px;font-weight:600}
.cd-human:hover{background:#eaecf0}
.cd-human .cd-i{width:15px;height:15px}
.cd-composer{display:flex;align-items:flex-end;gap:8px;padding:5px 5px 5px 14px;border:1.5px solid var(--cd-line);
 border-radius:16px;background:#fff;transition:border-color .15s,box-shadow .15s}
.cd-composer:focus-within{border-color:var(--cd-accent);box-shadow:0 0 0 3px color-mix(in srgb,var(--cd-accent) 18%,transparent)}
.cd-input{flex:1;min-width:0;max-height:120px;padding:7px 0;border:0;outline:0;background:transparent;font-size:14px;line-height:1.45;resize:none}
@media (max-width:480px){.cd-input{font-size:16px}} /* a phone zooms into a smaller input on focus */
.cd-input::placeholder{color:#98a2b3}
.cd-send{flex:none;width:36px;height:36px;border-radius:12px;background:var(--cd-accent);color:var(--cd-on-accent)}
.cd-send .cd-i{width:18px;height:18px}
.cd-brand{margin:6px 0 0;color:#98a2b3;font-size:11px;text-align:center}
@media (prefers-reduced-motion:reduce){.cd-root *{animation:none!important;transition:none!important}}
`;

  // ---- settings
  const data = (script && script.dataset) || {};
  const given = window.chatdeskSettings || {};
  const pick = (key, attr) => given[key] != null ? String(given[key]) : data[attr] != null ? data[attr] : null;
  const serverSetting = pick('server', 'chatdeskServer') || (script && script.src && new URL(script.src, location.href).origin);
  if (!serverSetting) {
    console.warn('Chatdesk: the widget needs its server: data-chatdesk-server="https://HOST" on its script tag.');
    return;
  }
  const server = serverSetting.replace(/\/+$/, '');
  /** A setting of a fixed form: a wrong one is reported and replaced by the default, and the widget still starts. */
  const checked = (name, value, form, fallback) => {
    if (value != null && !form.test(value)) {
      console.warn('Chatdesk: the setting ' + name + ' was "' + value + '", which is not of the form ' + form + '; using ' + fallback + '.');
    }
    return value != null && form.test(value) ? value : fallback;
  };
  const locale = checked('locale', pick('locale', 'chatdeskLocale') || document.documentElement.lang || navigator.language || null,
    /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'en');
  const colour = checked('color', pick('color', 'chatdeskColor'), /^#([0-9a-f]{3}|[0-9a-f]{6})$/i, '#2f5bea');
  const side = checked('position', pick('position', 'chatdeskPosition'), /^(left|right)$/, 'right');
  const t = Object.assign({}, /^zh\b/i.test(locale) ? TEXTS.zh : TEXTS.en, given.strings);
  const title = pick('title', 'chatdeskTitle') || t.title;
  const greeting = pick('greeting', 'chatdeskGreeting') || t.greeting;
  const customer = Object.assign({
    name: data.chatdeskCustomerName, email: data.chatdeskCustomerEmail, externalId: data.chatdeskCustomerId,
    identityHash: data.chatdeskCustomerHash
  }, given.customer);
  const fmt = (text, values) => text.replace(/\{(\w+)\}/g, (all, key) => values[key] != null ? values[key] : all);

  // ---- storage: the conversation survives reloads and navigation
  const KEY = 'chatdesk:' + server + ':';
  const saved = (name, session) => {
    try {
      return JSON.parse((session ? sessionStorage : localStorage).getItem(KEY + name));
    } catch (e) {
      return null; // storage disabled (private mode, sandboxed frame): the widget works for this page only
    }
  };
  const save = (name, value, session) => {
    try {
      const storage = session ? sessionStorage : localStorage;
      value == null ? storage.removeItem(KEY + name) : storage.setItem(KEY + name, JSON.stringify(value));
    } catch (e) {
      // as above
    }
  };

  // ---- DOM helpers: every text goes in as text
  const h = (tag, props, ...children) => {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) {
        continue;
      }
      if (key === 'class') {
        el.className = value;
      } else if (key === 'text') {
        el.textContent = value;
      } else if (key.startsWith('on')) {
        el.addEventListener(key.slice(2), value);
      } else {
        el.setAttribute(key, value === true ? '' : value);
      }
    }
    children.forEach(child => child != null && el.append(child));
    return el;
  };
  const ICONS = {
    chat: ['M6 3h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-6.5L7 20.5V17H6a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z', 1],
    down: ['M6 9l6 6 6-6'],
    send: ['M3.4 20.4 21 12 3.4 3.6v6.5L15 12 3.4 13.9z', 1],
    person: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 20a7.5 7.5 0 0 1 15 0'],
    doc: ['M14 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V8zM14 3v5h5M8.5 13h7M8.5 17h5'],
    spark: ['M12 2.5l2.2 6.3 6.3 2.2-6.3 2.2-2.2 6.3-2.2-6.3L3.5 11l6.3-2.2z', 1],
    star: ['M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4L2.8 9.5l6.4-.8z', 1]
  };
  const svg = (tag, attributes) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attributes).forEach(([key, value]) => el.setAttribute(key, value));
    return el;
  };
  const icon = name => {
    const [d, filled] = ICONS[name];
    const drawn = svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', class: 'cd-i cd-i-' + name });
    drawn.append(svg('path', filled ? { d, fill: 'currentColor' } : {
      d, fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round'
    }));
    return drawn;
  };
  /** Only http(s) links: a javascript: or data: URL from a message never becomes a link. */
  const safeUrl = url => {
    try {
      const parsed = new URL(url, server);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  };
  const link = (href, text, className) =>
    h('a', { href, class: className, target: '_blank', rel: 'noopener noreferrer nofollow', text });
  // **bold**, *italic*, [a link](https://...), a bare address
  const INLINE = /\*\*([^*\n]+)\*\*|\*([^*\s][^*\n]*)\*|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;
  /** A line's inline Markdown as nodes; a bare address is a link named by its site (no raw URL shown). */
  const inlineText = line => {
    const nodes = [];
    let at = 0;
    for (const m of String(line).matchAll(INLINE)) {
      const url = safeUrl(m[4] || m[5] || '');
      nodes.push(line.slice(at, m.index), m[1] !== undefined ? h('strong', { text: m[1] })
        : m[2] !== undefined ? h('em', { text: m[2] }) : url ? link(url, m[3] || new URL(url).hostname) : m[0]);
      at = m.index + m[0].length;
    }
    return [...nodes, line.slice(at)];
  };
  /** Markdown as elements (paragraphs, - and 1. lists, inline marks), never as HTML. */
  const richText = text => {
    const blocks = [];
    let list = null;
    for (const line of String(text).split('\n')) {
      const item = /^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (!item) {
        list = null;
        if (line.trim()) {
          blocks.push(h('p', { class: 'cd-p' }, ...inlineText(line.trim().replace(/^#+\s*/, ''))));
        }
        continue;
      }
      const tag = item[1] === undefined ? 'UL' : 'OL';
      if (!list || list.tagName !== tag) {
        blocks.push(list = h(tag, { class: 'cd-list' }));
      }
      list.append(h('li', {}, ...inlineText(item[2])));
    }
    return blocks;
  };

  // ---- the widget's DOM
  const host = h('chatdesk-widget', { 'data-chatdesk': '' });
  const root = host.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
    // A constructed sheet is not inline style for CSP: it works on pages whose policy forbids inline styles.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', { text: STYLES }));
  }

  const launcherLabel = h('span', { class: 'cd-sr' });
  const badge = h('span', { class: 'cd-badge', 'aria-hidden': 'true', hidden: true });
  const launcher = h('button', {
    type: 'button', class: 'cd-launcher', 'aria-expanded': 'false', 'aria-controls': 'cd-panel', 'aria-haspopup': 'dialog'
  }, icon('chat'), icon('down'), launcherLabel, badge);
  const statusLine = h('div', { class: 'cd-status', role: 'status', hidden: true });
  const log = h('div', { class: 'cd-log', role: 'log', 'aria-live': 'polite', 'aria-label': t.transcript });
  const quick = h('div', { class: 'cd-quick', role: 'group', 'aria-label': t.suggestions, hidden: true });
  const typing = h('div', { class: 'cd-row cd-typing', 'aria-hidden': 'true', hidden: true },
    h('div', { class: 'cd-avatar' }), h('div', { class: 'cd-bubble' }, h('span', { class: 'cd-dots' }, h('i'), h('i'), h('i'))));
  const typingLive = h('div', { class: 'cd-sr', 'aria-live': 'polite' });
  const rating = h('div', { class: 'cd-rating', hidden: true });
  const emailInput = h('input', {
    id: 'cd-email', class: 'cd-email-input', type: 'email', autocomplete: 'email', required: true, maxlength: '254'
  });
  const emailForm = h('form', { class: 'cd-email', hidden: true },
    h('label', { class: 'cd-email-label', for: 'cd-email', text: t.emailLabel }),
    h('div', { class: 'cd-email-row' }, emailInput, h('button', { type: 'submit', class: 'cd-email-send', text: t.emailSend })));
  const scroller = h('div', { class: 'cd-body' }, log, typing, quick, emailForm, rating);
  const notice = h('div', { class: 'cd-notice', role: 'alert', hidden: true });
  const input = h('textarea', {
    id: 'cd-input', class: 'cd-input', rows: '1', maxlength: '4000', placeholder: t.placeholder, autocomplete: 'off'
  });
  const sendButton = h('button', { type: 'submit', class: 'cd-send', 'aria-label': t.send, disabled: true }, icon('send'));
  const humanButton = h('button', { type: 'button', class: 'cd-human', hidden: true }, icon('person'), t.human);
  const composer = h('form', { class: 'cd-composer' },
    h('label', { class: 'cd-sr', for: 'cd-input', text: t.message }), input, sendButton);
  const panel = h('section', {
    id: 'cd-panel', class: 'cd-panel', role: 'dialog', 'aria-labelledby': 'cd-title', hidden: true
  },
  h('header', { class: 'cd-head' },
    h('div', { class: 'cd-head-avatar', 'aria-hidden': 'true' }, icon('spark')),
    h('div', { class: 'cd-head-text' }, h('h2', { id: 'cd-title', class: 'cd-title', text: title }),
      h('p', { class: 'cd-sub', text: greeting })),
    h('button', { type: 'button', class: 'cd-minimise', 'aria-label': t.close, onclick: () => toggle(false, true) }, icon('down'))),
  statusLine, scroller, notice,
  h('div', { class: 'cd-foot' }, humanButton, composer, h('p', { class: 'cd-brand', text: t.powered })));
  const widget = h('div', { class: 'cd-root cd-' + side, lang: locale }, panel, launcher, typingLive);
  widget.style.setProperty('--cd-accent', colour);
  widget.style.setProperty('--cd-on-accent', onColour(colour));
  root.append(widget);

  /** Black or white, whichever reads better on the accent colour. */
  function onColour(hex) {
    const full = hex.length === 4 ? '#' + [...hex.slice(1)].map(c => c + c).join('') : hex;
    const [r, g, b] = [1, 3, 5].map(i => parseInt(full.slice(i, i + 2), 16) / 255)
      .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 ? '#111827' : '#ffffff';
  }

  // ---- state
  let conversation = saved('conversation'); // {id, token}
  let status = 'bot';
  let agentName = null;
  let lastSeq = 0;
  let last = null; // the newest message, whose quick replies are offered
  let isOpen = false;
  let unread = saved('unread') || 0;
  let starting = null;
  let socket = null;
  let failures = 0;
  let everConnected = false;
  let reconnectTimer = null;
  let pollTimer = null;
  let typingTimer = null;
  let lastTypingSent = 0;
  let following = true;
  const shown = new Map(); // message id -> its row
  const titles = new Map(); // quick-reply payload -> its title, to show "/order_status" as the button said
  const pending = []; // customer messages not yet confirmed: {cid, text, row}

  // ---- the server
  const path = suffix => '/api/v1/conversations/' + encodeURIComponent(conversation.id) + suffix;
  async function call(method, url, body, token) {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    const response = await fetch(server + url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store'
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((json && json.error && json.error.message) || t.failed);
      error.status = response.status;
      throw error;
    }
    return json;
  }
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
  const newId = () => (window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(36).slice(2));

  function ensureConversation() {
    if (conversation) {
      return Promise.resolve(conversation);
    }
    if (!starting) {
      const body = { channel: 'web', locale };
      const who = {};
      ['name', 'email', 'externalId', 'identityHash'].forEach(k => customer[k] && (who[k] = String(customer[k])));
      if (Object.keys(who).length) {
        body.customer = who;
      }
      starting = call('POST', '/api/v1/conversations', body).then(started => {
        conversation = { id: started.conversationId, token: started.token };
        save('conversation', conversation);
        setStatus(started.status);
        started.messages.forEach(m => addMessage(m, false));
        showNotice(null);
        connect();
        return conversation;
      }).catch(error => {
        showNotice(t.startFailed);
        throw error;
      }).finally(() => {
        starting = null;
      });
    }
    return starting;
  }

  /** Fetches what this page has not seen yet: on load, after a reconnect, and when polling. */
  async function catchUp() {
    if (!conversation) {
      return;
    }
    const asked = conversation;
    const live = lastSeq > 0; // the first load restores the transcript; later ones bring what came meanwhile
    try {
      const history = await call('GET', path(live ? '?afterSeq=' + lastSeq : ''), undefined, asked.token);
      if (asked !== conversation) {
        return;
      }
      history.messages.forEach(m => addMessage(m, live));
      setStatus(history.status, history.agent && history.agent.name);
      askForEmail(history.awaitingEmail);
    } catch (error) {
      if (asked === conversation && [401, 403, 404].includes(error.status)) {
        forget(); // the server no longer knows this conversation: the next message starts a new one
      }
    }
  }

  function connect() {
    clearTimeout(reconnectTimer);
    if (!conversation || (socket && socket.readyState <= 1)) {
      return;
    }
    if (!window.WebSocket) {
      startPolling();
      return;
    }
    let ws;
    try {
      ws = new WebSocket(server.replace(/^http/, 'ws') + path('/events'));
    } catch (e) {
      startPolling();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'auth', token: conversation.token })); // never in the URL
      failures = 0;
      everConnected = true;
      stopPolling();
      showNotice(null);
      catchUp();
    };
    ws.onmessage = event => {
      try {
        onFrame(JSON.parse(event.data));
      } catch (e) {
        // a frame this version does not understand
      }
    };
    ws.onclose = () => {
      if (socket !== ws) {
        return;
      }
      socket = null;
      if (!conversation) {
        return;
      }
      failures++;
      if (!everConnected && failures >= 3) {
        startPolling(); // WebSockets look blocked here (a proxy, a firewall): HTTP it is, trying sockets now and then
      } else if (failures >= 2 && !pollTimer) {
        showNotice(t.reconnecting);
      }
      const delay = Math.min(30000, 500 * 2 ** failures);
      reconnectTimer = setTimeout(connect, delay / 2 + Math.random() * delay / 2);
    };
  }
  function startPolling() {
    if (!pollTimer) {
      showNotice(null);
      pollTimer = setInterval(catchUp, 3000);
      catchUp();
    }
  }
  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = null;
  }

  function onFrame(frame) {
    if (frame.type === 'message') {
      addMessage(frame.message, true);
    } else if (frame.type === 'status') {
      setStatus(frame.status, frame.agent && frame.agent.name);
    } else if (frame.type === 'typing' && (frame.role === 'bot' || frame.role === 'agent')) {
      showTyping(frame.role);
    } else if (frame.type === 'error' && frame.error) {
      showNotice(frame.error.message);
    }
  }

  function forget() {
    conversation = null;
    save('conversation', null);
    if (socket) {
      socket.close();
      socket = null;
    }
    stopPolling();
    clearTimeout(reconnectTimer);
    shown.clear();
    log.replaceChildren(...pending.map(p => p.row));
    lastSeq = 0;
    last = null;
    setStatus('bot');
    renderQuickReplies();
    if (isOpen) {
      ensureConversation().catch(() => {});
    }
  }

  // ---- the transcript
  const whoSaid = m => m.role === 'customer' ? t.you : m.role === 'agent' ? (m.author || agentName || t.agent) : t.bot;
  const timeOf = iso => {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  };
  const shownText = m => m.role === 'customer' && titles.has(m.text) ? titles.get(m.text) : m.text;

  function messageRow(m) {
    if (m.role === 'system') {
      return h('div', { class: 'cd-row cd-system', 'data-who': 'system' }, h('p', { class: 'cd-sys', text: m.text }));
    }
    const role = m.role === 'agent' ? 'agent' : m.role === 'customer' ? 'customer' : 'bot';
    const who = whoSaid(m);
    const avatar = h('div', { class: 'cd-avatar', 'aria-hidden': 'true' });
    role === 'agent' ? avatar.append(who.trim().charAt(0).toUpperCase()) : avatar.append(icon('spark'));
    const stack = h('div', { class: 'cd-stack' },
      h('div', { class: 'cd-meta' }, h('span', { class: 'cd-who', text: who }), h('span', { class: 'cd-time', text: timeOf(m.createdAt) })),
      h('div', { class: 'cd-bubble' }, ...(role === 'customer' ? [shownText(m)] : richText(shownText(m)))));
    const sources = (m.sources || []).filter(s => safeUrl(s.url));
    if (sources.length) {
      stack.append(h('div', { class: 'cd-sources' }, h('span', { class: 'cd-sources-label', text: t.sources }),
        ...sources.map(s => {
          const a = link(safeUrl(s.url), null, 'cd-source');
          a.append(icon('doc'), h('span', { text: s.title || s.url }));
          return a;
        })));
    }
    const row = h('div', { class: 'cd-row cd-' + role }, role === 'customer' ? null : avatar, stack);
    row.dataset.who = role + ':' + who;
    return row;
  }

  /** Rows in order of seq; messages still being sent stay at the end. */
  function place(row, seq) {
    row.dataset.seq = seq;
    const after = [...log.children].find(c => c !== row && (c.dataset.seq === undefined || Number(c.dataset.seq) > seq)) || null;
    if (row.parentNode !== log || row.nextSibling !== after) {
      log.insertBefore(row, after);
    }
    regroup();
  }
  /** The first of consecutive messages from the same sender shows who and when; the others only say it to screen readers. */
  function regroup() {
    let previous = null;
    for (const row of log.children) {
      row.classList.toggle('cd-first', row.dataset.who !== previous);
      previous = row.dataset.who;
    }
  }

  /** Shows a message once, however often it comes (socket, answer, catch-up); own: the pending message it confirms. */
  function addMessage(m, live, own) {
    if (!m || m.id == null || shown.has(m.id)) {
      return;
    }
    (m.quickReplies || []).forEach(q => titles.set(q.payload, q.title));
    if (m.seq > lastSeq) {
      lastSeq = m.seq;
    }
    if (!last || m.seq >= last.seq) {
      last = m;
    }
    const waiting = own && pending.includes(own) ? own : m.role === 'customer' && pending.find(p => p.text === m.text.trim());
    let row;
    if (waiting) {
      row = confirm(waiting, m);
    } else {
      row = messageRow(m);
      place(row, m.seq);
    }
    shown.set(m.id, row);
    if (m.role !== 'customer') {
      hideTyping(); // any answer ends the dots: the bot's, an agent's, or the hand-over's system message
    }
    if (m.role === 'bot' || m.role === 'agent') {
      if (live && (!isOpen || document.hidden)) {
        setUnread(unread + 1);
      }
    }
    renderQuickReplies();
    scrollDown(m.role === 'customer', row);
  }

  /** The pending row becomes the message's row in place: screen readers do not hear it twice. */
  function confirm(p, m) {
    pending.splice(pending.indexOf(p), 1);
    p.row.classList.remove('cd-pending', 'cd-failed');
    p.row.querySelector('.cd-state').remove();
    place(p.row, m.seq);
    return p.row;
  }

  function renderQuickReplies() {
    quick.replaceChildren();
    // "Talk to a person" is offered once: by its own button while that shows, not again as a chip.
    const offers = (last && !pending.length && last.role !== 'customer' ? last.quickReplies || [] : [])
      .filter(q => humanButton.hidden || q.payload !== HANDOFF);
    offers.forEach(q => quick.append(h('button', {
      type: 'button', class: 'cd-chip', text: q.title, onclick: () => send(q.payload, q.title)
    })));
    quick.hidden = offers.length === 0;
  }

  /** Follows new messages while the customer is at the end of the transcript, not while they read back;
   *  to the end, or, for an answer taller than the view, to its start: it is read from the top. */
  function scrollDown(force, row) {
    if (force || following) {
      following = true;
      requestAnimationFrame(() => {
        if (row && row.offsetHeight > scroller.clientHeight - 24) {
          scroller.scrollTop += row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
        } else {
          scroller.scrollTop = scroller.scrollHeight;
        }
      });
    }
  }

  function showTyping(role) {
    const who = role === 'agent' ? agentName || t.agent : t.bot;
    const avatar = typing.firstChild;
    avatar.replaceChildren(role === 'agent' ? who.charAt(0).toUpperCase() : icon('spark'));
    typing.className = 'cd-row cd-typing cd-' + role;
    if (typing.hidden) {
      typingLive.textContent = fmt(t.typing, { who }); // said once, not at every frame of an agent's typing
    }
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, role === 'agent' ? 6000 : 20000);
    scrollDown(false);
  }
  function hideTyping() {
    clearTimeout(typingTimer);
    typing.hidden = true;
    typingLive.textContent = '';
  }

  function setStatus(next, name) {
    const agent = next === 'with_agent' ? name || agentName : null;
    if (!next || (next === status && agent === agentName && statusLine.dataset.shown)) {
      return; // unchanged (a poll): the status line is a live region, said again only when it changes
    }
    status = next;
    agentName = agent;
    statusLine.dataset.shown = 'yes';
    const texts = {
      waiting_for_agent: t.waiting,
      with_agent: agentName ? fmt(t.withAgent, { name: agentName }) : t.withTeam,
      closed: t.closed
    };
    statusLine.hidden = !texts[next];
    statusLine.className = 'cd-status cd-status-' + next;
    statusLine.replaceChildren(h('span', { class: 'cd-dot', 'aria-hidden': 'true' }), texts[next] || '');
    humanButton.hidden = next !== 'bot';
    showRating(next === 'closed' && conversation && saved('rated') !== conversation.id);
  }

  function showNotice(text) {
    notice.hidden = !text;
    notice.textContent = text || '';
  }

  function setUnread(count) {
    unread = count;
    save('unread', count || null);
    badge.hidden = count === 0;
    badge.textContent = count > 9 ? '9+' : String(count);
    launcherLabel.textContent = isOpen ? t.close : count ? fmt(t.openUnread, { n: count }) : t.open;
  }

  // ---- the customer's actions
  function send(text, label) {
    text = String(text).trim();
    if (!text) {
      return;
    }
    const p = { cid: newId(), text, row: null };
    p.row = messageRow({ role: 'customer', text: label || text, createdAt: new Date().toISOString() });
    p.row.classList.add('cd-pending');
    p.row.querySelector('.cd-stack').append(h('div', { class: 'cd-state', text: t.sending }));
    pending.push(p);
    log.append(p.row);
    regroup();
    renderQuickReplies();
    scrollDown(true);
    deliver(p);
  }

  async function deliver(p) {
    const state = p.row.querySelector('.cd-state');
    p.row.classList.remove('cd-failed');
    state.replaceChildren(t.sending);
    for (let attempt = 0; ; attempt++) {
      try {
        const { token } = await ensureConversation();
        if (status === 'bot') {
          showTyping('bot');
        }
        const turn = await call('POST', path('/messages'), { text: p.text, clientMessageId: p.cid }, token);
        addMessage(turn.message, false, p);
        turn.replies.forEach(m => addMessage(m, false));
        setStatus(turn.status);
        askForEmail(turn.awaitingEmail);
        if (!turn.replies.length) {
          hideTyping();
        }
        return;
      } catch (error) {
        if ((error.status === 403 || error.status === 404) && attempt === 0) {
          forget(); // the conversation is gone (a server reset): send it in a new one
          continue;
        }
        if (!error.status && attempt < 3) {
          await sleep(1000 * 2 ** attempt); // the network: the same clientMessageId makes the retry safe
          continue;
        }
        hideTyping();
        p.row.classList.add('cd-failed');
        state.replaceChildren(error.status ? error.message + ' ' : t.failed + ' ',
          h('button', { type: 'button', class: 'cd-retry', text: t.retry, onclick: () => deliver(p) }));
        return;
      }
    }
  }

  async function askForPerson() {
    humanButton.disabled = true;
    try {
      await ensureConversation();
      const answer = await call('POST', path('/handoff'), {}, conversation.token);
      setStatus(answer.status);
      askForEmail(answer.awaitingEmail);
    } catch (error) {
      showNotice(error.message);
    } finally {
      humanButton.disabled = false;
    }
  }

  /** The e-mail field, while the bot waits for an address (writing it in the chat works too). */
  function askForEmail(asked) {
    emailForm.hidden = !asked;
    if (asked) {
      scrollDown(false);
    }
  }

  function sendEmail(event) {
    event.preventDefault();
    if (!emailInput.checkValidity()) {
      emailInput.reportValidity();
      return;
    }
    send(emailInput.value);
    emailInput.value = '';
    emailForm.hidden = true;
  }

  function showRating(visible) {
    rating.hidden = !visible;
    scrollDown(false);
    if (!visible || rating.firstChild) {
      return;
    }
    let chosen = 0;
    const stars = [1, 2, 3, 4, 5].map(n => h('button', {
      type: 'button', class: 'cd-star', 'aria-pressed': 'false', 'aria-label': fmt(t.star, { n }),
      onclick: () => {
        chosen = n;
        stars.forEach((star, i) => star.setAttribute('aria-pressed', String(i < n)));
        submit.disabled = false;
      }
    }, icon('star')));
    const comment = h('textarea', { class: 'cd-comment', rows: '2', maxlength: '2000', 'aria-label': t.comment, placeholder: t.comment });
    const submit = h('button', { type: 'button', class: 'cd-primary', disabled: true, text: t.submit });
    submit.addEventListener('click', async () => {
      submit.disabled = true;
      try {
        const body = { rating: chosen };
        if (comment.value.trim()) {
          body.comment = comment.value.trim();
        }
        await call('POST', path('/feedback'), body, conversation.token);
        save('rated', conversation.id);
        rating.replaceChildren(h('p', { class: 'cd-thanks', role: 'status', text: t.thanks }));
      } catch (error) {
        submit.disabled = false;
        showNotice(error.message);
      }
    });
    rating.append(h('p', { class: 'cd-rate-q', id: 'cd-rate-q', text: t.rate }),
      h('div', { class: 'cd-stars', role: 'group', 'aria-labelledby': 'cd-rate-q' }, ...stars), comment, submit);
  }

  /** Opens or closes the panel; moveFocus: into the composer when it opens, back to the launcher when it closes. */
  function toggle(open, moveFocus) {
    isOpen = open;
    panel.hidden = !open;
    widget.classList.toggle('cd-open', open);
    launcher.setAttribute('aria-expanded', String(open));
    save('open', open || null, true);
    if (open) {
      setUnread(0);
      ensureConversation().catch(() => {});
      scrollDown(true);
      if (moveFocus) {
        input.focus({ preventScroll: true });
      }
    } else {
      setUnread(unread);
      if (moveFocus) {
        launcher.focus();
      }
    }
  }

  // ---- wiring
  launcher.addEventListener('click', () => toggle(!isOpen, !isOpen));
  panel.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      toggle(false, true);
    }
  });
  humanButton.addEventListener('click', askForPerson);
  scroller.addEventListener('scroll', () => {
    following = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
  });
  const grow = () => {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
    sendButton.disabled = !input.value.trim();
  };
  input.addEventListener('input', () => {
    grow();
    const human = status === 'waiting_for_agent' || status === 'with_agent';
    if (human && socket && socket.readyState === 1 && Date.now() - lastTypingSent > 2500) {
      lastTypingSent = Date.now();
      socket.send(JSON.stringify({ type: 'typing' }));
    }
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  emailForm.addEventListener('submit', sendEmail);
  composer.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    grow();
    send(text);
  });
  // Links and buttons of the page open the chat: <a href="#chat" data-chatdesk-open data-chatdesk-message="...">.
  document.addEventListener('click', event => {
    const trigger = event.target instanceof Element && event.target.closest('[data-chatdesk-open]');
    if (trigger) {
      event.preventDefault();
      toggle(true, true);
      const message = trigger.getAttribute('data-chatdesk-message');
      if (message) {
        send(message);
      }
    }
  });
  window.addEventListener('online', connect);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      connect();
    }
  });

  window.Chatdesk = Object.freeze({
    open: () => toggle(true, true),
    close: () => toggle(false, false),
    send: text => {
      toggle(true, false);
      send(text);
    }
  });

  document.body.append(host);
  setUnread(unread);
  if (conversation) {
    catchUp();
    connect();
  }
  if (saved('open', true)) {
    toggle(true, false);
  }
})();
