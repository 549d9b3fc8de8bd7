namespace NewsFunctions.Pages;

// What the article page says about a form post without script: one message per field that can be
// wrong (the API's English messages are for programs), and the notices after a post.
public sealed record FormWords(
    IReadOnlyDictionary<string, string> FieldErrors, string FixFields, string Posted, string TooFast, string Failed)
{
    public static readonly FormWords Arabic = new(
        new Dictionary<string, string>
        {
            ["author"] = "الاسم مطلوب، ولا يزيد على 100 حرف.",
            ["email"] = "أدخل بريدًا إلكترونيًا صحيحًا مثل name@example.com.",
            ["website"] = "أدخل رابطًا صحيحًا يبدأ بـ http أو https، أو اترك الحقل فارغًا.",
            ["content"] = "التعليق مطلوب، ولا يزيد على 10000 حرف.",
        },
        "يرجى تصحيح الحقول المشار إليها.",
        "شكرًا لك! تعليقك بانتظار المراجعة وسيظهر بعد موافقة المشرف.",
        "أرسلت تعليقات كثيرة بسرعة. انتظر قليلًا ثم أرسل مجددًا.",
        "تعذّر إرسال التعليق. حاول مرة أخرى.");

    public static readonly FormWords English = new(
        new Dictionary<string, string>
        {
            ["author"] = "A name is required, of at most 100 characters.",
            ["email"] = "Enter a valid email address such as name@example.com.",
            ["website"] = "Enter a valid http or https address, or leave it empty.",
            ["content"] = "A comment is required, of at most 10,000 characters.",
        },
        "Please correct the marked fields.",
        "Thank you! Your comment is awaiting moderation and will appear once approved.",
        "Too many comments too quickly. Wait a moment and send it again.",
        "Your comment could not be sent. Please try again.");

    public static FormWords For(PageWords words) => ReferenceEquals(words, PageWords.Arabic) ? Arabic : English;
}
