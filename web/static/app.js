// sumber: a little keyboard help; every page works without it.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  // "/" focuses the search box; Escape leaves a field.
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && !typing(document.activeElement) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    } else if (e.key === "Escape" && typing(document.activeElement)) {
      document.activeElement.blur();
    }
  });
  // Document view: say why a highlight is there when it is focused or
  // hovered, for keyboards and touch screens that never see a tooltip.
  var why = document.getElementById("why");
  if (why) {
    var show = function (e) {
      var t = e.target.closest ? e.target.closest(".hl") : null;
      if (t && t.title) { why.textContent = t.title; }
    };
    document.addEventListener("focusin", show);
    document.addEventListener("mouseover", show);
    document.addEventListener("click", show);
  }
})();
