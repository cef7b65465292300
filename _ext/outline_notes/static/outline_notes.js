/* outline_notes: tick follow-ups; ticks persist in localStorage, keyed by the item id, and
   "Save ticks to notes" gives the make command that writes them into the notes file. */
(function () {
  "use strict";
  var KEY = "outline-notes-ticks";
  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function save(ticks) {
    try { window.localStorage.setItem(KEY, JSON.stringify(ticks)); } catch (e) { /* private mode */ }
  }
  // A word the shell reads back as itself: plain paths as they are, others in single quotes.
  function shellWord(text) {
    return /^[\w@%+=:,.\/-]+$/.test(text) && text.charAt(0) !== "-" ? text : "'" + text.replace(/'/g, "'\\''") + "'";
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
      // One count: the summary itself ("3 of 17 done"), kept up to date as boxes are ticked.
      var counter = summary;
      counter.classList.add("checklist-counter");
      counter.setAttribute("aria-live", "polite");
      var toggle = document.createElement("button");
      toggle.type = "button";
      toggle.className = "checklist-hide-done";
      controls.appendChild(toggle);
      var saver = null;
      if (!list.classList.contains("checklist-page")) {
        saver = document.createElement("button");
        saver.type = "button";
        saver.className = "checklist-save";
        saver.textContent = "Save ticks to notes";
        controls.appendChild(saver);
      }
      var panel = document.createElement("div");
      panel.className = "checklist-save-panel";
      panel.hidden = true;
      summary.insertAdjacentElement("afterend", controls);
      controls.insertAdjacentElement("afterend", panel);
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
      // "Save ticks to notes": the make command that writes this browser's ticks into the
      // notes file (CHECK -> CHECKED, TODO -> DONE, [ ] -> [x]), and the same as a file.
      function changes() {
        var done = [], undone = [], notes = "";
        boxes.forEach(function (box) {
          var id = box.getAttribute("data-check-id");
          notes = notes || box.getAttribute("data-notes") || "";
          var inNotes = box.getAttribute("data-in-notes") === "done";
          if (box.checked && !inNotes && done.indexOf(id) < 0) { done.push(id); }
          if (!box.checked && inNotes && undone.indexOf(id) < 0) { undone.push(id); }
        });
        return { done: done, undone: undone, notes: notes || "notes.txt" };
      }
      if (saver) {
        saver.addEventListener("click", function () {
          var c = changes();
          var notes = shellWord(c.notes);
          panel.textContent = "";
          var intro = document.createElement("p");
          if (!c.done.length && !c.undone.length) {
            intro.textContent = "Every tick is already in the notes.";
            panel.appendChild(intro);
          } else {
            intro.textContent = "Run this in the project folder, then build again: the ticks become part of the notes.";
            panel.appendChild(intro);
            var commands = [];
            if (c.done.length) { commands.push('make done NOTES=' + notes + ' ID="' + c.done.join(" ") + '"'); }
            if (c.undone.length) { commands.push('make undone NOTES=' + notes + ' ID="' + c.undone.join(" ") + '"'); }
            var pre = document.createElement("pre");
            pre.className = "checklist-save-command";
            pre.textContent = commands.join("\n");
            panel.appendChild(pre);
            if (c.done.length) {
              var file = "# follow-ups ticked on the follow-up page: make done NOTES=" + notes + " TICKS=ticks.txt\n" + c.done.join("\n") + "\n";
              var link = document.createElement("a");
              link.className = "checklist-save-file";
              link.download = "ticks.txt";
              link.href = "data:text/plain;charset=utf-8," + encodeURIComponent(file);
              link.textContent = "Download ticks.txt (make done NOTES=" + notes + " TICKS=ticks.txt)";
              panel.appendChild(link);
            }
          }
          panel.hidden = false;
        });
      }
      conferenceFilter(list, controls);
      refresh();
    });
  }
  // In an archive the list is grouped by conference: a menu shows one conference, or all.
  function conferenceFilter(list, controls) {
    var rubrics = list.querySelectorAll(".checklist-conference");
    if (rubrics.length < 2) { return; }
    var select = document.createElement("select");
    select.className = "checklist-conference-filter";
    select.setAttribute("aria-label", "Show the follow-ups of");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "All conferences";
    select.appendChild(all);
    rubrics.forEach(function (rubric) {
      var option = document.createElement("option");
      option.value = rubric.id;
      option.textContent = rubric.textContent;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      var current = null;
      Array.prototype.forEach.call(list.children, function (child) {
        if (child.classList.contains("checklist-conference")) { current = child.id; }
        if (current !== null) { child.hidden = !!select.value && current !== select.value; }
      });
    });
    controls.appendChild(select);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); } else { setup(); }
})();
