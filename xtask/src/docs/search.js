(function () {
  "use strict";
  // The search box: shows the entries ([data-entry]: services, operations, parameters,
  // schemas, properties, responses) whose name holds the query, with the entries around and
  // inside them, and hides the rest. A first query comes from the URL: page.html#q=slow.
  var box = document.getElementById("search");
  if (!box) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-entry]"));
  var index = new Map(entries.map(function (e, i) { return [e, i]; }));
  var parents = entries.map(function (e) {
    for (var p = e.parentElement; p; p = p.parentElement) {
      if (index.has(p)) return index.get(p);
    }
    return -1;
  });
  var names = entries.map(function (e) { return e.getAttribute("data-entry").toLowerCase(); });
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var lists = Array.prototype.slice.call(document.querySelectorAll("nav ul"));
  var status = document.getElementById("search-status");

  function apply(query) {
    var q = query.trim().toLowerCase();
    var hit = names.map(function (n) { return q === "" || n.indexOf(q) >= 0; });
    var shown = hit.slice();
    entries.forEach(function (_, i) {
      // An entry shows when it, an entry around it or an entry inside it matches.
      for (var p = parents[i]; p >= 0; p = parents[p]) {
        if (hit[i]) shown[p] = true;
        if (hit[p]) shown[i] = true;
      }
    });
    entries.forEach(function (e, i) { e.hidden = !shown[i]; });
    groups.forEach(function (g) {
      var inside = g.querySelectorAll("[data-entry]");
      var any = q === "";
      for (var i = 0; i < inside.length && !any; i++) any = !inside[i].hidden;
      g.hidden = !any;
    });
    // The contents: a link to a hidden entry goes, and a list left empty with its heading.
    lists.forEach(function (ul) {
      var kept = 0, anchors = 0;
      Array.prototype.forEach.call(ul.children, function (li) {
        var a = li.querySelector("a[href^='#']");
        var target = a && document.getElementById(a.getAttribute("href").slice(1));
        if (!target) return;
        anchors++;
        li.hidden = Boolean(target.closest("[hidden]"));
        if (!li.hidden) kept++;
      });
      var hide = anchors > 0 && kept === 0;
      ul.hidden = hide;
      var head = ul.previousElementSibling;
      if (head && head.tagName === "H2") head.hidden = hide;
    });
    var count = hit.filter(Boolean).length;
    status.textContent = q === "" ? "" :
      count === 0 ? "Nothing is named like \u201c" + query.trim() + "\u201d." :
      count + (count === 1 ? " name holds " : " names hold ") + "\u201c" + query.trim() + "\u201d.";
  }

  function queryInHash() {
    if (location.hash.indexOf("#q=") !== 0) return false;
    var query = location.hash.slice(3);
    try { query = decodeURIComponent(query); } catch (e) { /* kept as written */ }
    box.value = query;
    apply(query);
    return true;
  }

  box.addEventListener("input", function () {
    apply(box.value);
    try {
      var url = location.pathname + location.search;
      history.replaceState(null, "", box.value ? url + "#q=" + encodeURIComponent(box.value) : url);
    } catch (e) { /* a file: URL may refuse it; the filter works all the same */ }
  });
  box.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { box.value = ""; box.dispatchEvent(new Event("input")); }
  });
  document.addEventListener("keydown", function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (e.key === "/" && !typing) { e.preventDefault(); box.focus(); }
  });
  window.addEventListener("hashchange", queryInHash);
  document.getElementById("search-box").hidden = false;
  queryInHash();
})();
