// The web interface of `newsquery serve`: one page over the JSON API. Every value from the index
// reaches the page through textContent or an attribute, never as markup; the URL holds the whole
// state (query, filters, order, page, the article or entity open), so any view can be bookmarked.
"use strict";

const PAGE_SIZE = 20;
const FACETS = [
  ["person", "People"], ["org", "Organisations"], ["place", "Places"],
  ["source", "Sources"], ["lang", "Languages"],
];
const HISTOGRAMS = [["published", "Published", "date"], ["mentioned", "Dates mentioned", "mentions"]];
const SVG = "http://www.w3.org/2000/svg";

// Elements: el("a", {href: "?x", class: "title"}, "text", child, ...). Strings become text nodes.
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

// replaceChildren, leaving out absent parts (which it would write as "null").
function fill(node, ...children) {
  node.replaceChildren(...children.filter((child) => child !== null && child !== undefined));
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  return node;
}

// --- State, in the URL ------------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get("q") || "",
    f: p.getAll("f"),
    sort: p.get("sort") || "relevance",
    page: Math.max(0, parseInt(p.get("page") || "0", 10) || 0),
    view: p.get("view") || "search",
    id: p.get("id") || "",
    name: p.get("name") || "",
    type: p.get("type") || "",
  };
}

function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const filter of s.f) p.append("f", filter);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page) p.set("page", String(s.page));
  if (s.view !== "search") p.set("view", s.view);
  if (s.view === "article") p.set("id", s.id);
  if (s.view === "entity") {
    p.set("name", s.name);
    if (s.type) p.set("type", s.type);
  }
  return "?" + p.toString();
}

let state = readState();

function go(changes) {
  state = Object.assign({}, state, changes);
  history.pushState(null, "", stateUrl(state));
  render();
}

// A link to a state: followed by the page itself, but a real link (middle-click opens a tab).
function stateLink(changes, attributes, ...children) {
  const target = Object.assign({}, state, changes);
  return el("a", Object.assign({href: stateUrl(target), onclick: (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(changes);
  }}, attributes || {}), ...children);
}

window.addEventListener("popstate", () => {
  state = readState();
  render();
});

// --- API --------------------------------------------------------------------------------------

async function api(path, parameters) {
  const query = parameters ? "?" + new URLSearchParams(parameters).toString() : "";
  const response = await fetch(path + query, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function fullQuery(s) {
  return [s.q, ...s.f].filter((part) => part.trim() !== "").join(" ");
}

function showError(error) {
  const box = document.getElementById("error");
  box.hidden = !error;
  box.textContent = error ? String(error.message || error) : "";
}

// --- Filters ------------------------------------------------------------------------------------

// A facet value's filter cycles: kept (filter), left out (-filter), dropped.
function toggleFilter(filter) {
  const f = state.f.slice();
  const kept = f.indexOf(filter);
  const excluded = f.indexOf("-" + filter);
  if (kept >= 0) f[kept] = "-" + filter;
  else if (excluded >= 0) f.splice(excluded, 1);
  else f.push(filter);
  go({f, page: 0, view: "search"});
}

function renderChips() {
  const chips = document.getElementById("chips");
  chips.replaceChildren(...state.f.map((filter, index) => {
    const excluded = filter.startsWith("-");
    return el("span", {class: excluded ? "chip excluded" : "chip"},
      excluded ? "not " + filter.slice(1) : filter,
      el("button", {type: "button", class: "remove", "aria-label": "Remove filter " + filter,
        onclick: () => go({f: state.f.filter((_, i) => i !== index), page: 0})}, "×"));
  }));
}

// --- Search view --------------------------------------------------------------------------------

function renderFacets(facets) {
  const aside = document.getElementById("facets");
  const sections = [];
  for (const [name, heading] of FACETS) {
    const list = facets && facets[name];
    if (!list || list.values.length === 0) continue;
    const items = list.values.map((value) => {
      const kept = state.f.includes(value.filter);
      const excluded = state.f.includes("-" + value.filter);
      return el("li", {},
        el("button", {type: "button", class: "value" + (kept ? " kept" : "") + (excluded ? " excluded" : ""),
          "data-filter": value.filter, title: value.filter, onclick: () => toggleFilter(value.filter)},
          el("span", {class: "label"}, value.value), el("span", {class: "count"}, value.count)));
    });
    sections.push(el("section", {class: "facet", "data-facet": name},
      el("h2", {}, heading, el("small", {}, " " + list.distinct)), el("ul", {}, ...items)));
  }
  aside.replaceChildren(...sections);
}

// A bar chart of buckets; dragging across bars (or clicking one) adds the range as a filter.
function barChart(buckets, onRange, title) {
  const width = 640, height = 90, top = 4;
  const chart = svg("svg", {viewBox: `0 0 ${width} ${height + 16}`, class: "chart", role: "img",
    "aria-label": title});
  if (buckets.length === 0) return chart;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = width / buckets.length;
  const selection = svg("rect", {class: "selection", y: 0, height: height, width: 0});
  chart.append(selection);
  let start = null;
  const indexAt = (event) => {
    const box = chart.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width * width;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / step)));
  };
  const mark = (a, b) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    selection.setAttribute("x", lo * step);
    selection.setAttribute("width", (hi - lo + 1) * step);
  };
  buckets.forEach((bucket, i) => {
    const h = bucket.count === 0 ? 0 : Math.max(1, (bucket.count / max) * (height - top));
    const bar = svg("rect", {class: "bar", x: i * step + 0.5, y: height - h,
      width: Math.max(1, step - 1), height: h, "data-label": bucket.value, "data-count": bucket.count});
    const tip = svg("title");
    tip.textContent = `${bucket.value}: ${bucket.count} article${bucket.count === 1 ? "" : "s"}`;
    bar.append(tip);
    chart.append(bar);
  });
  const every = Math.ceil(buckets.length / 8);
  buckets.forEach((bucket, i) => {
    // A label runs about 60 units right of its bar: the last ones would be cut off.
    if (i % every !== 0 || i * step + 60 > width) return;
    const label = svg("text", {x: i * step + 1, y: height + 13, class: "tick"});
    label.textContent = bucket.value;
    chart.append(label);
  });
  chart.addEventListener("pointerdown", (event) => {
    start = indexAt(event);
    mark(start, start);
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener("pointermove", (event) => { if (start !== null) mark(start, indexAt(event)); });
  chart.addEventListener("pointerup", (event) => {
    if (start === null) return;
    const end = indexAt(event);
    const lo = Math.min(start, end), hi = Math.max(start, end);
    start = null;
    onRange(buckets[lo], buckets[hi]);
  });
  return chart;
}

function renderHistograms(facets) {
  const box = document.getElementById("histograms");
  const charts = [];
  for (const [name, heading, field] of HISTOGRAMS) {
    const histogram = facets && facets[name];
    if (!histogram || histogram.buckets.length === 0) continue;
    const onRange = (first, last) => {
      const filter = first === last ? first.filter : `${field}:${first.value}..${last.value}`;
      go({f: [...state.f, filter], page: 0});
    };
    charts.push(el("figure", {class: "histogram", "data-histogram": name},
      el("figcaption", {}, `${heading}, by ${histogram.by}`),
      barChart(histogram.buckets, onRange, heading)));
  }
  box.replaceChildren(...charts);
}

// Text with [begin, end) code-point ranges wrapped in <mark>.
function highlighted(text, ranges) {
  const points = Array.from(text);
  const parts = [];
  let at = 0;
  for (const [begin, end] of ranges) {
    if (begin < at) continue;
    parts.push(points.slice(at, begin).join(""), el("mark", {}, points.slice(begin, end).join("")));
    at = end;
  }
  parts.push(points.slice(at).join(""));
  return parts;
}

function renderHits(view) {
  const hits = document.getElementById("hits");
  hits.start = view.offset + 1;
  hits.replaceChildren(...view.hits.map((hit) => el("li", {class: "hit"},
    stateLink({view: "article", id: hit.id}, {class: "title"}, hit.title || hit.id),
    el("div", {class: "meta"}, [hit.date ? hit.date.slice(0, 10) : "undated", hit.source]
      .filter(Boolean).join(" · ")),
    el("p", {class: "snippet"}, ...highlighted(hit.snippet.text, hit.snippet.highlights)))));
  const summary = document.getElementById("summary");
  summary.replaceChildren(el("strong", {id: "total"}, String(view.total)),
    ` of ${view.archive_size} articles match` + (view.exact ? "" : " (about)"));
  const pager = document.getElementById("pager");
  const pages = [];
  if (state.page > 0) pages.push(stateLink({page: state.page - 1}, {rel: "prev"}, "← newer results"));
  if (view.offset + view.hits.length < view.total)
    pages.push(stateLink({page: state.page + 1}, {rel: "next"}, "more results →"));
  pager.replaceChildren(...pages);
}

async function renderSearch() {
  const view = await api("/api/search", {
    q: fullQuery(state), limit: String(PAGE_SIZE), offset: String(state.page * PAGE_SIZE),
    sort: state.sort, facet_limit: "12",
  });
  renderFacets(view.facets);
  renderHistograms(view.facets);
  renderHits(view);
}

// --- Article view -------------------------------------------------------------------------------

async function renderArticle() {
  const article = await api("/api/article/" + encodeURIComponent(state.id));
  const marks = [];
  for (const [kind, entities] of Object.entries(article.entities || {})) {
    for (const entity of entities) {
      for (const [begin, end] of entity.offsets) marks.push({begin, end, kind, entity});
    }
  }
  for (const date of article.mentioned_dates || []) {
    for (const [begin, end] of date.offsets) marks.push({begin, end, kind: "date", date});
  }
  marks.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const points = Array.from(article.text || "");
  const body = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.begin < at) continue;
    body.push(points.slice(at, mark.begin).join(""));
    const text = points.slice(mark.begin, mark.end).join("");
    body.push(mark.entity
      ? stateLink({view: "entity", name: mark.entity.name, type: mark.kind},
          {class: "mention " + mark.kind, title: mark.entity.name}, text)
      : stateLink({view: "search", f: [...state.f, mark.date.filter], page: 0},
          {class: "mention date", title: mark.date.value}, text));
    at = mark.end;
  }
  body.push(points.slice(at).join(""));
  const meta = [article.date, article.source, article.origin].filter(Boolean).join(" · ");
  fill(document.getElementById("article-view"),
    stateLink({view: "search"}, {class: "back"}, "← back to the results"),
    el("h1", {id: "article-title"}, article.title || article.id),
    el("div", {class: "meta"}, meta),
    article.url ? el("a", {href: article.url, rel: "noreferrer noopener", class: "url"}, article.url) : null,
    el("div", {class: "text", id: "article-text"}, ...body));
}

// --- Entity view --------------------------------------------------------------------------------

async function renderEntity() {
  const parameters = {name: state.name, limit: "12"};
  if (state.type) parameters.type = state.type;
  const profile = await api("/api/entity", parameters);
  const entity = profile.entity;
  const lists = Object.entries(profile.cooccurring || {}).map(([kind, values]) =>
    el("section", {class: "facet"}, el("h2", {}, kind),
      el("ul", {}, ...values.map((value) => el("li", {},
        stateLink({view: "entity", name: value.value, type: kind}, {class: "value"},
          el("span", {class: "label"}, value.value), el("span", {class: "count"}, value.count)))))));
  const recent = (profile.recent || []).map((article) => el("li", {},
    stateLink({view: "article", id: article.id}, {}, article.title || article.id),
    " ", el("span", {class: "meta"}, (article.date || "").slice(0, 10))));
  const timeline = profile.timeline;
  fill(document.getElementById("entity-view"),
    stateLink({view: "search"}, {class: "back"}, "← back to the results"),
    el("h1", {id: "entity-name"}, entity.name, el("small", {}, " " + entity.type)),
    el("p", {}, `${profile.articles} articles, ${profile.first_mention || "?"} to ${profile.last_mention || "?"}. `,
      stateLink({view: "search", q: "", f: [entity.filter], page: 0}, {id: "entity-search"},
        "Search its articles")),
    timeline ? el("figure", {class: "histogram"}, el("figcaption", {}, `Articles by ${timeline.by}`),
      barChart(timeline.buckets, (first, last) => go({view: "search", q: "", page: 0,
        f: [entity.filter, first === last ? first.filter : `date:${first.value}..${last.value}`]}),
        "Timeline")) : null,
    el("div", {class: "columns"}, ...lists),
    el("h2", {}, "Recent articles"), el("ul", {class: "recent"}, ...recent));
}

// --- Rendering ----------------------------------------------------------------------------------

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  document.getElementById("q").value = state.q;
  document.getElementById("sort").value = state.sort;
  renderChips();
  for (const [id, view] of [["search-view", "search"], ["article-view", "article"], ["entity-view", "entity"]])
    document.getElementById(id).hidden = state.view !== view;
  document.body.dataset.loading = "true";
  try {
    if (state.view === "article") await renderArticle();
    else if (state.view === "entity") await renderEntity();
    else await renderSearch();
    if (ticket === rendering) showError(null);
  } catch (error) {
    if (ticket === rendering) showError(error);
  } finally {
    if (ticket === rendering) document.body.dataset.loading = "false";
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go({q: document.getElementById("q").value, sort: document.getElementById("sort").value,
    page: 0, view: "search"});
});
document.getElementById("sort").addEventListener("change", () =>
  go({sort: document.getElementById("sort").value, page: 0}));

render();
