using TestLibrary.Messages;

// A client given, and JSON text rather than an object of the script's own: both directives are kept, and it runs.
class Named : TestLibrary.Clients.IClient { public string Name => "AC9"; public string Secret => "hidden"; }

var sender = new Sender("AC1");
var via = sender.SendVia(Message.Parse("+1555: hi"), new Named());
var data = sender.SendData("{\"id\":\"o-1\"}");
return new[] { via.To, via.Id, data.Id, new Sender.Options { Tag = 7 }.Tag!.ToString() };
