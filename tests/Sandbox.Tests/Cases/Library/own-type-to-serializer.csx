using TestLibrary.Messages;

record Order(string Id, decimal Total);

var sender = new Sender("AC1");
return sender.SendData(new Order("o-1", 9.5m)).Id;
