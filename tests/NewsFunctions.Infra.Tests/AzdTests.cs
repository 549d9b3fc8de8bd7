using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class AzdTests(InfraFixture infra)
{
    [Fact]
    public void Parameters_EveryRequiredParameter_IsMappedFromTheAzdEnvironment()
    {
        var declared = infra.Template.GetProperty("parameters").EnumerateObject().ToList();
        // azd fills a parameter with `generate` metadata itself, and keeps the value in its environment.
        var required = declared
            .Where(p => !p.Value.TryGetProperty("defaultValue", out _) && !IsGeneratedByAzd(p.Value))
            .Select(p => p.Name);

        var mapped = MappedParameters().Select(p => p.Name).ToList();

        Assert.All(required, name => Assert.Contains(name, mapped));
        Assert.All(mapped, name => Assert.Contains(name, declared.Select(p => p.Name)));
    }

    [Fact]
    public void Parameters_HashSecret_IsGeneratedByAzdAndNotMapped()
    {
        var hashSecret = infra.Template.GetProperty("parameters").GetProperty("hashSecret");

        Assert.True(IsGeneratedByAzd(hashSecret));
        Assert.DoesNotContain("hashSecret", MappedParameters().Select(p => p.Name));
    }

    private static bool IsGeneratedByAzd(System.Text.Json.JsonElement parameter)
        => parameter.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("azd", out var azd)
            && azd.TryGetProperty("type", out var type) && type.GetString() == "generate";

    [Fact]
    public void Parameters_Values_ComeFromEnvironmentVariables()
    {
        var values = MappedParameters().Select(p => p.Value.GetProperty("value").GetString()).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Matches(@"^\$\{[A-Z_]+(=[^}]*)?\}$", value));
    }

    [Fact]
    public void AzureYaml_ApiService_PointsAtTheFunctionsProject()
    {
        var lines = File.ReadAllLines(Path.Combine(infra.RepositoryRoot, "azure.yaml")).Select(l => l.Trim()).ToList();

        Assert.Contains("name: newsfunctions", lines);
        Assert.Contains("path: infra", lines);
        Assert.Contains("api:", lines);
        Assert.Contains("project: ./src/NewsFunctions", lines);
        Assert.Contains("language: dotnet", lines);
        Assert.Contains("host: function", lines);
        Assert.True(File.Exists(Path.Combine(infra.RepositoryRoot, "src", "NewsFunctions", "NewsFunctions.csproj")));
    }

    private List<JsonProperty> MappedParameters()
    {
        using var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(infra.InfraDirectory, "main.parameters.json")));
        return parameters.RootElement.GetProperty("parameters").Clone().EnumerateObject().ToList();
    }
}
