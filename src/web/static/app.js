/* global document, sessionStorage, TextDecoder, fetch */
// The docs assistant page: plain ES module, no framework, no external requests. Every piece of text from the
// server is inserted with textContent (never innerHTML), so an answer or a document cannot inject markup.

const KEY = 'bastion.apiKey';
const MODEL = 'bastion-docs';
const $ = (id) => document.getElementById(id);

/** The key stopped working mid-session (revoked, rotated): the page has already signed out and said why. */
class KeyRejected extends Error {}
const REJECTED =
  'You were signed out: the gateway rejected your key (401). It may have been revoked or rotated. Sign in again with a valid key.';

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

// The one place the page talks to the gateway: same origin, the key as a bearer token.
async function api(path, init = {}) {
  const headers = { ...(init.headers ?? {}), authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ''}` };
  if (init.body) headers['content-type'] = 'application/json';
  // eslint-disable-next-line no-restricted-globals
  const res = await fetch(path, { ...init, headers });
  if (res.status === 401) {
    signOut(REJECTED);
    throw new KeyRejected('unauthorized');
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      if (body?.error?.message) message = body.error.message;
    } catch {
      // Not JSON: the status line says enough.
    }
    throw new Error(message);
  }
  return res;
}

function showSignedIn(signedIn) {
  $('sign-in').hidden = signedIn;
  $('chat').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  (signedIn ? $('question') : $('api-key')).focus();
}

// Signing out ends the conversation too: the next person at this tab must not read it, and a rejected key's
// half-asked question must not stay behind as a "No answer" entry.
function signOut(message = '') {
  sessionStorage.removeItem(KEY);
  $('log').replaceChildren();
  $('ask-error').textContent = '';
  if ($('passage').open) $('passage').close();
  $('sign-in-error').textContent = message;
  showSignedIn(false);
}

/** Splits the model's content into the answer and its "Sources:" lines: `[n] path — heading (p_id)`. */
export function parseContent(content) {
  const at = content.lastIndexOf('\n\nSources:\n');
  if (at < 0) return { answer: content, sources: [] };
  const sources = [];
  for (const line of content.slice(at + 11).split('\n')) {
    const m = /^\[(\d+)\] (.+) — (.+) \((p_[0-9a-f]{16})\)$/.exec(line.trim());
    if (m) sources.push({ index: Number(m[1]), source: m[2], heading: m[3], id: m[4] });
  }
  return { answer: content.slice(0, at), sources };
}

function renderInline(text, sources, parent) {
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const source = sources.find((s) => s.index === Number(m[1]));
    if (!source) continue;
    parent.append(text.slice(last, m.index));
    parent.append(
      el('button', {
        type: 'button',
        class: 'cite plain',
        text: `[${source.index}]`,
        'aria-label': `Source ${source.index}: ${source.source}, ${source.heading}`,
        onclick: () => openPassage(source),
      }),
    );
    last = m.index + m[0].length;
  }
  parent.append(text.slice(last));
}

function renderAnswer(container, content) {
  const { answer, sources } = parseContent(content);
  container.replaceChildren();
  const parts = answer.split(/(```[^\n]*\n[\s\S]*?```)/g);
  for (const part of parts) {
    if (part.startsWith('```')) {
      const code = part.replace(/^```[^\n]*\n/, '').replace(/```$/, '');
      container.append(el('pre', {}, [el('code', { text: code })]));
    } else {
      for (const para of part.split(/\n{2,}/)) {
        if (!para.trim()) continue;
        const p = el('p');
        renderInline(para.trim(), sources, p);
        container.append(p);
      }
    }
  }
  if (sources.length > 0) {
    const list = el('ol', { class: 'sources', 'aria-label': 'Sources' });
    for (const s of sources) {
      list.append(
        el('li', { value: String(s.index) }, [
          el('button', { type: 'button', text: `${s.source} — ${s.heading}`, onclick: () => openPassage(s) }),
        ]),
      );
    }
    container.append(list);
  }
  return sources;
}

async function openPassage(source) {
  const dialog = $('passage');
  $('passage-title').textContent = source.heading;
  $('passage-meta').textContent = `${source.source} · passage ${source.id}`;
  $('passage-text').textContent = 'Loading…';
  if (!dialog.open) dialog.showModal();
  try {
    const res = await api(`/v1/docs/passages/${encodeURIComponent(source.id)}`);
    const passage = await res.json();
    $('passage-meta').textContent =
      `${passage.source} · characters ${passage.start}–${passage.end} · passage ${passage.id}`;
    $('passage-text').textContent = passage.text;
  } catch (error) {
    if (error instanceof KeyRejected) return;
    $('passage-text').textContent = `Could not load the passage: ${error.message}`;
  }
  $('passage-close').focus();
}

function feedbackForm(responseId, requestId) {
  const status = el('span', { class: 'status', role: 'status' });
  const comment = el('textarea', {
    rows: '2',
    maxlength: '4000',
    'aria-label': 'Comment (optional)',
    placeholder: 'What was right or wrong? (optional)',
  });
  let rating = null;
  const choose = (value, button, other) => {
    rating = value;
    button.setAttribute('aria-pressed', 'true');
    other.setAttribute('aria-pressed', 'false');
  };
  const up = el('button', { type: 'button', class: 'plain', 'aria-pressed': 'false', text: '👍 Helpful' });
  const down = el('button', {
    type: 'button',
    class: 'plain',
    'aria-pressed': 'false',
    text: '👎 Not helpful',
  });
  up.addEventListener('click', () => choose('up', up, down));
  down.addEventListener('click', () => choose('down', down, up));
  const send = el('button', { type: 'submit', text: 'Send feedback' });
  const form = el('form', { class: 'feedback', 'aria-label': 'Feedback on this answer' }, [
    up,
    down,
    comment,
    send,
    status,
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!rating) {
      status.textContent = 'Choose 👍 or 👎 first.';
      return;
    }
    send.disabled = true;
    try {
      const body = { response_id: responseId, rating, model: MODEL };
      if (requestId) body.request_id = requestId;
      if (comment.value.trim()) body.comment = comment.value.trim();
      await api('/v1/feedback', { method: 'POST', body: JSON.stringify(body) });
      status.textContent = 'Thanks, feedback sent.';
      up.disabled = down.disabled = comment.disabled = true;
    } catch (error) {
      if (error instanceof KeyRejected) return;
      status.textContent = `Feedback not sent: ${error.message}`;
      send.disabled = false;
    }
  });
  return form;
}

async function ask(question) {
  const log = $('log');
  log.append(
    el('li', { class: 'question' }, [el('p', { class: 'who', text: 'You' }), el('p', { text: question })]),
  );
  const body = el('div', { class: 'answer', 'aria-busy': 'true' });
  const item = el('li', { class: 'reply' }, [el('p', { class: 'who', text: 'Assistant' }), body]);
  log.append(item);
  const live = el('p', { text: '…' });
  body.append(live);
  let res;
  try {
    res = await api('/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: 'user', content: question }] }),
    });
  } catch (error) {
    if (error instanceof KeyRejected) throw error; // signed out: the conversation is gone, nothing to annotate
    // The reply slot says what happened (e.g. a policy block), so the conversation keeps its shape.
    live.textContent = `No answer: ${error.message}`;
    live.className = 'error';
    body.setAttribute('aria-busy', 'false');
    throw error;
  }
  const requestId = res.headers.get('x-request-id');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let content = '';
  let responseId = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const data = line.slice(6);
        if (data === '[DONE]') continue;
        const chunk = JSON.parse(data);
        if (chunk.error) throw new Error(chunk.error.message ?? 'the stream failed');
        responseId = responseId ?? chunk.id ?? null;
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) {
          content += delta;
          live.textContent = content;
        }
      }
    }
  }
  renderAnswer(body, content);
  body.setAttribute('aria-busy', 'false');
  if (responseId) item.append(feedbackForm(responseId, requestId));
}

/**
 * Why a key cannot use this page, asked of GET /v1/models before signing in (a typo, an admin key, or a use case
 * without the docs model used to be accepted and failed only at the first question). `undefined`: the key works, or
 * the gateway could not say (then the first question reports it).
 */
async function keyProblem(key) {
  let res;
  try {
    // eslint-disable-next-line no-restricted-globals
    res = await fetch('/v1/models', { headers: { authorization: `Bearer ${key}` } });
  } catch {
    return undefined;
  }
  let body;
  try {
    body = await res.json();
  } catch {
    return undefined;
  }
  if (res.status === 401) return 'This key was rejected (401): check that you pasted all of it.';
  if (res.status === 403) return body?.error?.message ?? 'This key may not call models (403).';
  if (!res.ok || !Array.isArray(body?.data)) return undefined;
  const models = body.data.map((m) => m.id);
  if (models.includes(MODEL)) return undefined;
  return `This key's use case cannot call ${MODEL} (it may call: ${models.join(', ') || 'nothing'}). Create a key for the docs use case: npx bastion keys create --use-case docs`;
}

function start() {
  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) return;
    const button = $('sign-in-form').querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    $('sign-in-error').textContent = '';
    const problem = await keyProblem(key);
    if (button) button.disabled = false;
    if (problem) {
      $('sign-in-error').textContent = problem;
      $('api-key').focus();
      return;
    }
    sessionStorage.setItem(KEY, key);
    $('api-key').value = '';
    showSignedIn(true);
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('question').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('ask-form').requestSubmit();
    }
  });
  $('ask-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = $('question').value.trim();
    if (!question) return;
    $('ask').disabled = true;
    $('ask-error').textContent = '';
    try {
      await ask(question);
      $('question').value = '';
    } catch (error) {
      if (!(error instanceof KeyRejected))
        $('ask-error').textContent = `The assistant could not answer: ${error.message}`;
    } finally {
      $('ask').disabled = false;
      if (!$('chat').hidden) $('question').focus();
    }
  });
  showSignedIn(Boolean(sessionStorage.getItem(KEY)));
}

start();
