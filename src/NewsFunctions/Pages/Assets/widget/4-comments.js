Widget.prototype.onSubmit = function (event) {
  event.preventDefault();
  var w = this.words;
  var self = this;
  this.clearErrors();
  var body = {
    author: this.inputs.author.input.value,
    email: this.inputs.email.input.value,
    website: this.inputs.website.input.value,
    content: this.inputs.content.input.value,
    parentId: this.parentId,
    hp: this.trap.value
  };
  this.submit.disabled = true;
  this.showStatus(w.sending);
  fetch(this.form.action, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "omit"
  }).then(function (response) {
    return response.text().then(function (text) {
      var data = null;
      try {
        data = text ? JSON.parse(text) : null;
      } catch (e) {
        data = null;
      }
      self.onAnswer(response, data);
    });
  }).catch(function () {
    self.showStatus(w.failed, "error");
  }).then(function () {
    self.submit.disabled = false;
  });
};

Widget.prototype.onAnswer = function (response, problem) {
  var w = this.words;
  if (response.status === 202 || response.ok) {
    if (problem && problem.id) {
      saveToken(problem.id, problem.editToken, problem.editableUntil);
    }
    this.inputs.content.input.value = "";
    this.setReply(null, null);
    this.showStatus(w.awaiting, "ok");
    return;
  }
  if (response.status === 400 && problem && problem.errors && this.showFieldErrors(problem.errors)) {
    this.showStatus(w.fixFields, "error");
    return;
  }
  if (response.status === 403) {
    this.showStatus(w.closed, "error");
  } else if (response.status === 409) {
    this.showStatus(w.duplicate, "error");
  } else if (response.status === 429) {
    this.showStatus(w.tooMany + (response.headers.get("Retry-After") || "15") + w.seconds, "error");
  } else {
    this.showStatus((problem && problem.detail) || w.failed, "error");
  }
};

Widget.prototype.resort = function () {
  this.sort = this.sortSelect.value;
  while (this.list.firstChild) {
    this.list.removeChild(this.list.firstChild);
  }
  this.nodes = {};
  this.orphans = {};
  this.cursor = null;
  this.loadPage();
};

Widget.prototype.loadPage = function () {
  var self = this;
  var url = apiBase + "/api/articles/" + encodeURIComponent(slug) + "/comments?limit=" + pageSize + "&sort=" + this.sort
    + (this.cursor ? "&cursor=" + encodeURIComponent(this.cursor) : "");
  this.more.disabled = true;
  fetch(url, { credentials: "omit", headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (page) {
      (page.items || []).forEach(self.addComment, self);
      if (typeof page.total === "number") {
        self.total = page.total;
        self.updateHeading();
      }
      self.cursor = page.nextCursor || null;
      self.more.hidden = !self.cursor;
      self.empty.hidden = self.list.childElementCount > 0;
      self.loadError.hidden = true;
    })
    .catch(function () {
      self.loadError.textContent = self.words.loadFailed;
      self.loadError.hidden = false;
    })
    .then(function () {
      self.more.disabled = false;
    });
};

Widget.prototype.addComment = function (comment) {
  var w = this.words;
  if (this.nodes[comment.id]) {
    return;
  }
  var parent = comment.parentId ? this.nodes[comment.parentId] : null;
  if (comment.parentId && !parent) {
    (this.orphans[comment.parentId] = this.orphans[comment.parentId] || []).push(comment);
    return;
  }
  var depth = parent ? parent.depth + 1 : 1;

  var item = el("li", "nc-comment");
  item.id = "comment-" + String(comment.id).replace(/[^A-Za-z0-9_-]/g, "");
  item.dataset.commentId = comment.id;

  var head = el("div", "nc-head");
  head.appendChild(identicon(comment.avatar));
  var who = userText("bdi", "nc-author", comment.author);
  var site = safeHttpUrl(comment.website);
  if (site) {
    var link = el("a", "nc-author-link");
    link.href = site;
    link.rel = "nofollow ugc noopener noreferrer";
    link.appendChild(who);
    head.appendChild(link);
  } else {
    head.appendChild(who);
  }
  var when = el("time", "nc-time", relativeTime(comment.createdAt, this.timeLang));
  when.dateTime = comment.createdAt;
  when.title = new Date(comment.createdAt).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  head.appendChild(when);
  item.appendChild(head);

  var content = el("div", "nc-content");
  String(comment.content || "").split(/\n{2,}/).forEach(function (paragraph) {
    var p = userText("p", null, paragraph);
    content.appendChild(p);
  });
  item.appendChild(content);

  if (depth < maxDepth && this.form) {
    var reply = el("button", "nc-reply nc-link", w.reply);
    reply.type = "button";
    reply.addEventListener("click", this.setReply.bind(this, comment.id, comment.author));
    item.appendChild(reply);
  }

  var own = ownToken(comment.id);
  if (own) {
    this.addOwnActions(item, content, comment, own);
  } else if (!wasReported(comment.id)) {
    this.addReport(item, comment);
  }

  var replies = el("ol", "nc-replies");
  item.appendChild(replies);
  this.nodes[comment.id] = { depth: depth, replies: replies };
  (parent ? parent.replies : this.list).appendChild(item);
  var waiting = this.orphans[comment.id] || [];
  delete this.orphans[comment.id];
  waiting.forEach(this.addComment, this);
};
