/* outline_notes: tick follow-ups; ticks persist in localStorage, keyed by the item id. */
(function () {
  "use strict";
  var KEY = "outline-notes-ticks";
  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function save(ticks) {
    try { window.localStorage.setItem(KEY, JSON.stringify(ticks)); } catch (e) { /* private mode */ }
  }
  function setup() {
    var lists = document.querySelectorAll(".checklist");
    if (!lists.length) { return; }
    var ticks = load();
    lists.forEach(function (list) {
      var boxes = list.querySelectorAll("input.check-box");
      var summary = list.querySelector(".checklist-summary");
      if (!boxes.length || !summary) { return; }
      var controls = document.createElement("div");
      controls.className = "checklist-controls";
      var counter = document.createElement("span");
      counter.className = "checklist-counter";
      counter.setAttribute("aria-live", "polite");
      var toggle = document.createElement("button");
      toggle.type = "button";
      toggle.className = "checklist-hide-done";
      controls.appendChild(counter);
      controls.appendChild(toggle);
      summary.insertAdjacentElement("afterend", controls);
      function refresh() {
        var done = 0;
        boxes.forEach(function (box) {
          var item = box.closest(".check-item");
          if (box.checked) { done += 1; }
          if (item) { item.classList.toggle("check-done", box.checked); }
        });
        counter.textContent = done + " of " + boxes.length + " done";
        var hidden = list.classList.contains("hide-done");
        toggle.textContent = hidden ? "Show done items" : "Hide done items";
        toggle.setAttribute("aria-pressed", hidden ? "true" : "false");
      }
      boxes.forEach(function (box) {
        var id = box.getAttribute("data-check-id");
        if (Object.prototype.hasOwnProperty.call(ticks, id)) { box.checked = !!ticks[id]; }
        box.addEventListener("change", function () {
          ticks = load();
          ticks[id] = box.checked;
          save(ticks);
          document.querySelectorAll('input.check-box[data-check-id="' + id + '"]').forEach(function (other) {
            other.checked = box.checked;
          });
          refresh();
        });
      });
      toggle.addEventListener("click", function () {
        list.classList.toggle("hide-done");
        refresh();
      });
      refresh();
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); } else { setup(); }
})();
