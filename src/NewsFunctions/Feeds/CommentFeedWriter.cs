using System.Text;
using System.Xml;
using NewsFunctions.Comments;

namespace NewsFunctions.Feeds;

// An Atom 1.0 document (RFC 4287) of an article's newest approved comments, written without I/O.
// It is built from PublicComment alone, which has no email, so a feed cannot carry one. XmlWriter
// escapes every text; characters XML cannot hold at all are dropped rather than failing the feed.
public static class CommentFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public sealed record FeedArticle(string Title, string Language, string PageUrl, string FeedUrl, DateTimeOffset UpdatedAt);

    public static byte[] Write(FeedArticle article, IReadOnlyList<PublicComment> newestFirst, string siteName)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, article.Language);
            xml.WriteElementString("id", AtomNamespace, article.FeedUrl);
            xml.WriteElementString("title", AtomNamespace, Clean($"{article.Title} — {siteName}"));

            // A feed's updated is its newest change: the newest comment, else the article itself.
            xml.WriteElementString("updated", AtomNamespace, Time(newestFirst.Count > 0 ? newestFirst[0].CreatedAt : article.UpdatedAt));
            Link(xml, "self", article.FeedUrl, "application/atom+xml");
            Link(xml, "alternate", article.PageUrl, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, siteName);
            xml.WriteEndElement();

            foreach (var comment in newestFirst)
            {
                var anchor = article.PageUrl + "#" + Pages.ArticlePageRenderer.CommentAnchor(comment.Id);
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, anchor);
                xml.WriteElementString("title", AtomNamespace, Clean(comment.Author));
                xml.WriteElementString("updated", AtomNamespace, Time(comment.CreatedAt));
                Link(xml, "alternate", anchor, "text/html");
                xml.WriteStartElement("author", AtomNamespace);
                xml.WriteElementString("name", AtomNamespace, Clean(comment.Author));
                xml.WriteEndElement();
                xml.WriteStartElement("content", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Clean(comment.Content));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    // Keeps surrogate pairs (emoji are common in comments); drops what XML 1.0 cannot hold.
    private static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}
