// Moderator console. The function key lives in sessionStorage (gone when the tab closes) and travels
// only in the x-functions-key header, never in a URL where logs and history would keep it.
// Comment text reaches the page through textContent only. The files of this folder are served as
// one script, joined in name order inside one function (StaticAssets).

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
