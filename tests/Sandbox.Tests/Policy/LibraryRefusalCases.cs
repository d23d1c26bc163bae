namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>
/// Each kind of refusal of a tests/TestLibrary member under the test allowlist: the script, where the semantic check
/// reports it and with what message, and what the IL check names when the semantic check is skipped. One list, so
/// both checks are shown to refuse the same things.
/// </summary>
internal static class LibraryRefusalCases
{
    private static readonly (string Source, int Line, int Column, string Message, string IlSubject)[] Cases =
    [
        // Not listed: a namespace without a line; the hint says what to do instead.
        ("TestLibrary.SharedClient.Init(\"AC1\");", 1, 1,
            "'TestLibrary.SharedClient.Init(string)' is not allowed in functions; it is shared by every function on the host; create a Sender of your own.",
            "TestLibrary.SharedClient.Init"),
        // Taken out by member, with a hint.
        ("var x = 1;\nTestLibrary.Messages.Sender.Configure(\"eu1\");", 2, 1,
            "'TestLibrary.Messages.Sender.Configure(string)' is not allowed in functions; it changes the region of every function's senders.",
            "TestLibrary.Messages.Sender.Configure"),
        // Taken out by member and parameter list, without a hint; the other overload stays allowed.
        ("var sender = new TestLibrary.Messages.Sender(\"AC1\");\nsender.Send(TestLibrary.Messages.Message.Parse(\"a: b\"));\nsender.Send((object)\"hi\");", 3, 1,
            "'TestLibrary.Messages.Sender.Send(object)' is not allowed in functions.",
            "TestLibrary.Messages.Sender.Send"),
        // A sub-namespace taken out as a whole.
        ("var dump = TestLibrary.Messages.Internal.Diagnostics.Dump();", 1, 12,
            "'TestLibrary.Messages.Internal.Diagnostics.Dump()' is not allowed in functions; use Message.ToString().",
            "TestLibrary.Messages.Internal.Diagnostics.Dump"),
        // Process-wide state, without a line: a settable static property and a writable static field.
        ("TestLibrary.Messages.MessageDefaults.Region = \"eu1\";", 1, 1,
            "'TestLibrary.Messages.MessageDefaults.Region' is not allowed in functions; it is process-wide state, shared with every function on the host.",
            "TestLibrary.Messages.MessageDefaults.set_Region"),
        ("TestLibrary.Messages.MessageDefaults.SentCount++;", 1, 1,
            "'TestLibrary.Messages.MessageDefaults.SentCount' is not allowed in functions; it is process-wide state, shared with every function on the host.",
            "TestLibrary.Messages.MessageDefaults.SentCount"),
        // Signatures naming a type functions may not hand to a library, without a line.
        ("var text = TestLibrary.Messages.Message.Parse(\"a: b\").Describe(typeof(string));", 1, 12,
            "'TestLibrary.Messages.Message.Describe(System.Type)' is not allowed in functions; its signature uses 'System.Type', which functions may not pass to or take from a library.",
            "TestLibrary.Messages.Message.Describe"),
        ("TestLibrary.Messages.Message.Parse(\"a: b\").WriteTo(null);", 1, 1,
            "'TestLibrary.Messages.Message.WriteTo(System.IO.TextWriter)' is not allowed in functions; its signature uses 'System.IO.TextWriter', which functions may not pass to or take from a library.",
            "TestLibrary.Messages.Message.WriteTo"),
        ("var transport = new TestLibrary.Messages.Sender(\"AC1\").Transport;", 1, 17,
            "'TestLibrary.Messages.Sender.Transport' is not allowed in functions; its signature uses 'TestLibrary.Transport', which functions may not pass to or take from a library.",
            "TestLibrary.Messages.Sender.get_Transport"),
        // A type line: only the members listed under it (the hint of a pattern); a type of the namespace without a line is out.
        ("TestLibrary.Clients.IClient client = null;\nvar secret = client.Secret;", 2, 14,
            "'TestLibrary.Clients.IClient.Secret' is not allowed in functions; secrets stay with the host.",
            "TestLibrary.Clients.IClient.get_Secret"),
        ("var client = TestLibrary.Clients.Client.Create(\"n\");", 1, 14,
            "'TestLibrary.Clients.Client.Create(string)' is not allowed in functions.",
            "TestLibrary.Clients.Client.Create"),
    ];

    public static TheoryData<string, int, int, string> Semantic
    {
        get
        {
            var data = new TheoryData<string, int, int, string>();
            foreach (var c in Cases)
            {
                data.Add(c.Source, c.Line, c.Column, c.Message);
            }

            return data;
        }
    }

    public static TheoryData<string, string> Il
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var c in Cases)
            {
                data.Add(c.Source, c.IlSubject);
            }

            return data;
        }
    }
}
