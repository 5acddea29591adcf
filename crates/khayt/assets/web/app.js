// khayt web UI: plain JavaScript, no framework and no network access beyond this server.
'use strict';

const SVGNS = 'http://www.w3.org/2000/svg';
const CATEGORY_COLORS = {
  ASSAULT: '#c62828', FIGHT: '#e53935', COERCE: '#8e24aa', THREATEN: '#ab47bc',
  RETREAT: '#1565c0', CONCEDE: '#42a5f5', PROTEST: '#ef6c00', MOBILIZE: '#fb8c00',
  AGREE: '#2e7d32', SUPPORT: '#43a047', COOPERATE: '#66bb6a', AID: '#00897b',
  CONSULT: '#26a69a', JOIN: '#5d4037', SPLIT: '#8d6e63', ACCUSE: '#6d4c41',
  REJECT: '#795548', SANCTION: '#546e7a', REQUEST: '#78909c',
};
const colorOf = (cat) => CATEGORY_COLORS[cat] || '#607d8b';

const $ = (sel, root = document) => root.querySelector(sel);
function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

async function api(path, opts) {
  const res = await fetch(path, opts);
  let body;
  try { body = await res.json(); } catch (e) { body = { error: res.statusText }; }
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// ---- evidence highlighting -------------------------------------------------------
// Event offsets are BYTE offsets into the UTF-8 text: the text is encoded once, cut at
// span boundaries in bytes, and each piece decoded back, so Arabic (2 bytes a letter)
// lines up exactly.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// The byte spans to highlight for one event: roles, trigger, places, the date's words
// (the record gives the date's text, so it is searched for inside the evidence sentence)
// and the attribution.
function eventSpans(ev, bytes, idx) {
  const spans = [];
  const add = (start, end, kind) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ start, end, kind, idx });
  };
  if (ev.actor) add(ev.actor.start, ev.actor.end, 'actor');
  if (ev.recipient) add(ev.recipient.start, ev.recipient.end, 'recipient');
  add(ev.evidence.trigger_start, ev.evidence.trigger_end, 'trigger');
  for (const l of ev.locations || []) add(l.start, l.end, 'place');
  if (ev.attribution) add(ev.attribution.start, ev.attribution.end, 'source');
  if (ev.date && ev.date.text && bytes) {
    const needle = encoder.encode(ev.date.text);
    const at = indexOfBytes(bytes, needle, ev.evidence.start, ev.evidence.end);
    if (at >= 0) add(at, at + needle.length, 'date');
  }
  return spans;
}

function indexOfBytes(hay, needle, from, to) {
  if (!needle.length) return -1;
  const end = Math.min(to, hay.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Renders `text` into `container` with every span as a <mark>; `base` is the byte offset
// of `text` within the article (non-zero when only the evidence sentence is known).
function renderHighlighted(container, text, events, base = 0) {
  const bytes = encoder.encode(text);
  const spans = [];
  events.forEach((ev, i) => {
    for (const s of eventSpans(ev, bytesAt(bytes, base), i)) {
      const start = s.start - base, end = s.end - base;
      if (start >= 0 && end <= bytes.length) spans.push({ ...s, start, end });
    }
  });
  const cuts = new Set([0, bytes.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  container.textContent = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = decoder.decode(bytes.subarray(a, b));
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { container.append(piece); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    // The innermost kind colours the piece (a trigger inside a source span stays a trigger).
    const order = ['trigger', 'actor', 'recipient', 'place', 'date', 'source'];
    kinds.sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const mark = el('mark', {
      class: 'hl ' + kinds.map((x) => 'hl-' + x).join(' '),
      'data-events': [...new Set(covering.map((s) => s.idx))].join(' '),
      title: kinds.join(', '),
    }, piece);
    container.append(mark);
  }
}

// Offsets in eventSpans are article offsets; when only a sentence is shown its bytes are
// padded virtually so the date search can use article offsets too.
function bytesAt(bytes, base) {
  if (!base) return bytes;
  const padded = new Uint8Array(base + bytes.length);
  padded.set(bytes, base);
  return padded;
}

function roleText(e) {
  if (!e) return '—';
  return e.name && e.name !== e.text ? `${e.text} (${e.name})` : e.text;
}
// A role as a table cell: the Arabic text and the English name isolated from each other,
// so the bidirectional algorithm does not reorder parentheses across them.
function roleCell(e) {
  if (!e) return el('td', { text: '—' });
  return el('td', {}, el('bdi', { dir: 'rtl', lang: 'ar', text: e.text }),
    e.name && e.name !== e.text ? el('div', { class: 'meta', text: e.name }) : null);
}
function placeCell(ev) {
  const ls = ev.locations || [];
  if (!ls.length) return el('td', { text: '—' });
  const td = el('td');
  for (const l of ls) {
    td.append(el('div', {}, el('bdi', { dir: 'rtl', lang: 'ar', text: l.text }),
      l.name ? el('span', { class: 'meta', text: ` ${l.name}${l.admin1 && l.admin1 !== l.name ? ', ' + l.admin1 : ''}` }) : null));
  }
  return td;
}
function categoryText(ev) { return ev.mode ? `${ev.category}/${ev.mode}` : ev.category; }

function eventCard(ev, idx, container) {
  const li = el('li', { class: 'event-card', 'data-idx': idx },
    el('div', {},
      el('span', { class: 'swatch', style: `background:${colorOf(ev.category)}` }),
      el('span', { class: 'cat', text: categoryText(ev) }),
      el('span', { class: 'meta', text: ` · ${ev.factuality} · confidence ${Number(ev.confidence).toFixed(2)}` })),
    // Arabic roles read right to left (actor ← recipient); English names on their own
    // left-to-right line, so neither script reorders the other.
    el('div', { class: 'ar', dir: 'rtl', lang: 'ar', text: `${ev.actor ? ev.actor.text : '—'} ← ${ev.recipient ? ev.recipient.text : '—'}` }),
    (ev.actor && ev.actor.name) || (ev.recipient && ev.recipient.name)
      ? el('div', { class: 'meta', dir: 'ltr', text: `${ev.actor ? ev.actor.name || '?' : '—'} → ${ev.recipient ? ev.recipient.name || '?' : '—'}` }) : null,
    el('div', { class: 'meta' }, 'place: ', ...((ev.locations || []).length ? ev.locations.flatMap((l, i) => [
      i ? '; ' : '', el('bdi', { dir: 'rtl', lang: 'ar', text: l.text }), l.name ? ` ${l.name} (${l.precision})` : ` (${l.precision})`]) : ['—'])),
    el('div', { class: 'meta' }, `date: ${ev.date.value} (${ev.date.precision})`,
      ev.date.text ? ' «' : null, ev.date.text ? el('bdi', { dir: 'rtl', lang: 'ar', text: ev.date.text }) : null, ev.date.text ? '»' : null),
    ev.attribution ? el('div', { class: 'meta' }, 'according to: ', el('bdi', { dir: 'rtl', lang: 'ar', text: ev.attribution.text })) : null,
    ev.quantity ? el('div', { class: 'meta', text: `quantity: ${ev.quantity.approximate ? '~' : ''}${ev.quantity.value} ${ev.quantity.unit}` }) : null);
  const focus = (on) => {
    li.classList.toggle('focus', on);
    for (const m of container.querySelectorAll('mark')) {
      const ids = (m.dataset.events || '').split(' ');
      m.classList.toggle('focus', on && ids.includes(String(idx)));
    }
  };
  li.addEventListener('mouseenter', () => focus(true));
  li.addEventListener('mouseleave', () => focus(false));
  li.addEventListener('click', () => {
    const first = [...container.querySelectorAll('mark')].find((m) => (m.dataset.events || '').split(' ').includes(String(idx)));
    if (first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });
  return li;
}

function showArticle(view, text, events, base = 0) {
  view.hidden = false;
  const textBox = $('.article-text', view);
  renderHighlighted(textBox, text, events, base);
  const list = $('.event-list', view);
  list.textContent = '';
  if (!events.length) list.append(el('li', { class: 'meta', text: 'No events found in this text.' }));
  events.forEach((ev, i) => list.append(eventCard(ev, i, textBox)));
}

// ---- paste an article ------------------------------------------------------------
async function onExtract(e) {
  e.preventDefault();
  const status = $('#extract-status');
  const text = $('#article-text').value;
  const date = $('#article-date').value || null;
  if (!text.trim()) { status.textContent = 'Paste an Arabic article first.'; return; }
  status.className = 'status';
  status.textContent = 'Extracting…';
  try {
    const res = await api('/api/extract', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, date }),
    });
    showArticle($('#extract-result'), res.article.text, res.events);
    status.textContent = `${res.events.length} event(s)`;
  } catch (err) {
    status.className = 'status error';
    status.textContent = err.message;
  }
}

// ---- the store: table, map, timeline, graph ---------------------------------------
let currentEvents = [];

async function showEvidence(ev) {
  const view = $('#evidence');
  $('.article-meta', view).textContent = `— ${ev.article.id}${ev.article.source ? ' · ' + ev.article.source : ''}${ev.article.date ? ' · ' + ev.article.date : ''}`;
  try {
    const res = await api('/api/articles/' + encodeURIComponent(ev.article.id));
    if (res.text) showArticle(view, res.text, res.events);
    else if (ev.sentence_text) showArticle(view, ev.sentence_text, [ev], ev.evidence.start);
    else showArticle(view, ev.evidence.trigger, [], 0);
  } catch (err) {
    if (ev.sentence_text) showArticle(view, ev.sentence_text, [ev], ev.evidence.start);
  }
  view.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function renderTable(events, total) {
  const body = $('#events tbody');
  body.textContent = '';
  $('#event-count').textContent = total > events.length ? `(${events.length} of ${total})` : `(${events.length})`;
  for (const ev of events) {
    body.append(el('tr', {},
      el('td', { text: `${ev.date.value} ${ev.date.precision}` }),
      el('td', {}, el('span', { class: 'swatch', style: `background:${colorOf(ev.category)}` }), categoryText(ev)),
      roleCell(ev.actor),
      roleCell(ev.recipient),
      placeCell(ev),
      el('td', { text: ev.factuality }),
      el('td', {}, el('bdi', { dir: 'rtl', lang: 'ar', text: ev.attribution ? ev.attribution.text : '—' })),
      el('td', { text: ev.incident ?? '—' }),
      el('td', {}, el('a', { class: 'evidence-link', dir: 'rtl', onclick: () => showEvidence(ev), text: ev.evidence.trigger }))));
  }
}

// Incidents are listed whole (the API has no filters for them); a click narrows the
// events table, map and timeline to the incident's reports.
function renderIncidents(incidents) {
  const body = $('#incidents tbody');
  body.textContent = '';
  $('#incident-count').textContent = `(${incidents.length})`;
  for (const inc of incidents) {
    const pick = () => {
      const form = $('#filters');
      form.reset();
      form.elements.incident.value = String(inc.id);
      loadStore();
    };
    body.append(el('tr', {},
      el('td', {}, el('a', { class: 'incident-link', onclick: pick, text: `#${inc.id}` })),
      el('td', { text: inc.categories.join(', ') }),
      roleCell(inc.actor),
      roleCell(inc.recipient),
      el('td', { text: inc.date ? `${inc.date.value} ${inc.date.precision}` : '—' }),
      el('td', {}, ...inc.places.map((p) => el('div', {}, el('bdi', { dir: 'rtl', lang: 'ar', text: p.text }), p.name ? el('span', { class: 'meta', text: ' ' + p.name }) : null))),
      el('td', { text: inc.factuality }),
      el('td', { text: `${inc.members.length} in ${inc.articles.length} article(s)` }),
      el('td', { text: inc.sources.join('; ') || '—' })));
  }
}

// The map: an equirectangular projection narrowed by cos(33°) so the region keeps its
// shape; the viewBox frames Syria and Iraq and crops the neighbours.
const MAP = { lon0: 34.4, lon1: 49.2, lat0: 28.8, lat1: 38.2, w: 600, h: 420 };
const kx = Math.cos(33 * Math.PI / 180);
const scale = Math.min(MAP.w / ((MAP.lon1 - MAP.lon0) * kx), MAP.h / (MAP.lat1 - MAP.lat0));
const project = (lon, lat) => [(lon - MAP.lon0) * kx * scale, (MAP.lat1 - lat) * scale];
let basemap = null;

function drawMap(events) {
  const svg = $('#map');
  svg.textContent = '';
  svg.append(el('svg:rect', { x: 0, y: 0, width: MAP.w, height: MAP.h, fill: '#dfeaf3' }));
  for (let lon = 35; lon <= 49; lon++) {
    const [x] = project(lon, 0);
    svg.append(el('svg:line', { class: 'graticule', x1: x, x2: x, y1: 0, y2: MAP.h }));
  }
  for (let lat = 29; lat <= 38; lat++) {
    const [, y] = project(0, lat);
    svg.append(el('svg:line', { class: 'graticule', x1: 0, x2: MAP.w, y1: y, y2: y }));
  }
  if (basemap) {
    for (const f of basemap.features) {
      let d = '';
      for (const poly of f.geometry.coordinates) for (const ring of poly) {
        d += ring.map(([lon, lat], i) => (i ? 'L' : 'M') + project(lon, lat).map((v) => v.toFixed(1)).join(',')).join('') + 'Z';
      }
      const focus = f.properties.name === 'Syria' || f.properties.name === 'Iraq';
      svg.append(el('svg:path', { class: 'country' + (focus ? ' focus' : ''), d }, el('svg:title', { text: f.properties.name })));
    }
    for (const [name, lon, lat] of [['Syria', 38.5, 35.3], ['Iraq', 43.5, 33.2], ['Turkey', 37.5, 37.9], ['Jordan', 36.9, 30.6], ['Iran', 47.6, 34.6], ['Saudi Arabia', 42.5, 29.3], ['Lebanon', 35.3, 34.3]]) {
      const [x, y] = project(lon, lat);
      svg.append(el('svg:text', { class: 'country-label', x, y, 'text-anchor': 'middle', text: name }));
    }
  }
  const legend = new Set();
  const regions = el('svg:g'), points = el('svg:g');
  for (const ev of events) {
    for (const l of ev.locations || []) {
      if (typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
      const [x, y] = project(l.lon, l.lat);
      const c = colorOf(ev.category);
      legend.add(ev.category);
      const title = el('svg:title', { text: `${categoryText(ev)} · ${l.text}${l.name ? ' (' + l.name + ')' : ''} · ${ev.date.value}` });
      if (l.precision === 'region' || l.precision === 'country') {
        regions.append(el('svg:circle', { class: 'ev-region', cx: x, cy: y, r: l.precision === 'country' ? 40 : 18, fill: c, stroke: c, onclick: () => showEvidence(ev) }, title));
      } else {
        points.append(el('svg:circle', { class: 'ev-point', cx: x, cy: y, r: l.precision === 'near' ? 6 : 4.5, fill: c, onclick: () => showEvidence(ev) }, title));
      }
    }
  }
  svg.append(regions, points);
  const box = $('#map-legend');
  box.textContent = '';
  for (const cat of [...legend].sort()) box.append(el('span', {}, el('span', { class: 'swatch', style: `background:${colorOf(cat)}` }), cat));
}

function drawTimeline(events) {
  const svg = $('#timeline');
  svg.textContent = '';
  const dated = events.filter((e) => /^\d{4}-\d{2}/.test(e.date.value));
  if (!dated.length) {
    svg.append(el('svg:text', { x: 300, y: 110, 'text-anchor': 'middle', class: 'axis', text: 'no dated events' }));
    return;
  }
  const months = dated.map((e) => e.date.value.slice(0, 7)).sort();
  // A short span is shown per day (day-precise events only), a long one per month.
  const byDay = months[0] === months[months.length - 1] || monthDiff(months[0], months[months.length - 1]) < 2;
  $('#tl-unit').textContent = byDay ? 'day' : 'month';
  const keyOf = (e) => (byDay && e.date.value.length >= 10 ? e.date.value.slice(0, 10) : e.date.value.slice(0, 7));
  const buckets = new Map();
  for (const e of dated) {
    const k = keyOf(e);
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k).push(e);
  }
  const keys = [...buckets.keys()].sort();
  const max = Math.max(...keys.map((k) => buckets.get(k).length));
  const W = 600, H = 220, left = 28, bottom = 48, top = 10;
  const bw = Math.max(2, Math.min(40, (W - left - 10) / keys.length - 2));
  svg.append(el('svg:line', { x1: left, x2: W - 5, y1: H - bottom, y2: H - bottom, stroke: '#999' }));
  svg.append(el('svg:text', { class: 'axis', x: left - 4, y: top + 8, 'text-anchor': 'end', text: max }));
  keys.forEach((k, i) => {
    const x = left + 4 + i * ((W - left - 10) / keys.length);
    let y = H - bottom;
    const evs = buckets.get(k).sort((a, b) => a.category.localeCompare(b.category));
    for (const e of evs) {
      const h = (H - bottom - top) / max;
      y -= h;
      svg.append(el('svg:rect', { x, y, width: bw, height: Math.max(1, h - 1), fill: colorOf(e.category), onclick: () => showEvidence(e), style: 'cursor:pointer' },
        el('svg:title', { text: `${k}: ${categoryText(e)} — ${roleText(e.actor)}` })));
    }
    if (keys.length <= 16 || i % Math.ceil(keys.length / 16) === 0) {
      svg.append(el('svg:text', { class: 'axis', x: x + bw / 2 - 4, y: H - bottom + 12, transform: `rotate(30 ${x + bw / 2 - 4} ${H - bottom + 12})`, text: k }));
    }
  });
}

function monthDiff(a, b) {
  const [ya, ma] = a.split('-').map(Number), [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

// ---- relation graph with a time slider ----------------------------------------------
let relations = [];
let sliderDates = [];

function factActive(f, upTo) {
  if (!upTo) return true;
  const start = f.date || '';
  if (start && start.slice(0, upTo.length) > upTo) return false;
  // "That month only": an event fact of that month, or a lexicon affiliation in force.
  if ($('#slider-month').checked && f.precision !== 'range' && start.slice(0, upTo.length) !== upTo) return false;
  // A lexicon affiliation that ended before the chosen month is no longer drawn.
  if (f.until && f.until.slice(0, upTo.length) < upTo) return false;
  return true;
}

function drawGraph() {
  const svg = $('#graph');
  svg.textContent = '';
  const idx = Number($('#time-slider').value);
  // The slider's last position (one past the last month) means "all dates".
  const upTo = idx < sliderDates.length ? sliderDates[idx] : null;
  $('#slider-label').textContent = upTo || 'all dates';
  const nodes = new Map();
  for (const f of relations) for (const a of [f.actor, f.other]) if (!nodes.has(a.key)) nodes.set(a.key, a);
  if (!nodes.size) {
    svg.append(el('svg:text', { x: 450, y: 170, 'text-anchor': 'middle', class: 'axis', text: 'no relations between actors in the store' }));
    return;
  }
  // A circle layout: stable as the slider moves, so only the edges change.
  const keys = [...nodes.keys()].sort();
  const cx = 450, cy = 170, R = Math.min(150, 60 + keys.length * 10);
  const pos = new Map();
  keys.forEach((k, i) => {
    const a = (2 * Math.PI * i) / keys.length - Math.PI / 2;
    pos.set(k, [cx + R * Math.cos(a), cy + R * Math.sin(a)]);
  });
  const pairCount = new Map();
  const edges = el('svg:g');
  for (const f of relations) {
    if (!factActive(f, upTo)) continue;
    const pk = [f.actor.key, f.other.key].sort().join('|');
    const n = pairCount.get(pk) || 0;
    pairCount.set(pk, n + 1);
    const [x1, y1] = pos.get(f.actor.key), [x2, y2] = pos.get(f.other.key);
    // Several facts between one pair bend apart so each stays visible.
    const mx = (x1 + x2) / 2 + (cx - (x1 + x2) / 2) * 0.25 * n, my = (y1 + y2) / 2 + (cy - (y1 + y2) / 2) * 0.25 * n;
    const cls = `edge ${f.kind}${f.stance === 'hostility' ? ' hostile' : ''}`;
    edges.append(el('svg:path', { class: cls, d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, 'marker-end': f.directed ? 'url(#arrow)' : null },
      el('svg:title', { text: `${f.actor.label} ${f.directed ? '→' : '↔'} ${f.other.label}: ${f.kind} (${f.category}) ${f.date || ''}${f.until ? '..' + f.until : ''} · ${f.factuality}${f.claimed_by.length ? ' · according to ' + f.claimed_by.join('; ') : ''}` })));
  }
  svg.append(el('svg:defs', {}, el('svg:marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
    el('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: '#555' }))));
  svg.append(edges);
  for (const k of keys) {
    const a = nodes.get(k);
    const [x, y] = pos.get(k);
    const right = x >= cx;
    svg.append(el('svg:g', { class: 'node' },
      el('svg:circle', { cx: x, cy: y, r: 7 }, el('svg:title', { text: `${a.label}${a.code ? ' · ' + a.code : ''}` })),
      el('svg:text', { x: x + (right ? 10 : -10), y: y + 4, 'text-anchor': right ? 'start' : 'end', text: a.label })));
  }
}

function setupSlider() {
  const dates = new Set();
  for (const f of relations) if (f.date) dates.add(f.date.slice(0, 7));
  sliderDates = [...dates].sort();
  const s = $('#time-slider');
  // The last position means "everything", so the graph opens complete.
  s.max = String(sliderDates.length);
  s.value = String(sliderDates.length);
  s.oninput = drawGraph;
  $('#slider-month').onchange = drawGraph;
  drawGraph();
}

async function loadStore(e) {
  if (e) e.preventDefault();
  // Set once the table, map, timeline and graph are all drawn (tests wait for it).
  document.body.dataset.loaded = '0';
  const status = $('#filter-status');
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('#filters'))) if (String(v).trim()) params.set(k, String(v).trim());
  status.className = 'status';
  status.textContent = 'Loading…';
  try {
    const res = await api('/api/events?' + params.toString());
    currentEvents = res.events;
    renderTable(res.events, res.total);
    drawMap(res.events);
    drawTimeline(res.events);
    const rel = await api('/api/relations?' + new URLSearchParams({ from: params.get('from') || '', to: params.get('to') || '', actor: params.get('actor') || '' }));
    relations = rel.relations;
    setupSlider();
    status.textContent = '';
  } catch (err) {
    status.className = 'status error';
    status.textContent = err.message;
  }
  document.body.dataset.loaded = '1';
}

async function init() {
  $('#extract-form').addEventListener('submit', onExtract);
  $('#filters').addEventListener('submit', loadStore);
  try {
    basemap = await api('/assets/basemap.json');
  } catch (err) { basemap = null; }
  try {
    const s = await api('/api/stats');
    const c = s.counts;
    $('#stats').textContent = `${c.articles} article(s) · ${c.events} event(s) · ${c.incidents} incident(s) in the store`;
    renderIncidents((await api('/api/incidents')).incidents);
    const a = await api('/api/actors');
    const list = $('#actor-list');
    for (const x of a.actors) list.append(el('option', { value: x.id || x.texts[0], label: `${x.label} (${x.events})` }));
    const sel = $('#filters select[name=category]');
    for (const [c2, n] of Object.entries(s.categories || {})) sel.append(el('option', { value: c2, text: `${c2} (${n})` }));
  } catch (err) {
    $('#stats').textContent = 'store unavailable: ' + err.message;
  }
  await loadStore();
}

init();
