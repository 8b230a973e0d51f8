// The site's only script, a progressive enhancement: every page works without it. Pages carry
// no framework script, and this one changes attributes only, never the page's structure.
// 1. Turns each [data-disclosure] into a button with aria-expanded controlling a panel,
//    closed by Escape (focus returns to the button) or by a click outside.
// 2. Keeps the current #section when switching language.
// 3. On the shared 404 page, shows only the language of the URL.
// 4. Marks the contents-list entry of the section being read (aria-current) as the reader
//    scrolls.
// 5. Text size: reveals the header's control, applies the stored size to <html> (first, so the
//    page is not painted at one size and then another) and remembers a choice in
//    localStorage. Without JavaScript the control stays hidden; the browser's zoom does the job.
// 6. Smooth scrolling only once the reader acts within the page, so a deep link opened from
//    outside lands at once.
(function () {
  'use strict';

  var KEY = 'text-size';
  var SIZES = ['standard', 'large', 'largest'];
  var root = document.documentElement;

  function storedSize() {
    try {
      var size = window.localStorage.getItem(KEY);
      return SIZES.indexOf(size) > 0 ? size : 'standard';
    } catch {
      return 'standard';
    }
  }

  function applySize(size) {
    if (size === 'standard') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', size);
    document.querySelectorAll('[data-text-size-control] button[data-size]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-size') === size));
    });
  }

  applySize(storedSize());
  if (window.performance && performance.mark) performance.mark('text-size-applied');

  document.querySelectorAll('[data-text-size-control]').forEach(function (group) {
    group.hidden = false;
    group.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-size]');
      if (!button) return;
      var size = button.getAttribute('data-size');
      try {
        if (size === 'standard') window.localStorage.removeItem(KEY);
        else window.localStorage.setItem(KEY, size);
      } catch {
        // Storage refused (private mode, quota): the size still applies to this page.
      }
      applySize(size);
    });
  });
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) applySize(storedSize());
  });
})();

(function () {
  'use strict';

  var root = document.documentElement;

  function smoothFromNowOn() {
    root.classList.add('smooth-scroll');
    window.removeEventListener('pointerdown', smoothFromNowOn, true);
    window.removeEventListener('keydown', smoothFromNowOn, true);
  }
  window.addEventListener('pointerdown', smoothFromNowOn, true);
  window.addEventListener('keydown', smoothFromNowOn, true);
})();

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
    var button = container.querySelector(':scope > button.disclosure__button');
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

  function trackCurrentSection() {
    var toc = document.querySelector('.table-of-contents');
    if (!toc) return;
    var entries = [];
    toc.querySelectorAll('a[href^="#"]').forEach(function (link) {
      var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) entries.push({ link: link, target: target });
    });
    var current = null;
    var scheduled = false;

    function reveal(link) {
      // The side list scrolls on its own when it is taller than the window.
      if (toc.scrollHeight <= toc.clientHeight) return;
      var top = link.offsetTop - toc.offsetTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) {
        toc.scrollTop = top - toc.clientHeight / 3;
      }
    }

    function update() {
      scheduled = false;
      // A section is being read once its heading is in the top part of the window; at the very
      // end of the page, the last section is, even if its heading never got that far.
      var line = Math.min(window.innerHeight * 0.3, 200);
      var next = null;
      entries.forEach(function (entry) {
        if (entry.target.getBoundingClientRect().top <= line) next = entry;
      });
      var end = document.documentElement.scrollHeight - 2;
      if (entries.length && window.innerHeight + window.scrollY >= end) {
        next = entries[entries.length - 1];
      }
      if (next === current) return;
      if (current) current.link.removeAttribute('aria-current');
      if (next) {
        next.link.setAttribute('aria-current', 'true');
        reveal(next.link);
      }
      current = next;
    }

    window.addEventListener(
      'scroll',
      function () {
        if (scheduled) return;
        scheduled = true;
        window.requestAnimationFrame(update);
      },
      { passive: true },
    );
    window.addEventListener('hashchange', update);
    update();
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
  trackCurrentSection();
})();
