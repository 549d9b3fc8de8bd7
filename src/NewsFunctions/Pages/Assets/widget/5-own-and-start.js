// Edit and delete on the reader's own comment, while its window lasts (then they go away).
Widget.prototype.addOwnActions = function (item, content, comment, own) {
  var w = this.words;
  var self = this;
  var bar = el("p", "nc-own");
  var note = el("span", "nc-own-status");
  note.setAttribute("role", "status");
  var edit = el("button", "nc-edit nc-link", w.edit);
  edit.type = "button";
  var del = el("button", "nc-delete nc-link", w.del);
  del.type = "button";
  bar.appendChild(edit);
  bar.appendChild(document.createTextNode(" "));
  bar.appendChild(del);
  bar.appendChild(document.createTextNode(" "));
  bar.appendChild(note);
  item.appendChild(bar);
  var closeActions = function (text) {
    forgetToken(comment.id);
    edit.remove();
    del.remove();
    note.textContent = text || "";
  };
  setTimeout(closeActions, Math.max(0, Date.parse(own.until) - Date.now()));

  edit.addEventListener("click", function () {
    if (item.querySelector(".nc-editor")) {
      return;
    }
    var editor = el("div", "nc-editor");
    var box = document.createElement("textarea");
    box.value = comment.content;
    box.rows = 4;
    box.dir = "auto";
    box.setAttribute("aria-label", w.comment);
    var save = el("button", "nc-submit", w.save);
    save.type = "button";
    var cancel = el("button", "nc-link", w.cancel);
    cancel.type = "button";
    editor.appendChild(box);
    editor.appendChild(save);
    editor.appendChild(cancel);
    content.after(editor);
    box.focus();
    cancel.addEventListener("click", function () { editor.remove(); });
    save.addEventListener("click", function () {
      save.disabled = true;
      fetch(self.commentUrl(comment.id), {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-Comment-Token": own.token },
        body: JSON.stringify({ content: box.value }),
        credentials: "omit"
      }).then(function (response) {
        if (response.status === 202) {
          comment.content = box.value.trim();
          while (content.firstChild) {
            content.removeChild(content.firstChild);
          }
          comment.content.split(/\n{2,}/).forEach(function (paragraph) {
            content.appendChild(userText("p", null, paragraph));
          });
          editor.remove();
          note.textContent = w.editAwaiting;
        } else if (response.status === 403) {
          editor.remove();
          closeActions(w.editOver);
        } else {
          note.textContent = w.failed;
        }
      }).catch(function () {
        note.textContent = w.failed;
      }).then(function () {
        save.disabled = false;
      });
    });
  });

  // The first click asks, the second deletes: no dialog, and no comment lost to a slip.
  del.addEventListener("click", function () {
    if (del.textContent !== w.confirmDelete) {
      del.textContent = w.confirmDelete;
      return;
    }
    fetch(self.commentUrl(comment.id), {
      method: "DELETE",
      headers: { "X-Comment-Token": own.token },
      credentials: "omit"
    }).then(function (response) {
      if (response.status === 204) {
        forgetToken(comment.id);
        delete self.nodes[comment.id];
        item.remove();
        self.total = Math.max(0, (self.total || 1) - 1);
        self.updateHeading();
        self.empty.hidden = self.list.childElementCount > 0;
      } else if (response.status === 403) {
        closeActions(w.editOver);
      } else {
        note.textContent = w.failed;
      }
    }).catch(function () {
      note.textContent = w.failed;
    });
  });
};

Widget.prototype.addReport = function (item, comment) {
  var w = this.words;
  var self = this;
  var bar = el("p", "nc-report-bar");
  var open = el("button", "nc-report nc-link", w.report);
  open.type = "button";
  bar.appendChild(open);
  item.appendChild(bar);
  open.addEventListener("click", function () {
    open.remove();
    var label = el("label", null, w.reportReason + " ");
    var reason = document.createElement("select");
    reason.className = "nc-report-reason";
    Object.keys(w.reasons).forEach(function (key) {
      var option = el("option", null, w.reasons[key]);
      option.value = key;
      reason.appendChild(option);
    });
    label.appendChild(reason);
    var send = el("button", "nc-link nc-report-send", w.sendReport);
    send.type = "button";
    bar.appendChild(label);
    bar.appendChild(document.createTextNode(" "));
    bar.appendChild(send);
    send.addEventListener("click", function () {
      send.disabled = true;
      fetch(self.commentUrl(comment.id, "/reports"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason: reason.value }),
        credentials: "omit"
      }).then(function (response) {
        var done = response.status === 202;
        if (done) {
          markReported(comment.id);
        }
        while (bar.firstChild) {
          bar.removeChild(bar.firstChild);
        }
        var status = el("span", "nc-own-status", done ? w.reported : w.failed);
        status.setAttribute("role", "status");
        bar.appendChild(status);
      }).catch(function () {
        send.disabled = false;
      });
    });
  });
};

function start() {
  var root = null;
  var candidates = document.querySelectorAll("[data-news-comments]");
  for (var i = 0; i < candidates.length; i++) {
    if (candidates[i].getAttribute("data-news-comments") === slug) {
      root = candidates[i];
    }
  }
  if (!root) {
    root = document.createElement("section");
    script.parentNode.insertBefore(root, script);
  }

  if (!document.querySelector("link[data-news-comments-css]") && !document.querySelector('link[href$="/api/widget.css"]')) {
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = apiBase + "/api/widget.css";
    css.setAttribute("data-news-comments-css", "");
    document.head.appendChild(css);
  }

  fetch(apiBase + "/api/articles/" + encodeURIComponent(slug), { credentials: "omit", headers: { Accept: "application/json" } })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .catch(function () {
      return null;
    })
    .then(function (article) {
      var lang = document.documentElement.lang || "ar";
      new Widget(root, article || { language: lang, direction: document.documentElement.dir || "rtl", commentsOpen: true }).render();
    });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
