var message = TestLibrary.Messages.Message.Parse("+1555: hi");
return message.Describe(message.GetType());
