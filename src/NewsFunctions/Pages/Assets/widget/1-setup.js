// NewsFunctions comments widget. Embed with:
//   <script src="https://<app>/api/widget.js" data-article="<slug>" defer></script>
// Optional data-api="https://<app>" when the API is not the script's own origin.
// No framework, no build step. Reader text only ever reaches the page through textContent or
// attribute setters: never innerHTML, so a comment cannot become markup.
// The files of this folder are served as one script: joined in name order inside one function
// (StaticAssets), so they share its names and add no globals.

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
