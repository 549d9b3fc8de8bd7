namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class MonitoringTemplateTests(InfraFixture infra)
{
    [Fact]
    public void Build_LogAnalytics_DisablesLocalAuth()
    {
        var workspace = infra.Default.Single(ResourceTypes.LogAnalytics);

        Assert.True(workspace.BoolAt("properties", "features", "disableLocalAuth"));
    }

    [Fact]
    public void Build_ApplicationInsights_DisablesLocalAuthAndUsesTheWorkspace()
    {
        var component = infra.Default.Single(ResourceTypes.ApplicationInsights);
        var workspace = infra.Default.Single(ResourceTypes.LogAnalytics);

        Assert.True(component.BoolAt("properties", "DisableLocalAuth"));
        Assert.Equal(workspace.StringAt("id"), component.StringAt("properties", "WorkspaceResourceId"));
    }
}
