/*
 * Search and filters for the case-study cards of the home page, as a progressive enhancement:
 * without this script every card is listed. The search covers titles, summaries and the other
 * words of the published search index (search-index.json); opened from disk, where a browser
 * may refuse to fetch it, the text of the cards is searched instead.
 */
(function () {
  "use strict";
  var box = document.querySelector(".card-filter");
  if (!box || !box.querySelector("li.card")) {
    return;
  }
  var cards = Array.prototype.slice.call(box.querySelectorAll("li.card"));
  var facets = ["themes", "channels", "countries", "years"];
  var haystacks = {};
  cards.forEach(function (card) {
    haystacks[card.dataset.slug] = fold(card.textContent);
  });

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function values(card, facet) {
    var raw = card.dataset[facet] || "";
    return raw === "" ? [] : raw.split("\n");
  }

  function element(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  var form = element("form", { "class": "filters", "role": "search" });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  var searchId = "filter-search";
  var search = element("input", { type: "search", id: searchId, autocomplete: "off" });
  var searchField = element("div", { "class": "filter-field filter-search" });
  searchField.appendChild(element("label", { "for": searchId }, box.dataset.search));
  searchField.appendChild(search);
  form.appendChild(searchField);

  var selects = {};
  facets.forEach(function (facet) {
    var seen = {};
    cards.forEach(function (card) {
      values(card, facet).forEach(function (v) { seen[v] = true; });
    });
    var options = Object.keys(seen).sort(function (a, b) { return a.localeCompare(b); });
    if (options.length < 2) {
      return;
    }
    var id = "filter-" + facet;
    var select = element("select", { id: id });
    select.appendChild(element("option", { value: "" }, box.dataset.all));
    options.forEach(function (o) { select.appendChild(element("option", { value: o }, o)); });
    var field = element("div", { "class": "filter-field" });
    field.appendChild(element("label", { "for": id }, box.dataset[facet]));
    field.appendChild(select);
    form.appendChild(field);
    selects[facet] = select;
  });

  var clear = element("button", { type: "reset", "class": "filter-clear" }, box.dataset.clear);
  form.appendChild(clear);
  var status = element("p", { "class": "filter-status", role: "status", "aria-live": "polite" });
  var none = element("p", { "class": "empty filter-none", hidden: "" }, box.dataset.none);
  box.insertBefore(form, box.firstChild);
  box.insertBefore(status, form.nextSibling);
  box.appendChild(none);

  function apply() {
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = haystacks[card.dataset.slug] || "";
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      Object.keys(selects).forEach(function (facet) {
        var want = selects[facet].value;
        if (ok && want !== "" && values(card, facet).indexOf(want) < 0) {
          ok = false;
        }
      });
      card.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    var lang = document.documentElement.lang || undefined;
    status.textContent = box.dataset.shown.replace("{0}", shown.toLocaleString(lang))
      .replace("{1}", cards.length.toLocaleString(lang));
    none.hidden = shown !== 0;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();

  if (window.fetch && /^https?:$/.test(location.protocol)) {
    fetch(new URL(box.dataset.index, document.baseURI).href)
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (index) {
        (Array.isArray(index) ? index : []).forEach(function (entry) {
          if (entry && haystacks[entry.slug] !== undefined) {
            var extra = [entry.title, entry.summary, entry.organization, entry.country]
              .concat(entry.themes || [], entry.channels || [], entry.years || []).join(" ");
            haystacks[entry.slug] += " " + fold(extra);
          }
        });
        apply();
      })
      .catch(function () { /* the cards' own text is searched */ });
  }
}());
