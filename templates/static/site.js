// Copy buttons (citation box). Progressive enhancement: the text is selectable without JS.
document.addEventListener("click", function (ev) {
  var btn = ev.target.closest && ev.target.closest("button[data-copy]");
  if (!btn) return;
  var el = document.getElementById(btn.getAttribute("data-copy"));
  if (!el) return;
  var text = el.textContent.trim();
  var done = function () { var old = btn.textContent; btn.textContent = "已复制"; setTimeout(function () { btn.textContent = old; }, 2000); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { select(el); });
  } else { select(el); done(); }
});
function select(el) {
  var r = document.createRange(); r.selectNodeContents(el);
  var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
  try { document.execCommand("copy"); } catch (e) { /* selection is enough */ }
}
