/* edugraph's page: filters, search and the side panel around one vis-network.
 *
 * Everything that came from a document is put on the page as text
 * (textContent / createTextNode); no data ever goes through innerHTML, and
 * the tooltips vis-network shows are plain strings (it sets innerText).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("edugraph-data").textContent);
  var info = data.info, facts = data.facts, types = data.types, relations = data.relations;
  var N = data.nodes.length, M = data.edges.length;
  var EVENT = types.findIndex(function (t) { return t.id === "Event"; });

  // ---- small DOM helpers: text only -------------------------------------------------
  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function number(n) { return n.toLocaleString("en-US"); }
  function typeText(t) { return types[t].label + " (" + types[t].english + ")"; }
  function swatch(t) {
    var s = el("span", "swatch", [types[t].symbol]);
    s.style.color = types[t].color;
    return s;
  }

  // edugraph.viz.text.search_form: NFC, no zero-width, Thai digits read, no white space, lower case.
  function searchForm(text) {
    return text.normalize("NFC")
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
      .replace(/[\u0e50-\u0e59]/g, function (d) { return String(d.charCodeAt(0) - 0x0e50); })
      .replace(/\s+/g, "")
      .toLowerCase();
  }
  // ---- graph data --------------------------------------------------------------------
  // Fields left out of the data when empty (to keep big pages small).
  var keyIndex = Object.create(null);
  info.forEach(function (inf, i) {
    inf.a = inf.a || []; inf.p = inf.p || []; inf.v = inf.v || []; inf.m = inf.m || [];
    inf.d = inf.d || ""; inf.e = inf.e || ""; inf.o = inf.o || 0;
    inf.s = [inf.n].concat(inf.a).map(searchForm).join("|");
    keyIndex[inf.k] = i;
  });
  var adjacency = [];
  for (var i = 0; i < N; i++) adjacency.push([]);
  data.edges.forEach(function (e, index) {
    e.id = index;
    adjacency[e.from].push(e.id);
    if (e.to !== e.from) adjacency[e.to].push(e.id);
    var r = relations[e.r];
    e.color = { color: r.color, highlight: r.color, hover: r.color, opacity: 0.85 };
    e.dashes = r.dashes;
    e.title = r.label + " (" + r.id + ")";
  });
  data.nodes.forEach(function (n) { n.title = info[n.id].n + " — " + typeText(info[n.id].t); });
  function other(edge, i) { return edge.from === i ? edge.to : edge.from; }

  // ---- visibility ----------------------------------------------------------------------
  var state = {
    typeOn: types.map(function () { return true; }),
    relOn: relations.map(function () { return true; }),
    province: -1, from: "", to: "", focus: null
  };
  var nodeVisible = new Uint8Array(N).fill(1);
  var edgeVisible = new Uint8Array(M).fill(1);

  function eventInRange(inf) {
    if (!inf.d) return false;
    var start = inf.d, end = inf.e || inf.d;
    return (!state.from || end >= state.from) && (!state.to || start <= state.to);
  }

  function neighbourhood(centre, depth) {
    var seen = new Uint8Array(N), frontier = [centre];
    seen[centre] = 1;
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (i) {
        adjacency[i].forEach(function (e) {
          var j = other(data.edges[e], i);
          if (!seen[j]) { seen[j] = 1; next.push(j); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  // The same rules as edugraph.viz.subgraph: a province keeps what is placed in
  // it and its neighbours (precomputed per node in `v`); a date range drops the
  // events outside it and what was linked only to them.
  function computeVisibility() {
    var out = new Uint8Array(N), dated = state.from || state.to;
    var droppedEvent = new Uint8Array(N);
    for (var i = 0; i < N; i++) {
      var inf = info[i];
      if (state.province >= 0 && inf.v.indexOf(state.province) < 0) out[i] = 1;
      if (dated && inf.t === EVENT && !eventInRange(inf)) { out[i] = 1; droppedEvent[i] = 1; }
    }
    if (dated) {
      for (i = 0; i < N; i++) {
        if (out[i] || adjacency[i].length === 0) continue;
        var onlyDropped = adjacency[i].every(function (e) { return droppedEvent[other(data.edges[e], i)]; });
        if (onlyDropped) out[i] = 1;
      }
    }
    var focus = state.focus ? neighbourhood(state.focus.centre, state.focus.depth) : null;
    for (i = 0; i < N; i++) {
      nodeVisible[i] = !out[i] && state.typeOn[info[i].t] && (!focus || focus[i]) ? 1 : 0;
    }
    data.edges.forEach(function (e) {
      edgeVisible[e.id] = state.relOn[e.r] && nodeVisible[e.from] && nodeVisible[e.to] ? 1 : 0;
    });
  }

  // ---- the network -------------------------------------------------------------------
  var nodeSet = new vis.DataSet(data.nodes);
  var edgeSet = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return nodeVisible[n.id] === 1; } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (e) { return edgeVisible[e.id] === 1; } });
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  var statusLine = document.getElementById("status");
  function updateStatus() {
    var shownNodes = nodeView.length, shownEdges = edgeView.length;
    var text = "แสดง " + number(shownNodes) + " จาก " + number(N) + " โหนด · "
      + number(shownEdges) + " จาก " + number(M) + " ความสัมพันธ์";
    if (state.focus) {
      text += " · เน้นรอบ “" + info[state.focus.centre].n + "” " + state.focus.depth + " ขั้น";
    }
    statusLine.textContent = text;
  }
  function applyFilters() {
    computeVisibility();
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
  }

  // ---- legend and filters --------------------------------------------------------------
  function checkbox(checked, onChange) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    return box;
  }
  var typeList = document.getElementById("legend-types");
  types.forEach(function (t, index) {
    if (!t.count) return;
    var box = checkbox(true, function (on) { state.typeOn[index] = on; applyFilters(); });
    box.dataset.type = t.id;
    typeList.appendChild(el("li", null, [el("label", null,
      [box, swatch(index), t.label + " (" + t.english + ")", el("span", "count", [number(t.count)])])]));
  });
  var relationList = document.getElementById("legend-relations");
  relations.forEach(function (r, index) {
    if (!r.count) return;
    var box = checkbox(true, function (on) { state.relOn[index] = on; applyFilters(); });
    box.dataset.relation = r.id;
    var line = el("span", "line " + r.pattern);
    line.style.borderTopColor = r.color;
    relationList.appendChild(el("li", null, [el("label", null,
      [box, line, r.label + " (" + r.id + ")", el("span", "count", [number(r.count)])])]));
  });
  var provinceSelect = document.getElementById("filter-province");
  data.provinces.forEach(function (name, index) {
    var option = el("option", null, [name]);
    option.value = String(index);
    provinceSelect.appendChild(option);
  });
  provinceSelect.addEventListener("change", function () {
    state.province = Number(provinceSelect.value);
    applyFilters();
  });
  var fromBox = document.getElementById("filter-from"), toBox = document.getElementById("filter-to");
  if (data.meta.firstDate) { fromBox.min = toBox.min = data.meta.firstDate; }
  if (data.meta.lastDate) { fromBox.max = toBox.max = data.meta.lastDate; }
  [fromBox, toBox].forEach(function (box) {
    box.addEventListener("change", function () { state.from = fromBox.value; state.to = toBox.value; applyFilters(); });
  });
  function resetFilters() {
    state.typeOn = types.map(function () { return true; });
    state.relOn = relations.map(function () { return true; });
    state.province = -1; state.from = state.to = ""; state.focus = null;
    document.querySelectorAll(".legend input[type=checkbox]").forEach(function (b) { b.checked = true; });
    provinceSelect.value = "-1"; fromBox.value = toBox.value = "";
    applyFilters();
  }
  document.getElementById("filter-reset").addEventListener("click", function () {
    resetFilters();
    network.fit({ animation: false });
  });
  document.getElementById("fit-view").addEventListener("click", function () { network.fit({ animation: false }); });

  // ---- side panel ------------------------------------------------------------------------
  var panel = document.getElementById("panel");
  var RELATIONS_SHOWN = 150;

  function closePanel() { panel.hidden = true; clear(panel); network.unselectAll(); }
  function docLine(source) {
    var doc = data.docs[source[0]];
    var parts = [el("span", "title", [doc[0] || doc[2]])];
    if (doc[1]) parts.push(" · ", el("span", "date", [doc[1]]));
    if (doc[0] && doc[2]) parts.push(" · ", el("span", "source", [doc[2]]));
    return el("div", "doc", parts);
  }
  function sourcesList(edgeId) {
    var list = el("ul", "sources");
    facts[edgeId].forEach(function (source) {
      var item = el("li", null, [docLine(source)]);
      var sentence = source[1] >= 0 ? data.strings[source[1]] : "";
      if (sentence) item.appendChild(el("blockquote", "evidence", [sentence]));
      if (source.length > 2) item.appendChild(el("div", "doc", ["ตำแหน่งตามเอกสาร: ", data.strings[source[2]]]));
      list.appendChild(item);
    });
    return list;
  }
  function nodeLink(j) {
    var link = el("button", "link", [info[j].n]);
    link.type = "button";
    link.title = typeText(info[j].t);
    link.addEventListener("click", function () { selectNode(j, true); });
    return link;
  }
  function relationName(r) {
    var span = el("span", "rel", [relations[r].label]);
    span.style.color = relations[r].color;
    return span;
  }
  function relationItem(edgeId, here) {
    var e = data.edges[edgeId];
    var head = e.from === here ? el("span", "here", ["โหนดนี้"]) : nodeLink(e.from);
    var tail = e.to === here ? el("span", "here", ["โหนดนี้"]) : nodeLink(e.to);
    return el("li", null, [el("div", "rel-line", [head, " ", relationName(e.r), " → ", tail]), sourcesList(edgeId)]);
  }

  function openPanel(i) {
    var inf = info[i];
    clear(panel);
    var close = el("button", "close", ["×"]);
    close.type = "button";
    close.setAttribute("aria-label", "ปิด (close)");
    close.addEventListener("click", closePanel);
    panel.appendChild(close);
    panel.appendChild(el("div", "badge", [swatch(inf.t), typeText(inf.t)]));
    panel.appendChild(el("h2", "name", [inf.n]));

    var rows = [["รหัส (key)", inf.k]];
    if (inf.a.length) rows.push(["ชื่ออื่น (aliases)", inf.a.join(" · ")]);
    inf.p.forEach(function (pair) { rows.push([data.strings[pair[0]], data.strings[pair[1]]]); });
    var list = el("dl", "attributes");
    rows.forEach(function (row) { list.appendChild(el("dt", null, [row[0]])); list.appendChild(el("dd", null, [row[1]])); });
    panel.appendChild(list);

    var actions = el("div", "actions", ["เน้นบริเวณรอบโหนดนี้: "]);
    [1, 2].forEach(function (depth) {
      var b = el("button", "action", [depth + " ขั้น"]);
      b.type = "button";
      b.dataset.depth = String(depth);
      b.addEventListener("click", function () { focusOn(i, depth); });
      actions.appendChild(b);
    });
    if (state.focus) {
      var all = el("button", "action", ["แสดงทั้งหมด"]);
      all.type = "button";
      all.addEventListener("click", function () { state.focus = null; applyFilters(); openPanel(i); });
      actions.appendChild(all);
    }
    panel.appendChild(actions);

    var edges = adjacency[i].slice().sort(function (a, b) {
      var ea = data.edges[a], eb = data.edges[b];
      return ea.r - eb.r || info[other(ea, i)].n.localeCompare(info[other(eb, i)].n, "th");
    });
    panel.appendChild(el("h3", null, ["ความสัมพันธ์ (Relations) · " + number(edges.length)]));
    var relationsList = el("ul", "relations");
    panel.appendChild(relationsList);
    function more(from) {
      edges.slice(from, from + RELATIONS_SHOWN).forEach(function (e) { relationsList.appendChild(relationItem(e, i)); });
      if (from + RELATIONS_SHOWN < edges.length) {
        var rest = el("button", "action", ["แสดงอีก " + number(edges.length - from - RELATIONS_SHOWN) + " รายการ"]);
        rest.type = "button";
        rest.addEventListener("click", function () { rest.remove(); more(from + RELATIONS_SHOWN); });
        relationsList.appendChild(el("li", null, [rest]));
      }
    }
    more(0);
    if (inf.o) {
      panel.appendChild(el("p", "note",
        ["มีอีก " + number(inf.o) + " ความสัมพันธ์กับโหนดที่ไม่ได้แสดงในหน้านี้ (not drawn)"]));
    }
    if (inf.m.length) {
      panel.appendChild(el("h3", null, ["เอกสารที่กล่าวถึง (Mentioned in) · " + number(inf.m.length)]));
      var docs = el("ul", "docs");
      inf.m.forEach(function (d) { docs.appendChild(el("li", null, [docLine([d])])); });
      panel.appendChild(docs);
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function openEdgePanel(edgeId) {
    var e = data.edges[edgeId];
    clear(panel);
    var close = el("button", "close", ["×"]);
    close.type = "button";
    close.setAttribute("aria-label", "ปิด (close)");
    close.addEventListener("click", closePanel);
    panel.appendChild(close);
    panel.appendChild(el("div", "badge", ["ความสัมพันธ์ (Relation) · " + relations[e.r].id]));
    panel.appendChild(el("h2", null, [relationName(e.r)]));
    panel.appendChild(el("div", "rel-line", [nodeLink(e.from), " → ", nodeLink(e.to)]));
    panel.appendChild(el("h3", null, ["แหล่งที่มา (Sources) · " + number(facts[edgeId].length)]));
    panel.appendChild(sourcesList(edgeId));
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function selectNode(i, move) {
    if (!nodeVisible[i]) resetFilters();
    network.selectNodes([i]);
    if (move) network.focus(i, { scale: Math.max(network.getScale(), 0.8), animation: false });
    openPanel(i);
  }
  function focusOn(i, depth) {
    state.focus = { centre: i, depth: depth };
    applyFilters();
    network.fit({ nodes: nodeView.getIds(), animation: false });
    network.selectNodes([i]);
    openPanel(i);
  }

  network.on("click", function (params) {
    if (params.nodes.length) openPanel(params.nodes[0]);
    else if (params.edges.length) openEdgePanel(params.edges[0]);
    else closePanel();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) closePanel();
  });

  // ---- search ----------------------------------------------------------------------------
  var searchBox = document.getElementById("search-box");
  var results = document.getElementById("search-results");
  var MAX_RESULTS = 15;
  function search(query) {
    var q = searchForm(query);
    if (!q) return [];
    var found = [];
    for (var i = 0; i < N; i++) {
      var forms = info[i].s, at = forms.indexOf(q);
      if (at < 0) continue;
      var rank = forms.split("|").reduce(function (best, form) {
        return Math.min(best, form === q ? 0 : form.indexOf(q) === 0 ? 1 : form.indexOf(q) > 0 ? 2 : 3);
      }, 3);
      found.push([rank, -data.nodes[i].size, i]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.slice(0, MAX_RESULTS).map(function (f) { return f[2]; });
  }
  var active = -1;
  function showResults() {
    var hits = search(searchBox.value);
    clear(results);
    active = -1;
    if (!searchBox.value.trim()) { results.hidden = true; return; }
    if (!hits.length) {
      results.appendChild(el("li", "none", ["ไม่พบชื่อที่ตรงกัน (no match)"]));
    }
    hits.forEach(function (i) {
      var item = el("li", null, [swatch(info[i].t), el("span", "name", [info[i].n]), el("span", "type", [types[info[i].t].label])]);
      item.setAttribute("role", "option");
      item.dataset.node = String(i);
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      results.appendChild(item);
    });
    results.hidden = false;
  }
  function choose(i) {
    results.hidden = true;
    selectNode(i, true);
  }
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("focus", showResults);
  searchBox.addEventListener("blur", function () { results.hidden = true; });
  searchBox.addEventListener("keydown", function (event) {
    var items = results.querySelectorAll("li[data-node]");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      items.forEach(function (item, k) { item.classList.toggle("active", k === active); });
    } else if (event.key === "Enter") {
      var pick = items[active >= 0 ? active : 0];
      if (pick) choose(Number(pick.dataset.node));
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- start -----------------------------------------------------------------------------
  var api = {
    ready: false,
    stable: !data.meta.physics,
    network: network,
    nodeCount: function () { return nodeSet.length; },
    edgeCount: function () { return edgeSet.length; },
    visibleNodeCount: function () { return nodeView.length; },
    visibleEdgeCount: function () { return edgeView.length; },
    idOf: function (key) { return keyIndex[key]; },
    searchForm: searchForm,
    search: function (text) { return search(text).map(function (i) { return info[i].k; }); },
    /* Where a node is drawn, in page coordinates (for clicking it). */
    pagePosition: function (key) {
      var id = keyIndex[key], point = network.canvasToDOM(network.getPositions([id])[id]);
      var box = container.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    select: function (key) { selectNode(keyIndex[key], true); }
  };
  window.edugraph = api;
  // Phones: the filters start folded so that the graph gets the screen.
  if (window.matchMedia("(max-width: 900px)").matches) document.getElementById("sidebar").open = false;
  if (N === 0) document.getElementById("loading").textContent = "ไม่มีโหนดในมุมมองนี้ (nothing to show)";
  network.once("afterDrawing", function () {
    if (N) document.getElementById("loading").hidden = true;
    api.ready = true;
  });
  network.on("stabilized", function () { api.stable = true; });
  updateStatus();
})();
