// SupportBot web chat: mounts the official Web Chat (window.WebChat) on a Direct Line conversation served by this
// server, keeps the conversation across page reloads (sessionStorage) and refreshes its token before it expires.
// Used by the support page and by other sites (see README, "Web chat").
(function () {
  'use strict';

  var script = document.currentScript;
  var defaultServer = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  var STRINGS = {
    ru: {
      title: 'IT-поддержка',
      subtitle: 'Опишите проблему своими словами — бот подскажет решение из базы знаний.',
      newConversation: 'Новый разговор',
      examplesTitle: 'Например',
      examples: ['Не могу подключиться к VPN', 'Забыл пароль от почты', 'Принтер не печатает', 'Компьютер очень тормозит'],
      connecting: 'Подключаемся…',
      failed: 'Не удалось подключиться к серверу. Проверьте сеть и обновите страницу.',
      documentTitle: 'Поддержка · SupportBot'
    },
    en: {
      title: 'IT support',
      subtitle: 'Describe the problem in your own words and the bot will suggest a fix from the knowledge base.',
      newConversation: 'New conversation',
      examplesTitle: 'For example',
      examples: ['VPN does not connect', 'I forgot my email password', 'The printer is not printing', 'My computer is very slow'],
      connecting: 'Connecting…',
      failed: 'Could not reach the server. Check your network and reload the page.',
      documentTitle: 'Support · SupportBot'
    }
  };

  var SESSION_KEY = 'supportbot.session';
  var LANGUAGE_KEY = 'supportbot.language';

  function pickLanguage(explicit) {
    var saved = explicit || safe(function () { return localStorage.getItem(LANGUAGE_KEY); });
    if (saved === 'ru' || saved === 'en') { return saved; }
    var browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return /^ru\b/i.test(browser) ? 'ru' : 'en';
  }

  function safe(read) { try { return read(); } catch (e) { return null; } }

  function loadSession(key) {
    var raw = safe(function () { return sessionStorage.getItem(key); });
    if (!raw) { return null; }
    try { return JSON.parse(raw); } catch (e) { return null; }
  }

  function saveSession(key, session) {
    safe(function () { sessionStorage.setItem(key, JSON.stringify(session)); });
  }

  function randomId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return 'user_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function post(url, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: 'POST', headers: headers, body: '{}' }).then(function (response) {
      if (!response.ok) { var error = new Error('HTTP ' + response.status); error.status = response.status; throw error; }
      return response.json();
    });
  }

  function mount(element, options) {
    options = options || {};
    var server = (options.server || defaultServer).replace(/\/+$/, '');
    var domain = server + '/v3/directline';
    var sessionKey = SESSION_KEY + ':' + server;
    var language = pickLanguage(options.language);
    var state = { directLine: null, store: null, session: null, refreshTimer: 0 };
    var statusElement = options.page ? document.getElementById('status') : null;

    function showStatus(text) {
      if (!statusElement) { return; }
      statusElement.textContent = text || '';
      statusElement.hidden = !text;
    }

    // A stored conversation whose token still lives is resumed (its token refreshed first); otherwise a new one starts.
    function openSession() {
      var saved = loadSession(sessionKey);
      var resume = saved && saved.conversationId && saved.token && saved.expiresAt > Date.now() + 5000
        ? post(domain + '/tokens/refresh', saved.token).then(function (fresh) {
            return { conversationId: saved.conversationId, token: fresh.token, expiresAt: Date.now() + fresh.expires_in * 1000, userId: saved.userId || randomId() };
          })
        : Promise.reject(new Error('no session'));
      return resume.catch(function () {
        return post(domain + '/tokens/generate').then(function (created) {
          return { conversationId: created.conversationId, token: created.token, expiresAt: Date.now() + created.expires_in * 1000, userId: randomId() };
        });
      });
    }

    function scheduleRefresh() {
      clearTimeout(state.refreshTimer);
      var delay = Math.max(10000, (state.session.expiresAt - Date.now()) / 2);
      state.refreshTimer = setTimeout(function () {
        post(domain + '/tokens/refresh', state.session.token).then(function (fresh) {
          state.session.token = fresh.token;
          state.session.expiresAt = Date.now() + fresh.expires_in * 1000;
          saveSession(sessionKey, state.session);
          scheduleRefresh();
        }, function () { state.refreshTimer = setTimeout(scheduleRefresh, 30000); });
      }, delay);
    }

    function render() {
      window.WebChat.renderWebChat({
        directLine: state.directLine,
        store: state.store,
        userID: state.session.userId,
        locale: language === 'ru' ? 'ru-RU' : 'en-US',
        styleOptions: {
          hideUploadButton: true,
          bubbleBorderRadius: 12,
          bubbleFromUserBorderRadius: 12,
          bubbleFromUserBackground: '#dbeafe',
          suggestedActionBorderRadius: 8,
          accent: '#2563eb',
          botAvatarInitials: 'SB',
          userAvatarInitials: language === 'ru' ? 'Я' : 'Me'
        }
      }, element);
    }

    function connect() {
      showStatus(STRINGS[language].connecting);
      return openSession().then(function (session) {
        state.session = session;
        saveSession(sessionKey, session);
        // An empty watermark replays the whole conversation, so a reload shows its history.
        state.directLine = window.WebChat.createDirectLine({
          domain: domain, token: session.token, conversationId: session.conversationId, watermark: '', webSocket: options.webSocket !== false
        });
        state.directLine.connectionStatus$.subscribe(function (status) {
          if (status === 2) { showStatus(''); }
          if (status === 4) { showStatus(STRINGS[language].failed); }
          if (status === 5) { restart(); }
        });
        state.store = window.WebChat.createStore();
        render();
        scheduleRefresh();
      }, function () { showStatus(STRINGS[language].failed); });
    }

    function restart() {
      clearTimeout(state.refreshTimer);
      safe(function () { sessionStorage.removeItem(sessionKey); });
      if (state.directLine) { safe(function () { state.directLine.end(); }); }
      return connect();
    }

    function setLanguage(next) {
      language = next;
      safe(function () { localStorage.setItem(LANGUAGE_KEY, next); });
      if (options.page) { translatePage(); }
      if (state.directLine) { render(); }
    }

    function send(text) {
      if (state.store) { state.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } }); }
    }

    function translatePage() {
      var strings = STRINGS[language];
      document.documentElement.lang = language;
      document.title = strings.documentTitle;
      Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
        node.textContent = strings[node.getAttribute('data-i18n')];
      });
      Array.prototype.forEach.call(document.querySelectorAll('.lang'), function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === language));
      });
      var list = document.getElementById('examples');
      if (list) {
        list.textContent = '';
        strings.examples.forEach(function (example) {
          var item = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = example;
          button.addEventListener('click', function () { send(example); });
          item.appendChild(button);
          list.appendChild(item);
        });
      }
    }

    if (options.page) {
      Array.prototype.forEach.call(document.querySelectorAll('.lang'), function (button) {
        button.addEventListener('click', function () { setLanguage(button.getAttribute('data-lang')); });
      });
      var restartButton = document.getElementById('new-conversation');
      if (restartButton) { restartButton.addEventListener('click', function () { restart(); }); }
      translatePage();
    }

    connect();
    return { setLanguage: setLanguage, restart: restart, send: send };
  }

  window.SupportBotChat = { mount: mount };
})();
