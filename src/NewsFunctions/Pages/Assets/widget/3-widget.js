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
