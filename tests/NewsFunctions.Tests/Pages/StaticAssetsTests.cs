using System.Text;
using NewsFunctions.Pages;

namespace NewsFunctions.Tests.Pages;

public class StaticAssetsTests
{
    [Theory]
    [InlineData("widget")]
    [InlineData("console")]
    public void ScriptFolder_IsServedAsOneScriptWithEveryPartInNameOrder(string name)
    {
        var parts = EmbeddedResources.Names
            .Where(n => n.StartsWith($"pages/{name}/", StringComparison.Ordinal) || n.StartsWith($"pages/{name}\\", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Encoding.UTF8.GetString(EmbeddedResources.ReadAllBytes(n)))
            .ToList();
        var script = Encoding.UTF8.GetString(StaticAssets.Get(name + ".js").Bytes);

        Assert.True(parts.Count >= 2, $"{name} has {parts.Count} parts");
        Assert.StartsWith($"// {name}.js, joined", script);
        Assert.Contains("(function () {\n\"use strict\";", script);
        Assert.EndsWith("})();\n", script);
        var at = 0;
        foreach (var part in parts)
        {
            var found = script.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= at, "a part is missing or out of order");
            at = found + part.Length;
        }
    }
}
