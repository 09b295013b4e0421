// Draws the report's charts as SVG from the figures embedded in the page (no library, no network).
// Every data mark carries class "mark" and every chart gets data-marks = the number it drew, so a
// headless browser can check that each chart rendered with data.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
  var figures = JSON.parse(document.getElementById('figures').textContent);

  function el(name, attrs, parent, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function svgIn(id, width, height) {
    var figure = document.getElementById(id);
    var svg = el('svg', {width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img'});
    figure.querySelector('.plot').appendChild(svg);
    return {figure: figure, svg: svg};
  }

  function finish(chart, marks) {
    chart.figure.setAttribute('data-marks', String(marks));
    chart.figure.setAttribute('data-rendered', 'true');
  }

  function empty(id, message) {
    var figure = document.getElementById(id);
    figure.querySelector('.plot').textContent = message;
    figure.setAttribute('data-marks', '0');
    figure.setAttribute('data-empty', 'true');
  }

  function legend(svg, names, colors, x, y) {
    var g = el('g', {'class': 'legend', transform: 'translate(' + x + ',' + y + ')'}, svg);
    var offset = 0;
    names.forEach(function (name, i) {
      el('rect', {x: offset, y: -9, width: 10, height: 10, fill: colors[i % colors.length]}, g);
      el('text', {x: offset + 14, y: 0, 'font-size': 11}, g, name);
      offset += 24 + name.length * 6.5;
    });
  }

  function axisLabels(svg, width, height, xLabel, yLabel) {
    el('text', {'class': 'axis-label x', x: width / 2, y: height - 4, 'text-anchor': 'middle', 'font-size': 12}, svg, xLabel);
    el('text', {'class': 'axis-label y', x: 12, y: height / 2, 'text-anchor': 'middle', 'font-size': 12,
      transform: 'rotate(-90 12 ' + height / 2 + ')'}, svg, yLabel);
  }

  // Horizontal bars, one group per category and one bar per series; negative values extend left.
  function hbars(id, spec) {
    if (!spec.categories.length) { return empty(id, 'No data for this period.'); }
    var row = 16 * spec.series.length + 8, left = 190, right = 70, top = 34;
    var width = 640, height = top + spec.categories.length * row + 46;
    var chart = svgIn(id, width, height), svg = chart.svg, marks = 0;
    var all = [0];
    spec.series.forEach(function (s) { all = all.concat(s.values); });
    var lo = Math.min.apply(null, all), hi = Math.max.apply(null, all), span = (hi - lo) || 1;
    var plot = width - left - right;
    var x = function (v) { return left + (v - lo) / span * plot; };
    legend(svg, spec.series.map(function (s) { return s.name; }), spec.series.map(function (s) {
      return typeof s.color === 'function' ? s.color(1) : s.color;
    }), left, 16);
    spec.categories.forEach(function (category, i) {
      var y0 = top + i * row;
      el('text', {x: left - 6, y: y0 + row / 2 + 3, 'text-anchor': 'end', 'font-size': 11}, svg, category);
      spec.series.forEach(function (s, j) {
        var v = s.values[i], x0 = x(Math.min(0, v)), w = Math.max(1, Math.abs(x(v) - x(0)));
        var bar = el('rect', {'class': 'mark', x: x0, y: y0 + j * 16, width: w, height: 13,
          fill: typeof s.color === 'function' ? s.color(v) : s.color, 'data-value': v}, svg);
        el('title', {}, bar, category + ' (' + s.name + '): ' + v);
        marks++;
      });
      if (spec.notes) {
        el('text', {x: x(Math.max(0, hi)) + 6, y: y0 + 13, 'font-size': 11, fill: '#333'}, svg, spec.notes[i]);
      }
    });
    el('line', {x1: x(0), x2: x(0), y1: top - 4, y2: height - 40, stroke: '#555'}, svg);
    [lo, 0, hi].forEach(function (t) {
      el('text', {'class': 'tick', x: x(t), y: height - 26, 'text-anchor': 'middle', 'font-size': 10}, svg, String(Math.round(t * 100) / 100));
    });
    axisLabels(svg, width, height, spec.xLabel, spec.yLabel);
    finish(chart, marks);
  }

  function signed(n) { return (n > 0 ? '+' : n < 0 ? '\u2212' : '\u00b1') + Math.abs(n); }

  function topChart(id, rows, what) {
    hbars(id, {
      categories: rows.map(function (r) { return r.name; }),
      series: [{name: 'this period', values: rows.map(function (r) { return r.articles; }), color: COLORS[0]},
               {name: 'previous period', values: rows.map(function (r) { return r.previous; }), color: '#aec7e8'}],
      notes: rows.map(function (r) { return signed(r.change); }),
      xLabel: 'articles mentioning the ' + what, yLabel: what
    });
  }

  function lines(id, spec) {
    if (!spec.series.length) { return empty(id, 'No data for this period.'); }
    var left = 56, right = 20, top = 34, bottom = 60, width = 640, height = 300;
    var chart = svgIn(id, width, height), svg = chart.svg, marks = 0;
    var hi = 1;
    spec.series.forEach(function (s) { hi = Math.max.apply(null, [hi].concat(s.values)); });
    var n = spec.dates.length, plotW = width - left - right, plotH = height - top - bottom;
    var x = function (i) { return left + (n === 1 ? plotW / 2 : i / (n - 1) * plotW); };
    var y = function (v) { return top + plotH - v / hi * plotH; };
    el('line', {x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: '#555'}, svg);
    el('line', {x1: left, x2: left, y1: top, y2: y(0), stroke: '#555'}, svg);
    [0, hi].forEach(function (t) { el('text', {'class': 'tick', x: left - 6, y: y(t) + 3, 'text-anchor': 'end', 'font-size': 10}, svg, String(t)); });
    spec.dates.forEach(function (d, i) {
      if (n <= 10 || i % Math.ceil(n / 10) === 0) {
        el('text', {'class': 'tick', x: x(i), y: y(0) + 14, 'text-anchor': 'middle', 'font-size': 10}, svg, d.slice(5));
      }
    });
    spec.series.forEach(function (s, j) {
      var color = COLORS[j % COLORS.length];
      var d = s.values.map(function (v, i) { return (i ? 'L' : 'M') + x(i) + ' ' + y(v); }).join(' ');
      el('path', {'class': 'mark line', d: d, fill: 'none', stroke: color, 'stroke-width': 2, 'data-series': s.name}, svg);
      s.values.forEach(function (v, i) {
        var dot = el('circle', {'class': 'mark point', cx: x(i), cy: y(v), r: 3, fill: color, 'data-value': v}, svg);
        el('title', {}, dot, s.name + ', ' + spec.dates[i] + ': ' + v);
      });
      marks += 1 + s.values.length;
    });
    legend(svg, spec.series.map(function (s) { return s.name; }), COLORS, left, 16);
    axisLabels(svg, width, height, 'day (' + spec.dates[0] + ' to ' + spec.dates[n - 1] + ')', 'articles per day');
    finish(chart, marks);
  }

  function stacked(id, spec) {
    if (!spec.sources.length) { return empty(id, 'No data for this period.'); }
    var left = 200, right = 20, top = 34, row = 22, width = 640;
    var height = top + spec.sources.length * row + 46;
    var chart = svgIn(id, width, height), svg = chart.svg, marks = 0, plot = width - left - right;
    spec.sources.forEach(function (s, i) {
      var y0 = top + i * row, x0 = left;
      el('text', {x: left - 6, y: y0 + 13, 'text-anchor': 'end', 'font-size': 11}, svg, s.source + ' (' + s.party_articles + ')');
      spec.parties.forEach(function (party, j) {
        var share = s.shares[party] || 0;
        if (share > 0) {
          var bar = el('rect', {'class': 'mark', x: x0, y: y0, width: share * plot, height: 16,
            fill: COLORS[j % COLORS.length], 'data-value': share}, svg);
          el('title', {}, bar, s.source + ', ' + party + ': ' + Math.round(share * 1000) / 10 + '%');
          x0 += share * plot;
          marks++;
        }
      });
    });
    ['0%', '50%', '100%'].forEach(function (t, k) {
      el('text', {'class': 'tick', x: left + k * plot / 2, y: height - 26, 'text-anchor': 'middle', 'font-size': 10}, svg, t);
    });
    legend(svg, spec.parties, COLORS, left, 16);
    axisLabels(svg, width, height, 'share of the articles naming a party', 'source');
    finish(chart, marks);
  }

  function claimsTable(id, rows) {
    if (!rows.length) { return empty(id, 'No new seat claims in this period.'); }
    var figure = document.getElementById(id), table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>date</th><th>source</th><th>party</th><th>seats</th><th>kind</th>'
      + '<th>election</th><th>quote</th></tr></thead>';
    var body = document.createElement('tbody');
    rows.forEach(function (c) {
      var tr = document.createElement('tr');
      tr.className = 'mark';
      [c.date, c.source, c.party, c.seats + (c.seats_max !== undefined ? '\u2013' + c.seats_max : ''), c.kind,
        c.election, '\u201c' + c.quote + '\u201d'].forEach(function (v) {
        var td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    figure.querySelector('.plot').appendChild(table);
    figure.setAttribute('data-marks', String(rows.length));
    figure.setAttribute('data-rendered', 'true');
  }

  function quality(id, q) {
    var reasons = Object.keys(q.rejected_by_reason || {});
    var categories = ['records read', 'processed', 'quarantined', 'undated'].concat(reasons.map(function (r) { return 'quarantined: ' + r; }));
    var values = [q.read, q.processed, q.rejected, q.undated].concat(reasons.map(function (r) { return q.rejected_by_reason[r]; }));
    hbars(id, {categories: categories, notes: values.map(String),
      series: [{name: 'records (whole output)', values: values, color: '#6b8e23'}],
      xLabel: 'records', yLabel: 'count'});
  }

  topChart('chart-top-leaders', figures.top_leaders, 'leader');
  topChart('chart-top-parties', figures.top_parties, 'party');
  hbars('chart-movers', {
    categories: figures.movers.map(function (r) { return r.name + ' (' + r.kind + ')'; }),
    series: [{name: 'change in articles against the previous period', values: figures.movers.map(function (r) { return r.change; }),
      color: function (v) { return v >= 0 ? '#2ca02c' : '#d62728'; }}],
    notes: figures.movers.map(function (r) { return signed(r.change) + ' (' + r.previous + ' \u2192 ' + r.articles + ')'; }),
    xLabel: 'change in articles', yLabel: 'leader or party'
  });
  lines('chart-daily-leaders', figures.daily_leaders);
  stacked('chart-share-of-voice', figures.share_of_voice);
  claimsTable('chart-seat-claims', figures.seat_claims);
  quality('chart-quality', figures.quality);
  document.body.setAttribute('data-charts-done', 'true');
}());
