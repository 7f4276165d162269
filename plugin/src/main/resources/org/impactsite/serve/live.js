/*
 * Added to every page by the preview server only (mvn site:serve-impact), never to a built
 * report: reloads the page when the report is rebuilt, and shows the problems of a build that
 * failed over the last good page until they are fixed.
 */
(function () {
  "use strict";
  var box = null;

  function show(problems) {
    if (box) {
      box.remove();
      box = null;
    }
    if (!problems || problems.length === 0) {
      return;
    }
    box = document.createElement("section");
    box.id = "impact-preview-problems";
    box.setAttribute("role", "alert");
    var s = box.style;
    s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "2147483647";
    s.maxHeight = "50vh"; s.overflow = "auto"; s.margin = "0"; s.padding = "1rem 1.25rem";
    s.background = "#fff4f4"; s.color = "#1b1d22"; s.borderTop = "4px solid #b00020";
    s.font = "0.95rem/1.5 system-ui, sans-serif"; s.boxShadow = "0 -4px 16px rgba(0,0,0,0.2)";
    var h = document.createElement("h2");
    h.textContent = "The last change has " + problems.length + " problem" + (problems.length === 1 ? "" : "s")
      + "; this is the last good page";
    h.style.margin = "0 0 0.5rem"; h.style.fontSize = "1.05rem"; h.style.color = "#b00020";
    box.appendChild(h);
    var list = document.createElement("ul");
    list.style.margin = "0"; list.style.paddingLeft = "1.25rem";
    problems.forEach(function (p) {
      var li = document.createElement("li");
      var where = document.createElement("code");
      where.textContent = p.location;
      li.appendChild(where);
      li.appendChild(document.createTextNode(" " + p.severity + ": " + p.message));
      if (p.hint) {
        var hint = document.createElement("div");
        hint.textContent = "hint: " + p.hint;
        hint.style.color = "#555b66";
        li.appendChild(hint);
      }
      list.appendChild(li);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function errorsOnly(problems) {
    return (problems || []).filter(function (p) { return p.severity === "error"; });
  }

  fetch("/__impact/problems").then(function (r) { return r.json(); })
    .then(function (p) { show(errorsOnly(p)); }).catch(function () { /* the server stopped */ });

  if (window.EventSource) {
    var events = new EventSource("/__impact/events");
    events.addEventListener("reload", function () { location.reload(); });
    events.addEventListener("problems", function (e) { show(errorsOnly(JSON.parse(e.data))); });
  }
}());
