using NewsFunctions.Http;

namespace NewsFunctions.Tests.Http;

public class PageCursorTests
{
    [Theory]
    [InlineData("0000000000000000001-slug")]
    [InlineData("2516065784999999999-مقال")]
    public void Encode_ThenDecode_RoundTrips(string rowKey)
    {
        var cursor = PageCursor.Encode(rowKey);

        Assert.True(PageCursor.TryDecode(cursor, out var decoded));
        Assert.Equal(rowKey, decoded);
        Assert.DoesNotContain(cursor, c => c is '+' or '/' or '=');
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("Zm9v")]
    [InlineData("MTo")]
    [InlineData("_w")]
    public void TryDecode_ForeignCursor_Fails(string cursor)
    {
        Assert.False(PageCursor.TryDecode(cursor, out _));
    }

    [Fact]
    public void TryDecode_NoCursor_MeansFirstPage()
    {
        Assert.True(PageCursor.TryDecode(null, out var rowKey));
        Assert.Null(rowKey);
    }
}
