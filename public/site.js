// The site's only script, a progressive enhancement: every page works without it.
// It changes attributes only, never the structure, so React's hydration is undisturbed.
// 1. Turns each [data-disclosure] into a button with aria-expanded controlling a panel,
//    closed by Escape (focus returns to the button) or by a click outside.
// 2. Keeps the current #section when switching language.
// 3. On the shared 404 page, shows only the language of the URL.
(function () {
  'use strict';

  var buttons = [];
  var panels = new WeakMap();

  function setOpen(button, open) {
    button.setAttribute('aria-expanded', String(open));
    panels.get(button).hidden = !open;
  }

  function isOpen(button) {
    return button.getAttribute('aria-expanded') === 'true';
  }

  function closeAllExcept(target) {
    buttons.forEach(function (button) {
      if (isOpen(button) && !(target && button.parentNode.contains(target))) setOpen(button, false);
    });
  }

  function upgrade(container) {
    var button = container.querySelector(':scope > button.disclosure-button');
    var details = container.querySelector(':scope > details');
    var panel = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!details || !panel) return;
    panels.set(button, panel);
    details.open = true;
    button.hidden = false;
    setOpen(button, false);
    button.addEventListener('click', function () {
      var open = !isOpen(button);
      if (open) closeAllExcept(container);
      setOpen(button, open);
    });
    buttons.push(button);
  }

  function innermostOpen(target) {
    var found = null;
    buttons.forEach(function (button) {
      if (isOpen(button) && (!target || button.parentNode.contains(target))) found = button;
    });
    return found;
  }

  function keepFragment(link) {
    var base = link.getAttribute('href').split('#')[0];
    link.setAttribute('href', location.hash ? base + location.hash : base);
  }

  function showUrlLanguage() {
    var sections = document.querySelectorAll('section[data-locale]');
    if (sections.length < 2) return;
    var lang = /^\/en(\/|$)/.test(location.pathname) ? 'en' : 'zh-CN';
    sections.forEach(function (section) {
      section.hidden = section.getAttribute('data-locale') !== lang;
    });
    document.documentElement.lang = lang;
  }

  document.documentElement.classList.add('js');
  document.querySelectorAll('[data-disclosure]').forEach(upgrade);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var button = innermostOpen(document.activeElement) || innermostOpen(null);
    if (!button) return;
    setOpen(button, false);
    button.focus();
  });

  document.addEventListener('click', function (event) {
    closeAllExcept(event.target);
  });

  var languageLinks = document.querySelectorAll('a[data-keep-fragment]');
  function updateLanguageLinks() {
    languageLinks.forEach(keepFragment);
  }
  updateLanguageLinks();
  window.addEventListener('hashchange', updateLanguageLinks);
  languageLinks.forEach(function (link) {
    link.addEventListener('click', function () {
      keepFragment(link);
    });
  });

  showUrlLanguage();
})();
