// Moderator console. The function key lives in sessionStorage (gone when the tab closes) and travels
// only in the x-functions-key header, never in a URL where logs and history would keep it.
// Comment text reaches the page through textContent only.
(function () {
  "use strict";

  var KEY_STORAGE = "newsfunctions.moderationKey";
  var PAGE_SIZE = 50;
  var BULK_LIMIT = 100;
  var ACTION_WORDS = { approve: "قبول", reject: "رفض", spam: "مزعج" };

  // Each tab's list, and what a moderator may do from it. Undo is the way back: what was marked spam
  // can be approved, what was approved can be removed (rejected) or marked spam.
  var TABS = {
    pending: { status: "pending", name: "التعليقات المعلّقة", actions: { approve: "قبول", reject: "رفض", spam: "مزعج" } },
    reported: { status: "pending", name: "تعليقات أبلغ عنها القراء", actions: { approve: "قبول", reject: "رفض", spam: "مزعج" } },
    approved: { status: "approved", name: "التعليقات المنشورة", actions: { reject: "إزالة", spam: "مزعج" } },
    spam: { status: "spam", name: "التعليقات المزعجة", actions: { approve: "ليس مزعجًا: قبول", reject: "رفض" } },
    rejected: { status: "rejected", name: "التعليقات المرفوضة", actions: { approve: "قبول", spam: "مزعج" } },
    // Withdrawn by their authors or erased on request: for the record only, never brought back.
    deleted: { status: "deleted", name: "التعليقات المحذوفة", actions: {} }
  };

  var $ = function (id) { return document.getElementById(id); };
  var state = { tab: "pending", items: [], current: -1, cursor: null, busy: false };

  // A reported comment is pending again with a reason that starts so (API.md).
  function isReported(comment) {
    return (comment.reasons || []).some(function (reason) { return /^reported by /.test(reason); });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function say(text, isError) {
    var status = $("status");
    status.textContent = text;
    status.className = "status" + (isError ? " error" : "");
  }

  function key() {
    return sessionStorage.getItem(KEY_STORAGE);
  }

  function api(method, path, options) {
    options = options || {};
    var headers = { "x-functions-key": key() || "", Accept: "application/json" };
    if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    if (options.etag) {
      headers["If-Match"] = options.etag;
    }
    return fetch("/api/" + path, {
      method: method,
      headers: headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try {
          data = text ? JSON.parse(text) : null;
        } catch (e) {
          data = null;
        }
        if (response.status === 401) {
          signOut("المفتاح غير صحيح أو منتهي الصلاحية.");
        }
        return { status: response.status, ok: response.ok, data: data };
      });
    });
  }

  // ---- key ----------------------------------------------------------------------------------------

  function signIn(event) {
    event.preventDefault();
    var value = $("key").value.trim();
    if (!value) {
      say("أدخل مفتاح الدالة.", true);
      return;
    }
    sessionStorage.setItem(KEY_STORAGE, value);
    $("key").value = "";
    start();
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY_STORAGE);
    $("workspace").hidden = true;
    $("key-forget").hidden = true;
    $("key").hidden = false;
    $("key-save").hidden = false;
    say(message || "تم الخروج.", Boolean(message));
  }

  function start() {
    if (!key()) {
      return;
    }
    $("key").hidden = true;
    $("key-save").hidden = true;
    $("key-forget").hidden = false;
    api("GET", "moderation/stats").then(function (answer) {
      if (!answer.ok) {
        if (answer.status !== 401) {
          say("تعذّر الاتصال بواجهة الإشراف (" + answer.status + ").", true);
        }
        return;
      }
      $("workspace").hidden = false;
      say("");
      showStats(answer.data);
      loadQueue(true);
      loadBans();
      loadPoison();
      loadSettings();
    }).catch(function () {
      say("تعذّر الاتصال بالخادم.", true);
    });
  }

  // ---- stats --------------------------------------------------------------------------------------

  function showStats(stats) {
    var cells = document.querySelectorAll("[data-stat]");
    for (var i = 0; i < cells.length; i++) {
      var value = stats ? stats[cells[i].getAttribute("data-stat")] : null;
      cells[i].textContent = value === undefined || value === null ? "–" : String(value);
    }
  }

  function refreshStats() {
    return api("GET", "moderation/stats").then(function (answer) {
      if (answer.ok) {
        showStats(answer.data);
      }
    });
  }

  // ---- queue --------------------------------------------------------------------------------------

  function loadQueue(reset) {
    if (reset) {
      state.items = [];
      state.current = -1;
      state.cursor = null;
      var queue = $("queue");
      while (queue.firstChild) {
        queue.removeChild(queue.firstChild);
      }
    }
    var tab = TABS[state.tab];
    $("queue-name").textContent = tab.name;
    var path = "moderation/comments?status=" + tab.status + "&limit=" + PAGE_SIZE + (state.cursor ? "&cursor=" + encodeURIComponent(state.cursor) : "");
    return api("GET", path).then(function (answer) {
      if (!answer.ok) {
        say("تعذّر تحميل التعليقات (" + answer.status + ").", true);
        return;
      }
      (answer.data.items || []).filter(function (c) { return state.tab !== "reported" || isReported(c); }).forEach(addItem);
      state.cursor = answer.data.nextCursor || null;
      $("queue-more").hidden = !state.cursor;
      if (state.current < 0 && state.items.length > 0) {
        setCurrent(0, false);
      }
      updateEmpty();
    });
  }

  function updateEmpty() {
    $("queue-empty").hidden = state.items.length > 0;
  }

  function addItem(comment) {
    if (state.items.some(function (entry) { return entry.comment.id === comment.id; })) {
      return;
    }
    var entry = { comment: comment, selected: false };
    var node = el("li", "item");
    node.tabIndex = -1;
    node.dataset.id = comment.id;

    var check = document.createElement("input");
    check.type = "checkbox";
    check.className = "select";
    check.setAttribute("aria-label", "تحديد تعليق " + comment.author);
    check.addEventListener("change", function () {
      entry.selected = check.checked;
      node.classList.toggle("selected", check.checked);
    });
    node.appendChild(check);

    var main = el("div", "main");
    var head = el("div");
    var who = el("bdi", "who", comment.author);
    who.dir = "auto";
    head.appendChild(who);
    main.appendChild(head);

    var meta = el("div", "meta");
    var email = el("span", "email", comment.email);
    email.dir = "ltr";
    meta.appendChild(email);
    if (comment.website) {
      var site = el("span", "website", comment.website);
      site.dir = "ltr";
      meta.appendChild(site);
    }
    var article = el("a", "article", comment.articleSlug);
    article.href = "/api/pages/articles/" + encodeURIComponent(comment.articleSlug);
    article.dir = "auto";
    meta.appendChild(article);
    var when = el("time", null, new Date(comment.createdAt).toLocaleString("ar-EG"));
    when.dateTime = comment.createdAt;
    meta.appendChild(when);
    if (comment.parentId) {
      meta.appendChild(el("span", null, "رد على تعليق آخر"));
    }
    main.appendChild(meta);

    String(comment.content || "").split(/\n{2,}/).forEach(function (paragraph) {
      var p = el("p", "content", paragraph);
      p.dir = "auto";
      main.appendChild(p);
    });

    var score = el("span", "score", "درجة الإزعاج: " + (comment.spamScore === undefined ? "–" : comment.spamScore));
    main.appendChild(score);
    var reasons = el("ul", "reasons");
    (comment.reasons || []).forEach(function (reason) {
      var li = el("li", null, reason);
      li.dir = "auto";
      reasons.appendChild(li);
    });
    main.appendChild(reasons);
    main.appendChild(historyList(comment.history || []));
    node.appendChild(main);

    var actions = el("div", "actions");
    var allowed = TABS[state.tab].actions;
    Object.keys(allowed).forEach(function (action) {
      var button = el("button", null, allowed[action]);
      button.type = "button";
      button.dataset.action = action;
      button.addEventListener("click", function () {
        moderate(action, [entry]);
      });
      actions.appendChild(button);
    });
    if (state.tab !== "deleted") {
      var ban = el("button", "ban-open", "حظر الكاتب");
      ban.type = "button";
      ban.addEventListener("click", function () {
        toggleBanForm(entry, main);
      });
      actions.appendChild(ban);
    }
    node.appendChild(actions);

    // A click anywhere on the comment, except its controls, makes it the current one for the keys.
    node.addEventListener("click", function (event) {
      if (!event.target.closest("button, input, a")) {
        setCurrent(state.items.indexOf(entry), true);
      }
    });

    entry.node = node;
    entry.check = check;
    state.items.push(entry);
    $("queue").appendChild(node);
  }

  function historyList(history) {
    var list = el("ol", "history");
    list.setAttribute("aria-label", "سجل القرارات");
    history.forEach(function (h) {
      var li = el("li", null, new Date(h.at).toLocaleString("ar-EG") + " — " + h.action + " — ");
      var by = el("bdi", "by", h.by);
      li.appendChild(by);
      list.appendChild(li);
    });
    return list;
  }

  // ---- bans ---------------------------------------------------------------------------------------

  function toggleBanForm(entry, main) {
    var existing = main.querySelector(".ban-form");
    if (existing) {
      existing.remove();
      return;
    }
    var form = el("form", "ban-form");
    var reason = el("input", "ban-reason");
    reason.required = true;
    reason.maxLength = 500;
    reason.setAttribute("aria-label", "سبب الحظر");
    reason.placeholder = "سبب الحظر";
    var days = el("input", "ban-days");
    days.type = "number";
    days.min = "1";
    days.max = "3650";
    days.value = "365";
    days.dir = "ltr";
    days.setAttribute("aria-label", "مدة الحظر بالأيام");
    var confirm = el("button", "ban-confirm", "تأكيد الحظر");
    confirm.type = "submit";
    form.appendChild(reason);
    form.appendChild(days);
    form.appendChild(confirm);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = { commentId: entry.comment.id, days: parseInt(days.value, 10), reason: reason.value.trim() };
      api("POST", "moderation/bans", { body: body }).then(function (answer) {
        if (answer.ok) {
          form.remove();
          say("حُظر الكاتب " + answer.data.authorName + " حتى " + new Date(answer.data.expiresAt).toLocaleDateString("ar-EG") + ".");
          loadBans();
        } else {
          say("لم يُنفَّذ الحظر (" + answer.status + ").", true);
        }
      });
    });
    main.appendChild(form);
    reason.focus();
  }

  function loadBans() {
    return api("GET", "moderation/bans").then(function (answer) {
      var list = $("bans");
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      if (!answer.ok) {
        return;
      }
      var bans = answer.data.items || [];
      $("bans-empty").hidden = bans.length > 0;
      bans.forEach(function (ban) {
        var li = el("li");
        li.dataset.id = ban.id;
        var who = el("bdi", "who", ban.authorName);
        li.appendChild(who);
        var why = el("span", "reason", ban.reason);
        why.dir = "auto";
        li.appendChild(why);
        li.appendChild(el("span", "muted", "بقرار " + ban.by + " حتى " + new Date(ban.expiresAt).toLocaleDateString("ar-EG")));
        var lift = el("button", "ban-lift", "رفع الحظر");
        lift.type = "button";
        lift.addEventListener("click", function () {
          api("DELETE", "moderation/bans/" + encodeURIComponent(ban.id)).then(function (lifted) {
            say(lifted.ok || lifted.status === 404 ? "رُفع الحظر." : "تعذّر رفع الحظر (" + lifted.status + ").", !(lifted.ok || lifted.status === 404));
            loadBans();
          });
        });
        li.appendChild(lift);
        list.appendChild(li);
      });
    });
  }

  // ---- poison (admins only: anyone else gets 403 and no section) -----------------------------------

  function loadPoison() {
    return api("GET", "moderation/poison").then(function (answer) {
      $("poison-section").hidden = !answer.ok;
      if (!answer.ok) {
        return;
      }
      var list = $("poison");
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      (answer.data.items || []).forEach(function (message) {
        var li = el("li");
        var preview = el("span", "preview", message.preview);
        preview.dir = "auto";
        li.appendChild(preview);
        li.appendChild(el("span", "muted", "محاولات: " + message.dequeueCount));
        list.appendChild(li);
      });
    });
  }

  function redrivePoison() {
    api("POST", "moderation/poison/redrive").then(function (answer) {
      say(answer.ok ? "أعيد إرسال " + answer.data.redriven + " رسالة." : "تعذّرت إعادة الإرسال (" + answer.status + ").", !answer.ok);
      loadPoison();
      refreshStats();
    });
  }

  function showTab(name) {
    if (!TABS[name] || state.busy) {
      return;
    }
    state.tab = name;
    Array.prototype.forEach.call(document.querySelectorAll("[role=tab]"), function (tab) {
      tab.setAttribute("aria-selected", tab.getAttribute("data-status") === name ? "true" : "false");
    });
    loadQueue(true);
  }

  function setCurrent(index, focus) {
    if (state.items.length === 0) {
      state.current = -1;
      return;
    }
    index = Math.max(0, Math.min(index, state.items.length - 1));
    state.items.forEach(function (entry, i) {
      entry.node.classList.toggle("current", i === index);
      entry.node.setAttribute("aria-current", i === index ? "true" : "false");
    });
    state.current = index;
    if (focus) {
      state.items[index].node.focus();
      state.items[index].node.scrollIntoView({ block: "nearest" });
    }
  }

  function removeEntry(entry) {
    var index = state.items.indexOf(entry);
    if (index < 0) {
      return;
    }
    state.items.splice(index, 1);
    entry.node.remove();
    if (state.current >= state.items.length) {
      state.current = state.items.length - 1;
    }
  }

  // Each comment goes with the etag it was shown with: one another moderator changed meanwhile
  // answers 412 and stays, and the list is loaded again, instead of being overwritten. One comment
  // takes its own route; several go in one bulk request per hundred.
  function moderate(action, entries) {
    if (state.busy || entries.length === 0 || !TABS[state.tab].actions[action]) {
      return Promise.resolve();
    }
    state.busy = true;
    var tally = { done: 0, conflicts: 0, failures: 0 };
    var chain = Promise.resolve();
    if (entries.length === 1) {
      var c = entries[0].comment;
      chain = api("POST", "moderation/comments/" + encodeURIComponent(c.id) + "/" + action, { etag: c.etag }).then(function (answer) {
        settle(entries[0], answer.status, tally);
      });
    } else {
      for (var start = 0; start < entries.length; start += BULK_LIMIT) {
        chain = chain.then(bulk.bind(null, action, entries.slice(start, start + BULK_LIMIT), tally));
      }
    }
    return chain.then(function () {
      state.busy = false;
      var message = ACTION_WORDS[action] + ": " + tally.done;
      if (tally.conflicts > 0) {
        message += " — " + tally.conflicts + " تغيّر منذ التحميل؛ أعيد تحميل القائمة.";
      }
      if (tally.failures > 0) {
        message += " — تعذّر تنفيذ " + tally.failures + ".";
      }
      say(message, tally.conflicts + tally.failures > 0);
      setCurrent(state.current, true);
      updateEmpty();
      refreshStats();
      if (tally.conflicts > 0) {
        loadQueue(true);
      }
    }).catch(function () {
      state.busy = false;
      say("تعذّر الاتصال بالخادم.", true);
    });
  }

  function bulk(action, entries, tally) {
    var items = entries.map(function (entry) { return { id: entry.comment.id, etag: entry.comment.etag }; });
    return api("POST", "moderation/comments/bulk", { body: { action: action, items: items } }).then(function (answer) {
      if (!answer.ok) {
        tally.failures += entries.length;
        return;
      }
      (answer.data.results || []).forEach(function (result, i) {
        settle(entries[i], result.status, tally);
      });
    });
  }

  // A comment that changed status, or is gone, leaves this tab's list.
  function settle(entry, status, tally) {
    if (status === 200 || status === 404) {
      removeEntry(entry);
      tally.done += status === 200 ? 1 : 0;
    } else if (status === 412) {
      tally.conflicts++;
    } else {
      tally.failures++;
    }
  }

  function targets() {
    var selected = state.items.filter(function (entry) { return entry.selected; });
    if (selected.length > 0) {
      return selected;
    }
    return state.current >= 0 ? [state.items[state.current]] : [];
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || $("workspace").hidden) {
      return;
    }
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" && event.target.type !== "checkbox" || tag === "TEXTAREA" || tag === "SELECT") {
      return;
    }
    var actions = { a: "approve", r: "reject", s: "spam" };
    switch (event.key) {
      case "j":
        setCurrent(state.current + 1, true);
        break;
      case "k":
        setCurrent(state.current - 1, true);
        break;
      case "x":
        if (state.current >= 0) {
          var entry = state.items[state.current];
          entry.check.checked = !entry.check.checked;
          entry.check.dispatchEvent(new Event("change"));
        }
        break;
      case "a":
      case "r":
      case "s":
        moderate(actions[event.key], targets());
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // ---- settings -----------------------------------------------------------------------------------

  var loadedSettings = {};

  function lines(text) {
    return text.split("\n").map(function (line) { return line.trim(); }).filter(function (line) { return line.length > 0; });
  }

  function loadSettings() {
    return api("GET", "moderation/settings").then(function (answer) {
      // Settings are the admins': a moderator's or editor's key gets 403, and no form.
      $("settings-section").hidden = !answer.ok;
      if (!answer.ok) {
        return;
      }
      loadedSettings = answer.data || {};
      $("mode").value = loadedSettings.mode || "auto";
      $("maxLinks").value = loadedSettings.maxLinks === undefined ? "" : loadedSettings.maxLinks;
      $("floodSeconds").value = loadedSettings.floodSeconds === undefined ? "" : loadedSettings.floodSeconds;
      $("bannedWords").value = (loadedSettings.bannedWords || []).join("\n");
      $("suspectWords").value = (loadedSettings.suspectWords || []).join("\n");
    });
  }

  function saveSettings(event) {
    event.preventDefault();
    var settings = Object.assign({}, loadedSettings, {
      mode: $("mode").value,
      maxLinks: parseInt($("maxLinks").value, 10),
      floodSeconds: parseInt($("floodSeconds").value, 10),
      bannedWords: lines($("bannedWords").value),
      suspectWords: lines($("suspectWords").value)
    });
    api("PUT", "moderation/settings", { body: settings }).then(function (answer) {
      if (answer.ok) {
        loadedSettings = answer.data || settings;
        say("حُفظت الإعدادات. تسري على التعليقات خلال ثوانٍ.");
      } else {
        var errors = answer.data && answer.data.errors ? Object.keys(answer.data.errors).map(function (k) { return k + ": " + answer.data.errors[k].join(" "); }).join("؛ ") : "";
        say("لم تُحفظ الإعدادات (" + answer.status + "). " + errors, true);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("key-form").addEventListener("submit", signIn);
    $("key-forget").addEventListener("click", function () { signOut(); });
    $("settings").addEventListener("submit", saveSettings);
    $("refresh").addEventListener("click", function () {
      refreshStats();
      loadQueue(true);
    });
    $("queue-more").addEventListener("click", function () { loadQueue(false); });
    $("poison-redrive").addEventListener("click", redrivePoison);
    Array.prototype.forEach.call(document.querySelectorAll("[role=tab]"), function (tab) {
      tab.addEventListener("click", function () { showTab(tab.getAttribute("data-status")); });
    });
    $("select-all").addEventListener("click", function () {
      var all = state.items.every(function (entry) { return entry.selected; });
      state.items.forEach(function (entry) {
        entry.check.checked = !all;
        entry.check.dispatchEvent(new Event("change"));
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-bulk]"), function (button) {
      button.addEventListener("click", function () {
        moderate(button.getAttribute("data-bulk"), state.items.filter(function (entry) { return entry.selected; }));
      });
    });
    document.addEventListener("keydown", onKey);
    if (key()) {
      start();
    } else {
      say("أدخل مفتاح الدالة للبدء.");
    }
  });
})();
