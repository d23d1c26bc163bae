using ScriptHost.Api.Client.Tests.Support;

namespace ScriptHost.Api.Client.Tests;

[Collection(ServerCollection.Name)]
public sealed class ScriptHostClientServicesTests(ServerFixture fixture)
{
    [Fact]
    public async Task GetCaller_AdminKey_SaysAdmin()
    {
        var caller = await fixture.Admin.GetCallerAsync();

        Assert.True(caller.Admin);
        Assert.Null(caller.Service);
    }

    [Fact]
    public async Task GetCaller_ServiceKey_NamesTheService()
    {
        var (name, client) = await fixture.NewServiceAsync("caller");
        using (client)
        {
            var caller = await client.GetCallerAsync();

            Assert.False(caller.Admin);
            Assert.Equal(name, caller.Service);
        }
    }

    [Fact]
    public async Task CreateListDeleteService_RoundTrip_ListsItUntilDeleted()
    {
        var created = await fixture.Admin.CreateServiceAsync("listed");
        Assert.False(string.IsNullOrEmpty(created.ApiKey));
        Assert.Contains(await fixture.Admin.ListServicesAsync(), service => service.Name == "listed");

        await fixture.Admin.DeleteServiceAsync("listed");

        Assert.DoesNotContain(await fixture.Admin.ListServicesAsync(), service => service.Name == "listed");
    }

    [Fact]
    public async Task ListTemplates_AnyKey_ReadsEverySampleHeader()
    {
        var templates = await fixture.Admin.ListTemplatesAsync();

        Assert.NotEmpty(templates);
        Assert.All(templates, template =>
        {
            Assert.False(string.IsNullOrWhiteSpace(template.Title));
            Assert.Contains(template.Visibility, new[] { "public", "protected", "private" });
            Assert.False(string.IsNullOrWhiteSpace(template.Source));
        });
    }
}
