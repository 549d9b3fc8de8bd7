using System.Net;
using NewsFunctions.Http;

namespace NewsFunctions.Tests.Http;

public class ClientAddressTests
{
    private static readonly IPAddress Proxy = IPAddress.Loopback;

    [Fact]
    public void From_BehindFrontEnd_TakesTheRightmostEntryTheFrontEndAppended()
    {
        var address = ClientAddress.From("198.51.100.1, 198.51.100.2, 203.0.113.7:52110", Proxy, behindFrontEnd: true);

        Assert.Equal("203.0.113.7", address);
    }

    [Theory]
    [InlineData("[2001:db8::1]:443", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    public void From_BehindFrontEndIPv6_ReadsTheAddress(string header, string expected)
    {
        Assert.Equal(expected, ClientAddress.From(header, Proxy, behindFrontEnd: true));
    }

    [Fact]
    public void From_LocalHost_IgnoresAClientsForwardedFor()
    {
        var address = ClientAddress.From("203.0.113.99", IPAddress.Parse("192.0.2.10"), behindFrontEnd: false);

        Assert.Equal("192.0.2.10", address);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    public void From_BehindFrontEndWithoutAReadableEntry_FallsBackToThePeer(string? header)
    {
        Assert.Equal("127.0.0.1", ClientAddress.From(header, Proxy, behindFrontEnd: true));
    }
}
