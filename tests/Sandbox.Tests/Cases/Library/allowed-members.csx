using TestLibrary.Messages;

// Everything here is allowed by `namespace TestLibrary.Messages **` and the IClient type line, and runs.
class Named : TestLibrary.Clients.IClient { public string Name => "mine"; public string Secret => "hidden"; }
class Sms : Channel { protected override string Prefix => "sms"; public string Line(string text) => Label(text); }

var sender = new Sender("AC1");
var receipt = await sender.SendAsync(Message.Parse("+1555: hello"));
var page = sender.SendAll([new Message("+1666", "a"), new Message("+1777", "b")]);
TestLibrary.Clients.IClient client = new Named();
var described = Sender.Describe(receipt, new Sender.Options { Region = "eu1" });
return new[] { receipt.Id, receipt.Status, page.Items[1].To, page.Count.ToString(), new Message("x", "hi").Shout(), client.Name, (receipt with { Status = "sent" }).Status, described, new Sms().Open("a") + " " + new Sms().Line("b") };
