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
    // One dropdown of the navigation open at a time; a click elsewhere closes them.
    var dropdowns = document.querySelectorAll('header details.dropdown');
    document.addEventListener('click', function (event) {
      dropdowns.forEach(function (d) {
        if (!d.contains(event.target)) { d.removeAttribute('open'); }
      });
    });
  });
})();
