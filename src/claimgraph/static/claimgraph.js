// Small conveniences; every page works without them.
(function () {
  "use strict";

  // Ingest form: say which files were chosen and warn before sending more than the server takes.
  var form = document.querySelector("form.ingest");
  if (form) {
    var input = form.querySelector("input[type=file]");
    var note = document.getElementById("files-note");
    var limit = parseInt(form.getAttribute("data-max-bytes") || "0", 10);
    var total = function () {
      var sum = 0;
      for (var i = 0; i < input.files.length; i += 1) { sum += input.files[i].size; }
      return sum;
    };
    input.addEventListener("change", function () {
      var sum = total();
      var names = [];
      for (var i = 0; i < input.files.length; i += 1) { names.push(input.files[i].name); }
      note.textContent = names.length ? names.join(", ") + " (" + sum.toLocaleString() + " bytes)" : "";
      note.classList.toggle("error", limit > 0 && sum > limit);
    });
    form.addEventListener("submit", function (event) {
      if (limit > 0 && total() > limit) {
        event.preventDefault();
        note.textContent = "These files are over the limit of " + limit.toLocaleString() + " bytes: send fewer at a time.";
        note.classList.add("error");
      } else {
        var button = form.querySelector("button[type=submit]");
        button.disabled = true;
        button.textContent = "Ingesting…";
      }
    });
  }
})();
