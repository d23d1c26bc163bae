using TestLibrary.Messages;

// Without a client, SendVia would send for whatever account SharedClient.Init set for the whole process.
var receipt = new Sender("AC1").SendVia(Message.Parse("+1555: hi"));
return receipt.Status;
