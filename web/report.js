/* unrest report.html: draws the output files that `unrest report` inlined
 * (docs/report.md) with Vega-Lite, in the page, from nothing but the page.
 * What it drew, and any error, is kept in window.unrestReport, which the
 * browser test reads. */
(function () {
  'use strict';

  const status = { errors: [], blocked: [], parts: {}, done: false };
  window.unrestReport = status;
  window.addEventListener('error', (e) => status.errors.push('error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) =>
    status.errors.push('rejection: ' + String(e.reason && e.reason.stack ? e.reason.stack : e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    status.blocked.push(e.violatedDirective + ' ' + e.blockedURI));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    status.errors.push('console: ' + args.map(String).join(' '));
    consoleError(...args);
  };

  const FILES = JSON.parse(document.getElementById('unrest-files').textContent);
  const root = document.getElementById('report');
  root.textContent = '';

  // ---- reading the files ------------------------------------------------

  // A CSV as rows of objects: a column whose every value is a number (or NA,
  // empty) becomes numbers; `time` and the rest stay text.
  function csv(name) {
    if (FILES[name] === undefined) return null;
    const rows = vega.read(FILES[name], { type: 'csv' });
    if (!rows.length) return rows;
    const numeric = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^-?inf$/;
    for (const c of Object.keys(rows[0])) {
      if (c === 'time') continue;
      if (!rows.every((r) => r[c] === '' || r[c] === 'NA' || numeric.test(r[c]))) continue;
      for (const r of rows) r[c] = r[c] === '' || r[c] === 'NA' ? null : Number(r[c].replace('inf', 'Infinity'));
    }
    return rows;
  }
  function json(name) {
    if (FILES[name] === undefined) return null;
    try {
      return JSON.parse(FILES[name]);
    } catch (e) {
      status.errors.push(name + ': ' + e.message);
      return null;
    }
  }
  const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);

  // ---- the page's pieces --------------------------------------------------

  const toc = document.createElement('nav');
  toc.className = 'toc';

  function part(id, title, intro) {
    const s = document.createElement('section');
    s.className = 'part';
    s.id = id;
    const h = document.createElement('h2');
    h.textContent = title;
    s.appendChild(h);
    if (intro) {
      const p = document.createElement('p');
      p.className = 'intro';
      p.textContent = intro;
      s.appendChild(p);
    }
    root.appendChild(s);
    const a = document.createElement('a');
    a.href = '#' + id;
    a.textContent = title;
    toc.appendChild(a);
    status.parts[id] = { charts: 0, drawn: 0, marks: 0 };
    return s;
  }

  function element(parent, tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    parent.appendChild(e);
    return e;
  }

  const shown = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });
  function numberText(v) {
    if (!isNumber(v)) return 'none';
    return Number.isInteger(v) ? v.toLocaleString('en-US') : shown.format(v);
  }

  // A number the page shows, with its exact value and the file and column it
  // comes from (the browser test checks them against the CSVs).
  function card(parent, label, value, source) {
    const c = element(parent, 'div', 'card');
    const v = element(c, 'div', 'value', numberText(value));
    v.dataset.value = isNumber(value) ? String(value) : '';
    v.dataset.source = source;
    element(c, 'div', 'label', label);
  }

  const drawing = [];
  function chart(parent, spec, partId) {
    const box = element(parent, 'div', 'chart');
    status.parts[partId].charts += 1;
    const full = Object.assign(
      { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: CONFIG },
      spec
    );
    const done = vegaEmbed(box, full, { renderer: 'svg', actions: false })
      .then((result) => {
        status.parts[partId].drawn += 1;
        status.parts[partId].marks += box.querySelectorAll('svg path, svg circle, svg rect, svg line').length;
        return result;
      })
      .catch((e) => {
        status.errors.push(partId + ': ' + e.message);
        return null;
      });
    drawing.push(done);
    return done;
  }

  function table(parent, columns, rows, rowClass) {
    const t = element(parent, 'table');
    const head = element(element(t, 'thead'), 'tr');
    for (const c of columns) element(head, 'th', c.num ? 'num' : '', c.title);
    const body = element(t, 'tbody');
    for (const r of rows) {
      const tr = element(body, 'tr', rowClass ? rowClass(r) : '');
      for (const c of columns) {
        const v = typeof c.value === 'function' ? c.value(r) : r[c.value];
        element(tr, 'td', c.num ? 'num' : '', isNumber(v) ? numberText(v) : v == null ? '' : String(v));
      }
    }
    return t;
  }

  const CONFIG = {
    font: 'system-ui, DejaVu Sans, sans-serif',
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#eaeef2' },
    legend: { labelFontSize: 11, titleFontSize: 12 },
    range: { category: ['#b4441c', '#0969da', '#1a7f37', '#8250df', '#bf8700', '#57606a', '#cf222e', '#1b7c83'] },
  };

  // ---- time ---------------------------------------------------------------

  // Times are the scenario's wall clock with its UTC offset
  // ("2022-01-04T18:00+06:00"); charts show that wall clock (a 'utc' scale of
  // the local time, so the browser's own zone never shifts it).
  function wallClock(text) {
    const t = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(text || '');
    return t ? Date.UTC(+t[1], +t[2] - 1, +t[3], t[4] ? +t[4] : 0, t[5] ? +t[5] : 0) : null;
  }
  // From a table with `tick` and `time`: the offset, and tick -> wall clock.
  function clockOf(rows) {
    const first = (rows || []).find((r) => typeof r.time === 'string' && r.time.length >= 16);
    if (!first) return null;
    const second = rows.find((r) => typeof r.time === 'string' && r.tick > first.tick);
    const origin = wallClock(first.time);
    const perTick = second ? (wallClock(second.time) - origin) / (second.tick - first.tick) : 3600e3;
    return {
      offset: first.time.slice(16) || 'Z',
      hoursPerTick: perTick / 3600e3,
      at: (tick) => origin + (tick - first.tick) * perTick,
      text: (tick) => new Date(origin + (tick - first.tick) * perTick).toISOString().slice(0, 16).replace('T', ' '),
    };
  }
  function timeAxis(clock) {
    return clock
      ? { field: 'clock', type: 'temporal', scale: { type: 'utc' }, title: 'time (UTC' + clock.offset + ')' }
      : { field: 'tick', type: 'quantitative', title: 'tick' };
  }
  function withClock(rows, clock) {
    if (clock) for (const r of rows) r.clock = clock.at(r.tick);
    return rows;
  }

  // ---- the record (fit.json's targets) -----------------------------------------

  // The model's rows of the record's targets (an ensemble's fit.json also
  // scores the baselines; those rows are for the fit part).
  function recordTargets(fit) {
    return ((fit && fit.targets) || []).filter((t) => !t.variant || t.variant === 'model');
  }
  function targetPlace(t) {
    const at = t.target.indexOf(':');
    return at < 0 ? null : t.target.slice(at + 1);
  }
  function observedMid(t) {
    return isNumber(t.observed_high) ? (t.observed_low + t.observed_high) / 2 : t.observed_low;
  }

  // ---- the parts ------------------------------------------------------------

  const UPRISING_SERIES = ['protesters', 'strikers', 'detained', 'injured_cumulative', 'killed_cumulative'];

  function header(title, lead) {
    const h = element(root, 'header', 'top');
    element(h, 'h1', '', title);
    element(h, 'p', 'lead', lead);
    root.appendChild(toc);
  }

  function runCards(s, series, places) {
    const cards = element(s, 'div', 'cards');
    const has = (q) => series.length > 0 && q in series[0];
    const peak = (q) => series.reduce((m, r) => (isNumber(r[q]) && r[q] > m ? r[q] : m), 0);
    const last = series[series.length - 1] || {};
    if (has('protesters')) card(cards, 'peak protesters in one hour', peak('protesters'), 'timeseries.csv:max(protesters)');
    if (has('strikers')) card(cards, 'peak strikers', peak('strikers'), 'timeseries.csv:max(strikers)');
    for (const q of ['killed_cumulative', 'injured_cumulative', 'detained_cumulative']) {
      if (has(q)) card(cards, q.replace('_cumulative', '') + ' by the end', last[q], 'timeseries.csv:last(' + q + ')');
    }
    if (places) {
      const protested = places.features.filter((f) => f.properties.first_protest_tick !== null).length;
      card(cards, 'places that protested', protested, 'places.geojson:count(first_protest_tick)');
    }
  }

  // The map: each place coloured by its first protest and sized by its crowd
  // at the hour the slider shows; the record's first protests as rings.
  function mapPart(places, cities, fit, clock, note) {
    const s = part('map', 'Map of the spread',
      'Each place at its coordinates, sized by its protesters at the hour chosen and coloured by the day its protest began (grey: not yet). ' +
      'Rings: the record\'s first protest, in the same colours, for the places it names. Press play to watch the spread.' + (note ? ' ' + note : ''));
    const hoursPerTick = clock ? clock.hoursPerTick : 1;
    const features = places.features || [];
    const first = new Map(features.map((f) => [f.properties.name, f.properties.first_protest_tick]));
    const where = new Map(features.map((f) => [f.properties.name, f.geometry.coordinates]));
    const lastTick = cities.reduce((m, r) => Math.max(m, r.tick), 0);
    const lastDay = (lastTick * hoursPerTick) / 24;
    const rows = cities.map((r) => {
      const f = first.get(r.place);
      return {
        tick: r.tick, place: r.place, region: r.region, longitude: r.longitude, latitude: r.latitude,
        protesters: r.protesters, strikers: r.strikers, killed: r.killed_cumulative,
        // a place that never protests keeps a number (Vega-Lite drops a
        // point whose colour field is empty); the condition greys it
        first_tick: f == null ? null : f, first_day: f == null ? -1 : (f * hoursPerTick) / 24,
      };
    });
    const record = [];
    for (const t of recordTargets(fit)) {
      const p = where.get(targetPlace(t));
      if (t.group !== 'first_protest' || !p || !isNumber(t.observed_low)) continue;
      record.push({ place: targetPlace(t), observed: t.observed, longitude: p[0], latitude: p[1], first_day: observedMid(t) / 24 });
    }
    const maxCrowd = rows.reduce((m, r) => Math.max(m, r.protesters || 0), 1);
    // the slider starts at the hour with most people in the streets
    const national = new Map();
    for (const r of rows) national.set(r.tick, (national.get(r.tick) || 0) + (r.protesters || 0));
    let peakTick = 0;
    for (const [t, n] of national) if (n > (national.get(peakTick) || 0)) peakTick = t;
    const outline = countryOutline(features.map((f) => f.geometry.coordinates));
    const colour = { scheme: 'plasma', domain: [0, Math.max(1, lastDay)], reverse: true };
    const layers = [];
    if (outline) {
      layers.push({ data: { values: [outline] }, mark: { type: 'geoshape', fill: '#eef1f4', stroke: '#8c959f', strokeWidth: 0.8 } });
    }
    layers.push({
      data: { values: rows },
      transform: [{ filter: 'datum.tick == hour' }],
      mark: { type: 'circle', opacity: 0.85, stroke: '#24292f', strokeWidth: 0.4 },
      encoding: {
        longitude: { field: 'longitude', type: 'quantitative' },
        latitude: { field: 'latitude', type: 'quantitative' },
        size: { field: 'protesters', type: 'quantitative', title: 'protesters', scale: { type: 'sqrt', domain: [0, maxCrowd], range: [8, 1800] } },
        color: {
          condition: { test: 'datum.first_tick == null || datum.first_tick > hour', value: '#c9ced4' },
          field: 'first_day', type: 'quantitative', title: 'first protest (day)', scale: colour,
        },
        tooltip: [
          { field: 'place' }, { field: 'region' },
          { field: 'protesters', format: ',.0f' }, { field: 'strikers', format: ',.0f' }, { field: 'killed', format: ',.0f' },
          { field: 'first_day', format: '.2f', title: 'first protest (day)' },
        ],
      },
    });
    if (record.length) {
      layers.push({
        data: { values: record },
        mark: { type: 'point', shape: 'circle', filled: false, strokeWidth: 1.8, size: 380 },
        encoding: {
          longitude: { field: 'longitude', type: 'quantitative' },
          latitude: { field: 'latitude', type: 'quantitative' },
          color: { field: 'first_day', type: 'quantitative', title: 'first protest (day)', scale: colour },
          tooltip: [{ field: 'place' }, { field: 'observed', title: 'record: first protest' }],
        },
      });
    }
    const controls = element(s, 'div', 'controls');
    const play = element(controls, 'button', '', 'play');
    const label = element(controls, 'span', 'hour-label', '');
    chart(s, {
      width: 860, height: 480,
      projection: { type: 'mercator' },
      params: [{ name: 'hour', value: peakTick, bind: { input: 'range', min: 0, max: lastTick, step: 1, name: 'hour ' } }],
      layer: layers,
    }, 'map').then((result) => {
      if (!result) return;
      const view = result.view;
      const say = (h) => { label.textContent = clock ? clock.text(h) + ' (UTC' + clock.offset + ')' : 'tick ' + h; };
      say(peakTick);
      view.addSignalListener('hour', (_, h) => say(h));
      let timer = null;
      const stop = () => { clearInterval(timer); timer = null; play.textContent = 'play'; };
      play.addEventListener('click', () => {
        if (timer) return stop();
        let h = view.signal('hour') >= lastTick ? 0 : view.signal('hour');
        play.textContent = 'pause';
        timer = setInterval(() => {
          h = Math.min(lastTick, h + Math.max(1, Math.round(lastTick / 240)));
          view.signal('hour', h).runAsync();
          if (h >= lastTick) stop();
        }, 60);
      });
    });
  }

  // The country whose outline holds most of the places (world-atlas, from
  // Natural Earth's public-domain boundaries).
  function countryOutline(points) {
    const holder = document.getElementById('unrest-world');
    if (!holder || !points.length) return null;
    const world = JSON.parse(holder.textContent);
    const countries = topojson.feature(world, world.objects.countries).features;
    let best = null;
    let bestCount = 0;
    for (const f of countries) {
      const box = bounds(f.geometry);
      const inBox = points.filter((p) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3]);
      if (inBox.length <= bestCount) continue;
      const n = inBox.filter((p) => inside(f.geometry, p)).length;
      if (n > bestCount) { best = f; bestCount = n; }
    }
    return best;
  }
  function polygons(g) {
    return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  }
  function bounds(g) {
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygons(g)) for (const [x, y] of poly[0]) {
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    }
    return b;
  }
  function inside(g, p) {
    // the even-odd rule over every ring, holes included
    let odd = false;
    for (const poly of polygons(g)) for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
      }
    }
    return odd;
  }

  // A panel per quantity: a run's line, or an ensemble's median with its 50%
  // and 90% bands (one colour per scenario when comparing), and the record's
  // national counts at the run's end where it has them.
  function seriesPanels(rows, quantities, clock, options) {
    const o = options || {};
    return quantities.map((q) => {
      const values = withClock(rows.filter((r) => r.quantity === q), clock);
      const colour = o.by ? { color: { field: o.by, type: 'nominal', title: null } } : {};
      const fixed = o.by ? {} : { color: '#b4441c' };
      const enc = (extra) => Object.assign({ x: timeAxis(clock) }, extra, colour);
      const layer = o.bands
        ? [
          { mark: Object.assign({ type: 'area', opacity: 0.15 }, fixed), encoding: enc({ y: { field: 'q05', type: 'quantitative', title: q }, y2: { field: 'q95' } }) },
          { mark: Object.assign({ type: 'area', opacity: 0.3 }, fixed), encoding: enc({ y: { field: 'q25', type: 'quantitative' }, y2: { field: 'q75' } }) },
          { mark: Object.assign({ type: 'line', strokeWidth: 1.6 }, fixed), encoding: enc({ y: { field: 'q50', type: 'quantitative' } }) },
        ]
        : [{ mark: Object.assign({ type: 'line', strokeWidth: 1.5 }, fixed), encoding: enc({ y: { field: 'value', type: 'quantitative', title: q } }) }];
      const rec = (o.record || []).filter((r) => r.quantity === q);
      if (rec.length) {
        withClock(rec, clock);
        layer.push({
          data: { values: rec },
          layer: [
            { mark: { type: 'rule', color: '#0969da', strokeWidth: 3 }, encoding: { x: timeAxis(clock), y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } },
            { mark: { type: 'point', shape: 'diamond', filled: true, color: '#0969da', size: 70 }, encoding: { x: timeAxis(clock), y: { field: 'low', type: 'quantitative' }, tooltip: [{ field: 'observed', title: 'record' }] } },
          ],
        });
      }
      return { width: 440, height: 160, title: q, data: { values: values }, layer: layer };
    });
  }

  function nationalRecord(fit, lastTick) {
    const names = { killed: 'killed_cumulative', injured: 'injured_cumulative', detained: 'detained_cumulative' };
    return recordTargets(fit)
      .filter((t) => names[t.group] && targetPlace(t) === 'nation' && isNumber(t.observed_low))
      .map((t) => ({ quantity: names[t.group], tick: lastTick, low: t.observed_low, high: isNumber(t.observed_high) ? t.observed_high : t.observed_low, observed: t.observed }));
  }

  function longSeries(rows, quantities) {
    const long = [];
    for (const r of rows) for (const q of quantities) if (isNumber(r[q])) long.push({ tick: r.tick, quantity: q, value: r[q] });
    return long;
  }

  // Each place over time, chosen from a list, with what the record says of
  // it: its first protest (a dashed line), its largest crowd, its dead.
  function perPlacePart(cities, fit, clock, note) {
    const s = part('places', 'Each place over time',
      'Choose a place: its protesters, strikers, people detained, injured and killed hour by hour. Blue: the record (dashed: its first protest; a line: its largest crowd, its dead).' + (note ? ' ' + note : ''));
    const names = [...new Set(cities.map((r) => r.place))];
    const peak = new Map();
    for (const r of cities) peak.set(r.place, Math.max(peak.get(r.place) || 0, r.protesters || 0));
    names.sort((a, b) => peak.get(b) - peak.get(a));
    const qs = UPRISING_SERIES.filter((q) => cities.length && q in cities[0]);
    const long = [];
    for (const r of cities) for (const q of qs) long.push({ kind: 'series', tick: r.tick, place: r.place, quantity: q, value: r[q] });
    const hoursPerTick = clock ? clock.hoursPerTick : 1;
    for (const t of recordTargets(fit)) {
      const place = targetPlace(t);
      if (!peak.has(place) || !isNumber(t.observed_low)) continue;
      if (t.group === 'first_protest') long.push({ kind: 'time', tick: observedMid(t) / hoursPerTick, place: place, quantity: 'protesters', observed: t.observed });
      if (t.group === 'peak_crowd') long.push({ kind: 'level', place: place, quantity: 'protesters', value: t.observed_low, observed: t.observed });
      if (t.group === 'killed') long.push({ kind: 'level', place: place, quantity: 'killed_cumulative', value: t.observed_low, observed: t.observed });
    }
    withClock(long.filter((r) => r.tick !== undefined), clock);
    chart(s, {
      data: { values: long },
      params: [{ name: 'place', value: names[0], bind: { input: 'select', options: names, name: 'place ' } }],
      transform: [{ filter: 'datum.place == place' }],
      facet: { row: { field: 'quantity', type: 'nominal', title: null, sort: qs } },
      spec: {
        width: 760, height: 90,
        layer: [
          { transform: [{ filter: "datum.kind == 'series'" }], mark: { type: 'line', color: '#b4441c' }, encoding: { x: timeAxis(clock), y: { field: 'value', type: 'quantitative', title: null } } },
          { transform: [{ filter: "datum.kind == 'level'" }], mark: { type: 'rule', color: '#0969da', strokeWidth: 1.5 }, encoding: { y: { field: 'value', type: 'quantitative' }, tooltip: [{ field: 'observed', title: 'record' }] } },
          { transform: [{ filter: "datum.kind == 'time'" }], mark: { type: 'rule', color: '#0969da', strokeDash: [4, 3] }, encoding: { x: timeAxis(clock), tooltip: [{ field: 'observed', title: 'record: first protest' }] } },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    }, 'places');
  }

  function eventsPart(events, clock) {
    const rows = withClock(events.slice(), clock);
    const s = part('events', 'Events',
      'Every event the run logged: the state\'s measures (interventions), first protests, strikes, force, stormings, refusals, outbursts. Hover for the detail.');
    chart(s, {
      width: 900, height: { step: 26 },
      data: { values: rows },
      mark: { type: 'tick', thickness: 2, size: 18 },
      encoding: {
        x: timeAxis(clock),
        y: { field: 'kind', type: 'nominal', title: null },
        color: { field: 'kind', type: 'nominal', legend: null },
        tooltip: [{ field: 'time' }, { field: 'tick' }, { field: 'kind' }, { field: 'where' }, { field: 'detail' }],
      },
    }, 'events');
    const measures = rows.filter((e) => e.kind === 'intervention');
    if (measures.length) {
      const d = element(s, 'details');
      element(d, 'summary', '', 'The state\'s measures (' + measures.length + ')');
      table(d, [{ title: 'time', value: (r) => r.time || r.tick }, { title: 'where', value: 'where' }, { title: 'action', value: 'action' }, { title: 'detail', value: 'detail' }], measures);
    }
  }

  // The record's dated targets (first protests, strikes, stormings, refusals):
  // the record's window against the model's hour (a run) or its median and
  // 90% interval (an ensemble).
  function timingChart(s, targets, clock, partId) {
    const rows = [];
    for (const t of targets) {
      if (t.unit !== 'hours' || !isNumber(t.observed_low)) continue;
      const sim = isNumber(t.median) ? t.median : t.simulated;
      rows.push({
        target: t.target, group: t.group, observed: t.observed,
        obs_low: toClock(t.observed_low, clock), obs_high: toClock(isNumber(t.observed_high) ? t.observed_high : t.observed_low, clock),
        sim: isNumber(sim) ? toClock(sim, clock) : null,
        sim_low: isNumber(t.low) ? toClock(t.low, clock) : null, sim_high: isNumber(t.high) ? toClock(t.high, clock) : null,
      });
    }
    if (!rows.length) return;
    const x = (field) => (clock ? { field: field, type: 'temporal', scale: { type: 'utc' }, title: 'time (UTC' + clock.offset + ')' } : { field: field, type: 'quantitative', title: 'hours' });
    chart(s, {
      data: { values: rows },
      facet: { row: { field: 'group', type: 'nominal', title: null } },
      spec: {
        width: 720, height: { step: 16 },
        layer: [
          { mark: { type: 'rule', color: '#0969da', strokeWidth: 6, opacity: 0.5 }, encoding: { y: { field: 'target', type: 'nominal', title: null, sort: null }, x: x('obs_low'), x2: { field: 'obs_high' }, tooltip: [{ field: 'target' }, { field: 'observed', title: 'record' }] } },
          { transform: [{ filter: 'datum.sim_low != null' }], mark: { type: 'rule', color: '#b4441c' }, encoding: { y: { field: 'target', type: 'nominal', sort: null }, x: x('sim_low'), x2: { field: 'sim_high' } } },
          { transform: [{ filter: 'datum.sim != null' }], mark: { type: 'point', filled: true, color: '#b4441c', size: 40 }, encoding: { y: { field: 'target', type: 'nominal', sort: null }, x: x('sim') } },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    }, partId);
  }
  function toClock(hours, clock) {
    return clock ? clock.at(hours / clock.hoursPerTick) : hours;
  }

  function fitPart(fit, clock) {
    const s = part('fit', 'Fit to the record',
      'The model against the record (fit.json; of a scoring, score.json). Blue: the record\'s window; red: the model (an ensemble: its median and 90% interval). ' +
      'Baselines are what the record alone predicts; the model should beat every one. Ablations (blue, from unrest score --ablation) are the model without one input or mechanism.');
    if (fit.scores) {
      const rows = Object.entries(fit.scores).map(([k, v]) => Object.assign({ score: k }, v));
      table(s, [{ title: 'score', value: 'score' }, { title: 'value', value: 'value', num: true }, { title: 'tolerance', value: 'target' }, { title: 'passes', value: (r) => (r.pass ? 'yes' : 'no') }, { title: 'what', value: 'description' }], rows, (r) => (r.pass ? '' : 'fails'));
      element(s, 'p', 'note', 'Baselines are scored over replicates: unrest run --runs 20 --report draws them beside the model.');
    }
    if (Array.isArray(fit.groups) && fit.groups.length) {
      const metric = 'crps' in fit.groups[0] ? 'crps' : 'mean_abs_error';
      chart(s, {
        data: { values: fit.groups.filter((g) => isNumber(g[metric])) },
        facet: { field: 'group', type: 'nominal', title: null }, columns: 3,
        spec: {
          width: 250, height: { step: 18 },
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            y: { field: 'variant', type: 'nominal', title: null },
            x: { field: metric, type: 'quantitative', title: metric + ' (lower: closer to the record)' },
            color: { condition: [{ test: "datum.variant == 'model'", value: '#b4441c' }, { test: "datum.kind == 'ablation'", value: '#0969da' }], value: '#8c959f' },
            tooltip: [{ field: 'variant' }, { field: 'about' }, { field: metric }, { field: 'coverage' }, { field: 'on_target' }, { field: 'rank_correlation' }, { field: 'unit' }],
          },
        },
        resolve: { scale: { x: 'independent' } },
      }, 'fit');
      const d = element(s, 'details');
      element(d, 'summary', '', 'Scores by group and variant (' + fit.groups.length + ')');
      const cols = ['variant', 'group', 'targets', 'crps', 'mean_abs_error', 'bias', 'coverage', 'on_target', 'rank_correlation', 'unit'].filter((c) => c in fit.groups[0]);
      table(d, cols.map((c) => ({ title: c, value: c, num: isNumber(fit.groups[0][c]) })), fit.groups);
    }
    if (Array.isArray(fit.checks) && fit.checks.length) {
      table(s, [{ title: 'check', value: 'check' }, { title: 'variant', value: 'variant' }, { title: 'median', value: 'median', num: true }, { title: 'share passing', value: 'passed', num: true }, { title: 'tolerance', value: 'target' }],
        fit.checks.filter((c) => c.variant === 'model'), (r) => (r.passed < 0.5 ? 'fails' : ''));
    }
    timingChart(s, recordTargets(fit), clock, 'fit');
    const targets = recordTargets(fit);
    if (targets.length) {
      const d = element(s, 'details');
      element(d, 'summary', '', 'Every row of the record (' + targets.length + ')');
      const cols = ['target', 'observed', 'simulated', 'median', 'low', 'high', 'tolerance', 'unit'].filter((c) => c in targets[0]);
      table(d, cols.map((c) => ({ title: c, value: c, num: c !== 'target' && c !== 'observed' && c !== 'unit' })), targets);
    }
  }

  function provenancePart(meta, parameters, units) {
    const s = part('provenance', 'Parameters and provenance',
      'What ran: version, commit, scenario, seed, overrides, threads and wall time, and every parameter with its unit.');
    const rows = [];
    const add = (k, v) => { if (v !== undefined && v !== null) rows.push({ key: k, value: typeof v === 'object' ? JSON.stringify(v) : String(v) }); };
    const m = meta || {};
    add('unrest version', m.unrest_version);
    add('commit', m.git_commit);
    add('kind', m.kind);
    add('scenario', m.scenario && typeof m.scenario === 'object' ? m.scenario.name + ' (' + m.scenario.file + ')' : m.scenario);
    add('model', m.model || (m.scenario && m.scenario.model));
    for (const k of ['seed', 'replicates', 'runs', 'runs_per_point', 'design', 'base', 'others', 'settings', 'generations_run', 'predictive', 'overrides', 'threads', 'ranks', 'threads_per_rank', 'wall_seconds', 'calendar']) add(k, m[k]);
    table(s, [{ title: 'item', value: 'key' }, { title: 'value', value: 'value' }], rows);
    if (parameters && typeof parameters === 'object') {
      const d = element(s, 'details');
      element(d, 'summary', '', 'Parameters (' + Object.keys(parameters).length + ')');
      const prow = Object.entries(parameters).map(([k, v]) => ({ name: k, value: typeof v === 'object' ? JSON.stringify(v) : v, unit: (units || {})[k] || '' }));
      table(d, [{ title: 'name', value: 'name' }, { title: 'value', value: 'value' }, { title: 'unit', value: 'unit' }], prow);
    }
  }

  // ---- what the folder is ---------------------------------------------------

  function draw() {
    const manifest = json('manifest.json');
    if (FILES['compare.csv']) return drawCompare();
    if (FILES['sweep_summary.csv'] || FILES['sweep.csv']) return drawSweep();
    if (FILES['posterior.csv']) return drawCalibration();
    if (FILES['score.json']) return drawScore();
    if (FILES['ensemble_timeseries.csv']) return drawEnsemble();
    if (manifest && FILES['cities.csv']) return drawUprisingRun(manifest);
    if (manifest) return drawClassicRun(manifest);
    status.errors.push('report: no outputs to draw');
  }

  function scenarioName(meta) {
    return meta && meta.scenario ? meta.scenario.name || meta.scenario : 'outputs';
  }

  function drawUprisingRun(manifest) {
    const series = csv('timeseries.csv') || [];
    const clock = clockOf(series);
    const cities = csv('cities.csv') || [];
    const places = json('places.geojson') || { features: [] };
    const fit = json('fit.json');
    header('unrest: ' + scenarioName(manifest), (manifest.scenario.description || '') + '. One run, seed ' + manifest.seed + '.');
    const s = part('summary', 'At a glance', 'The run\'s totals, from timeseries.csv and places.geojson.');
    runCards(s, series, places);
    mapPart(places, cities, fit, clock);
    const qs = UPRISING_SERIES.filter((q) => series.length && q in series[0]);
    const s2 = part('national', 'National series', 'The whole country hour by hour; blue: the record\'s national counts at the end of the run.');
    chart(s2, { concat: seriesPanels(longSeries(series, qs), qs, clock, { record: nationalRecord(fit, series.length ? series[series.length - 1].tick : 0) }), columns: 2, resolve: { scale: { y: 'independent' } } }, 'national');
    perPlacePart(cities, fit, clock);
    if (fit) fitPart(fit, clock);
    const events = csv('events.csv');
    if (events && events.length) eventsPart(events, clock);
    provenancePart(manifest, manifest.parameters, manifest.parameter_units);
  }

  function drawClassicRun(manifest) {
    const model = manifest.model;
    const series = csv('timeseries.csv') || [];
    const clock = clockOf(series);
    header('unrest: ' + scenarioName(manifest), (manifest.scenario.description || '') + '. One run of the ' + model + ' model, seed ' + manifest.seed + '.');
    const s = part('summary', 'At a glance', 'The run\'s summary values (manifest.json).');
    const cards = element(s, 'div', 'cards');
    for (const [k, v] of Object.entries(manifest.summary || {})) {
      if (v && isNumber(v.value)) card(cards, v.description || k, v.value, 'manifest.json:summary.' + k);
    }
    const events = csv('events.csv') || [];
    if (model === 'epstein') epsteinPart(series, events);
    else if (model === 'watts') wattsPart(series, manifest.summary || {});
    else if (model === 'granovetter') granovetterPart(series, manifest.summary || {});
    if (events.length) eventsPart(events, clock);
    provenancePart(manifest, manifest.parameters, manifest.parameter_units);
  }

  // Epstein: actives and jailed over time, each outburst shaded (events.csv).
  function epsteinPart(series, events) {
    const s = part('series', 'Actives and jailed', 'Active and jailed citizens tick by tick. Shaded: the outbursts (more actives than outburst_level), from events.csv.');
    const spans = [];
    let open = null;
    for (const e of events) {
      if (e.kind === 'outburst_start') open = e.tick;
      else if (e.kind === 'outburst_end' && open !== null) { spans.push({ start: open, end: e.tick, detail: e.detail }); open = null; }
    }
    const last = series.length ? series[series.length - 1].tick : 0;
    if (open !== null) spans.push({ start: open, end: last, detail: 'still going at the end' });
    const qs = ['active', 'jailed'].filter((q) => series.length && q in series[0]);
    const layer = [];
    if (spans.length) layer.push({ data: { values: spans }, mark: { type: 'rect', color: '#f2c9b8', opacity: 0.7 }, encoding: { x: { field: 'start', type: 'quantitative', title: 'tick' }, x2: { field: 'end' }, tooltip: [{ field: 'start' }, { field: 'end' }, { field: 'detail' }] } });
    layer.push({ data: { values: longSeries(series, qs) }, mark: { type: 'line', strokeWidth: 1.2 }, encoding: { x: { field: 'tick', type: 'quantitative', title: 'tick' }, y: { field: 'value', type: 'quantitative', title: 'citizens' }, color: { field: 'quantity', type: 'nominal', title: null } } });
    chart(s, { width: 900, height: 280, layer: layer }, 'series');
    element(s, 'p', 'note', spans.length + ' outbursts.');
    status.outbursts = spans.length;
  }

  // Watts: the cascade sizes, one per trial, against the theory's share of
  // global cascades and their size.
  function wattsPart(trials, summary) {
    const s = part('series', 'Cascade sizes against the theory',
      'Each trial seeds one node; the histogram counts the cascades by the share of nodes they reach. Blue: the size the theory gives a global cascade; the table sets the share of global cascades beside the theory\'s.');
    const v = (k) => (summary[k] ? summary[k].value : null);
    const layer = [{ data: { values: trials }, mark: { type: 'bar', color: '#b4441c' }, encoding: { x: { field: 'size', type: 'quantitative', bin: { extent: [0, 1], step: 0.02 }, title: 'cascade size (share of nodes)' }, y: { aggregate: 'count', type: 'quantitative', title: 'trials' } } }];
    if (isNumber(v('predicted_size'))) layer.push({ data: { values: [{ size: v('predicted_size') }] }, mark: { type: 'rule', color: '#0969da', strokeWidth: 2 }, encoding: { x: { field: 'size', type: 'quantitative' } } });
    chart(s, { width: 820, height: 260, layer: layer }, 'series');
    table(s, [{ title: '', value: 'what' }, { title: 'simulated', value: 'sim', num: true }, { title: 'theory', value: 'theory', num: true }], [
      { what: 'share of cascades that are global', sim: v('global_frequency'), theory: v('predicted_frequency') },
      { what: 'size of a global cascade', sim: v('mean_global_size'), theory: v('predicted_size') },
    ]);
  }

  // Granovetter: people acting round by round, and the mean-field equilibrium.
  function granovetterPart(series, summary) {
    const s = part('series', 'The cascade round by round', 'People acting after each round; blue: the mean-field equilibrium the theory gives.');
    const layer = [{ data: { values: series }, mark: { type: 'line', point: true, color: '#b4441c' }, encoding: { x: { field: 'tick', type: 'quantitative', title: 'round' }, y: { field: 'acting', type: 'quantitative', title: 'people acting' } } }];
    if (summary.mean_field_equilibrium) layer.push({ data: { values: [{ y: summary.mean_field_equilibrium.value }] }, mark: { type: 'rule', color: '#0969da', strokeDash: [4, 3] }, encoding: { y: { field: 'y', type: 'quantitative' } } });
    chart(s, { width: 820, height: 260, layer: layer }, 'series');
  }

  function drawEnsemble() {
    const meta = json('ensemble.json') || {};
    const first = json('replicates/0000/manifest.json') || {};
    const series = csv('ensemble_timeseries.csv') || [];
    const clock = clockOf(series);
    const outcomes = csv('ensemble_outcomes.csv') || [];
    const replicates = csv('replicates.csv') || [];
    const fit = json('fit.json');
    header('unrest: ' + scenarioName(meta), 'An ensemble of ' + replicates.length + ' replicates of seed ' + meta.seed + '. Bands: the median, the middle 50% and 90% of the replicates at each hour.');
    const s = part('summary', 'At a glance', 'Medians over the replicates (ensemble_outcomes.csv).');
    const cards = element(s, 'div', 'cards');
    for (const o of outcomes) {
      if (o.kind === 'summary' && isNumber(o.q50) && o.outcome !== 'agents' && o.outcome !== 'people') {
        card(cards, (o.description || o.outcome) + ' (median)', o.q50, 'ensemble_outcomes.csv:' + o.outcome + '.q50');
      }
    }
    const places = json('replicates/0000/places.geojson');
    const cities = csv('replicates/0000/cities.csv');
    if (places && cities) mapPart(places, cities, fit, clock, 'The map shows the first replicate.');
    const qs = [...new Set(series.map((r) => r.quantity))];
    const shownQs = UPRISING_SERIES.filter((q) => qs.includes(q));
    const s2 = part('national', 'National series, with bands', 'Median (line), middle 50% and 90% of the replicates (bands), hour by hour; blue: the record\'s national counts at the end.');
    const lastTick = series.length ? series[series.length - 1].tick : 0;
    chart(s2, { concat: seriesPanels(series, shownQs.length ? shownQs : qs.slice(0, 6), clock, { bands: true, record: nationalRecord(fit, lastTick) }), columns: 2, resolve: { scale: { y: 'independent' } } }, 'national');
    if (cities) perPlacePart(cities, fit, clock, 'Of the first replicate (an ensemble keeps no per-place quantiles).');
    if (replicates.length) distributionPart(replicates);
    if (fit) fitPart(fit, clock);
    const events = csv('replicates/0000/events.csv');
    if (events && events.length) eventsPart(events, clock);
    provenancePart(meta, first.parameters, first.parameter_units);
  }

  // Each summary value over the replicates, one tick a replicate.
  function distributionPart(replicates) {
    const s = part('outcomes', 'Outcomes over the replicates', 'Each tick mark is one replicate (replicates.csv); fit scores are prefixed fit_.');
    const cols = Object.keys(replicates[0]).filter((c) => c !== 'replicate' && c !== 'agents' && c !== 'people' && isNumber(replicates[0][c]));
    const long = [];
    for (const r of replicates) for (const c of cols) if (isNumber(r[c])) long.push({ outcome: c, value: r[c], replicate: r.replicate });
    chart(s, {
      data: { values: long },
      facet: { field: 'outcome', type: 'nominal', title: null }, columns: 3,
      spec: { width: 260, height: 36, mark: { type: 'tick', thickness: 2, color: '#b4441c' }, encoding: { x: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } }, tooltip: [{ field: 'replicate' }, { field: 'value' }] } },
      resolve: { scale: { x: 'independent' } },
    }, 'outcomes');
  }

  function drawCompare() {
    const compare = csv('compare.csv') || [];
    const series = csv('compare_timeseries.csv') || [];
    const meta = json('compare.json') || {};
    const clock = clockOf(series);
    header('unrest: ' + (meta.base || 'comparison') + ' against ' + (meta.others || []).join(', '),
      'Each scenario is an ensemble of ' + meta.runs + ' replicates over the same seeds, so each counterfactual replicate is paired with the base\'s.');
    if (series.length) {
      const qs = [...new Set(series.map((r) => r.quantity))];
      const shownQs = UPRISING_SERIES.filter((q) => qs.includes(q));
      const s = part('series', 'Base and counterfactuals over time', 'Median (line), middle 50% and 90% of each scenario\'s replicates (bands).');
      chart(s, { concat: seriesPanels(series, shownQs.length ? shownQs : qs.slice(0, 6), clock, { bands: true, by: 'scenario' }), columns: 2, resolve: { scale: { y: 'independent' } } }, 'series');
    }
    const s = part('differences', 'Paired differences', 'Each counterfactual minus the base, replicate by replicate: the median and the 90% interval of the differences (compare.csv).');
    chart(s, {
      data: { values: compare.filter((r) => isNumber(r.difference_median)) },
      facet: { field: 'outcome', type: 'nominal', title: null }, columns: 2,
      spec: {
        width: 380, height: { step: 22 },
        layer: [
          { mark: { type: 'rule', strokeWidth: 2, color: '#57606a' }, encoding: { y: { field: 'scenario', type: 'nominal', title: null }, x: { field: 'difference_q05', type: 'quantitative', title: 'difference from the base' }, x2: { field: 'difference_q95' } } },
          { mark: { type: 'point', filled: true, size: 60, color: '#b4441c' }, encoding: { y: { field: 'scenario', type: 'nominal' }, x: { field: 'difference_median', type: 'quantitative' }, tooltip: [{ field: 'scenario' }, { field: 'outcome' }, { field: 'base_median' }, { field: 'other_median' }, { field: 'difference_median' }, { field: 'difference_q05' }, { field: 'difference_q95' }, { field: 'share_higher' }] } },
          { mark: { type: 'rule', color: '#8c959f', strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        ],
      },
      resolve: { scale: { x: 'independent' } },
    }, 'differences');
    table(s, [
      { title: 'scenario', value: 'scenario' }, { title: 'outcome', value: 'outcome' },
      { title: 'base median', value: 'base_median', num: true }, { title: 'scenario median', value: 'other_median', num: true },
      { title: 'difference, median', value: 'difference_median', num: true },
      { title: '90% interval', value: (r) => '[' + numberText(r.difference_q05) + ', ' + numberText(r.difference_q95) + ']' },
      { title: 'pairs higher', value: (r) => Math.round(100 * r.share_higher) + '%', num: true },
    ], compare);
    provenancePart(meta, (json(meta.base + '/replicates/0000/manifest.json') || {}).parameters);
  }

  function drawSweep() {
    const summary = csv('sweep_summary.csv') || [];
    const meta = json('sweep.json') || {};
    header('unrest: sweep of ' + scenarioName(meta), 'Design: ' + (meta.design || '') + '; ' + meta.runs_per_point + ' replicates per point.');
    const s = part('sweep', 'Outcomes across the sweep', 'Each outcome\'s median over a point\'s replicates, with its 5-95% range (sweep_summary.csv).');
    const cols = summary.length ? Object.keys(summary[0]) : [];
    const params = cols.slice(cols.indexOf('point') + 1, cols.indexOf('statistic'));
    const stats = summary.filter((r) => r.statistic !== 'agents' && r.statistic !== 'people');
    if (params.length) {
      const x = { field: params[0], type: 'quantitative', scale: { zero: false } };
      chart(s, {
        data: { values: stats },
        facet: { field: 'statistic', type: 'nominal', title: null }, columns: 3,
        spec: {
          width: 250, height: 150,
          layer: [
            { mark: { type: 'rule', color: '#8c959f' }, encoding: { x: x, y: { field: 'q05', type: 'quantitative', title: null, scale: { zero: false } }, y2: { field: 'q95' } } },
            { mark: { type: 'point', filled: true, color: '#b4441c' }, encoding: Object.assign({ x: x, y: { field: 'median', type: 'quantitative' } }, params.length > 1 ? { color: { field: params[1], type: 'quantitative' } } : {}) },
          ],
        },
        resolve: { scale: { y: 'independent' } },
      }, 'sweep');
    }
    const d = element(s, 'details');
    element(d, 'summary', '', 'The table (' + stats.length + ' rows)');
    table(d, cols.map((c) => ({ title: c, value: c, num: isNumber(summary[0][c]) })), stats);
    provenancePart(meta);
  }

  // unrest score: the model, the baselines and (--ablation) the model without
  // each input or mechanism, on every row of the record.
  function drawScore() {
    const meta = json('score.json') || {};
    header('unrest: scores of ' + scenarioName(meta), meta.runs + ' replicates of each variant (seed ' + meta.seed + '), scored against every row of the record the model can speak to.');
    if (meta.scores) fitPart(meta.scores, null);
    if (Array.isArray(meta.unscored) && meta.unscored.length) {
      const s = part('unscored', 'Rows of the record not scored', 'What the model cannot speak to, and why.');
      table(s, [{ title: 'target', value: 'target' }, { title: 'why', value: 'why' }], meta.unscored);
    }
    provenancePart(meta);
  }

  function drawCalibration() {
    const posterior = csv('posterior.csv') || [];
    const summary = csv('posterior_summary.csv') || [];
    const trace = csv('trace.csv') || [];
    const predictive = csv('predictive.csv') || [];
    const meta = json('calibration.json') || {};
    header('unrest: calibration of ' + scenarioName(meta), 'ABC-SMC against the record: the tolerance by generation, each parameter\'s posterior against its prior, and the posterior-predictive check.');
    if (trace.length) {
      const s = part('trace', 'Generations', 'Tolerance (epsilon), simulations and acceptance by generation (trace.csv).');
      const cols = ['generation', 'epsilon', 'attempts', 'simulated', 'accepted', 'acceptance_rate', 'ess'].filter((c) => c in trace[0]);
      table(s, cols.map((c) => ({ title: c, value: c, num: true })), trace);
    }
    if (posterior.length) {
      const s = part('posterior', 'Posterior against prior', 'Each parameter\'s particles, weighted (posterior.csv); grey: the prior\'s 90% interval (posterior_summary.csv).');
      const params = Object.keys(posterior[0]).filter((c) => !['particle', 'weight', 'distance'].includes(c));
      const long = [];
      for (const r of posterior) for (const p of params) long.push({ parameter: p, value: r[p], weight: r.weight });
      const priors = summary.map((r) => ({ parameter: r.parameter, low: r.prior_q05, high: r.prior_q95 }));
      chart(s, {
        facet: { field: 'parameter', type: 'nominal', title: null }, columns: 3,
        data: { values: long.map((r) => Object.assign({ kind: 'particle' }, r)).concat(priors.map((r) => Object.assign({ kind: 'prior' }, r))) },
        spec: {
          width: 240, height: 110,
          layer: [
            { transform: [{ filter: "datum.kind == 'prior'" }], mark: { type: 'rect', color: '#d0d7de', opacity: 0.5 }, encoding: { x: { field: 'low', type: 'quantitative', title: null }, x2: { field: 'high' } } },
            { transform: [{ filter: "datum.kind == 'particle'" }], mark: { type: 'tick', color: '#b4441c', thickness: 2 }, encoding: { x: { field: 'value', type: 'quantitative' }, opacity: { field: 'weight', type: 'quantitative', legend: null } } },
          ],
        },
        resolve: { scale: { x: 'independent' } },
      }, 'posterior');
      if (summary.length) table(s, ['parameter', 'prior', 'prior_q05', 'prior_q95', 'q05', 'median', 'q95', 'interval_ratio'].map((c) => ({ title: c, value: c, num: c !== 'parameter' && c !== 'prior' })), summary);
    }
    if (predictive.length) {
      const s = part('predictive', 'Posterior-predictive check', 'For each statistic of the record: blue, the record\'s interval; red, the 5-95% of runs drawn from the posterior and their median (predictive.csv).');
      chart(s, {
        data: { values: predictive },
        width: 700, height: { step: 16 },
        layer: [
          { transform: [{ calculate: 'isFinite(datum.record_high) ? datum.record_high : datum.record_low', as: 'record_top' }], mark: { type: 'rule', color: '#0969da', strokeWidth: 6, opacity: 0.5 }, encoding: { y: { field: 'statistic', type: 'nominal', title: null, sort: null }, x: { field: 'record_low', type: 'quantitative', title: 'value', scale: { type: 'symlog' } }, x2: { field: 'record_top' } } },
          { mark: { type: 'rule', color: '#b4441c' }, encoding: { y: { field: 'statistic', type: 'nominal', sort: null }, x: { field: 'q05', type: 'quantitative' }, x2: { field: 'q95' } } },
          { mark: { type: 'point', filled: true, color: '#b4441c' }, encoding: { y: { field: 'statistic', type: 'nominal', sort: null }, x: { field: 'median', type: 'quantitative' }, tooltip: Object.keys(predictive[0]).map((k) => ({ field: k })) } },
        ],
      }, 'predictive');
      table(s, Object.keys(predictive[0]).map((c) => ({ title: c, value: c, num: c !== 'statistic' })), predictive);
    }
    provenancePart(meta);
  }

  // ---- go -------------------------------------------------------------------

  try {
    draw();
  } catch (e) {
    status.errors.push('draw: ' + (e.stack || e.message));
  }
  Promise.all(drawing).then(() => {
    status.done = true;
  });
})();
