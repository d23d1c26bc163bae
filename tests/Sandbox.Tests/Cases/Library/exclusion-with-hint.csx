using TestLibrary.Messages;

Sender.Configure("eu1");
return new Sender("AC1").Send(Message.Parse("+1555: hi")).Status;
