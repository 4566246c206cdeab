/* edugraph's page: an overview first, details on demand, the source behind every fact.
 *
 * pyvis wrote the overview (#edugraph-network: vis-network nodes, edges and
 * options); #edugraph-index holds every node, relation and source of the
 * graph (gzip, base64).  Search reaches every node; a click or a search
 * draws a node's neighbours beside it.  Positions are computed here or in
 * Python and never simulated, so the view stays still.
 *
 * Everything that came from a document is put on the page as text
 * (textContent / createTextNode); no data ever goes through innerHTML, links
 * are made only for http(s) addresses, and the URL fragment is read only as
 * keys and names to look up.
 */
(function () {
  "use strict";

  var api = { ready: false, stable: false, error: null, timings: {} };
  function timing(name) { api.timings[name] = Math.round(performance.now()); }
  window.edugraph = api;
  var loading = document.getElementById("loading");

  function decodeIndex() {
    var text = document.getElementById("edugraph-index").textContent.trim();
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  // Canvas labels are drawn once: the page's Thai font must be there first.
  function fontReady() {
    if (!document.fonts || !document.fonts.load) return Promise.resolve();
    var wait = new Promise(function (resolve) { setTimeout(resolve, 2000); });
    return Promise.race([document.fonts.load('14px "EdugraphThai"', "ก").catch(function () {}), wait]);
  }
  Promise.all([decodeIndex(), fontReady()]).then(function (results) { timing("decoded"); start(results[0]); }).catch(function (err) {
    api.error = String(err);
    loading.textContent = "เปิดข้อมูลไม่ได้ (cannot open the data): " + err;
    throw err;
  });

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
  function button(className, children, onClick) {
    var b = el("button", className, children);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function number(n) { return n.toLocaleString("en-US"); }
  function isWebAddress(url) { return /^https?:\/\/[^\s\/]/i.test(url); }

  // edugraph.viz.text.search_form: NFC, no zero-width, Thai digits read, no white space, lower case.
  function searchForm(text) {
    return String(text).normalize("NFC")
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
      .replace(/[\u0e50-\u0e59]/g, function (d) { return String(d.charCodeAt(0) - 0x0e50); })
      .replace(/\s+/g, "")
      .toLowerCase();
  }
  // edugraph.viz.text.truncate_label: cut between grapheme clusters (Thai marks stay with their letter).
  function truncateLabel(text, max) {
    text = text.split(/\s+/).join(" ").trim();
    if (text.length <= max) return text;
    var cut = max;
    while (cut > 1 && (/[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\u200d]/.test(text[cut]) || /[\u0e40-\u0e44\u200d]/.test(text[cut - 1]))) cut--;
    return text.slice(0, cut).trim() + "…";
  }

  function start(data) {
    var network0 = JSON.parse(document.getElementById("edugraph-network").textContent);
    var options = JSON.parse(network0.options);
    var info = data.info, facts = data.facts, types = data.types, relations = data.relations, E = data.edges;
    var N = info.length, M = facts.length;
    var BUDGET = data.meta.overviewBudget, EXPAND = 30, LABEL_CHARS = 26, SIZE_CAP = data.meta.sizeCap;
    function typeIndex(id) { return types.findIndex(function (t) { return t.id === id; }); }
    function relIndex(id) { return relations.findIndex(function (r) { return r.id === id; }); }
    var EVENT = typeIndex("Event"), PROVINCE = typeIndex("Province"), PROGRAMME = typeIndex("Programme");
    var PART_OF = relIndex("PART_OF");
    function typeText(t) { return types[t].label + " (" + types[t].english + ")"; }
    function swatch(t) {
      var s = el("span", "swatch", [types[t].symbol]);
      s.style.color = types[t].color;
      return s;
    }

    // ---- the index -------------------------------------------------------------------
    var keyIndex = Object.create(null);
    info.forEach(function (inf, i) {
      inf.a = inf.a || []; inf.p = inf.p || []; inf.v = inf.v || []; inf.m = inf.m || [];
      inf.d = inf.d || ""; inf.e = inf.e || ""; inf.g = inf.g || 0; inf.y = inf.y || 0;
      inf.k = inf.k || types[inf.t].id + ":" + inf.n.split(" ").join("");
      inf.s = [inf.n].concat(inf.a).map(searchForm).join("|");
      keyIndex[inf.k] = i;
    });
    var adjacency = [];
    for (var i = 0; i < N; i++) adjacency.push([]);
    for (var e = 0; e < M; e++) {
      adjacency[E[3 * e]].push(e);
      if (E[3 * e + 1] !== E[3 * e]) adjacency[E[3 * e + 1]].push(e);
    }
    function head(e) { return E[3 * e]; }
    function tail(e) { return E[3 * e + 1]; }
    function relOf(e) { return E[3 * e + 2]; }
    function other(e, i) { return head(e) === i ? tail(e) : head(e); }
    function byDegree(a, b) { return info[b].g - info[a].g || a - b; }
    function neighboursOf(i) {
      var seen = Object.create(null), out = [];
      adjacency[i].forEach(function (e) { var j = other(e, i); if (j !== i && !seen[j]) { seen[j] = 1; out.push(j); } });
      return out.sort(byDegree);
    }
    function programmesOf(i) {
      return adjacency[i].filter(function (e) { return relOf(e) === PART_OF && head(e) === i; }).map(tail);
    }

    // ---- filters: the same rules as edugraph.viz.subgraph ------------------------------
    var state = {
      typeOn: types.map(function () { return true; }), relOn: relations.map(function () { return true; }),
      province: -1, from: "", to: "", view: "overview", focus: null, expanded: [], selected: null,
      timeline: { province: -1, programme: -1, type: -1, unit: "month", period: "" }
    };
    var matching = new Uint8Array(N);
    function eventInRange(inf) {
      if (!inf.d) return false;
      var first = inf.d, last = inf.e || inf.d;
      return (!state.from || last >= state.from) && (!state.to || first <= state.to);
    }
    // A province keeps what is placed in it and its neighbours (`v`); a date range drops the
    // events outside it and what was linked only to them.
    function computeMatching() {
      var dated = state.from || state.to, dropped = new Uint8Array(N);
      for (var i = 0; i < N; i++) {
        var inf = info[i], ok = state.province < 0 || inf.v.indexOf(state.province) >= 0;
        if (dated && inf.t === EVENT && !eventInRange(inf)) { ok = false; dropped[i] = 1; }
        matching[i] = ok ? 1 : 0;
      }
      if (dated) {
        for (i = 0; i < N; i++) {
          if (!matching[i] || !adjacency[i].length) continue;
          if (adjacency[i].every(function (e) { return dropped[other(e, i)]; })) matching[i] = 0;
        }
      }
    }
    function nodeShown(i) { return matching[i] === 1 && state.typeOn[info[i].t]; }

    // ---- the network -------------------------------------------------------------------
    function nodeTitle(i) { return info[i].n + " — " + typeText(info[i].t); }
    function edgeLook(edge) {
      var r = relations[edge.r];
      edge.color = { color: r.color, highlight: r.color, hover: r.color, opacity: 0.85 };
      edge.dashes = r.dashes;
      edge.title = r.label + " (" + r.id + ")";
      return edge;
    }
    var overviewNodes = network0.nodes.map(function (n) { n.title = nodeTitle(n.id); return n; });
    var overviewEdges = network0.edges.map(edgeLook);
    var nodeSet = new vis.DataSet();
    var edgeSet = new vis.DataSet();
    var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return nodeShown(n.id); } });
    var edgeView = new vis.DataView(edgeSet, {
      filter: function (x) { return state.relOn[x.r] && nodeShown(x.from) && nodeShown(x.to); }
    });
    var container = document.getElementById("graph");
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

    function makeNode(i, x, y) {
      var inf = info[i];
      delete labelSize[i];
      return { id: i, label: truncateLabel(inf.n, LABEL_CHARS), group: types[inf.t].id, shape: types[inf.t].shape,
               x: x, y: y, size: Math.round(10 * (8 + 3.2 * Math.sqrt(Math.min(inf.g, SIZE_CAP)))) / 10, title: nodeTitle(i) };
    }
    function drawEdgesOf(ids) {
      var add = [];
      ids.forEach(function (i) {
        adjacency[i].forEach(function (e) {
          if (nodeSet.get(other(e, i)) && !edgeSet.get(e)) add.push(edgeLook({ id: e, from: head(e), to: tail(e), r: relOf(e), arrows: "to" }));
        });
      });
      edgeSet.update(add);
    }

    /* Where drawn nodes are: the network's positions, or those given for nodes a filter hides. */
    function positionsOf(ids) {
      var shown = network.getPositions(ids), out = {};
      ids.forEach(function (id) {
        var item = shown[id] || nodeSet.get(id);
        out[id] = { x: item.x, y: item.y };
      });
      return out;
    }

    // Local layout: new nodes on staggered rings around a drawn neighbour, in
    // free cells only, so that labels (drawn under each node) keep their room.
    var CELL = 75;
    function occupancy() {
      var taken = Object.create(null), positions = positionsOf(nodeSet.getIds());
      Object.keys(positions).forEach(function (id) { mark(taken, positions[id].x, positions[id].y); });
      return { taken: taken, positions: positions };
    }
    function cellKey(x, y) { return Math.round(x / CELL) + "," + Math.round(y / (CELL * 0.6)); }
    function mark(taken, x, y) { taken[cellKey(x, y)] = 1; }
    function freeSpotsAround(taken, cx, cy, count) {
      var spots = [];
      for (var ring = 0; spots.length < count && ring < 400; ring++) {
        var radius = 150 + 95 * ring, slots = Math.max(6, Math.floor(2 * Math.PI * radius / 105));
        for (var s = 0; s < slots && spots.length < count; s++) {
          var angle = (2 * Math.PI * s) / slots + ring * 0.37, r = radius + (s % 2 ? 30 : 0);
          var x = cx + r * Math.cos(angle), y = cy + r * Math.sin(angle);
          if (taken[cellKey(x, y)]) continue;
          mark(taken, x, y);
          spots.push({ x: x, y: y });
        }
      }
      return spots;
    }
    /* Draw `ids` (those not drawn yet), each beside a drawn neighbour or around `anchor`. */
    function addNodes(ids, anchor) {
      var fresh = ids.filter(function (i) { return !nodeSet.get(i); });
      if (!fresh.length) return [];
      var occ = occupancy(), groups = new Map(), centre = viewCentre();
      if (anchor !== undefined && anchor !== null && occ.positions[anchor]) centre = occ.positions[anchor];
      var placed = Object.create(null);
      fresh.forEach(function (i) {
        var near = null;
        if (anchor !== undefined && anchor !== null && (occ.positions[anchor] || placed[anchor]) &&
            adjacency[i].some(function (e) { return other(e, i) === anchor; })) near = anchor;
        if (near === null) {
          adjacency[i].some(function (e) { var j = other(e, i); if (occ.positions[j]) { near = j; return true; } return false; });
        }
        var key = near === null ? "centre" : near;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(i);
      });
      var nodes = [];
      groups.forEach(function (members, key) {
        var at = key === "centre" ? centre : occ.positions[key];
        freeSpotsAround(occ.taken, at.x, at.y, members.length).forEach(function (spot, k) {
          nodes.push(makeNode(members[k], spot.x, spot.y));
          placed[members[k]] = 1;
        });
      });
      nodeSet.add(nodes);
      drawEdgesOf(fresh);
      return fresh;
    }
    function viewCentre() { return network.getViewPosition(); }
    function drawOnly(ids, centreId) {
      edgeSet.clear(); nodeSet.clear();
      if (centreId !== null && centreId !== undefined) {
        nodeSet.add(makeNode(centreId, 0, 0));
        ids = ids.filter(function (i) { return i !== centreId; });
      }
      // breadth-first from the centre, so that each node sits beside one already drawn
      var order = [], seen = Object.create(null), wanted = Object.create(null);
      ids.forEach(function (i) { wanted[i] = 1; });
      var frontier = centreId !== null && centreId !== undefined ? [centreId] : [];
      while (frontier.length) {
        var next = [];
        frontier.forEach(function (i) {
          neighboursOf(i).forEach(function (j) { if (wanted[j] && !seen[j]) { seen[j] = 1; order.push(j); next.push(j); } });
        });
        frontier = next;
      }
      ids.forEach(function (i) { if (!seen[i]) order.push(i); });
      var batch = [];
      order.forEach(function (i) {
        batch.push(i);
        if (batch.length >= 25) { addNodes(batch, centreId); batch = []; }
      });
      addNodes(batch, centreId);
      drawEdgesOf(nodeSet.getIds());
      relax(order, 120);
    }
    var lastFit = null;
    function fit(ids) {
      lastFit = ids;
      network.fit(ids && ids.length ? { nodes: ids, animation: false } : { animation: false });
      if (network.getScale() > 1.1) network.moveTo({ scale: 1.1, animation: false });
      fitLabels();
    }
    // The most connected drawn nodes get big labels while the view is zoomed out
    // (a few hundred nodes on one screen); closer in, every label has the common size.
    var BIG_LABELS = data.meta.bigLabels, BIG_SIZE = data.meta.bigLabelSize, labelSize = Object.create(null);
    // below this zoom the common labels are not drawn (vis-network's drawThreshold)
    var BIG_SCALE = options.nodes.scaling.label.drawThreshold / (options.nodes.font.size + 2);
    function fitLabels() {
      var scale = network.getScale(), zoomedOut = scale < BIG_SCALE, small = options.nodes.font.size;
      // at least 13 px on the screen, in steps of 6 so that zooming updates few times
      var bigSize = Math.max(BIG_SIZE, Math.ceil(13 / scale / 6) * 6);
      var big = Object.create(null);
      if (zoomedOut) {
        // the most connected first (the selected node before all), skipping a label that would
        // cover one already chosen: fewer labels, each readable
        var order = nodeView.getIds().sort(byDegree), chosen = [], positions = positionsOf(order);
        var selected = state.selected !== null ? keyIndex[state.selected] : undefined;
        if (selected !== undefined && nodeSet.get(selected)) order.unshift(selected);
        for (var k = 0; k < order.length && chosen.length < BIG_LABELS; k++) {
          var id = order[k], p = positions[id] || positionsOf([id])[id], node = nodeSet.get(id);
          var width = Math.min(node.label.length, LABEL_CHARS) * bigSize * 0.5, height = bigSize * 1.3;
          var box = { x: p.x - width / 2, y: p.y + node.size, w: width, h: height };
          if (big[id] || chosen.some(function (b) { return box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h; })) continue;
          chosen.push(box);
          big[id] = 1;
        }
      }
      var update = [];
      nodeSet.forEach(function (n) {
        var size = big[n.id] ? bigSize : (zoomedOut ? small : small + 2);
        if ((labelSize[n.id] || (n.font && n.font.size) || small) !== size) update.push({ id: n.id, font: { size: size } });
        labelSize[n.id] = size;
      });
      if (update.length) nodeSet.update(update);
    }

    // A force-directed refinement of the drawn part only (a few hundred nodes:
    // milliseconds), then the positions stay.  Nodes repel more sideways, where
    // their labels are; `fixed` nodes hold still and only push and pull.
    function relax(movable, iterations) {
      var ids = nodeSet.getIds(), at = Object.create(null), n = ids.length, K = 120;
      if (!movable.length || n < 2) return;
      var positions = positionsOf(ids);
      var xs = new Float64Array(n), ys = new Float64Array(n), move = new Uint8Array(n);
      ids.forEach(function (id, k) { at[id] = k; xs[k] = positions[id].x; ys[k] = positions[id].y; });
      movable.forEach(function (id) { if (at[id] !== undefined) move[at[id]] = 1; });
      var links = [];
      edgeSet.forEach(function (x) {
        if (at[x.from] !== undefined && at[x.to] !== undefined && x.from !== x.to) {
          links.push([at[x.from], at[x.to], 1 / Math.sqrt(Math.max(1, Math.min(info[x.from].g, info[x.to].g)))]);
        }
      });
      var temperature = K, cooling = K / (iterations + 1), dx = new Float64Array(n), dy = new Float64Array(n);
      // a weak pull to the middle keeps nodes with no drawn relation from drifting far out
      var cx = 0, cy = 0;
      for (var c = 0; c < n; c++) { cx += xs[c] / n; cy += ys[c] / n; }
      for (var step = 0; step < iterations; step++) {
        dx.fill(0); dy.fill(0);
        for (var a = 0; a < n; a++) {
          if (!move[a]) continue;
          for (var b = 0; b < n; b++) {
            if (a === b) continue;
            var ex = (xs[a] - xs[b]) * 0.55, ey = ys[a] - ys[b], d2 = ex * ex + ey * ey;
            if (d2 > 9 * K * K) continue;
            if (d2 < 1) { ex = ((a * 7919) % 13) - 6; ey = ((b * 104729) % 11) - 5; d2 = ex * ex + ey * ey + 1; }
            var push = K * K / d2;
            dx[a] += ex * push; dy[a] += ey * push;
          }
        }
        links.forEach(function (l) {
          var ex = xs[l[0]] - xs[l[1]], ey = ys[l[0]] - ys[l[1]], d = Math.sqrt(ex * ex + ey * ey) || 1;
          var pull = d / K * l[2];
          if (move[l[0]]) { dx[l[0]] -= ex * pull; dy[l[0]] -= ey * pull; }
          if (move[l[1]]) { dx[l[1]] += ex * pull; dy[l[1]] += ey * pull; }
        });
        for (a = 0; a < n; a++) {
          if (!move[a]) continue;
          dx[a] -= (xs[a] - cx) * 0.08; dy[a] -= (ys[a] - cy) * 0.08;
          var length = Math.sqrt(dx[a] * dx[a] + dy[a] * dy[a]) || 1, limit = Math.min(length, temperature);
          xs[a] += dx[a] / length * limit; ys[a] += dy[a] / length * limit;
        }
        temperature -= cooling;
      }
      var update = [];
      for (a = 0; a < n; a++) if (move[a]) update.push({ id: ids[a], x: Math.round(xs[a] * 10) / 10, y: Math.round(ys[a] * 10) / 10 });
      nodeSet.update(update);
    }

    // ---- views -----------------------------------------------------------------------
    function showOverview() {
      state.view = "overview"; state.focus = null; state.expanded = [];
      edgeSet.clear(); nodeSet.clear();
      nodeSet.add(overviewNodes);
      edgeSet.add(overviewEdges);
      labelSize = Object.create(null);
      afterChange();
      fit();
    }
    function provinceNode(p) {
      var name = data.provinces[p];
      var found = keyIndex["Province:" + name.split(" ").join("")];
      return found === undefined ? null : found;
    }
    function showProvince(p) {
      state.view = "province"; state.focus = null; state.expanded = [];
      var centre = provinceNode(p), members = [];
      for (var i = 0; i < N; i++) if (info[i].g && info[i].v.indexOf(p) >= 0) members.push(i);
      members.sort(byDegree);
      drawOnly(members.slice(0, BUDGET), centre);
      afterChange();
      fit();
    }
    function neighbourhood(centre, depth) {
      var seen = Object.create(null), frontier = [centre], out = [centre];
      seen[centre] = 1;
      for (var d = 0; d < depth; d++) {
        var next = [];
        frontier.forEach(function (i) {
          neighboursOf(i).forEach(function (j) { if (!seen[j]) { seen[j] = 1; next.push(j); out.push(j); } });
        });
        frontier = next;
      }
      return out;
    }
    function focusOn(i, depth) {
      state.view = "focus"; state.focus = { centre: i, depth: depth }; state.expanded = [];
      drawOnly(neighbourhood(i, depth).slice(0, BUDGET), i);
      afterChange();
      fit();
      select(i, false);
    }
    /* Draw a node's neighbours beside it (the most connected first, EXPAND at a time). */
    function expand(i, all) {
      if (!nodeSet.get(i)) addNodes([i]);
      var hidden = neighboursOf(i).filter(function (j) { return !nodeSet.get(j); });
      var added = addNodes(all ? hidden : hidden.slice(0, EXPAND), i);
      relax(added, 80);
      if (state.expanded.indexOf(info[i].k) < 0) state.expanded.push(info[i].k);
      afterChange();
      return { drawn: added, left: hidden.length - added.length };
    }

    // ---- status, legend, lists --------------------------------------------------------
    var statusLine = document.getElementById("status");
    var typeCounts = [], relationCounts = [];
    function afterChange() {
      computeMatching();
      nodeView.refresh();
      edgeView.refresh();
      var shown = types.map(function () { return 0; }), total = types.map(function () { return 0; });
      nodeView.forEach(function (n) { shown[info[n.id].t]++; });
      for (var i = 0; i < N; i++) if (matching[i]) total[info[i].t]++;
      typeCounts.forEach(function (span, t) { if (span) span.textContent = number(shown[t]) + " / " + number(total[t]); });
      var shownRel = relations.map(function () { return 0; });
      edgeView.forEach(function (x) { shownRel[x.r]++; });
      relationCounts.forEach(function (span, r) { if (span) span.textContent = number(shownRel[r]) + " / " + number(relations[r].count); });
      var text = "แสดง " + number(nodeView.length) + " จาก " + number(N) + " โหนด · "
        + number(edgeView.length) + " จาก " + number(M) + " ความสัมพันธ์";
      if (state.view === "province") text += " · จังหวัด" + data.provinces[state.province];
      if (state.view === "timeline") text += " · กิจกรรมในช่วง " + timeline.period;
      if (state.focus) text += " · เน้นรอบ “" + info[state.focus.centre].n + "” " + state.focus.depth + " ขั้น";
      statusLine.textContent = text;
      fitLabels();
      writeHash();
      api.stable = true;
    }
    var typeList = document.getElementById("legend-types");
    types.forEach(function (t, index) {
      if (!t.count) return;
      var box = checkbox(true, function (on) { state.typeOn[index] = on; afterChange(); });
      box.dataset.type = t.id;
      var count = el("span", "count");
      typeCounts[index] = count;
      var list = button("list", ["รายการ"], function () { showList(t.label + " (" + t.english + ")", function (i) { return info[i].t === index && matching[i]; }); });
      list.dataset.list = t.id;
      typeList.appendChild(el("li", null, [el("label", null, [box, swatch(index), t.label + " (" + t.english + ")", count]), list]));
    });
    var relationList = document.getElementById("legend-relations");
    relations.forEach(function (r, index) {
      if (!r.count) return;
      var box = checkbox(true, function (on) { state.relOn[index] = on; afterChange(); });
      box.dataset.relation = r.id;
      var line = el("span", "line " + r.pattern);
      line.style.borderTopColor = r.color;
      var count = el("span", "count");
      relationCounts[index] = count;
      relationList.appendChild(el("li", null, [el("label", null, [box, line, r.label + " (" + r.id + ")", count])]));
    });
    function checkbox(checked, onChange) {
      var box = document.createElement("input");
      box.type = "checkbox";
      box.checked = checked;
      box.addEventListener("change", function () { onChange(box.checked); });
      return box;
    }
    var lists = document.getElementById("lists");
    var isolatedButton = button("list", ["ไม่มีความสัมพันธ์ (isolated) · " + number(data.meta.isolated)], function () {
      showList("โหนดที่ไม่มีความสัมพันธ์ (isolated)", function (i) { return info[i].g === 0 && matching[i]; });
    });
    isolatedButton.id = "list-isolated";
    lists.appendChild(isolatedButton);
    lists.appendChild(button("list", ["โหนดที่แสดงอยู่ (drawn)"], function () {
      showList("โหนดที่แสดงอยู่ (drawn)", function (i) { return !!nodeSet.get(i) && nodeShown(i); });
    }));

    // ---- province and date filters ----------------------------------------------------------
    var provinceSelect = document.getElementById("filter-province");
    data.provinces.forEach(function (name, index) {
      var option = el("option", null, [name]);
      option.value = String(index);
      provinceSelect.appendChild(option);
    });
    function setProvince(p) {
      state.province = p;
      provinceSelect.value = String(p);
      if (p >= 0) showProvince(p); else showOverview();
    }
    provinceSelect.addEventListener("change", function () { setProvince(Number(provinceSelect.value)); });
    var fromBox = document.getElementById("filter-from"), toBox = document.getElementById("filter-to");
    [fromBox, toBox].forEach(function (box) {
      box.addEventListener("change", function () { state.from = fromBox.value; state.to = toBox.value; afterChange(); });
    });
    function resetFilters() {
      state.typeOn = types.map(function () { return true; });
      state.relOn = relations.map(function () { return true; });
      state.from = state.to = "";
      document.querySelectorAll(".legend input[type=checkbox]").forEach(function (b) { b.checked = true; });
      fromBox.value = toBox.value = "";
      if (state.province >= 0) { state.province = -1; provinceSelect.value = "-1"; }
      afterChange();
    }
    document.getElementById("filter-reset").addEventListener("click", function () { resetFilters(); showOverview(); });
    document.getElementById("fit-view").addEventListener("click", function () { fit(); });
    document.getElementById("show-overview").addEventListener("click", function () { setProvince(-1); });

    // ---- side panel ------------------------------------------------------------------------
    var panel = document.getElementById("panel");
    var RELATIONS_SHOWN = 150;
    // The panel takes room from the graph: vis-network is told at once (it would
    // otherwise notice later and rescale the view after the page fitted it).
    function setPanelShown(shown) {
      if (panel.hidden === !shown) return;
      panel.hidden = !shown;
      network.setSize("100%", "100%");
    }
    function closePanel() { setPanelShown(false); clear(panel); network.unselectAll(); state.selected = null; writeHash(); }
    function panelStart(badge, title) {
      clear(panel);
      var close = button("close", ["×"], closePanel);
      close.setAttribute("aria-label", "ปิด (close)");
      panel.appendChild(close);
      panel.appendChild(badge);
      panel.appendChild(el("h2", "name", [title]));
    }
    function docLine(source) {
      var doc = data.docs[source[0]], title = doc[0], date = doc[1], link = doc[2], shown = doc[3];
      var parts = [el("span", "title", [title || link || shown])];
      if (date) parts.push(" · ", el("span", "date", [date]));
      if (link && isWebAddress(link)) {
        var a = el("a", "original", ["ต้นฉบับ (original)"]);
        a.href = link;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.title = link;
        parts.push(" · ", a);
      } else if (shown && title) {
        parts.push(" · ", el("span", "source", [shown]));
      }
      return el("div", "doc", parts);
    }
    function sourcesList(edgeId) {
      var list = el("ul", "sources");
      facts[edgeId].forEach(function (source) {
        var item = el("li", null, [docLine(source)]);
        if (source[1] >= 0) item.appendChild(el("blockquote", "evidence", [data.strings[source[1]]]));
        if (source.length > 2) item.appendChild(el("div", "doc", ["ตำแหน่งตามเอกสาร: ", data.strings[source[2]]]));
        list.appendChild(item);
      });
      return list;
    }
    function nodeLink(j) {
      var link = button("link", [info[j].n], function () { select(j, true); });
      link.title = typeText(info[j].t);
      return link;
    }
    function relationName(r) {
      var span = el("span", "rel", [relations[r].label]);
      span.style.color = relations[r].color;
      return span;
    }
    function relationItem(edgeId, here) {
      var h = head(edgeId) === here ? el("span", "here", ["โหนดนี้"]) : nodeLink(head(edgeId));
      var t = tail(edgeId) === here ? el("span", "here", ["โหนดนี้"]) : nodeLink(tail(edgeId));
      return el("li", null, [el("div", "rel-line", [h, " ", relationName(relOf(edgeId)), " → ", t]), sourcesList(edgeId)]);
    }
    function openPanel(i, expansion) {
      var inf = info[i];
      panelStart(el("div", "badge", [swatch(inf.t), typeText(inf.t)]), inf.n);
      var rows = [["รหัส (key)", inf.k]];
      if (inf.a.length) rows.push(["ชื่ออื่น (aliases)", inf.a.join(" · ")]);
      inf.p.forEach(function (pair) { rows.push([data.strings[pair[0]], data.strings[pair[1]]]); });
      var list = el("dl", "attributes");
      rows.forEach(function (row) { list.appendChild(el("dt", null, [row[0]])); list.appendChild(el("dd", null, [row[1]])); });
      panel.appendChild(list);
      var actions = el("div", "actions", ["เน้นบริเวณรอบโหนดนี้: "]);
      [1, 2].forEach(function (depth) {
        var b = button("action", [depth + " ขั้น"], function () { focusOn(i, depth); });
        b.dataset.depth = String(depth);
        actions.appendChild(b);
      });
      if (expansion && expansion.left) {
        var more = button("action", ["วาดโหนดข้างเคียงอีก " + number(expansion.left)], function () { openPanel(i, expand(i, true)); });
        more.dataset.expand = "all";
        actions.appendChild(more);
      }
      panel.appendChild(actions);
      var edges = adjacency[i].slice().sort(function (a, b) {
        return relOf(a) - relOf(b) || info[other(a, i)].n.localeCompare(info[other(b, i)].n, "th");
      });
      panel.appendChild(el("h3", null, ["ความสัมพันธ์ (Relations) · " + number(edges.length)]));
      var relationsList = el("ul", "relations");
      panel.appendChild(relationsList);
      function more(from) {
        edges.slice(from, from + RELATIONS_SHOWN).forEach(function (e) { relationsList.appendChild(relationItem(e, i)); });
        if (from + RELATIONS_SHOWN < edges.length) {
          var rest = button("action", ["แสดงอีก " + number(edges.length - from - RELATIONS_SHOWN) + " รายการ"],
            function () { rest.parentNode.remove(); more(from + RELATIONS_SHOWN); });
          relationsList.appendChild(el("li", null, [rest]));
        }
      }
      more(0);
      if (inf.m.length) {
        panel.appendChild(el("h3", null, ["เอกสารที่กล่าวถึง (Mentioned in) · " + number(inf.m.length)]));
        var docs = el("ul", "docs");
        inf.m.forEach(function (d) { docs.appendChild(el("li", null, [docLine([d])])); });
        panel.appendChild(docs);
      }
      setPanelShown(true);
      panel.scrollTop = 0;
    }
    function openEdgePanel(edgeId) {
      panelStart(el("div", "badge", ["ความสัมพันธ์ (Relation) · " + relations[relOf(edgeId)].id]), relations[relOf(edgeId)].label);
      panel.appendChild(el("div", "rel-line", [nodeLink(head(edgeId)), " → ", nodeLink(tail(edgeId))]));
      panel.appendChild(el("h3", null, ["แหล่งที่มา (Sources) · " + number(facts[edgeId].length)]));
      panel.appendChild(sourcesList(edgeId));
      setPanelShown(true);
      panel.scrollTop = 0;
    }
    function itemList(ids, limit) {
      var list = el("ul", "items");
      function more(from) {
        ids.slice(from, from + limit).forEach(function (i) {
          var meta = info[i].d ? info[i].d : number(info[i].g) + " ความสัมพันธ์";
          var item = el("li", null, [swatch(info[i].t), nodeLink(i), el("span", "meta", [meta])]);
          item.dataset.node = info[i].k;
          list.appendChild(item);
        });
        if (from + limit < ids.length) {
          var rest = button("action", ["แสดงอีก " + number(ids.length - from - limit) + " รายการ"],
            function () { rest.parentNode.remove(); more(from + limit); });
          list.appendChild(el("li", null, [rest]));
        }
      }
      more(0);
      return list;
    }
    function showList(title, keep) {
      var ids = [];
      for (var i = 0; i < N; i++) if (keep(i)) ids.push(i);
      ids.sort(byDegree);
      panelStart(el("div", "badge", ["รายการ (List) · " + number(ids.length)]), title);
      panel.appendChild(itemList(ids, 100));
      setPanelShown(true);
      panel.scrollTop = 0;
    }

    /* Select a node: draw it and its neighbours, show its panel. */
    function select(i, move) {
      if (!nodeShown(i)) resetFilters();
      var expansion = expand(i, false);
      state.selected = info[i].k;
      network.selectNodes([i]);
      fitLabels();
      openPanel(i, expansion);
      if (move) {
        var near = expansion.drawn.length ? expansion.drawn
          : neighboursOf(i).filter(function (j) { return !!nodeSet.get(j); }).slice(0, 12);
        fit([i].concat(near));
      }
      writeHash();
    }

    network.on("zoom", fitLabels);
    network.on("click", function (params) {
      if (params.nodes.length) select(params.nodes[0], false);
      else if (params.edges.length) openEdgePanel(params.edges[0]);
      else closePanel();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) closePanel();
    });

    // ---- search over every node ----------------------------------------------------------
    var searchBox = document.getElementById("search-box");
    var results = document.getElementById("search-results");
    var MAX_RESULTS = 15;
    function search(query) {
      var q = searchForm(query);
      if (!q) return [];
      var found = [];
      for (var i = 0; i < N; i++) {
        var forms = info[i].s;
        if (forms.indexOf(q) < 0) continue;
        var rank = forms.split("|").reduce(function (best, form) {
          return Math.min(best, form === q ? 0 : form.indexOf(q) === 0 ? 1 : form.indexOf(q) > 0 ? 2 : 3);
        }, 3);
        found.push([rank, -info[i].g, i]);
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
      if (!hits.length) results.appendChild(el("li", "none", ["ไม่พบชื่อที่ตรงกัน (no match)"]));
      hits.forEach(function (i) {
        var item = el("li", null, [swatch(info[i].t), el("span", "name", [info[i].n]), el("span", "type", [types[info[i].t].label])]);
        item.setAttribute("role", "option");
        item.dataset.node = String(i);
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        results.appendChild(item);
      });
      results.hidden = false;
    }
    function choose(i) { results.hidden = true; select(i, true); }
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

    // ---- timeline of events -----------------------------------------------------------------
    var timeline = state.timeline;
    var tlProvince = document.getElementById("timeline-province"), tlProgramme = document.getElementById("timeline-programme");
    var tlType = document.getElementById("timeline-type"), tlUnit = document.getElementById("timeline-unit");
    var bars = document.getElementById("timeline-bars");
    var events = [], programmeIds = Object.create(null);
    for (i = 0; i < N; i++) {
      if (info[i].t !== EVENT || !info[i].d) continue;
      events.push(i);
      programmesOf(i).forEach(function (p) { programmeIds[p] = 1; });
    }
    function addOption(select, value, text) {
      var option = el("option", null, [text]);
      option.value = String(value);
      select.appendChild(option);
    }
    data.provinces.forEach(function (name, index) { addOption(tlProvince, index, name); });
    Object.keys(programmeIds).map(Number).sort(function (a, b) { return info[a].n.localeCompare(info[b].n, "th"); })
      .forEach(function (p) { addOption(tlProgramme, p, truncateLabel(info[p].n, 60)); });
    data.eventTypes.forEach(function (t, index) { addOption(tlType, index + 1, t[1]); });
    function period(inf) { return timeline.unit === "year" ? inf.d.slice(0, 4) : inf.d.slice(0, 7); }
    function timelineEvents() {
      return events.filter(function (i) {
        var inf = info[i];
        return (timeline.province < 0 || inf.v.indexOf(timeline.province) >= 0)
          && (timeline.type < 0 || inf.y === timeline.type)
          && (timeline.programme < 0 || programmesOf(i).indexOf(timeline.programme) >= 0);
      });
    }
    function drawTimeline() {
      var counts = new Map();
      var shown = timelineEvents();
      shown.forEach(function (i) { var p = period(info[i]); counts.set(p, (counts.get(p) || 0) + 1); });
      var periods = Array.from(counts.keys()).sort(), most = Math.max.apply(null, [1].concat(Array.from(counts.values())));
      clear(bars);
      document.getElementById("timeline-total").textContent = "· " + number(shown.length) + " กิจกรรม";
      if (!periods.length) { bars.appendChild(el("span", "empty", ["ไม่มีกิจกรรมที่มีวันที่ (no dated events)"])); return; }
      var lastYear = "", sinceTick = 99;
      periods.forEach(function (p) {
        var bar = button("bar", [], function () { selectPeriod(p); });
        bar.dataset.period = p;
        bar.dataset.count = String(counts.get(p));
        bar.style.height = Math.max(6, Math.round(52 * counts.get(p) / most)) + "px";
        bar.title = p + " · " + number(counts.get(p)) + " กิจกรรม";
        bar.setAttribute("aria-label", bar.title);
        bar.setAttribute("role", "listitem");
        if (p === timeline.period) bar.classList.add("selected");
        if (p.slice(0, 4) !== lastYear && sinceTick >= 3) {
          bar.appendChild(el("span", "tick", [p.slice(0, 4)]));
          sinceTick = 0;
        }
        lastYear = p.slice(0, 4);
        sinceTick++;
        bars.appendChild(bar);
      });
      var chosenBar = bars.querySelector("button.bar.selected");
      if (chosenBar) bars.scrollLeft = chosenBar.offsetLeft - bars.clientWidth / 2;
      else bars.scrollLeft = bars.scrollWidth;      // the latest first
    }
    /* Select the events of one period: drawn with the actors they share, selected, and listed. */
    function selectPeriod(p) {
      timeline.period = p;
      var chosen = timelineEvents().filter(function (i) { return period(info[i]) === p; });
      chosen.sort(function (a, b) { return info[a].d < info[b].d ? -1 : info[a].d > info[b].d ? 1 : a - b; });
      if (chosen.some(function (i) { return !nodeShown(i); })) resetFilters();
      var drawn = chosen.slice(0, BUDGET), seen = Object.create(null);
      drawn.forEach(function (i) { neighboursOf(i).forEach(function (j) { seen[j] = (seen[j] || 0) + 1; }); });
      var shared = Object.keys(seen).map(Number).filter(function (j) { return seen[j] > 1; })
        .sort(function (a, b) { return seen[b] - seen[a] || byDegree(a, b); }).slice(0, Math.floor(BUDGET / 2));
      state.view = "timeline"; state.focus = null; state.expanded = [];
      drawOnly(shared.concat(drawn), null);
      afterChange();
      network.selectNodes(drawn);
      panelStart(el("div", "badge", ["ลำดับเวลา (Timeline) · " + number(chosen.length) + " กิจกรรม"]), "กิจกรรมในช่วง " + p);
      panel.appendChild(itemList(chosen, 100));
      setPanelShown(true);
      fit();
      drawTimeline();
      writeHash();
      return chosen;
    }
    [[tlProvince, "province"], [tlProgramme, "programme"], [tlType, "type"]].forEach(function (pair) {
      pair[0].addEventListener("change", function () { timeline[pair[1]] = Number(pair[0].value); timeline.period = ""; drawTimeline(); writeHash(); });
    });
    tlUnit.addEventListener("change", function () { timeline.unit = tlUnit.value; timeline.period = ""; drawTimeline(); writeHash(); });

    // ---- CSV of what is drawn ------------------------------------------------------------------
    function csvCell(value) {
      var text = String(value === undefined || value === null ? "" : value);
      if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;      // never a formula in a spreadsheet
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    function selectionCsv() {
      var rows = [["key", "name", "type", "provinces", "date", "relations", "aliases"]];
      nodeView.getIds().sort(byDegree).forEach(function (i) {
        var inf = info[i];
        rows.push([inf.k, inf.n, types[inf.t].label + " (" + types[inf.t].english + ")",
          inf.v.map(function (p) { return data.provinces[p]; }).join("; "), inf.d, inf.g, inf.a.join("; ")]);
      });
      return "\ufeff" + rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
    }
    document.getElementById("save-csv").addEventListener("click", function () {
      var url = URL.createObjectURL(new Blob([selectionCsv()], { type: "text/csv;charset=utf-8" }));
      var a = el("a");
      a.href = url;
      a.download = "edugraph-selection.csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });

    // ---- the view's state in the URL fragment -----------------------------------------------
    var restoring = true, startHash = location.hash;     // nothing is written before the link is read
    function writeHash() {
      if (restoring) return;
      var q = new URLSearchParams();
      if (state.province >= 0) q.set("province", data.provinces[state.province]);
      if (state.focus) { q.set("focus", info[state.focus.centre].k); q.set("depth", String(state.focus.depth)); }
      state.expanded.forEach(function (k) { q.append("expand", k); });
      if (state.selected) q.set("node", state.selected);
      if (state.from) q.set("from", state.from);
      if (state.to) q.set("to", state.to);
      types.forEach(function (t, k) { if (!state.typeOn[k]) q.append("hide", t.id); });
      relations.forEach(function (r, k) { if (!state.relOn[k]) q.append("hiderel", r.id); });
      if (timeline.province >= 0) q.set("tl-province", data.provinces[timeline.province]);
      if (timeline.programme >= 0) q.set("tl-programme", info[timeline.programme].k);
      if (timeline.type > 0) q.set("tl-type", data.eventTypes[timeline.type - 1][0]);
      if (timeline.unit !== "month") q.set("tl-unit", timeline.unit);
      if (timeline.period) q.set("tl-period", timeline.period);
      var hash = q.toString();
      if (("#" + hash) === location.hash || (!hash && !location.hash)) return;
      try { history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search); }
      catch (err) { location.replace("#" + hash); }
    }
    function readHash(hash) {
      var q = new URLSearchParams(hash.replace(/^#/, "")), unknown = [];
      function node(key) {
        if (key === null) return null;
        if (keyIndex[key] === undefined) { unknown.push(key); return null; }
        return keyIndex[key];
      }
      restoring = true;
      try {
        q.getAll("hide").forEach(function (id) { var t = typeIndex(id); if (t >= 0) state.typeOn[t] = false; });
        q.getAll("hiderel").forEach(function (id) { var r = relIndex(id); if (r >= 0) state.relOn[r] = false; });
        document.querySelectorAll("input[data-type]").forEach(function (b) { b.checked = state.typeOn[typeIndex(b.dataset.type)]; });
        document.querySelectorAll("input[data-relation]").forEach(function (b) { b.checked = state.relOn[relIndex(b.dataset.relation)]; });
        if (/^\d{4}-\d{2}-\d{2}$/.test(q.get("from") || "")) state.from = fromBox.value = q.get("from");
        if (/^\d{4}-\d{2}-\d{2}$/.test(q.get("to") || "")) state.to = toBox.value = q.get("to");
        var p = data.provinces.indexOf(q.get("province"));
        var focus = node(q.get("focus")), depth = Math.min(3, Math.max(1, Number(q.get("depth")) || 1));
        if (p >= 0) setProvince(p);
        if (focus !== null) focusOn(focus, depth);
        q.getAll("expand").forEach(function (k) { var i = node(k); if (i !== null) expand(i, false); });
        var tp = data.provinces.indexOf(q.get("tl-province"));
        if (tp >= 0) { timeline.province = tp; tlProvince.value = String(tp); }
        var tg = node(q.get("tl-programme"));
        if (tg !== null && programmeIds[tg]) { timeline.programme = tg; tlProgramme.value = String(tg); }
        var tt = data.eventTypes.findIndex(function (t) { return t[0] === q.get("tl-type"); });
        if (tt >= 0) { timeline.type = tt + 1; tlType.value = String(tt + 1); }
        if (q.get("tl-unit") === "year") { timeline.unit = "year"; tlUnit.value = "year"; }
        drawTimeline();
        afterChange();
        if (q.get("tl-period")) selectPeriod(q.get("tl-period"));
        var selected = node(q.get("node"));
        if (selected !== null) select(selected, true);
      } finally {
        restoring = false;
      }
      if (unknown.length) statusLine.textContent += " · ไม่พบในกราฟ (not in this graph): " + unknown.join(", ");
      writeHash();
    }

    // ---- start -----------------------------------------------------------------------------
    api.network = network;
    api.nodeCount = function () { return N; };
    api.edgeCount = function () { return M; };
    api.drawnCount = function () { return nodeSet.length; };
    api.visibleNodeCount = function () { return nodeView.length; };
    api.visibleEdgeCount = function () { return edgeView.length; };
    api.matchingCount = function () { var c = 0; for (var i = 0; i < N; i++) c += matching[i]; return c; };
    api.idOf = function (key) { return keyIndex[key]; };
    api.keyOf = function (i) { return info[i].k; };
    api.isDrawn = function (key) { return keyIndex[key] !== undefined && !!nodeSet.get(keyIndex[key]); };
    api.searchForm = searchForm;
    api.search = function (text) { return search(text).map(function (i) { return info[i].k; }); };
    /* Where a node is drawn, in page coordinates (for clicking it). */
    api.pagePosition = function (key) {
      var id = keyIndex[key], point = network.canvasToDOM(network.getPositions([id])[id]);
      var box = container.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    };
    api.positions = function () {
      var out = {}, positions = positionsOf(nodeSet.getIds());
      Object.keys(positions).forEach(function (id) { out[info[id].k] = [positions[id].x, positions[id].y]; });
      return out;
    };
    /* Drawn nodes inside the canvas whose label is drawn at the current zoom. */
    api.readableLabels = function () {
      var scale = network.getScale(), threshold = options.nodes.scaling.label.drawThreshold, base = options.nodes.font.size;
      var box = container.getBoundingClientRect(), positions = network.getPositions(nodeView.getIds()), out = [];
      nodeView.forEach(function (n) {
        var size = (n.font && n.font.size) || base, p = network.canvasToDOM(positions[n.id]);
        if (size * scale >= threshold && p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height) out.push(info[n.id].n);
      });
      return out;
    };
    api.select = function (key) { select(keyIndex[key], true); };
    api.selectPeriod = selectPeriod;
    api.timelineBars = function () {
      return Array.prototype.map.call(bars.querySelectorAll("button.bar"), function (b) { return [b.dataset.period, Number(b.dataset.count)]; });
    };
    api.csv = selectionCsv;

    if (window.matchMedia("(max-width: 900px)").matches) {    // phones: the graph gets the screen
      document.getElementById("sidebar").open = false;
      document.getElementById("timeline").open = false;
    }
    showOverview();
    drawTimeline();
    if (startHash.length > 1) readHash(startHash);
    restoring = false;
    timing("built");
    network.once("afterDrawing", function () {
      // Labels are measured only when first drawn: fitted before, the opening view was
      // too close on a narrow screen and cut off nodes with long Thai labels.
      fit(lastFit);
      timing("drawn");
      loading.hidden = N > 0;
      if (!N) loading.textContent = "ไม่มีโหนดในมุมมองนี้ (nothing to show)";
      api.ready = true;
    });
    network.redraw();
    window.addEventListener("hashchange", function () {
      if (restoring) return;
      var hash = location.hash;            // read before the reset writes its own state
      restoring = true;
      setPanelShown(false); clear(panel); network.unselectAll(); state.selected = null;
      resetFilters();
      setProvince(-1);
      readHash(hash);
    });
  }
})();
