// The access date of a GB/T 7714 citation ([引用日期]) is the day the reader reads the page,
// which a static page cannot know when it is built: write the reader's local date into it.
// Without JavaScript the placeholder [引用日期] stays, for the reader to fill in.
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var d = new Date();
  var today = "[" + d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + "]";
  var spots = document.querySelectorAll("[data-cite-accessed]");
  for (var i = 0; i < spots.length; i++) spots[i].textContent = today;
})();
