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
