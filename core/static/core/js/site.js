// Progressive enhancements; the site works fully without this file.
(function () {
  "use strict";

  // Protected e-mail addresses (see core/email_protection.py): decode and make them links.
  function decode(encoded) {
    try {
      return decodeURIComponent(escape(window.atob(encoded))).split("").reverse().join("");
    } catch (error) {
      return null;
    }
  }

  function restoreEmails() {
    document.querySelectorAll("a[data-protected-email]").forEach(function (link) {
      var address = decode(link.getAttribute("data-protected-email"));
      if (address) {
        link.setAttribute("href", "mailto:" + address);
      }
    });
    // Copies of an address written out after its link, for people without JavaScript.
    document.querySelectorAll(".protected-email-fallback").forEach(function (fallback) {
      var link = fallback.previousElementSibling;
      if (link && link.matches("a[data-protected-email]") && link.getAttribute("href").indexOf("mailto:") === 0) {
        fallback.remove();
      }
    });
    document.querySelectorAll("span[data-protected-email]").forEach(function (span) {
      var address = decode(span.getAttribute("data-protected-email"));
      if (!address) {
        return;
      }
      if (span.closest("a")) {
        span.textContent = address;
        return;
      }
      var link = document.createElement("a");
      link.setAttribute("href", "mailto:" + address);
      link.textContent = address;
      span.replaceWith(link);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", restoreEmails);
  } else {
    restoreEmails();
  }
})();
