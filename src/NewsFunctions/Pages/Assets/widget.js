// NewsFunctions comments widget. Embed with:
//   <script src="https://<app>/api/widget.js" data-article="<slug>" defer></script>
// Optional data-api="https://<app>" when the API is not the script's own origin.
// No framework, no build step. Reader text only ever reaches the page through textContent or
// attribute setters: never innerHTML, so a comment cannot become markup.
(function () {
  "use strict";

  // currentScript is the tag being run; the selector is for pages that load it in some other way.
  var script = document.currentScript || document.querySelector('script[data-article][src*="widget.js"]');
  if (!script || !script.dataset.article) {
    return;
  }

  var slug = script.dataset.article;
  var apiBase = (script.dataset.api || new URL(script.src, document.baseURI).origin).replace(/\/+$/, "");
  var pageSize = 20;
  var maxDepth = 5;

  var WORDS = {
    ar: {
      title: "التعليقات",
      none: "لا توجد تعليقات بعد. كن أول من يعلّق.",
      more: "المزيد من التعليقات",
      reply: "رد",
      replyingTo: "رد على ",
      cancelReply: "إلغاء الرد",
      leave: "أضف تعليقًا",
      name: "الاسم",
      email: "البريد الإلكتروني",
      website: "الموقع الإلكتروني",
      comment: "التعليق",
      required: "الحقول المعلّمة بـ * مطلوبة.",
      promise: "لن يتم نشر عنوان بريدك الإلكتروني.",
      submit: "أرسل التعليق",
      sending: "جارٍ الإرسال…",
      awaiting: "شكرًا لك! تعليقك بانتظار المراجعة وسيظهر بعد موافقة المشرف.",
      fixFields: "يرجى تصحيح الحقول المشار إليها.",
      closed: "التعليقات مغلقة على هذا المقال.",
      duplicate: "سبق أن أرسلت هذا التعليق.",
      tooMany: "أرسلت تعليقات كثيرة بسرعة. حاول مجددًا بعد ",
      seconds: " ثانية.",
      failed: "تعذّر إرسال التعليق. حاول مرة أخرى.",
      loadFailed: "تعذّر تحميل التعليقات.",
      // The noun's form follows the CLDR plural category of the number (Pages/CommentCountWords.cs
      // holds the same table for the server-rendered page).
      count: function (n) {
        var forms = { zero: "لا تعليقات", one: "تعليق واحد", two: "تعليقان", few: n + " تعليقات", many: n + " تعليقاً", other: n + " تعليق" };
        return forms[pluralCategory("ar", n)];
      },
      sortLabel: "الترتيب",
      sorts: { oldest: "الأقدم أولاً", newest: "الأحدث أولاً" },
      edit: "تعديل",
      del: "حذف",
      confirmDelete: "تأكيد الحذف",
      save: "حفظ التعديل",
      cancel: "إلغاء",
      editAwaiting: "حُفظ تعديلك وهو بانتظار المراجعة.",
      editOver: "انتهت مهلة تعديل هذا التعليق.",
      report: "إبلاغ",
      reportReason: "سبب البلاغ",
      reasons: { spam: "رسالة مزعجة", abuse: "إساءة", "off-topic": "خارج الموضوع", other: "سبب آخر" },
      sendReport: "أرسل البلاغ",
      reported: "شكرًا، وصل بلاغك إلى المشرفين."
    },
    en: {
      title: "Comments",
      none: "No comments yet. Be the first to comment.",
      more: "More comments",
      reply: "Reply",
      replyingTo: "Replying to ",
      cancelReply: "Cancel reply",
      leave: "Leave a comment",
      name: "Name",
      email: "Email",
      website: "Website",
      comment: "Comment",
      required: "Fields marked * are required.",
      promise: "Your email address will not be published.",
      submit: "Post comment",
      sending: "Sending…",
      awaiting: "Thank you! Your comment is awaiting moderation and will appear once approved.",
      fixFields: "Please correct the marked fields.",
      closed: "Comments are closed on this article.",
      duplicate: "You already sent this comment.",
      tooMany: "Too many comments too quickly. Try again in ",
      seconds: " seconds.",
      failed: "Your comment could not be sent. Please try again.",
      loadFailed: "The comments could not be loaded.",
      count: function (n) { return n === 1 ? "1 comment" : n + " comments"; },
      sortLabel: "Order",
      sorts: { oldest: "Oldest first", newest: "Newest first" },
      edit: "Edit",
      del: "Delete",
      confirmDelete: "Confirm delete",
      save: "Save edit",
      cancel: "Cancel",
      editAwaiting: "Your edit is saved and awaiting moderation.",
      editOver: "The time to edit this comment is over.",
      report: "Report",
      reportReason: "Reason",
      reasons: { spam: "Spam", abuse: "Abuse", "off-topic": "Off topic", other: "Other" },
      sendReport: "Send report",
      reported: "Thank you, the moderators have your report."
    }
  };

  // The platform's plural rules; the CLDR table for Arabic where Intl is missing.
  function pluralCategory(lang, n) {
    if (typeof Intl !== "undefined" && Intl.PluralRules) {
      return new Intl.PluralRules(lang).select(n);
    }
    var lastTwo = n % 100;
    return n === 0 ? "zero" : n === 1 ? "one" : n === 2 ? "two" : lastTwo >= 3 && lastTwo <= 10 ? "few" : lastTwo >= 11 ? "many" : "other";
  }

  // ---- the poster's edit tokens: one localStorage entry per comment, gone when its window ends ----

  var tokenPrefix = "nc-edit:";
  var reportedPrefix = "nc-reported:";

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function saveToken(id, token, until) {
    var store = storage();
    if (store && token) {
      store.setItem(tokenPrefix + id, JSON.stringify({ token: token, until: until }));
    }
  }

  // The token and its end, while the window lasts; an expired entry is removed when it is read.
  function ownToken(id) {
    var store = storage();
    var entry = null;
    try {
      entry = store ? JSON.parse(store.getItem(tokenPrefix + id) || "null") : null;
    } catch (e) {
      entry = null;
    }
    if (entry && Date.parse(entry.until) > Date.now()) {
      return entry;
    }
    if (store) {
      store.removeItem(tokenPrefix + id);
    }
    return null;
  }

  function forgetToken(id) {
    var store = storage();
    if (store) {
      store.removeItem(tokenPrefix + id);
    }
  }

  function markReported(id) {
    var store = storage();
    if (store) {
      store.setItem(reportedPrefix + id, "1");
    }
  }

  function wasReported(id) {
    var store = storage();
    return !!(store && store.getItem(reportedPrefix + id));
  }

  // ---- small DOM helpers: text only, never HTML -------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  // User text: its own direction, isolated so bidi controls inside it cannot reorder what is around it.
  function userText(tag, className, text) {
    var node = el(tag, className, text);
    node.dir = "auto";
    return node;
  }

  function safeHttpUrl(text) {
    if (!text) {
      return null;
    }
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---- avatar: the API's avatar is an opaque token; draw a 5x5 mirrored identicon from it ----------

  function tokenBytes(token) {
    var text = String(token || "");
    if (/^[0-9a-f]{8,}$/i.test(text)) {
      var bytes = [];
      for (var i = 0; i + 1 < text.length && bytes.length < 16; i += 2) {
        bytes.push(parseInt(text.substr(i, 2), 16));
      }
      return bytes;
    }
    // Not hex: spread it with FNV-1a so any token still gives a stable picture.
    var out = [];
    var h = 2166136261;
    for (var round = 0; round < 16; round++) {
      for (var j = 0; j < text.length; j++) {
        h ^= text.charCodeAt(j) + round;
        h = Math.imul(h, 16777619) >>> 0;
      }
      out.push(h & 255);
    }
    return out;
  }

  function identicon(token) {
    var ns = "http://www.w3.org/2000/svg";
    var bytes = tokenBytes(token);
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 5 5");
    svg.setAttribute("class", "nc-avatar");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var hue = ((bytes[0] << 8) | bytes[1]) % 360;
    var back = document.createElementNS(ns, "rect");
    back.setAttribute("width", "5");
    back.setAttribute("height", "5");
    back.setAttribute("fill", "hsl(" + hue + ", 45%, 92%)");
    svg.appendChild(back);
    var colour = "hsl(" + hue + ", 55%, 42%)";
    for (var row = 0; row < 5; row++) {
      for (var col = 0; col < 3; col++) {
        var bit = (bytes[2 + row] >> col) & 1;
        if (!bit) {
          continue;
        }
        [col, 4 - col].forEach(function (x, k) {
          if (k === 1 && x === col) {
            return;
          }
          var cell = document.createElementNS(ns, "rect");
          cell.setAttribute("x", String(x));
          cell.setAttribute("y", String(row));
          cell.setAttribute("width", "1");
          cell.setAttribute("height", "1");
          cell.setAttribute("fill", colour);
          svg.appendChild(cell);
        });
      }
    }
    return svg;
  }

  // ---- relative times in the page language --------------------------------------------------------

  // An embedding page may declare a language tag Intl does not accept (lang="ar_EG"): fall back
  // rather than throw, which would leave the comments unrendered.
  function relativeFormat(lang) {
    try {
      return new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
    } catch (e) {
      return new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
    }
  }

  function relativeTime(iso, lang) {
    var then = new Date(iso);
    var seconds = Math.round((then.getTime() - Date.now()) / 1000);
    var units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
    var format = relativeFormat(lang);
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(seconds) >= units[i][1] || units[i][0] === "second") {
        return format.format(Math.round(seconds / units[i][1]), units[i][0]);
      }
    }
    return "";
  }

  // ---- the widget ---------------------------------------------------------------------------------

  function Widget(root, article) {
    this.root = root;
    this.article = article;
    this.lang = article.language || document.documentElement.lang || "ar";
    this.timeLang = document.documentElement.lang || this.lang;
    this.words = this.lang.toLowerCase().indexOf("ar") === 0 ? WORDS.ar : WORDS.en;
    this.cursor = null;
    this.nodes = {};
    this.parentId = null;
    this.total = null;
    this.sort = "oldest";

    // Replies whose parent has not arrived yet, by parent id: newest first, a reply comes before its
    // parent. They wait for it rather than stand at the top level.
    this.orphans = {};
  }

  Widget.prototype.updateHeading = function () {
    this.heading.textContent = this.total > 0 ? this.words.count(this.total) : this.words.title;
  };

  Widget.prototype.commentUrl = function (id, suffix) {
    return apiBase + "/api/articles/" + encodeURIComponent(slug) + "/comments/" + encodeURIComponent(id) + (suffix || "");
  };

  Widget.prototype.render = function () {
    var w = this.words;
    var root = this.root;
    while (root.firstChild) {
      root.removeChild(root.firstChild);
    }
    root.classList.add("nc");
    root.lang = this.lang;
    root.dir = this.article.direction === "rtl" ? "rtl" : "ltr";

    this.heading = el("h2", "nc-title", w.title);
    this.heading.id = "nc-title";
    root.setAttribute("aria-labelledby", "nc-title");
    root.appendChild(this.heading);

    var sortBar = el("p", "nc-sort-bar");
    var sortLabel = el("label", null, w.sortLabel + " ");
    this.sortSelect = document.createElement("select");
    this.sortSelect.className = "nc-sort";
    Object.keys(w.sorts).forEach(function (key) {
      var option = el("option", null, w.sorts[key]);
      option.value = key;
      this.sortSelect.appendChild(option);
    }, this);
    this.sortSelect.addEventListener("change", this.resort.bind(this));
    sortLabel.appendChild(this.sortSelect);
    sortBar.appendChild(sortLabel);
    root.appendChild(sortBar);

    this.list = el("ol", "nc-list");
    root.appendChild(this.list);
    this.empty = el("p", "nc-empty", w.none);
    this.empty.hidden = true;
    root.appendChild(this.empty);
    this.more = el("button", "nc-more", w.more);
    this.more.type = "button";
    this.more.hidden = true;
    this.more.addEventListener("click", this.loadPage.bind(this));
    root.appendChild(this.more);
    this.loadError = el("p", "nc-error");
    this.loadError.hidden = true;
    root.appendChild(this.loadError);

    if (this.article.commentsOpen === false) {
      root.appendChild(el("p", "nc-closed", w.closed));
    } else {
      root.appendChild(this.buildForm());
    }
    this.loadPage();
  };

  Widget.prototype.field = function (name, label, options) {
    var w = this.words;
    var id = "nc-" + name;
    var wrap = el("p", "nc-field");
    var labelNode = el("label", null, label);
    labelNode.htmlFor = id;
    if (options.required) {
      var star = el("span", "nc-req", " *");
      star.setAttribute("aria-hidden", "true");
      labelNode.appendChild(star);
    }
    wrap.appendChild(labelNode);
    var input = document.createElement(options.multiline ? "textarea" : "input");
    input.id = id;
    input.name = name;
    if (options.multiline) {
      input.rows = 5;
    } else {
      input.type = options.type || "text";
    }
    if (options.required) {
      input.required = true;
      input.setAttribute("aria-required", "true");
    }
    input.maxLength = options.maxLength;
    if (options.autocomplete) {
      input.autocomplete = options.autocomplete;
    }
    input.dir = options.dir || "auto";
    wrap.appendChild(input);
    var described = [];
    if (options.note) {
      var note = el("small", "nc-promise", options.note);
      note.id = id + "-note";
      wrap.appendChild(note);
      described.push(note.id);
    }
    var error = el("span", "nc-field-error");
    error.id = id + "-error";
    error.hidden = true;
    wrap.appendChild(error);
    described.push(error.id);
    input.setAttribute("aria-describedby", described.join(" "));
    this.inputs[name] = { input: input, error: error };
    return wrap;
  };

  Widget.prototype.buildForm = function () {
    var w = this.words;
    var form = el("form", "nc-form");
    form.noValidate = true;
    form.method = "post";
    form.action = apiBase + "/api/articles/" + encodeURIComponent(slug) + "/comments";
    this.form = form;
    this.inputs = {};

    form.appendChild(el("h3", "nc-form-title", w.leave));
    form.appendChild(el("p", "nc-note", w.required));

    this.replyBar = el("p", "nc-replying");
    this.replyBar.hidden = true;
    this.replyLabel = el("span");
    this.replyBar.appendChild(this.replyLabel);
    var cancel = el("button", "nc-link", w.cancelReply);
    cancel.type = "button";
    cancel.addEventListener("click", this.setReply.bind(this, null, null));
    this.replyBar.appendChild(cancel);
    form.appendChild(this.replyBar);

    form.appendChild(this.field("author", w.name, { required: true, maxLength: 100, autocomplete: "name" }));
    form.appendChild(this.field("email", w.email, { required: true, type: "email", maxLength: 254, autocomplete: "email", dir: "ltr", note: w.promise }));
    form.appendChild(this.field("website", w.website, { type: "url", maxLength: 200, autocomplete: "url", dir: "ltr" }));
    form.appendChild(this.field("content", w.comment, { required: true, multiline: true, maxLength: 10000 }));

    // Honeypot: off-screen, out of the tab order and hidden from screen readers. People leave it
    // empty; form-filling bots do not.
    var trap = el("div", "nc-hp");
    trap.setAttribute("aria-hidden", "true");
    trap.style.position = "absolute";
    trap.style.left = "-10000px";
    var trapLabel = el("label", null, "Leave this field empty");
    trapLabel.htmlFor = "nc-hp";
    var trapInput = document.createElement("input");
    trapInput.id = "nc-hp";
    trapInput.name = "hp";
    trapInput.tabIndex = -1;
    trapInput.autocomplete = "off";
    trap.appendChild(trapLabel);
    trap.appendChild(trapInput);
    form.appendChild(trap);
    this.trap = trapInput;

    var actions = el("p", "nc-actions");
    this.submit = el("button", "nc-submit", w.submit);
    this.submit.type = "submit";
    actions.appendChild(this.submit);
    form.appendChild(actions);

    this.status = el("p", "nc-status");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    form.appendChild(this.status);

    form.addEventListener("submit", this.onSubmit.bind(this));
    return form;
  };

  Widget.prototype.setReply = function (id, author) {
    this.parentId = id;
    this.replyBar.hidden = !id;
    this.replyLabel.textContent = id ? this.words.replyingTo : "";
    if (id) {
      var who = el("bdi", null, author);
      this.replyLabel.appendChild(who);
      this.replyLabel.appendChild(document.createTextNode(" "));
      this.inputs.content.input.focus();
    }
  };

  Widget.prototype.showStatus = function (text, kind) {
    this.status.textContent = text;
    this.status.className = "nc-status" + (kind ? " nc-status-" + kind : "");
  };

  Widget.prototype.clearErrors = function () {
    Object.keys(this.inputs).forEach(function (name) {
      var f = this.inputs[name];
      f.error.textContent = "";
      f.error.hidden = true;
      f.input.removeAttribute("aria-invalid");
    }, this);
  };

  Widget.prototype.showFieldErrors = function (errors) {
    var first = null;
    Object.keys(errors || {}).forEach(function (name) {
      var f = this.inputs[name];
      if (!f) {
        return;
      }
      f.error.textContent = [].concat(errors[name]).join(" ");
      f.error.hidden = false;
      f.input.setAttribute("aria-invalid", "true");
      first = first || f.input;
    }, this);
    if (first) {
      first.focus();
    }
    return first !== null;
  };

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
})();
