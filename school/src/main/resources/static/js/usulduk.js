// The few behaviours the pages need beyond HTML: served from 'self', as the Content-Security-Policy asks.
(function () {
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    // On a phone the navigation hides behind one button; without JavaScript it simply stays open.
    var toggle = document.querySelector('.menu-toggle');
    var header = document.querySelector('.site-header');
    if (toggle && header) {
      toggle.addEventListener('click', function () {
        var open = header.classList.toggle('menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
    // A button that copies a field's text (the calendar feed's link); without JavaScript the field is still selectable.
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) { return; }
        field.select();
        var done = function () { button.textContent = button.getAttribute('data-copied') || button.textContent; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });
    // One dropdown of the navigation open at a time; a click elsewhere closes them.
    var dropdowns = document.querySelectorAll('header details.dropdown');
    document.addEventListener('click', function (event) {
      dropdowns.forEach(function (d) {
        if (!d.contains(event.target)) { d.removeAttribute('open'); }
      });
    });
  });
})();
