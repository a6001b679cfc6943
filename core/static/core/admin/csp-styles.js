/*
 * The admin's Content-Security-Policy allows <style> elements only with the page's nonce.
 * Some of Wagtail's own scripts (Draftail's placeholders and list counters) create <style>
 * elements at run time; this gives such script-made elements the nonce before they are
 * inserted. Styles written into the HTML are not touched: they still need their own nonce.
 */
(function () {
  'use strict';
  var nonce = document.currentScript && document.currentScript.nonce;
  if (!nonce) {
    return;
  }
  function adopt(node) {
    if (!node || typeof node !== 'object') {
      return;
    }
    if (node.nodeName === 'STYLE' && !node.nonce) {
      node.nonce = nonce;
    } else if (node.nodeType === 11 && node.querySelectorAll) {
      node.querySelectorAll('style').forEach(adopt);
    }
  }
  ['appendChild', 'insertBefore', 'replaceChild'].forEach(function (method) {
    var original = Node.prototype[method];
    Node.prototype[method] = function (node) {
      adopt(node);
      return original.apply(this, arguments);
    };
  });
  ['append', 'prepend', 'before', 'after', 'replaceWith'].forEach(function (method) {
    [Element.prototype, DocumentFragment.prototype].forEach(function (proto) {
      var original = proto[method];
      if (!original) {
        return;
      }
      proto[method] = function () {
        Array.prototype.forEach.call(arguments, adopt);
        return original.apply(this, arguments);
      };
    });
  });
})();
