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
