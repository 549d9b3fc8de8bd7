namespace NewsFunctions.Pages;

// The words around an article, in the article's own language. Arabic is the site's language; any
// other article gets the English chrome.
public sealed record PageWords(
    string SiteName, string Home, string Source, string Related, string Latest, string Comments, string By, string Tags,
    string NotFoundTitle, string NotFoundText, string Name, string Email, string Website, string Comment,
    string EmailPromise, string Submit, string Required, string NoScript, string Closed, string DateCulture)
{
    public static readonly PageWords Arabic = new(
        "الخبر", "الرئيسية", "المصدر", "أخبار ذات صلة", "أحدث الأخبار", "التعليقات", "بقلم", "الوسوم",
        "الصفحة غير موجودة", "لم نعثر على هذا المقال. ربما نُقل أو حُذف.",
        "الاسم", "البريد الإلكتروني", "الموقع الإلكتروني", "التعليق",
        "لن يتم نشر عنوان بريدك الإلكتروني.", "أرسل التعليق", "الحقول المعلّمة بـ * مطلوبة.",
        "يُنشر تعليقك بعد المراجعة. فعّل JavaScript لقراءة التعليقات.", "التعليقات مغلقة على هذا المقال.", "ar-EG");

    public static readonly PageWords English = new(
        "Al-Khabar", "Home", "Source", "Related articles", "Latest news", "Comments", "By", "Tags",
        "Page not found", "We could not find this article. It may have moved or been removed.",
        "Name", "Email", "Website", "Comment",
        "Your email address will not be published.", "Post comment", "Fields marked * are required.",
        "Your comment is published after review. Turn on JavaScript to read the comments.", "Comments are closed on this article.", "en-GB");

    public static PageWords For(string language)
        => language.Split('-', 2)[0].Equals("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
