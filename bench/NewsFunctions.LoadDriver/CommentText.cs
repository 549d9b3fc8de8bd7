namespace NewsFunctions.LoadDriver;

// Comment text that differs from reader to reader as real comments do: 14-22 words drawn for each
// number from a common vocabulary. Texts that share their wording with other authors' would be
// (rightly) caught as one campaign by the near-duplicate check and measure spam handling instead.
public static class CommentText
{
    private static readonly string[] Words =
    [
        "المقال", "الحكومة", "الوزارة", "المدينة", "القرار", "المشروع", "الناس", "الشباب", "المدارس", "الطرق",
        "الأسعار", "الكهرباء", "المياه", "الصحة", "التعليم", "الاقتصاد", "الرياضة", "المنتخب", "الملعب", "المباراة",
        "أعتقد", "أرى", "أتفق", "أختلف", "ربما", "فعلا", "للأسف", "بصراحة", "عموما", "أحيانا",
        "جيد", "مهم", "واضح", "غريب", "متأخر", "ضروري", "صعب", "سهل", "مفيد", "ناقص",
        "الكاتب", "التقرير", "الأرقام", "الصور", "العنوان", "التفاصيل", "المصادر", "الرأي", "الخبر", "القصة",
        "في", "من", "على", "مع", "عن", "إلى", "بعد", "قبل", "لكن", "لأن",
        "حيّنا", "بلدتنا", "العاصمة", "الجنوب", "الشمال", "الساحل", "الريف", "السوق", "المستشفى", "الجامعة",
        "سنة", "شهر", "أسبوع", "يوم", "صباح", "مساء", "الماضي", "القادم", "الآن", "دائما",
        "article", "report", "council", "budget", "school", "traffic", "prices", "health", "team", "season",
        "agree", "disagree", "think", "hope", "wonder", "missing", "clear", "late", "useful", "fair",
    ];

    public static string For(long n, string runId)
    {
        var random = new Random(HashCode.Combine(n, runId));
        var words = Enumerable.Range(0, random.Next(14, 23)).Select(_ => Words[random.Next(Words.Length)]);
        return string.Join(' ', words) + $" ({n})";
    }
}
