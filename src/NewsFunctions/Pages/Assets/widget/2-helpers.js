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
