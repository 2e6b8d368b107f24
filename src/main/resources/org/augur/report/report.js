// Augur report: draws the forecasts table, its filters and the article pages from the embedded data.
// Text from the articles is only ever set with textContent or text nodes, never parsed as HTML.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('augur-data').textContent);
  var PAGE = 100;
  var docs = D.docs, F = D.forecasts;
  var CERTAINTIES = ['certain', 'probable', 'possible'];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function cell(tr, content, cls) {
    var td = el('td', cls);
    if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content; }
    tr.appendChild(td);
    return td;
  }
  function plural(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }
  function titleOf(d) { return docs[d][1] || docs[d][0]; }
  function names(list, idx) { return idx.map(function (i) { return list[i]; }).join(', '); }
  function badge(value) {
    var known = CERTAINTIES.indexOf(value) >= 0 || value === 'positive' || value === 'negative';
    return el('span', 'badge b-' + (known ? value : 'other'), value);
  }
  function articleLink(d) {
    var a = el('a', null, titleOf(d));
    a.href = '#article=' + d;
    return a;
  }
  // The sentence as text nodes, its cue words in <mark>.
  function sentence(f) {
    var span = el('span'), text = f[2], at = 0;
    f[13].forEach(function (m) {
      if (m[0] > at) { span.appendChild(document.createTextNode(text.slice(at, m[0]))); }
      span.appendChild(el('mark', null, text.slice(m[0], m[1])));
      at = m[1];
    });
    if (at < text.length) { span.appendChild(document.createTextNode(text.slice(at))); }
    return span;
  }
  function horizon(f) { return f[11] ? f[11] + (f[10] ? ' (' + f[10] + ')' : '') : f[10]; }

  // Per-article rows, and the forecasts' search text, built once.
  var byDoc = docs.map(function () { return { actors: [], topics: [], forecasts: [], errors: [] }; });
  D.docActors.forEach(function (r) { byDoc[r[0]].actors.push(r); });
  D.docTopics.forEach(function (r) { byDoc[r[0]].topics.push(r); });
  D.errors.forEach(function (r) { byDoc[r[0]].errors.push(r); });
  F.forEach(function (f, i) { byDoc[f[0]].forecasts.push(i); });
  var haystack = F.map(function (f) {
    return [f[2], f[3], f[7] >= 0 ? D.predictors[f[7]] : '', names(D.actors, f[8]), names(D.topics, f[9]),
      f[10], f[11], titleOf(f[0]), docs[f[0]][0]].join(' \u0001 ').toLowerCase();
  });

  // Filter controls: options by falling count of forecasts.
  function fill(select, labels, countOf) {
    labels.map(function (label, i) { return [label, i, countOf(i)]; })
      .filter(function (o) { return o[2] > 0; })
      .sort(function (a, b) { return b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); })
      .forEach(function (o) {
        var opt = el('option', null, o[0] + ' (' + o[2] + ')');
        opt.value = String(o[1]);
        select.appendChild(opt);
      });
  }
  function counter(key) {
    var n = {};
    F.forEach(function (f) {
      var v = key(f);
      (Array.isArray(v) ? v.filter(function (x, i) { return v.indexOf(x) === i; }) : [v])
        .forEach(function (x) { n[x] = (n[x] || 0) + 1; });
    });
    return function (i) { return n[i] || 0; };
  }
  var certaintyLabels = CERTAINTIES.concat(F.map(function (f) { return f[4]; })
    .filter(function (c, i, all) { return CERTAINTIES.indexOf(c) < 0 && all.indexOf(c) === i; }));
  var certaintyCount = counter(function (f) { return f[4]; });
  fill($('f-certainty'), certaintyLabels, function (i) { return certaintyCount(certaintyLabels[i]); });
  var polarityLabels = ['positive', 'negative'];
  var polarityCount = counter(function (f) { return f[5]; });
  fill($('f-polarity'), polarityLabels, function (i) { return polarityCount(polarityLabels[i]); });
  fill($('f-predictor'), D.predictors, counter(function (f) { return f[7]; }));
  fill($('f-actor'), D.actors, counter(function (f) { return f[8]; }));
  fill($('f-topic'), D.topics, counter(function (f) { return f[9]; }));

  var state = { horizon: '', page: 0 };
  function query() {
    var c = $('f-certainty').value, p = $('f-polarity').value;
    return {
      certainty: c === '' ? null : certaintyLabels[+c],
      polarity: p === '' ? null : polarityLabels[+p],
      predictor: $('f-predictor').value === '' ? -1 : +$('f-predictor').value,
      actor: $('f-actor').value === '' ? -1 : +$('f-actor').value,
      topic: $('f-topic').value === '' ? -1 : +$('f-topic').value,
      text: $('f-text').value.trim().toLowerCase(),
      horizon: state.horizon
    };
  }
  function matches(f, i, q) {
    return (q.certainty === null || f[4] === q.certainty)
      && (q.polarity === null || f[5] === q.polarity)
      && (q.predictor < 0 || f[7] === q.predictor)
      && (q.actor < 0 || f[8].indexOf(q.actor) >= 0)
      && (q.topic < 0 || f[9].indexOf(q.topic) >= 0)
      && (q.horizon === '' || f[12] === q.horizon || f[12].indexOf(q.horizon + '-') === 0)
      && (q.text === '' || haystack[i].indexOf(q.text) >= 0);
  }
  var shown = [];
  function filter() {
    var q = query();
    shown = [];
    F.forEach(function (f, i) { if (matches(f, i, q)) { shown.push(i); } });
    state.page = 0;
    var chip = $('f-horizon');
    chip.hidden = state.horizon === '';
    chip.textContent = 'horizon ' + state.horizon + ' ✕';
    drawForecasts();
  }
  function pageText(from, to, n, total, noun) {
    return n === 0 ? 'no ' + noun + ' match' + (total ? ' (of ' + total + ')' : '')
      : noun + ' ' + (from + 1) + '–' + to + ' of ' + n + (n < total ? ' (filtered from ' + total + ')' : '');
  }
  function drawForecasts() {
    var tbody = $('f-rows'), from = state.page * PAGE, to = Math.min(shown.length, from + PAGE);
    tbody.replaceChildren();
    for (var k = from; k < to; k++) {
      var f = F[shown[k]], tr = el('tr');
      cell(tr, badge(f[4]));
      cell(tr, badge(f[5]));
      var s = cell(tr, sentence(f), 'sentence');
      if (f[3]) { s.appendChild(el('span', 'gist', f[3])); }
      cell(tr, f[7] >= 0 ? D.predictors[f[7]] : '');
      cell(tr, names(D.actors, f[8]));
      cell(tr, names(D.topics, f[9]));
      cell(tr, horizon(f));
      var art = cell(tr, articleLink(f[0]), 'article');
      if (docs[f[0]][2]) { art.appendChild(el('div', 'muted', docs[f[0]][2])); }
      tbody.appendChild(tr);
    }
    var count = $('f-count');
    count.textContent = pageText(from, to, shown.length, F.length, 'forecasts');
    count.setAttribute('data-count', String(shown.length));
    $('f-prev').disabled = state.page === 0;
    $('f-next').disabled = to >= shown.length;
  }
  ['f-certainty', 'f-polarity', 'f-predictor', 'f-actor', 'f-topic'].forEach(function (id) {
    $(id).addEventListener('change', filter);
  });
  $('f-text').addEventListener('input', filter);
  $('f-filters').addEventListener('submit', function (e) { e.preventDefault(); });
  $('f-horizon').addEventListener('click', function () { state.horizon = ''; filter(); });
  $('f-clear').addEventListener('click', function () { clear(); filter(); });
  $('f-prev').addEventListener('click', function () { state.page--; drawForecasts(); });
  $('f-next').addEventListener('click', function () { state.page++; drawForecasts(); });
  function clear() {
    ['f-certainty', 'f-polarity', 'f-predictor', 'f-actor', 'f-topic', 'f-text'].forEach(function (id) { $(id).value = ''; });
    state.horizon = '';
  }
  // A chart's link: #forecasts?predictor=NAME&actor=NAME&certainty=…&polarity=…&topic=…&horizon=2019
  function applyLink(params) {
    clear();
    function pick(id, labels, value) {
      var i = labels.indexOf(value);
      $(id).value = i >= 0 ? String(i) : '';
    }
    if (params.has('certainty')) { pick('f-certainty', certaintyLabels, params.get('certainty')); }
    if (params.has('polarity')) { pick('f-polarity', polarityLabels, params.get('polarity')); }
    if (params.has('predictor')) { pick('f-predictor', D.predictors, params.get('predictor')); }
    if (params.has('actor')) { pick('f-actor', D.actors, params.get('actor')); }
    if (params.has('topic')) { pick('f-topic', D.topics, params.get('topic')); }
    if (params.has('text')) { $('f-text').value = params.get('text'); }
    state.horizon = params.get('horizon') || '';
    filter();
  }

  // The index of articles, and one article's page.
  var articleRows = [], articlePage = 0;
  function filterArticles() {
    var q = $('a-text').value.trim().toLowerCase();
    articleRows = [];
    docs.forEach(function (d, i) {
      if (q === '' || (d[1] + ' \u0001 ' + d[0] + ' \u0001 ' + d[2]).toLowerCase().indexOf(q) >= 0) { articleRows.push(i); }
    });
    articlePage = 0;
    drawArticles();
  }
  function drawArticles() {
    var tbody = $('a-rows'), from = articlePage * PAGE, to = Math.min(articleRows.length, from + PAGE);
    tbody.replaceChildren();
    for (var k = from; k < to; k++) {
      var i = articleRows[k], d = docs[i], tr = el('tr');
      cell(tr, articleLink(i));
      cell(tr, d[0], 'muted');
      cell(tr, d[2]);
      cell(tr, d[3]);
      cell(tr, byDoc[i].actors.length);
      cell(tr, byDoc[i].topics.length);
      cell(tr, byDoc[i].forecasts.length);
      tbody.appendChild(tr);
    }
    var count = $('a-count');
    count.textContent = pageText(from, to, articleRows.length, docs.length, 'articles');
    count.setAttribute('data-count', String(articleRows.length));
    $('a-prev').disabled = articlePage === 0;
    $('a-next').disabled = to >= articleRows.length;
  }
  $('a-text').addEventListener('input', filterArticles);
  $('a-filters').addEventListener('submit', function (e) { e.preventDefault(); });
  $('a-prev').addEventListener('click', function () { articlePage--; drawArticles(); });
  $('a-next').addEventListener('click', function () { articlePage++; drawArticles(); });

  function list(box, heading, items, draw, cls) {
    box.appendChild(el('h3', null, heading + ' (' + items.length + ')'));
    if (items.length === 0) { box.appendChild(el('p', 'muted', 'none')); return; }
    var ul = el('ul', cls);
    items.forEach(function (x) { var li = el('li'); draw(li, x); ul.appendChild(li); });
    box.appendChild(ul);
  }
  function showArticle(i) {
    var box = $('article');
    box.replaceChildren();
    if (!(i >= 0 && i < docs.length)) { box.hidden = true; return; }
    var d = docs[i];
    box.appendChild(el('h2', 'article-title', titleOf(i)));
    box.appendChild(el('p', 'muted', [d[0], d[2], d[3], plural(d[4], 'sentence'), plural(d[5], 'token')]
      .filter(function (x) { return x; }).join(' · ')));
    byDoc[i].errors.forEach(function (e) { box.appendChild(el('p', 'error', 'failed (' + e[1] + ', ' + e[2] + '): ' + e[3])); });
    list(box, 'Forecasts', byDoc[i].forecasts, function (li, k) {
      var f = F[k];
      li.appendChild(badge(f[4]));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(badge(f[5]));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(sentence(f));
      var more = [f[7] >= 0 ? 'predictor ' + D.predictors[f[7]] : '', f[8].length ? 'about ' + names(D.actors, f[8]) : '',
        horizon(f) ? 'horizon ' + horizon(f) : ''].filter(function (x) { return x; }).join(' · ');
      if (more) { li.appendChild(el('div', 'muted', more)); }
    });
    list(box, 'Actors', byDoc[i].actors, function (li, r) {
      li.textContent = D.actors[r[1]] + ' — ' + r[2] + ', ' + plural(r[3], 'mention');
    }, 'columns');
    list(box, 'Topics', byDoc[i].topics, function (li, r) {
      li.textContent = D.topics[r[1]] + ' — ' + r[2] + ', score ' + r[3];
    }, 'columns');
    var back = el('a', null, '← all articles');
    back.href = '#articles';
    box.appendChild(back);
    box.hidden = false;
    box.scrollIntoView();
  }

  function route() {
    var h = location.hash;
    if (h.indexOf('#forecasts?') === 0) {
      applyLink(new URLSearchParams(h.slice('#forecasts?'.length)));
      $('forecasts').scrollIntoView();
    } else if (h.indexOf('#article=') === 0) {
      showArticle(parseInt(h.slice('#article='.length), 10));
    } else if (h === '#articles') {
      $('article').hidden = true;
    }
  }
  window.addEventListener('hashchange', route);
  filter();
  filterArticles();
  route();
}());
