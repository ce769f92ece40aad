// The L1 desk's live parts: the queue and an open ticket follow the change feed; the reply box posts without a reload.
// Everything from the server is put into the page as text (textContent), never as markup.
(function () {
  'use strict';

  const token = document.querySelector('meta[name="desk-csrf"]')?.content ?? '';
  const pollMs = Number(document.body.dataset.pollMs) || 2000;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setLive(text, isError) {
    const live = document.getElementById('live-status');
    if (!live) return;
    live.textContent = text;
    live.classList.toggle('offline', Boolean(isError));
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) throw new Error('Signed out: reload the page to sign in again.');
    if (!response.ok) throw new Error('The server answered ' + response.status + '.');
    return response.json();
  }

  // Asks the change feed for news every pollMs; onChange gets the changed tickets.
  function follow(sequence, onChange) {
    let after = sequence;
    async function tick() {
      try {
        let feed;
        do {
          feed = await getJson('/desk/api/changes?after=' + encodeURIComponent(after));
          after = feed.sequence;
          if (feed.tickets.length > 0) await onChange(feed.tickets);
        } while (feed.hasMore);
        setLive('Live', false);
      } catch (error) {
        setLive(error.message, true);
        if (error.message.startsWith('Signed out')) return;
      }
      setTimeout(tick, pollMs);
    }
    setTimeout(tick, pollMs);
  }

  function shorten(text) {
    return text && text.length > 140 ? text.slice(0, 139) + '…' : (text ?? '');
  }

  function queueRow(row, fresh) {
    const tr = el('tr', fresh ? 'fresh' : '');
    tr.dataset.number = row.number;
    const link = el('a', '', row.number);
    link.href = '/desk/tickets/' + encodeURIComponent(row.number);
    const first = el('td');
    first.append(link);
    const status = el('td');
    status.append(el('span', 'badge status-' + row.status, row.statusLabel));
    const problem = el('td', 'problem', shorten(row.problem));
    tr.append(first, status, el('td', '', row.createdText), el('td', '', row.userName || '—'), problem,
      el('td', '', row.channel), el('td', '', row.language), el('td', '', row.assignee ?? ''),
      el('td', '', row.rating ? row.rating + '/5' : ''));
    return tr;
  }

  function startQueue(queue) {
    follow(Number(queue.dataset.sequence), async (changed) => {
      const numbers = new Set(changed.map((t) => t.number));
      const list = await getJson(queue.dataset.api);
      const body = document.getElementById('queue-rows');
      body.replaceChildren(...list.items.map((row) => queueRow(row, numbers.has(row.number))));
      document.getElementById('queue-empty').hidden = list.items.length > 0;
      document.getElementById('queue-total').textContent = String(list.total);
      let all = 0;
      for (const count of list.counts) {
        all += count.count;
        const tab = document.querySelector('#status-tabs a[data-status="' + count.status + '"] .count');
        if (tab) tab.textContent = String(count.count);
      }
      const allTab = document.querySelector('#status-tabs a[data-status=""] .count');
      if (allTab) allTab.textContent = String(all);
    });
  }

  function line(entry) {
    const li = el('li', 'role-' + entry.role);
    const meta = el('div', 'line-meta');
    const time = el('time', '', entry.atText);
    time.dateTime = entry.at;
    meta.append(time, ' ');
    if (entry.name !== entry.role) meta.append(el('span', 'who', entry.name), ' ');
    meta.append(el('span', 'role', entry.role));
    li.append(meta, el('div', 'text', entry.text));
    return li;
  }

  function renderTicket(view) {
    const t = view.ticket;
    const status = document.getElementById('t-status');
    status.className = 'badge status-' + t.status;
    status.textContent = t.statusLabel;
    document.getElementById('t-assignee').textContent = t.assignee ?? 'nobody';
    document.getElementById('t-rating').textContent = t.rating
      ? t.rating + '/5' + (view.ratingComment ? ' — ' + view.ratingComment : '')
      : 'not rated';
    const transcript = document.getElementById('transcript');
    const atBottom = transcript.scrollTop + transcript.clientHeight >= transcript.scrollHeight - 4;
    transcript.replaceChildren(...view.transcript.map(line));
    if (atBottom) transcript.scrollTop = transcript.scrollHeight;
    document.getElementById('history').replaceChildren(...view.history.map(line));
    for (const form of document.querySelectorAll('#actions form[data-action]')) {
      form.hidden = !view.actions.includes(form.dataset.action);
    }
    document.getElementById('reply-form').hidden = !view.actions.includes('reply');
  }

  function startTicket(ticket) {
    const number = ticket.dataset.number;
    const transcript = document.getElementById('transcript');
    transcript.scrollTop = transcript.scrollHeight;
    const url = '/desk/api/tickets/' + encodeURIComponent(number);
    follow(Number(ticket.dataset.sequence), async (changed) => {
      if (changed.some((t) => t.number === number)) renderTicket(await getJson(url));
    });

    const form = document.getElementById('reply-form');
    const text = document.getElementById('reply-text');
    const error = document.getElementById('reply-error');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      error.textContent = '';
      try {
        const response = await fetch(url + '/reply', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Desk-CSRF': token },
          body: JSON.stringify({ text: text.value }),
        });
        const body = await response.json();
        if (!response.ok) {
          error.textContent = body.error ?? ('The server answered ' + response.status + '.');
        } else {
          text.value = '';
          renderTicket(body.ticket);
          if (body.warning) error.textContent = body.warning;
        }
      } catch (failure) {
        error.textContent = 'The reply was not sent: ' + failure.message;
      } finally {
        button.disabled = false;
      }
    });
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
  }

  for (const bar of document.querySelectorAll('.bar span[data-width]')) {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.width))) + '%';
  }

  const queue = document.getElementById('queue');
  if (queue) startQueue(queue);
  const ticket = document.getElementById('ticket');
  if (ticket) startTicket(ticket);
})();
