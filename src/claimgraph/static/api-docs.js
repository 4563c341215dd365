// Starts Swagger UI from the locally served bundle (no inline script: the CSP forbids it).
(function () {
  "use strict";
  var target = document.getElementById("swagger-ui");
  if (target && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({
      url: target.getAttribute("data-spec"),
      dom_id: "#swagger-ui",
      deepLinking: true,
      tryItOutEnabled: false,
      validatorUrl: null,
    });
  }
})();
