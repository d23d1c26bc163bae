using System.Reflection;
using System.Reflection.Emit;
using Newtonsoft.Json;
using ScriptHost.Functions.TwilioLibrary;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>The library's process-wide settings as the host and the worker install them (the same for every test here).</summary>
public sealed class TwilioProcessDefaultsTests
{
    public TwilioProcessDefaultsTests()
    {
        TwilioProcessDefaults.Install();
    }

    [Fact]
    public async Task ResourceCallWithoutClient_RefusesNamingContextGetTwilioClient()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi"));

        Assert.Contains("client: Context.GetTwilioClient()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeObject_DictionaryOfStrings_IsWritten() =>
        Assert.Equal("""{"a":"1"}""", JsonConvert.SerializeObject(new Dictionary<string, object> { ["a"] = "1" }));

    [Fact]
    public void SerializeObject_TypeFromACollectibleAssembly_IsRefusedWithTheJsonHint()
    {
        var builder = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("ScriptLike"), AssemblyBuilderAccess.RunAndCollect);
        var type = builder.DefineDynamicModule("ScriptLike").DefineType("Order", TypeAttributes.Public).CreateType();

        var error = Assert.Throws<JsonSerializationException>(() =>
            JsonConvert.SerializeObject(new Dictionary<string, object> { ["order"] = Activator.CreateInstance(type)! }));

        Assert.Contains("Json.Serialize(value)", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<object> NotData => [Task.CompletedTask, typeof(string), new MemoryStream(), CancellationToken.None, (Func<int>)(() => 1)];

    [Theory]
    [MemberData(nameof(NotData))]
    public void SerializeObject_FrameworkObjectThatIsNotData_IsRefused(object value) =>
        Assert.Throws<JsonSerializationException>(() => JsonConvert.SerializeObject(new Dictionary<string, object> { ["value"] = value }));
}
