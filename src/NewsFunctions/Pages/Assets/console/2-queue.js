// ---- stats --------------------------------------------------------------------------------------

function showStats(stats) {
  var cells = document.querySelectorAll("[data-stat]");
  for (var i = 0; i < cells.length; i++) {
    var value = stats ? stats[cells[i].getAttribute("data-stat")] : null;
    cells[i].textContent = value === undefined || value === null ? "–" : String(value);
  }

  // The counts are exact once the hourly recount has walked every comment; until then comments
  // stored before counting began may be missing from them.
  var note = $("stats-reconciled");
  if (!stats) {
    note.textContent = "";
  } else if (stats.reconciledAt) {
    note.textContent = "آخر مراجعة للعدادات (last reconciled): " + new Date(stats.reconciledAt).toLocaleString("ar");
  } else {
    note.textContent = "لم تكتمل مراجعة العدادات بعد، وقد تنقصها تعليقات أقدم (not yet reconciled: older comments may be missing)";
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
