// The committee-kg explorer. Served by `kg serve` it asks the server (api/…) for search,
// neighbours and node details; written by `kg explore` it reads them from the page's own
// bundle. Text from the minutes is untrusted: it only ever reaches the page as textContent.
(function () {
  "use strict";

  const CONFIG = JSON.parse(document.getElementById("kg-config").textContent);
  const bundleEl = document.getElementById("kg-bundle");
  const BUNDLE = bundleEl ? JSON.parse(bundleEl.textContent) : null;
  const SEARCHABLE = ["Topic", "Programme", "Committee", "Person", "Post", "Meeting",
                      "Organisation", "AgendaItem"];

  // -- where data comes from ---------------------------------------------------------------

  function serverSource() {
    async function get(path, params) {
      const url = new URL(path, window.location.href);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        // The API answers {"error": "…"}: show its words, not the JSON around them.
        const text = await response.text();
        let message = text || response.statusText;
        try {
          message = JSON.parse(text).error || message;
        } catch (err) { /* plain text */ }
        const error = new Error(message);
        error.status = response.status;
        throw error;
      }
      return response.json();
    }
    return {
      search: (q) => get("api/search", { q }),
      neighbours: (id) => get("api/neighbours", { iri: id }),
      async detail(id) {
        try {
          return await get("api/node", { iri: id });
        } catch (err) {
          if (err.status === 404) throw new Error("No node in this graph has the IRI " + id);
          throw err;
        }
      },
    };
  }

  function fileSource(bundle) {
    const adjacency = new Map();
    for (const e of bundle.edges) {
      for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) {
        if (!adjacency.has(a)) adjacency.set(a, []);
        adjacency.get(a).push([b, e]);
      }
    }
    const fold = (s) => s.split(/\s+/).filter(Boolean).join(" ").toLowerCase();
    return {
      async search(q) {
        q = fold(q);
        if (!q) return [];
        const hits = [];
        for (const n of Object.values(bundle.nodes)) {
          const rank = SEARCHABLE.indexOf(n.cls);
          if (rank < 0) continue;
          const names = (bundle.details[n.id].names || [n.title]).map(fold);
          if (!names.some((x) => x.includes(q))) continue;
          const how = names.includes(q) ? 0 : names.some((x) => x.startsWith(q)) ? 1 : 2;
          hits.push([how, rank, -n.degree, n.title.toLowerCase(), n]);
        }
        hits.sort((a, b) => {
          for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
          return 0;
        });
        return hits.slice(0, 20).map((h) => h[4]);
      },
      async neighbours(id) {
        const around = new Map();
        for (const [other, e] of adjacency.get(id) || []) {
          if (!around.has(other)) around.set(other, []);
          around.get(other).push(e);
        }
        const ranked = [...around.keys()].sort((a, b) =>
          bundle.nodes[b].degree - bundle.nodes[a].degree);
        const chosen = ranked.slice(0, 40);
        return {
          nodes: chosen.map((n) => bundle.nodes[n]),
          edges: chosen.flatMap((n) => around.get(n)),
          total: around.size,
        };
      },
      async detail(id) {
        const d = bundle.details[id];
        if (!d) throw new Error("This node is not in the file: it was beyond its cap.");
        for (const row of d.neighbours) row.node = bundle.nodes[row.id];
        return d;
      },
    };
  }

  const source = BUNDLE ? fileSource(BUNDLE) : serverSource();

  // -- the graph ---------------------------------------------------------------------------

  const nodes = new vis.DataSet(CONFIG.nodes);
  const edges = new vis.DataSet(CONFIG.edges);
  const enabled = new Set(Object.keys(CONFIG.classes));
  const committeeSelect = document.getElementById("committee");
  const dateFrom = document.getElementById("date-from");
  const dateTo = document.getElementById("date-to");
  let capNote = "";

  function passes(n) {
    if (!enabled.has(n.cls)) return false;
    const committee = committeeSelect.value;
    if (committee && !(n.committees || []).includes(committee)) return false;
    const from = dateFrom.value, to = dateTo.value;
    if ((from || to) && n.dates && n.dates.length) {
      if (!n.dates.some((d) => (!from || d >= from) && (!to || d <= to))) return false;
    }
    return true;
  }
  const nodeView = new vis.DataView(nodes, { filter: passes });
  const edgeView = new vis.DataView(edges, {
    filter: (e) => nodeView.get(e.from) !== null && nodeView.get(e.to) !== null,
  });
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView },
                                  CONFIG.options);
  // The overview's nodes all have their places, so there is nothing for the physics to
  // settle (whose end used to fit the view): fit it here, the whole overview in view.
  network.fit({ animation: false });

  function updateStatus() {
    const hidden = nodes.length - nodeView.length;
    let text = `Showing ${nodeView.length} of ${CONFIG.total} nodes ` +
               `(the overview draws at most ${CONFIG.overviewLimit}, ` +
               `the page at most ${CONFIG.maxNodes}).`;
    if (hidden) text += ` ${hidden} drawn node${hidden > 1 ? "s are" : " is"} hidden by the filters.`;
    if (capNote) text += " " + capNote;
    document.getElementById("status").textContent = text;
  }

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
  }

  // Add nodes (and the links among what is drawn), never beyond the cap.
  function addGraph(newNodes, newEdges) {
    const fresh = newNodes.filter((n) => !nodes.get(n.id));
    const room = Math.max(0, CONFIG.maxNodes - nodes.length);
    const taken = fresh.slice(0, room);
    nodes.add(taken);
    const skipped = fresh.length - taken.length;
    capNote = skipped
      ? `The cap of ${CONFIG.maxNodes} nodes is reached: ${skipped} more not drawn ` +
        "(go back to the overview, or filter, to make room)."
      : "";
    const links = (newEdges || []).filter((e) => nodes.get(e.from) && nodes.get(e.to) &&
                                                 !edges.get(e.id));
    edges.add(links);
    refresh();
    return taken.length;
  }

  async function expand(id) {
    try {
      const around = await source.neighbours(id);
      addGraph(around.nodes, around.edges);
      if (around.total > around.nodes.length) {
        capNote = (capNote ? capNote + " " : "") +
          `Expanded with the ${around.nodes.length} most connected of ${around.total} neighbours.`;
        updateStatus();
      }
    } catch (err) {
      capNote = "Could not expand: " + err.message;
      updateStatus();
    }
  }

  function focusNode(id) {
    if (!nodeView.get(id)) return;
    network.selectNodes([id]);
    // Centre it in the part of the graph the side panel leaves in view.
    const offset = panel.hidden ? 0 : -panel.offsetWidth / 2;
    network.focus(id, { scale: 1.1, animation: false, offset: { x: offset, y: 0 } });
  }

  // From search or a link, bring the node into view; from a click on the canvas it is in
  // view already, and moving it would pull it from under a double-click.
  async function show(id, summary, bringIntoView = true) {
    let detail;
    try {
      detail = await source.detail(id);
    } catch (err) {
      renderError(err.message);
      return;
    }
    if (!nodes.get(id)) addGraph([summary || detail.node], []);
    // Draw the links between this node and what is already drawn.
    addGraph([], (detail.neighbours || []).map((row) => row.edge).filter(Boolean));
    renderPanel(detail);
    if (bringIntoView) focusNode(id);
  }

  // -- the side panel ----------------------------------------------------------------------

  const panel = document.getElementById("panel");

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function nodeLink(id, label, summary) {
    const a = el("a", label);
    a.href = "?focus=" + encodeURIComponent(id);
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      show(id, summary);
    });
    return a;
  }

  function renderError(message) {
    panel.hidden = false;
    document.getElementById("panel-class").textContent = "";
    document.getElementById("panel-title").textContent = message;
    for (const part of ["panel-iri", "panel-evidence", "panel-properties", "panel-neighbours",
                        "panel-neighbour-count"]) {
      document.getElementById(part).replaceChildren();
    }
  }

  function renderPanel(d) {
    panel.hidden = false;
    panel.dataset.node = d.id;
    document.getElementById("panel-class").textContent = d.classLabel;
    document.getElementById("panel-title").textContent = d.label;
    document.getElementById("panel-iri").textContent = d.id;

    const evidence = document.getElementById("panel-evidence");
    evidence.replaceChildren();
    if (!d.evidence.length) evidence.append(el("p", "No quoted source text.", "muted"));
    for (const q of d.evidence) {
      const block = el("blockquote", null, "evidence");
      block.append(el("span", q.quote, "quote"));
      const cite = el("footer");
      if (q.via) {
        cite.append("via ");
        cite.append(q.via_id ? nodeLink(q.via_id, q.via) : el("span", q.via));
        cite.append(", ");
      }
      cite.append(el("cite", q.document || "unknown document", "document"));
      if (q.start !== null && q.end !== null) cite.append(`, characters ${q.start}–${q.end}`);
      if (q.location) {
        cite.append(el("br"));
        cite.append(el("span", q.location, "location"));
      }
      block.append(cite);
      evidence.append(block);
    }
    for (const s of d.sources || []) {
      if (!d.evidence.some((q) => q.document === s.document)) {
        evidence.append(el("p", "From " + s.document, "muted"));
      }
    }

    const props = document.getElementById("panel-properties");
    props.replaceChildren();
    for (const p of d.properties) {
      props.append(el("dt", p.name));
      props.append(el("dd", p.value));
    }

    const list = document.getElementById("panel-neighbours");
    list.replaceChildren();
    document.getElementById("panel-neighbour-count").textContent =
      d.neighboursTotal > d.neighbours.length
        ? `(${d.neighbours.length} of ${d.neighboursTotal})` : `(${d.neighbours.length})`;
    for (const row of d.neighbours) {
      const li = el("li");
      li.append(el("span", (row.direction === "in" ? "← " : "→ ") + row.predicate, "rel"));
      li.append(nodeLink(row.id, row.label, row.node));
      li.append(el("span", CONFIG.classes[row.cls].label, "cls"));
      list.append(li);
    }
  }

  document.getElementById("panel-close").addEventListener("click", () => {
    panel.hidden = true;
  });

  // -- search ------------------------------------------------------------------------------

  const searchBox = document.getElementById("search");
  const results = document.getElementById("results");
  let searchSeq = 0;

  async function runSearch() {
    const q = searchBox.value.trim();
    const seq = ++searchSeq;
    if (!q) {
      results.hidden = true;
      results.replaceChildren();
      return;
    }
    let hits;
    try {
      hits = await source.search(q);
    } catch (err) {
      hits = [];
    }
    if (seq !== searchSeq) return; // a newer search has started
    results.replaceChildren();
    const shown = hits.filter(passes);
    for (const n of shown) {
      const li = el("li");
      const button = el("button");
      button.type = "button";
      button.append(el("span", n.title, "name"));
      button.append(el("span", CONFIG.classes[n.cls].label, "cls"));
      button.addEventListener("click", () => {
        results.hidden = true;
        show(n.id, n);
      });
      li.append(button);
      results.append(li);
    }
    if (!shown.length) {
      const hidden = hits.length - shown.length;
      results.append(el("li", hidden ? `No match shown: ${hidden} hidden by the filters.`
                                     : "Nothing matches.", "none"));
    }
    results.hidden = false;
  }

  let timer = null;
  searchBox.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 150);
  });
  searchBox.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      clearTimeout(timer);
      runSearch().then(() => {
        const first = results.querySelector("button");
        if (first) first.click();
      });
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });

  // -- filters -----------------------------------------------------------------------------

  for (const box of document.querySelectorAll("#legend input[data-cls]")) {
    box.addEventListener("change", () => {
      if (box.checked) enabled.add(box.dataset.cls);
      else enabled.delete(box.dataset.cls);
      refresh();
    });
  }
  for (const input of [committeeSelect, dateFrom, dateTo]) {
    input.addEventListener("change", refresh);
  }
  document.getElementById("reset").addEventListener("click", () => {
    nodes.clear();
    edges.clear();
    nodes.add(CONFIG.nodes);
    edges.add(CONFIG.edges);
    capNote = "";
    panel.hidden = true;
    refresh();
    network.fit();
  });

  // -- clicks ------------------------------------------------------------------------------

  network.on("click", (params) => {
    if (params.nodes.length) show(params.nodes[0], null, false);
  });
  network.on("doubleClick", (params) => {
    if (params.nodes.length) expand(params.nodes[0]);
  });

  const focus = new URLSearchParams(window.location.search).get("focus") || CONFIG.focus;
  if (focus) show(focus);
  updateStatus();

  // For tests and the curious: the drawn graph.
  window.kgExplorer = { network, nodes, edges, nodeView, edgeView, show, expand };
})();
