/*
 * wagtail-localize's translation editor writes its section headings as the English sentence
 * "<source language> to <target language> translation", outside any catalogue. This puts the
 * heading in the admin user's language, from the pattern the server translated (the script
 * tag's data-heading, "%(source)s" and "%(target)s" standing for the two language names), and
 * again whenever the editor redraws it. See translations/localize_gaps.py, gap 5.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var pattern = script && script.dataset.heading;
  if (!pattern) {
    return;
  }
  var english = /^(.+) to (.+) translation$/;

  function translate(root) {
    root.querySelectorAll('.js-translation-editor section h3').forEach(function (heading) {
      var match = english.exec(heading.textContent);
      if (match) {
        heading.textContent = pattern.replace('%(source)s', match[1]).replace('%(target)s', match[2]);
      }
    });
  }

  function start() {
    var editor = document.querySelector('.js-translation-editor');
    if (!editor) {
      return;
    }
    translate(document);
    new MutationObserver(function () {
      translate(document);
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
