using System.Text.Json;
using TestLibrary.Clients;

namespace TestLibrary.Messages;

/// <summary>
/// An allowed type with members the test allowlist takes out: a static method that changes every sender of the
/// process (by member), an overload taking any object (by parameter list), and one handing out an unlisted type.
/// </summary>
public sealed class Sender
{
    private static string _region = "us1";
    private int _sent;

    /// <summary>A sender for one account.</summary>
    public Sender(string account)
    {
        Account = account;
    }

    /// <summary>A sender sending through the caller's HTTP client: refused without a line (System.Net.Http).</summary>
    public Sender(string account, HttpClient http)
        : this(account)
    {
        ArgumentNullException.ThrowIfNull(http);
    }

    /// <summary>
    /// Sends for the given client's account; without one, for the account <see cref="SharedClient.Init"/> set for the
    /// whole process: the test allowlist's <c>required-argument TestLibrary.Clients.IClient</c> makes scripts pass one.
    /// </summary>
    public Receipt SendVia(Message message, IClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var account = client?.Name ?? SharedClient.Account ?? Account;
        return Send(new Message(message.To, $"{message.Body} (for {account})"));
    }

    /// <summary>
    /// Sends any object, serialized by reflection: the test allowlist's <c>json-text-arguments</c> keeps scripts from
    /// handing it a type of their own (the serializer would run its getters and keep it cached).
    /// </summary>
    public Receipt SendData(object data) => Send(new Message("data", JsonSerializer.Serialize(data)));

    /// <summary>The same for a value of any type.</summary>
    public Receipt SendValue<T>(T value) => Send(new Message("data", JsonSerializer.Serialize(value)));

    /// <summary>Sends each message and answers the receipts as one page.</summary>
    public Page<Receipt> SendAll(IEnumerable<Message> messages) => new([.. messages.Select(Send)]);

    /// <summary>A receipt with the given options applied: takes an allowed nested type with an init-only property.</summary>
    public static string Describe(Receipt receipt, Options options)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(options);
        return $"{receipt.Id} via {options.Region}";
    }

    /// <summary>The account this sender sends for.</summary>
    public string Account { get; }

    /// <summary>Hands out a type of an unlisted namespace: refused without a line.</summary>
    public Transport Transport { get; } = new();

    /// <summary>Sets the region of every sender in the process: taken out by an exclusion line.</summary>
    public static void Configure(string region) => _region = region;

    /// <summary>Sends a message.</summary>
    public Receipt Send(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _sent++;
        return new Receipt($"SM{_sent:D4}", message.To, $"queued in {_region}");
    }

    /// <summary>Sends whatever it is given, serialized: taken out by an exclusion line with its parameter list.</summary>
    public Receipt Send(object payload) => Send(new Message("?", payload?.ToString() ?? string.Empty));

    /// <summary>Sends a message, asynchronously.</summary>
    public async Task<Receipt> SendAsync(Message message)
    {
        await Task.Yield();
        return Send(message);
    }

    /// <summary>An allowed nested type: IL names it through its containing type.</summary>
    public sealed class Options
    {
        /// <summary>The region to describe; init-only, so its setter carries a required modifier in IL.</summary>
        public string Region { get; init; } = "us1";

        /// <summary>Anything to attach, serialized by reflection like <see cref="SendData"/>.</summary>
        public object? Tag { get; set; }
    }
}
