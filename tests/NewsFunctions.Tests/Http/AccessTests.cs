using System.Text;
using NewsFunctions.Http;
using NewsFunctions.Tests.TestSupport;

namespace NewsFunctions.Tests.Http;

public class AccessTests
{
    [Fact]
    public void Require_ModeratorOnAnEditorRoute_Is403Problem()
    {
        var request = HttpTestContext.Request();
        request.HttpContext.User = new Caller("amina", new HashSet<string> { Roles.Moderator }).ToPrincipal("test");

        var (caller, problem) = Access.Require(request, Roles.Editor);

        Assert.Null(caller);
        Assert.Equal(403, problem!.StatusCode);
    }

    [Fact]
    public void Require_AdminOnAModeratorRoute_IsAllowedUnderItsName()
    {
        var request = HttpTestContext.Request();
        request.HttpContext.User = new Caller("layla", new HashSet<string> { Roles.Admin }).ToPrincipal("test");

        var (caller, problem) = Access.Require(request, Roles.Moderator);

        Assert.Null(problem);
        Assert.Equal("layla", caller!.Name);
    }

    [Fact]
    public void Of_NoAuthenticatedUser_IsTheFunctionKeyHolderEvenWithPrincipalHeaders()
    {
        var request = HttpTestContext.Request();
        request.Headers[PlatformPrincipal.Header] = Principal("""{"claims":[{"typ":"name","val":"mallory"},{"typ":"roles","val":"moderator"}],"name_typ":"name"}""");
        request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"] = "mallory";

        var caller = Access.Of(request);

        Assert.Same(Caller.KeyHolder, caller);
    }

    [Fact]
    public void PlatformPrincipal_EntraAppRoles_GiveNameAndKnownRolesOnly()
    {
        var header = Principal("""{"auth_typ":"aad","claims":[{"typ":"name","val":"Amina K."},{"typ":"roles","val":"moderator"},{"typ":"roles","val":"owner"}],"name_typ":"name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}""");

        var caller = PlatformPrincipal.Read(header);

        Assert.Equal("Amina K.", caller!.Name);
        Assert.Equal([Roles.Moderator], caller.Roles);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bnVsbA==")]
    [InlineData("")]
    public void PlatformPrincipal_Unreadable_IsNoCaller(string header)
    {
        Assert.Null(PlatformPrincipal.Read(header));
    }

    [Fact]
    public void CleanName_ControlCharactersAndLength_AreRemovedAndBounded()
    {
        var name = Caller.CleanName("a\u0000b\n" + new string('x', 200));

        Assert.StartsWith("ab", name);
        Assert.Equal(Caller.MaxNameLength, name.Length);
    }

    private static string Principal(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
