// The browser page of `actorgraph serve` and of `actorgraph export --format html`.
//
// Data comes from a source with the same Promise-returning methods in both modes:
//  - server mode: the JSON API at relative URLs (api/info, api/search, api/graph,
//    api/actor, api/evidence, api/timeline); errors are 4xx {"error": "..."}.
//  - file mode: window.ACTORGRAPH_DATA = {"mode": "file", "title", "graph": <as
//    api/graph>, "actors": {id: <as api/actor>}, "evidence": {edge id: <as
//    api/evidence>}, optional "info": <as api/info> and "timelines": {id: <as
//    api/timeline>}}, searched and filtered here.
//
// Every name, quote, title and URL is news text and may be hostile: it reaches
// the DOM only as text nodes or attribute values (never innerHTML), and links
// only when they are http(s). Cytoscape draws labels on a canvas.
(function () {
  'use strict';

  const ACTOR_TYPES = {
    person: {shape: 'ellipse', fill: '#fde68a', line: '#92400e'},
    country: {shape: 'rectangle', fill: '#93c5fd', line: '#1e3a8a'},
    location: {shape: 'pentagon', fill: '#bbf7d0', line: '#14532d'},
    agency: {shape: 'hexagon', fill: '#f9a8d4', line: '#831843'},
    organization: {shape: 'round-rectangle', fill: '#ddd6fe', line: '#4c1d95'},
    group: {shape: 'octagon', fill: '#fed7aa', line: '#7c2d12'},
  };
  const OTHER_TYPE = {shape: 'ellipse', fill: '#e5e7eb', line: '#4b5563'};

  // phrase: "<source> <phrase> <target>"; made/received: the profile's counts.
  const RELATIONS = {
    accuses: {label: 'accuses', color: '#dc2626', line: 'solid', arrow: 'triangle',
      phrase: 'accuses', made: 'Accuses', received: 'Accused by'},
    criticizes: {label: 'criticizes', color: '#ea580c', line: 'solid', arrow: 'triangle',
      phrase: 'criticizes', made: 'Criticizes', received: 'Criticized by'},
    denies: {label: 'denies', color: '#7c3aed', line: 'dashed', arrow: 'tee',
      phrase: 'denies the claims of', made: 'Denies', received: 'Denied by'},
    quotes: {label: 'speaks about', color: '#6b7280', line: 'solid', arrow: 'vee',
      phrase: 'speaks about', made: 'Speaks about', received: 'Spoken about by'},
    affiliated_with: {label: 'affiliated with', color: '#16a34a', line: 'dotted', arrow: 'circle',
      phrase: 'is affiliated with', made: 'Affiliated with', received: 'Has affiliates'},
  };
  const RELATION_TYPES = Object.keys(RELATIONS);
  const START_TOP = 100;
  const FOCUS_TOP = 200;
  const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---- small helpers ----

  // el('a', {class: 'x', href: url}, child, 'text'): strings become text nodes;
  // null, undefined and false (as attributes or children) are skipped.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.setAttribute('class', value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const $ = (id) => document.getElementById(id);
  const fmt = (n) => Number(n || 0).toLocaleString('en-US');
  const plural = (n, word) => `${fmt(n)} ${word}${Number(n) === 1 ? '' : 's'}`;
  const typeStyle = (type) => ACTOR_TYPES[type] || OTHER_TYPE;
  const relation = (type) => RELATIONS[type] || {label: type, color: '#9ca3af', line: 'solid',
    arrow: 'triangle', phrase: type, made: type, received: type};

  // Only http(s) URLs become links: a javascript: or data: URL from a news feed never does.
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
  }

  // Lower case without accents, for matching names typed without them.
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // A date ("2025-03-04", or shorter) within [since, until], both YYYY, YYYY-MM or
  // YYYY-MM-DD and inclusive at their precision; an undated item is outside any range.
  function inRange(date, since, until) {
    if (!since && !until) return true;
    if (!date) return false;
    if (since && date.slice(0, since.length) < since) return false;
    if (until && date.slice(0, until.length) > until) return false;
    return true;
  }

  // ---- data sources ----

  function serverSource() {
    function get(path, params) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params || {})) {
        for (const v of Array.isArray(value) ? value : [value]) {
          if (v !== undefined && v !== null && v !== '') query.append(key, v);
        }
      }
      const url = 'api/' + path + (String(query) ? '?' + query : '');
      return fetch(url, {headers: {Accept: 'application/json'}}).then(
        (res) => res.text().then((text) => {
          let body = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch (e) {
            body = null;
          }
          if (!res.ok) {
            throw new Error((body && body.error) || `${res.status} ${res.statusText} from ${url}`);
          }
          if (body === null) throw new Error(`${url} did not answer JSON`);
          return body;
        }),
        () => {
          throw new Error('cannot reach the actorgraph server');
        });
    }
    return {
      mode: 'server',
      canExpand: true,
      info: () => get('info'),
      search: (q, limit) => get('search', {q, limit}),
      graph: (p) => get('graph', {
        actor: p.actors, depth: p.actors.length ? 1 : null, types: p.types.join(','),
        since: p.since, until: p.until, top: p.top,
      }),
      actor: (id) => get('actor', {id, latest: 5}),
      evidence: (edge, p) => get('evidence', {
        type: edge.type, source: edge.source, target: edge.target,
        since: p.since, until: p.until, limit: 100,
      }),
      timeline: (id) => get('timeline', {actor: id, by: 'month'}),
    };
  }

  function fileSource(data) {
    const graph = data.graph || {nodes: [], edges: []};
    const nodes = graph.nodes || [];
    const edges = graph.edges || [];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const degree = new Map();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    const edgeDates = (e) => (e.dates && e.dates.length ? e.dates : [e.start]);

    function info() {
      if (data.info) return data.info;
      const dates = edges.flatMap(edgeDates).filter(Boolean).sort();
      return {
        documents: null, actors: graph.total_nodes || nodes.length, relations: edges.length,
        since: dates[0] || null, until: dates[dates.length - 1] || null,
      };
    }

    function search(q, limit) {
      const needle = fold(q).trim();
      const found = [];
      for (const n of nodes) {
        const name = fold(n.name);
        let rank = -1;
        let match = '';
        const alias = (n.aliases || []).some((a) => fold(a).startsWith(needle));
        if (name.startsWith(needle)) [rank, match] = [0, 'name'];
        else if (alias) [rank, match] = [1, 'alias'];
        else if (name.includes(needle)) [rank, match] = [2, 'word'];
        if (rank >= 0) found.push({rank, actor: Object.assign({}, n, {match})});
      }
      found.sort((a, b) => a.rank - b.rank || (b.actor.documents || 0) - (a.actor.documents || 0) ||
        String(a.actor.name).localeCompare(String(b.actor.name)));
      return {query: q, actors: found.slice(0, limit || 20).map((f) => f.actor)};
    }

    // The inlined graph filtered by type and dates; with actors, their
    // neighbourhood (depth 1) in what remains.
    function subgraph(p) {
      const types = new Set(p.types);
      const kept = edges.filter((e) => types.has(e.type) &&
        edgeDates(e).some((d) => inRange(d, p.since, p.until)));
      let keep;
      const unknown = p.actors.find((id) => !byId.has(id));
      if (unknown) throw new Error(`no actor '${unknown}' in this file`);
      if (p.actors.length) {
        keep = new Set(p.actors);
        for (const e of kept) {
          if (p.actors.includes(e.source)) keep.add(e.target);
          if (p.actors.includes(e.target)) keep.add(e.source);
        }
      } else {
        keep = new Set(nodes.filter((n) => !degree.get(n.id)).map((n) => n.id));
        for (const e of kept) keep.add(e.source).add(e.target);
      }
      const whole = !p.actors.length && graph.capped;
      return {
        nodes: nodes.filter((n) => keep.has(n.id)),
        edges: kept.filter((e) => keep.has(e.source) && keep.has(e.target)),
        total_nodes: whole ? graph.total_nodes : keep.size,
        capped: Boolean(whole),
        top: graph.top,
      };
    }

    // A profile the file does not hold is rebuilt from the graph's edges.
    function actor(id) {
      if (data.actors && data.actors[id]) return data.actors[id];
      const node = byId.get(id);
      if (!node) throw new Error(`no actor '${id}' in this file`);
      const counts = {statements: 0};
      const counterparts = new Map();
      for (const type of RELATION_TYPES) counts[type] = counts[type + '_received'] = 0;
      for (const e of edges) {
        if (e.source !== id && e.target !== id) continue;
        const n = e.statements || e.weight || 1;
        const key = e.source === id ? e.type : e.type + '_received';
        counts[key] = (counts[key] || 0) + n;
        const other = e.source === id ? e.target : e.source;
        counterparts.set(other, (counterparts.get(other) || 0) + n);
      }
      return {
        id, name: node.name, type: node.type, aliases: node.aliases || [], counts,
        affiliations: [], affiliated: [], latest: [],
        counterparts: Array.from(counterparts, ([other, relations]) => ({
          actor: other, name: (byId.get(other) || {}).name || other, relations,
        })).sort((a, b) => b.relations - a.relations).slice(0, 10),
      };
    }

    function evidence(edge, p) {
      const found = data.evidence && data.evidence[edge.apiId];
      if (!found) throw new Error('this file holds no statements for this relation');
      if (!p.since && !p.until) return found;
      // Filtered, the file's total (of statements it may have left out) no longer applies.
      const statements = (found.statements || []).filter((s) => inRange(s.date, p.since, p.until));
      return Object.assign({}, found, {statements, total: null});
    }

    // Each method answers a Promise, as the server's do, and rejects on a throw.
    const wrap = (fn) => (...args) => new Promise((resolve) => resolve(fn(...args)));
    return {
      mode: 'file',
      canExpand: false,
      title: data.title,
      info: wrap(info),
      search: wrap(search),
      graph: wrap(subgraph),
      actor: wrap(actor),
      evidence: wrap(evidence),
      timeline: data.timelines ? wrap((id) => data.timelines[id] || []) : null,
    };
  }

  const DATA = window.ACTORGRAPH_DATA;
  const source = DATA ? fileSource(DATA) : serverSource();

  // ---- state ----

  const state = {
    focus: [], // actors whose neighbourhoods are drawn; empty: the most connected actors
    expanded: [], // actors whose neighbours were added with "Expand"
    types: new Set(RELATION_TYPES),
    defaultTypes: new Set(RELATION_TYPES), // what Reset ticks
    since: '',
    until: '',
    info: null,
    intro: true, // the panel shows the intro, which follows the graph
    graphSeq: 0, // the latest graph request; older answers are dropped
    panelSeq: 0, // the same for the side panel
  };

  // ---- the graph ----

  function cyStyle() {
    const style = [
      {selector: 'node', style: {
        'shape': OTHER_TYPE.shape, 'background-color': OTHER_TYPE.fill,
        'border-color': OTHER_TYPE.line, 'border-width': 1.5,
        'width': 'data(w)', 'height': 'data(h)',
        'label': 'data(name)', 'font-family': FONT, 'font-size': 'data(font)', 'color': '#1f2937',
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 'data(wrap)',
        'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.85,
      }},
      {selector: 'node[?focus]', style: {'font-weight': 'bold', 'border-width': 3}},
      {selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 'data(width)', 'line-color': '#9ca3af',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#9ca3af', 'arrow-scale': 1.1,
        'opacity': 0.8, 'control-point-step-size': 28,
      }},
      {selector: 'node:selected', style: {
        'border-width': 4, 'border-color': '#111827',
        'underlay-color': '#facc15', 'underlay-opacity': 0.45, 'underlay-padding': 6,
      }},
      {selector: 'edge:selected', style: {
        'opacity': 1, 'underlay-color': '#facc15', 'underlay-opacity': 0.55, 'underlay-padding': 5,
        'z-index': 10,
      }},
      {selector: '.hover', style: {'opacity': 1, 'z-index': 9}},
      {selector: 'node.quiet', style: {'label': ''}},
      {selector: 'node.quiet:selected, node.quiet.hover', style: {'label': 'data(name)'}},
      {selector: '.faded', style: {'opacity': 0.16, 'text-opacity': 0.3}},
    ];
    for (const [type, s] of Object.entries(ACTOR_TYPES)) {
      style.push({selector: `node[type = "${type}"]`,
        style: {'shape': s.shape, 'background-color': s.fill, 'border-color': s.line}});
    }
    for (const [type, r] of Object.entries(RELATIONS)) {
      const edgeStyle = {'line-color': r.color, 'target-arrow-color': r.color,
        'target-arrow-shape': r.arrow, 'line-style': r.line};
      if (r.line === 'dashed') edgeStyle['line-dash-pattern'] = [7, 4];
      if (r.line === 'dotted') edgeStyle['line-dash-pattern'] = [2, 3];
      style.push({selector: `edge[type = "${type}"]`, style: edgeStyle});
    }
    return style;
  }

  const cy = cytoscape({
    container: $('graph'),
    style: cyStyle(),
    elements: [],
    minZoom: 0.08,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });

  // Edges of different requests (expand) are the same edge when type, source and
  // target match: that triple is the element id; the API's own id is data(apiId).
  const edgeKey = (e) => `${e.type}|${e.source}|${e.target}`;

  function nodeData(n) {
    // Size by documents (or mentions), on a log scale; the labels of big
    // actors are bigger too, so they stay readable when zoomed out.
    const docs = Number(n.documents || n.mentions || 1);
    const size = Math.min(72, 20 + 7 * Math.log(1 + docs));
    const font = Math.round(Math.min(18, 12 + (size - 20) / 6));
    const wide = n.type === 'country' || n.type === 'organization';
    return {
      id: n.id, name: n.name || n.id, type: n.type, documents: n.documents, mentions: n.mentions,
      aliases: n.aliases || [], w: wide ? size * 1.35 : size, h: wide ? size * 0.8 : size,
      base: font, font, wrap: font * 11,
      focus: state.focus.includes(n.id) || state.expanded.includes(n.id),
    };
  }

  function edgeData(e) {
    const weight = Math.max(1, Number(e.weight || e.statements || 1));
    return {
      id: edgeKey(e), apiId: e.id, source: e.source, target: e.target, type: e.type, weight,
      statements: e.statements, documents: e.documents, cues: e.cues || [], cameo: e.cameo || [],
      plover: e.plover, evidence: e.evidence, start: e.start, dates: e.dates || [],
      width: Math.min(8, 1 + 1.6 * Math.log(weight)),
    };
  }

  // One graph from several API answers (the base view and each expansion).
  function mergeGraphs(graphs) {
    const nodes = new Map();
    const edges = new Map();
    for (const g of graphs) {
      for (const n of g.nodes || []) if (!nodes.has(n.id)) nodes.set(n.id, n);
      for (const e of g.edges || []) if (!edges.has(edgeKey(e))) edges.set(edgeKey(e), e);
    }
    const first = graphs[0] || {};
    return {
      nodes: Array.from(nodes.values()), edges: Array.from(edges.values()),
      total_nodes: first.total_nodes, capped: graphs.some((g) => g.capped), top: first.top,
    };
  }

  // Adds the graph's elements that cy lacks; replace: removes the rest first.
  // Returns the added nodes.
  function addElements(g, replace) {
    let added = cy.collection();
    cy.batch(() => {
      if (replace) cy.elements().remove();
      for (const n of g.nodes || []) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) existing.data(nodeData(n));
        else added = added.union(cy.add({group: 'nodes', data: nodeData(n)}));
      }
      for (const e of g.edges || []) {
        if (cy.getElementById(edgeKey(e)).nonempty()) continue;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        cy.add({group: 'edges', data: edgeData(e)});
      }
    });
    return added;
  }

  // Runs cose without animation, arranges its parts for the view and fits
  // it; resolves when done. randomize: false keeps the positions
  // already there (after an expand).
  function runLayout(randomize) {
    const n = cy.nodes().length;
    if (!n) return Promise.resolve();
    // In a big graph leaves sit close to the actor they hang from.
    const leafy = (e) => n > 15 &&
      Math.min(e.source().degree(false), e.target().degree(false)) <= 1;
    const layout = cy.layout({
      name: 'cose', animate: false, randomize, fit: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: (e) => (leafy(e) ? 40 : 75), edgeElasticity: () => 60,
      // Hubs push harder, which leaves room for their labels and edges.
      nodeRepulsion: (node) => 150000 * (1 + Math.min(30, node.degree(false)) / 6),
      nodeOverlap: 24, gravity: 200, componentSpacing: 60,
      numIter: n > 300 ? 700 : 1500, initialTemp: 1000, coolingFactor: 0.99, minTemp: 1.0,
    });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => {
      if (randomize) arrange();
      rankNodes();
      fitView(false);
      fitLabels();
    });
  }

  // cose packs a graph's parts its own way and knows nothing of the view's
  // shape: the biggest part is turned a quarter when it then fits the view
  // at a larger zoom, and the other parts go in rows beneath it, biggest first.
  function arrange() {
    const parts = cy.elements().components()
      .sort((a, b) => b.nodes().length - a.nodes().length);
    if (!parts.length) return;
    const main = parts[0].nodes();
    let bb = main.boundingBox();
    const [w, h] = [cy.width(), cy.height() - 120]; // less the status line and legend
    const fit = (bw, bh) => Math.min(w / Math.max(1, bw), h / Math.max(1, bh));
    if (fit(bb.h, bb.w) > 1.05 * fit(bb.w, bb.h)) {
      const cx = (bb.x1 + bb.x2) / 2;
      const cy0 = (bb.y1 + bb.y2) / 2;
      main.positions((node) => {
        const p = node.position();
        return {x: cx + (p.y - cy0), y: cy0 - (p.x - cx)};
      });
      bb = main.boundingBox();
    }
    const gap = 40;
    const width = Math.max(bb.w, 400);
    let x = bb.x1;
    let y = bb.y2 + gap;
    let row = 0;
    for (const part of parts.slice(1)) {
      const nodes = part.nodes();
      const b = nodes.boundingBox();
      if (x > bb.x1 && x + b.w > bb.x1 + width) {
        x = bb.x1;
        y += row + gap;
        row = 0;
      }
      nodes.shift({x: x - b.x1, y: y - b.y1});
      x += b.w + gap;
      row = Math.max(row, b.h);
    }
  }

  // Fits the graph between the status line and the legend, never above 130%.
  function fitView(animate) {
    if (cy.elements().empty()) return;
    const bb = cy.elements().boundingBox();
    const legend = $('legend');
    const pad = 24;
    const top = 48;
    const bottom = (legend.hidden ? 0 : legend.offsetHeight + 12) + pad;
    const w = Math.max(50, cy.width() - 2 * pad);
    const h = Math.max(50, cy.height() - top - bottom);
    const zoom = Math.min(1.3, w / Math.max(1, bb.w), h / Math.max(1, bb.h));
    const pan = {
      x: pad + (w - bb.w * zoom) / 2 - bb.x1 * zoom,
      y: top + (h - bb.h * zoom) / 2 - bb.y1 * zoom,
    };
    if (animate) cy.animate({zoom, pan}, {duration: 250});
    else cy.viewport({zoom, pan});
  }

  // Labels are shown most connected actor first (those drawn on purpose
  // before all): one smaller than 7 screen pixels or overlapping a label
  // already shown is hidden. The dozen most connected keep theirs at 10
  // pixels or more however far the view zooms out.
  const HUB_LABELS = 12;
  let ranked = cy.collection();

  function rankNodes() {
    ranked = cy.nodes().sort((a, b) => Number(Boolean(b.data('focus'))) -
      Number(Boolean(a.data('focus'))) || b.degree(false) - a.degree(false));
  }

  function fitLabels() {
    const zoom = cy.zoom();
    const least = Math.min(40, 10 / zoom);
    const shown = [];
    cy.batch(() => {
      ranked.forEach((n, i) => {
        const hub = i < HUB_LABELS;
        const font = hub ? Math.max(n.data('base'), least) : n.data('base');
        if (font !== n.data('font')) n.data({font, wrap: font * 11});
        let quiet = !hub && font * zoom < 7;
        if (!quiet) {
          const box = labelBox(n, font);
          quiet = shown.some((b) =>
            b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2);
          if (!quiet) shown.push(box);
        }
        n.toggleClass('quiet', quiet);
      });
    });
  }

  // Where a node's label goes (beneath it), from its length: a close guess,
  // without asking the renderer.
  function labelBox(n, font) {
    const p = n.position();
    const length = String(n.data('name')).length * font * 0.55;
    const width = Math.min(font * 11, length);
    const top = p.y + n.height() / 2 + 4;
    const bottom = top + Math.ceil(length / (font * 11)) * font * 1.25;
    return {x1: p.x - width / 2, x2: p.x + width / 2, y1: top, y2: bottom};
  }

  cy.on('zoom', () => fitLabels());
  cy.on('dragfree', 'node', () => fitLabels());

  function draw(g) {
    addElements(g, true);
    renderLegend();
    return runLayout(true).then(() => showGraphState(g));
  }

  function graphParams(actors, top) {
    return {actors, types: RELATION_TYPES.filter((t) => state.types.has(t)),
      since: state.since, until: state.until, top};
  }

  // Loads the current view (focus or most connected, plus expansions) afresh.
  function loadGraph() {
    const seq = ++state.graphSeq;
    if (!state.types.size) {
      return draw({nodes: [], edges: []}).then(() => {
        setStatus('Tick at least one relation type to draw relations.', 'warn');
      });
    }
    setStatus('Loading…', 'busy');
    const base = graphParams(state.focus, state.focus.length ? FOCUS_TOP : START_TOP);
    const requests = [source.graph(base)].concat(
      state.expanded.map((id) => source.graph(graphParams([id], FOCUS_TOP))));
    return Promise.all(requests).then((graphs) => {
      if (seq !== state.graphSeq) return null;
      const g = mergeGraphs(graphs);
      return draw(g).then(() => g);
    }, (err) => {
      if (seq === state.graphSeq) setStatus('Error: ' + err.message, 'error');
      throw err;
    });
  }

  // Adds an actor's neighbours to the drawn graph, new nodes starting around it.
  function expand(id) {
    const seq = ++state.graphSeq;
    setStatus('Loading…', 'busy');
    return source.graph(graphParams([id], FOCUS_TOP)).then((g) => {
      if (seq !== state.graphSeq) return;
      if (!state.expanded.includes(id) && !state.focus.includes(id)) state.expanded.push(id);
      const center = cy.getElementById(id);
      const at = center.nonempty() ? center.position() : {x: 0, y: 0};
      const added = addElements(g, false);
      cy.getElementById(id).data('focus', true);
      renderLegend();
      added.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, added.length);
        node.position({x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle)});
      });
      return runLayout(false).then(() => {
        showGraphState({capped: false});
        const capped = g.capped ? ` Its neighbourhood has ${fmt(g.total_nodes)} actors: ` +
          `the ${fmt(g.top)} most connected are drawn.` : '';
        const news = added.length ?
          `Added ${plural(added.length, 'actor')}. ` : 'No new neighbours. ';
        setStatus(news + statusText({capped: false}) + capped, g.capped ? 'warn' : '');
        select(cy.getElementById(id));
      });
    }, (err) => {
      if (seq === state.graphSeq) setStatus('Error: ' + err.message, 'error');
    });
  }

  // The status line; empty when the graph is (the #empty card says why).
  function statusText(g) {
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    if (!nodes) return '';
    if (g.capped) {
      return `Showing the ${fmt(nodes)} most connected of ${fmt(g.total_nodes)} actors; ` +
        'narrow by type or dates.';
    }
    return `Showing ${plural(nodes, 'actor')}, ${plural(edges, 'relation')}.`;
  }

  function showGraphState(g) {
    setStatus(statusText(g), g.capped ? 'warn' : '');
    renderLegend();
    const empty = $('empty');
    clear(empty);
    empty.hidden = cy.elements().nonempty();
    if (!empty.hidden) {
      const hidden = RELATION_TYPES.filter((t) => !state.types.has(t))
        .map((t) => relation(t).label);
      const dated = state.since || state.until;
      let hint;
      if (!state.types.size) {
        hint = 'Tick at least one relation type above.';
      } else if (state.info && state.info.relations === 0) {
        hint = 'The store holds no relations yet: add documents with actorgraph ingest.';
      } else if (state.focus.length) {
        hint = `This actor has no relations of the ticked types${dated ? ' in these dates' : ''}.` +
          (hidden.length ? ` Unticked: ${hidden.join(', ')}.` : '');
      } else {
        hint = 'Nothing matches these filters: tick more relation types or widen the dates.';
      }
      empty.append(el('strong', null, 'No relations to show'), el('p', null, hint));
    }
    if (state.intro) renderIntro();
  }

  function setStatus(text, kind) {
    const status = $('status');
    status.textContent = text;
    status.className = kind || '';
  }

  // ---- selection ----

  function select(ele) {
    cy.elements().unselect();
    cy.elements().removeClass('faded');
    if (!ele || ele.empty()) return;
    ele.select();
    const near = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    cy.elements().not(near).addClass('faded');
  }

  function selectActor(id) {
    const node = cy.getElementById(id);
    if (node.nonempty()) {
      select(node);
      return showProfile(id);
    }
    return focusActor(id);
  }

  // Draws an actor's neighbourhood and opens its profile; on failure the
  // graph drawn before stays, and the Promise rejects.
  function focusActor(id) {
    const before = {focus: state.focus, expanded: state.expanded};
    state.focus = [id];
    state.expanded = [];
    return loadGraph().then(() => {
      select(cy.getElementById(id));
      return showProfile(id);
    }, (err) => {
      Object.assign(state, before);
      showPanelError(err);
      throw err;
    });
  }

  function selectEdge(id) {
    let edge = cy.getElementById(id);
    if (edge.empty() || !edge.isEdge()) edge = cy.edges().filter((e) => e.data('apiId') === id);
    if (edge.empty()) return Promise.reject(new Error(`no edge '${id}' in the graph`));
    edge = edge.first();
    select(edge);
    return showEvidence(edge);
  }

  cy.on('tap', 'node', (evt) => {
    select(evt.target);
    showProfile(evt.target.id());
  });
  cy.on('tap', 'edge', (evt) => selectEdge(evt.target.id()));
  cy.on('tap', (evt) => {
    if (evt.target === cy) {
      select(null);
      showIntro();
    }
  });

  // Hover: a tooltip with the name or the relation, and a pointer cursor.
  const tooltip = $('tooltip');
  cy.on('mouseover', 'node, edge', (evt) => {
    const ele = evt.target;
    ele.addClass('hover');
    $('graph').style.cursor = 'pointer';
    clear(tooltip);
    if (ele.isNode()) {
      const d = ele.data();
      tooltip.append(el('strong', null, d.name), el('span', null,
        ` ${d.type || 'actor'}` + (d.documents ? ` · ${plural(d.documents, 'document')}` : '')));
    } else {
      const d = ele.data();
      tooltip.append(
        el('strong', null, nodeName(d.source)), ` ${relation(d.type).phrase} `,
        el('strong', null, nodeName(d.target)),
        el('span', null, ` · ${plural(d.statements || d.weight, 'claim')}`));
    }
    const p = evt.renderedPosition;
    tooltip.style.left = `${p.x + 14}px`;
    tooltip.style.top = `${p.y + 14}px`;
    tooltip.hidden = false;
  });
  cy.on('mouseout', 'node, edge', (evt) => {
    evt.target.removeClass('hover');
    $('graph').style.cursor = '';
    tooltip.hidden = true;
  });
  cy.on('pan zoom', () => {
    tooltip.hidden = true;
  });

  function nodeName(id) {
    const node = cy.getElementById(id);
    return node.nonempty() ? node.data('name') : id;
  }

  // ---- legend and filters ----

  // A small picture of an actor type's node shape.
  function shapeIcon(type) {
    const s = typeStyle(type);
    const attrs = {fill: s.fill, stroke: s.line, 'stroke-width': 1.5};
    const poly = (k, rot) => Array.from({length: k}, (_, i) => {
      const a = rot + (2 * Math.PI * i) / k;
      return `${(9 + 7 * Math.cos(a)).toFixed(1)},${(9 + 7 * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    const box = {x: 1.5, y: 4, width: 15, height: 10};
    const shapes = {
      'rectangle': () => svg('rect', Object.assign({}, box, attrs)),
      'round-rectangle': () => svg('rect', Object.assign({rx: 3}, box, attrs)),
      'pentagon': () => svg('polygon', Object.assign({points: poly(5, -Math.PI / 2)}, attrs)),
      'hexagon': () => svg('polygon', Object.assign({points: poly(6, 0)}, attrs)),
      'octagon': () => svg('polygon', Object.assign({points: poly(8, Math.PI / 8)}, attrs)),
      'ellipse': () => svg('ellipse', Object.assign({cx: 9, cy: 9, rx: 7.5, ry: 6.5}, attrs)),
    };
    return svg('svg', {class: 'icon', width: 18, height: 18, viewBox: '0 0 18 18',
      'aria-hidden': 'true'}, (shapes[s.shape] || shapes.ellipse)());
  }

  // A short line in a relation type's colour, dash and arrow head.
  function lineIcon(type) {
    const r = relation(type);
    const dash = r.line === 'dashed' ? '5 3' : r.line === 'dotted' ? '1.5 2.5' : null;
    const head = {
      triangle: svg('polygon', {points: '21,9 14,5 14,13', fill: r.color}),
      vee: svg('polyline',
        {points: '14,5 20,9 14,13', fill: 'none', stroke: r.color, 'stroke-width': 2}),
      tee: svg('line', {x1: 19, y1: 4, x2: 19, y2: 14, stroke: r.color, 'stroke-width': 2.5}),
      circle: svg('circle', {cx: 18, cy: 9, r: 3.5, fill: r.color}),
    }[r.arrow];
    const line = svg('line', {x1: 1, y1: 9, x2: 16, y2: 9, stroke: r.color, 'stroke-width': 2.2,
      'stroke-dasharray': dash});
    return svg('svg', {class: 'icon line', width: 24, height: 18, viewBox: '0 0 24 18',
      'aria-hidden': 'true'}, line, head);
  }

  function renderLegend() {
    const legend = clear($('legend'));
    const actorTypes = new Set(cy.nodes().map((n) => n.data('type')));
    const relationTypes = new Set(cy.edges().map((e) => e.data('type')));
    legend.hidden = !actorTypes.size;
    if (!actorTypes.size) return;
    const known = Object.keys(ACTOR_TYPES).filter((t) => actorTypes.has(t));
    const other = Array.from(actorTypes).filter((t) => !ACTOR_TYPES[t]);
    legend.append(el('div', {class: 'legend-group'}, known.concat(other).map((t) =>
      el('span', {class: 'legend-item'}, shapeIcon(t), t || 'other'))));
    if (relationTypes.size) {
      legend.append(el('div', {class: 'legend-group'},
        RELATION_TYPES.filter((t) => relationTypes.has(t)).map((t) =>
          el('span', {class: 'legend-item'}, lineIcon(t), relation(t).label))));
    }
  }

  function renderTypeFilters() {
    const box = clear($('type-filters'));
    for (const type of RELATION_TYPES) {
      const input = el('input', {type: 'checkbox', id: `type-${type}`, value: type});
      input.checked = state.types.has(type);
      input.addEventListener('change', () => {
        if (input.checked) state.types.add(type);
        else state.types.delete(type);
        loadGraph().catch(() => {});
      });
      box.append(el('label', {class: 'chip', for: `type-${type}`, title: `relation type: ${type}`},
        input, lineIcon(type), relation(type).label));
    }
  }

  function bindDateFilter(input, key) {
    const apply = () => {
      const value = input.value.trim();
      if (value && !DATE_RE.test(value)) {
        input.classList.add('invalid');
        setStatus(`“${value}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`, 'error');
        return;
      }
      input.classList.remove('invalid');
      if (value === state[key]) return;
      state[key] = value;
      loadGraph().catch(() => {});
    };
    input.addEventListener('change', apply);
    input.addEventListener('keydown', (evt) => {
      if (evt.key === 'Enter') apply();
    });
  }

  // ---- search ----

  function setupSearch() {
    const input = $('search');
    const list = $('search-results');
    let timer = null;
    let seq = 0; // the latest search sent
    let answered = 0; // the latest search shown
    let results = [];
    let active = -1;
    let pickFirst = false;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    };

    const setActive = (i) => {
      const items = list.querySelectorAll('.result');
      if (!items.length) return;
      active = (i + items.length) % items.length;
      items.forEach((item, k) => {
        item.classList.toggle('active', k === active);
        item.setAttribute('aria-selected', k === active ? 'true' : 'false');
      });
      items[active].scrollIntoView({block: 'nearest'});
    };

    const pick = (actor) => {
      close();
      input.value = actor.name || actor.id;
      input.blur();
      focusActor(actor.id).catch(() => {});
    };

    const render = (q, actors) => {
      results = actors;
      clear(list);
      if (!actors.length) {
        list.append(el('li', {class: 'none'}, `No actor matches “${q}”.`));
      }
      actors.forEach((a, i) => {
        const needle = fold(q);
        const alias = a.match === 'alias' ?
          (a.aliases || []).find((x) => fold(x).includes(needle)) : null;
        const count = a.statements ? plural(a.statements, 'statement') :
          a.documents ? plural(a.documents, 'doc') : null;
        const item = el('li', {class: 'result', role: 'option', 'data-id': a.id},
          shapeIcon(a.type), el('span', {class: 'name'}, a.name || a.id),
          alias ? el('span', {class: 'alias'}, `“${alias}”`) : null,
          el('span', {class: 'meta'}, [a.type, count].filter(Boolean).join(' · ')));
        item.addEventListener('mousedown', (evt) => evt.preventDefault()); // the input keeps focus
        item.addEventListener('click', () => pick(a));
        item.addEventListener('mousemove', () => {
          if (active !== i) setActive(i);
        });
        list.append(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      if (actors.length) setActive(0);
    };

    const run = () => {
      timer = null;
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) {
        close();
        return;
      }
      source.search(q, 12).then((answer) => {
        if (mine !== seq) return;
        answered = mine;
        if (pickFirst && answer.actors && answer.actors.length) {
          pick(answer.actors[0]);
        } else if (document.activeElement === input || pickFirst) {
          render(q, answer.actors || []);
        }
        pickFirst = false;
      }, (err) => {
        if (mine !== seq) return;
        answered = mine;
        pickFirst = false;
        clear(list).append(el('li', {class: 'none error'}, 'Error: ' + err.message));
        list.hidden = false;
      });
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      pickFirst = false;
      timer = setTimeout(run, 160);
    });
    input.addEventListener('keydown', (evt) => {
      if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
        evt.preventDefault();
        if (list.hidden && results.length) list.hidden = false;
        setActive(active + (evt.key === 'ArrowDown' ? 1 : -1));
      } else if (evt.key === 'Enter') {
        evt.preventDefault();
        if (timer) { // what was typed is not searched yet
          clearTimeout(timer);
          pickFirst = true;
          run();
        } else if (answered !== seq) { // nor answered
          pickFirst = true;
        } else if (results.length && !list.hidden) {
          pick(results[Math.max(0, active)]);
        }
      } else if (evt.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('focus', () => {
      if (input.value.trim() && results.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 120));
  }

  // ---- side panel ----

  function showView(name) {
    state.intro = name === 'intro';
    $('intro').hidden = name !== 'intro';
    $('profile').hidden = name !== 'profile';
    $('evidence-view').hidden = name !== 'evidence';
    $('panel').scrollTop = 0;
  }

  function actorLink(id, name) {
    return el('button', {type: 'button', class: 'link', 'data-id': id, title: id,
      onclick: () => selectActor(id).catch(() => {})}, name || id);
  }

  function typeBadge(type) {
    const s = typeStyle(type);
    const badge = el('span', {class: 'badge'}, shapeIcon(type), type || 'actor');
    badge.style.borderColor = s.line;
    return badge;
  }

  function section(title, ...children) {
    return el('section', {class: 'block'}, el('h3', null, title), ...children);
  }

  function renderIntro() {
    const intro = clear($('intro'));
    intro.append(el('h2', null, source.title || 'Who accuses whom'),
      el('p', {class: 'muted'}, 'Click an actor to see its profile, or an arrow to read the ' +
        'statements behind it. Search above for a person, country or organisation.'));
    const nodes = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 12);
    if (nodes.length) {
      intro.append(section('Most connected in this view', el('ul', {class: 'rows'},
        nodes.map((n) => el('li', null, shapeIcon(n.data('type')),
          actorLink(n.id(), n.data('name')),
          el('span', {class: 'count'}, plural(n.degree(false), 'link')))))));
    }
  }

  function showIntro() {
    state.panelSeq++;
    renderIntro();
    showView('intro');
  }

  function showPanelError(err) {
    const profile = clear($('profile'));
    profile.append(el('p', {class: 'error'}, 'Error: ' + err.message));
    showView('profile');
  }

  function showProfile(id) {
    const seq = ++state.panelSeq;
    const profile = clear($('profile'));
    const node = cy.getElementById(id);
    const name = node.nonempty() ? node.data('name') : id;
    profile.append(el('p', {class: 'muted'}, `Loading ${name}…`));
    showView('profile');
    return source.actor(id).then((actor) => {
      if (seq !== state.panelSeq) return;
      renderProfile(actor);
    }, (err) => {
      if (seq !== state.panelSeq) return;
      clear(profile).append(el('p', {class: 'error'}, 'Error: ' + err.message));
    });
  }

  function renderProfile(a) {
    const profile = clear($('profile'));
    const aliases = (a.aliases || []).filter((x) => x !== a.name);
    profile.append(el('div', {class: 'head'}, typeBadge(a.type), el('h2', null, a.name || a.id),
      el('div', {class: 'id'}, a.id)));
    if (aliases.length) {
      profile.append(el('div', {class: 'aliases'}, el('span', {class: 'muted'}, 'Also named '),
        aliases.map((x) => el('span', {class: 'tag'}, x))));
    }

    const actions = el('div', {class: 'actions'});
    if (!(state.focus.length === 1 && state.focus[0] === a.id && !state.expanded.length)) {
      actions.append(el('button', {type: 'button', title: 'Draw only this actor and its neighbours',
        onclick: () => focusActor(a.id).catch(() => {})}, 'Show its neighbourhood'));
    }
    // An actor in focus or expanded already has its neighbours drawn.
    if (source.canExpand && !state.focus.includes(a.id) && !state.expanded.includes(a.id)) {
      actions.append(el('button', {type: 'button', class: 'primary',
        title: 'Add this actor\u2019s neighbours to the graph',
        onclick: (evt) => {
          evt.currentTarget.disabled = true;
          expand(a.id);
        }}, 'Expand'));
    }
    if (actions.firstChild) profile.append(actions);

    const counts = a.counts || {};
    const rows = RELATION_TYPES.filter((t) => counts[t] || counts[t + '_received']).map((t) => {
      const r = relation(t);
      return el('tr', null, el('td', null, lineIcon(t)),
        el('td', {class: counts[t] ? '' : 'zero'}, r.made, el('b', null, fmt(counts[t]))),
        el('td', {class: counts[t + '_received'] ? '' : 'zero'}, r.received, el('b', null,
          fmt(counts[t + '_received']))));
    });
    profile.append(section('Relations',
      counts.statements !== undefined ?
        el('p', {class: 'muted'}, plural(counts.statements, 'statement')) : null,
      rows.length ? el('table', {class: 'counts'}, el('tbody', null, rows))
        : el('p', {class: 'muted'}, 'No relations recorded.')));

    if (source.timeline) {
      const holder = el('div', {class: 'timeline'});
      profile.append(section('Statements by month', holder));
      source.timeline(a.id).then((periods) => renderTimeline(holder, periods),
        (err) => holder.append(el('p', {class: 'muted'}, 'No timeline: ' + err.message)));
    }

    const affiliationRow = (x) => el('li', null, actorLink(x.actor, x.name),
      el('span', {class: 'role'}, [x.role, x.former ? '(former)' : null].filter(Boolean).join(' ')),
      x.evidence ? el('div', {class: 'quote small'}, x.evidence) : null);
    if ((a.affiliations || []).length) {
      profile.append(section('Affiliations',
        el('ul', {class: 'rows wrap'}, a.affiliations.map(affiliationRow))));
    }
    if ((a.affiliated || []).length) {
      profile.append(section('Affiliated with ' + (a.name || a.id),
        el('ul', {class: 'rows wrap'}, a.affiliated.map(affiliationRow))));
    }
    if ((a.counterparts || []).length) {
      profile.append(section('Counterparts', el('ul', {class: 'rows'}, a.counterparts.map((c) =>
        el('li', null, actorLink(c.actor, c.name),
          el('span', {class: 'count'}, plural(c.relations, 'relation')))))));
    }
    if ((a.latest || []).length) {
      profile.append(section('Latest statements', a.latest.map((s) =>
        el('div', {class: 'statement said'},
          el('blockquote', null, s.direct === false ? s.text : `“${s.text}”`),
          el('div', {class: 'meta'}, s.date ? el('span', {class: 'date'}, s.date) : null,
            s.cue ? el('span', null, s.cue) : null, el('span', {class: 'doc'}, s.document))))));
    }
  }

  // Stacked monthly bars (said, accuses, criticizes, denies), months without
  // statements drawn empty so the time axis is even.
  function renderTimeline(holder, periods) {
    if (!Array.isArray(periods) || !periods.length) {
      holder.append(el('p', {class: 'muted'}, 'No dated statements.'));
      return;
    }
    let rows = periods.slice().sort((x, y) => String(x.period).localeCompare(String(y.period)));
    const monthly = rows.every((p) => /^\d{4}-\d{2}$/.test(p.period));
    if (monthly) {
      const have = new Map(rows.map((p) => [p.period, p]));
      let [y, m] = rows[0].period.split('-').map(Number);
      const [ly, lm] = rows[rows.length - 1].period.split('-').map(Number);
      rows = [];
      while ((y < ly || (y === ly && m <= lm)) && rows.length < 600) {
        const period = `${y}-${String(m).padStart(2, '0')}`;
        rows.push(have.get(period) || {period, total: 0});
        [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
      }
    }
    const parts = [['said', '#9ca3af'], ['accuses', RELATIONS.accuses.color],
      ['criticizes', RELATIONS.criticizes.color], ['denies', RELATIONS.denies.color]];
    const width = 320;
    const height = 70;
    const max = Math.max(1, ...rows.map((p) => Number(p.total) || 0));
    const step = width / rows.length;
    const bar = Math.max(1, Math.min(18, step * 0.76));
    const chart = svg('svg', {width: '100%', height: height + 16,
      viewBox: `0 0 ${width} ${height + 16}`, preserveAspectRatio: 'none', class: 'chart'});
    rows.forEach((p, i) => {
      let y = height;
      const g = svg('g', null, svg('title'));
      g.firstChild.textContent = `${p.period}: ${plural(p.total || 0, 'statement')}` +
        parts.filter(([k]) => p[k]).map(([k]) => `, ${k} ${p[k]}`).join('');
      g.append(svg('rect', {x: i * step, y: 0, width: step, height, fill: 'transparent'}));
      for (const [key, color] of parts) {
        const h = (Number(p[key]) || 0) / max * (height - 4);
        if (!h) continue;
        y -= h;
        const x = i * step + (step - bar) / 2;
        g.append(svg('rect', {x, y, width: bar, height: h, fill: color}));
      }
      chart.append(g);
    });
    const label = (x, anchor, text) => {
      const t = svg('text', {x, y: height + 13, 'text-anchor': anchor, class: 'axis'});
      t.textContent = text;
      return t;
    };
    chart.append(svg('line', {x1: 0, y1: height, x2: width, y2: height, stroke: '#d1d5db'}));
    chart.append(label(0, 'start', rows[0].period));
    if (rows.length > 1) chart.append(label(width, 'end', rows[rows.length - 1].period));
    holder.append(chart, el('div', {class: 'chart-key'}, parts.map(([k, c]) => {
      const dot = el('i');
      dot.style.background = c;
      return el('span', null, dot, k);
    })));
  }

  function showEvidence(edge) {
    const seq = ++state.panelSeq;
    const d = edge.data();
    const r = relation(d.type);
    const head = clear($('evidence-head'));
    const list = clear($('evidence'));
    const typeTag = el('span', {class: 'badge relation'}, lineIcon(d.type), r.label);
    typeTag.style.borderColor = r.color;
    const claims = d.statements || d.weight;
    const summary = plural(claims, 'claim') +
      (d.documents ? ` in ${plural(d.documents, 'document')}` : '') +
      (state.since || state.until ? ` (${state.since || '…'} to ${state.until || '…'})` : '');
    head.append(typeTag,
      el('h2', {class: 'relation-title'}, actorLink(d.source, nodeName(d.source)), ` ${r.phrase} `,
        actorLink(d.target, nodeName(d.target))),
      el('p', {class: 'summary'}, summary),
      el('div', {class: 'tags'},
        d.cues.map((c) => el('span', {class: 'tag'}, `“${c}”`)),
        d.cameo.map((c) =>
          el('span', {class: 'tag code', title: 'CAMEO event code'}, `CAMEO ${c}`)),
        d.plover ? el('span', {class: 'tag code', title: 'PLOVER category'}, d.plover) : null));
    list.append(el('p', {class: 'muted'}, 'Loading statements…'));
    showView('evidence');
    return source.evidence(d, {since: state.since, until: state.until}).then((ev) => {
      if (seq !== state.panelSeq) return;
      clear(list);
      const statements = ev.statements || [];
      if (!statements.length) {
        list.append(el('p', {class: 'muted'}, 'No statements in these dates.'));
      }
      for (const s of statements) list.append(renderStatement(s));
      // A row stands for its claim's copies (sources): count those against the total.
      const shown = statements.reduce((n, s) => n + Math.max(1, Number(s.sources) || 1), 0);
      if (ev.total > shown) {
        list.append(el('p', {class: 'muted more'},
          `Showing ${fmt(shown)} of ${plural(ev.total, 'statement')}.`));
      }
    }, (err) => {
      if (seq !== state.panelSeq) return;
      clear(list).append(el('p', {class: 'error'}, 'Error: ' + err.message));
    });
  }

  function renderStatement(s) {
    const url = safeUrl(s.url);
    return el('article', {class: 'statement'},
      el('p', {class: 'sentence'}, s.before || '', el('mark', null, s.match || ''), s.after || ''),
      el('div', {class: 'meta'},
        s.date ? el('span', {class: 'date'}, s.date) : el('span', {class: 'date muted'}, 'undated'),
        s.cue ? el('span', {title: 'cue'}, `“${s.cue}”`) : null,
        s.cameo ? el('span', {class: 'code', title: 'CAMEO event code'}, `CAMEO ${s.cameo}`) : null,
        s.sources > 1 ? el('span', {class: 'sources', title: 'the same claim, printed by ' +
          'several documents'}, `×${fmt(s.sources)} sources`) : null),
      el('div', {class: 'docline'},
        el('span', {class: 'doc', title: 'document id'}, s.document),
        s.title ? el('span', {class: 'title'}, s.title) : null,
        url ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer nofollow',
          title: url}, 'open ↗') : null));
  }

  // ---- header ----

  function renderInfo(info) {
    const box = clear($('store-info'));
    const parts = [];
    if (source.title) parts.push(source.title);
    const known = (n) => n !== null && n !== undefined;
    if (known(info.documents)) parts.push(plural(info.documents, 'document'));
    if (known(info.actors)) parts.push(plural(info.actors, 'actor'));
    if (info.since && info.since === info.until) {
      parts.push(info.since);
    } else if (info.since || info.until) {
      parts.push(`${info.since || '…'} – ${info.until || '…'}`);
    }
    box.textContent = parts.join(' · ');
    if (info.store) box.title = info.store;
    if (info.since && info.until) {
      const span = `The store's documents run from ${info.since} to ${info.until}.`;
      $('since').title = span;
      $('until').title = span;
    }
  }

  // ---- start ----

  function reset() {
    state.focus = [];
    state.expanded = [];
    state.since = state.until = '';
    $('since').value = $('until').value = '';
    $('since').classList.remove('invalid');
    $('until').classList.remove('invalid');
    $('search').value = '';
    state.types = new Set(state.defaultTypes);
    renderTypeFilters();
    showIntro();
    return loadGraph().catch(() => {});
  }

  let markReady;
  const ready = new Promise((resolve) => {
    markReady = resolve;
  });

  window.actorgraph = {
    cy, ready, mode: source.mode,
    selectActor: (id) => selectActor(id),
    selectEdge: (id) => selectEdge(id),
  };

  function start() {
    if (source.title) document.title = `${source.title} · actorgraph`;
    setupSearch();
    bindDateFilter($('since'), 'since');
    bindDateFilter($('until'), 'until');
    $('reset').addEventListener('click', reset);
    $('fit').addEventListener('click', () => fitView(true));
    $('relayout').addEventListener('click', () => runLayout(true));
    showIntro();

    source.info().then((info) => {
      state.info = info;
      renderInfo(info);
    }, (err) => setStatus('Error: ' + err.message, 'error'));

    // affiliated_with starts off when other relation types exist: the first
    // view asks without it, and again with it when that drew nothing.
    state.types.delete('affiliated_with');
    state.defaultTypes = new Set(state.types);
    renderTypeFilters();
    loadGraph().then((g) => {
      if (g && !g.edges.length) {
        state.types.add('affiliated_with');
        state.defaultTypes = new Set(state.types);
        renderTypeFilters();
        return loadGraph();
      }
      return g;
    }).catch(() => {}).then(() => {
      document.body.dataset.ready = '1';
      markReady(window.actorgraph);
    });
  }

  start();
}());
