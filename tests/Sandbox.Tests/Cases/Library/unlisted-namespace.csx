TestLibrary.SharedClient.Init("AC1");
return TestLibrary.SharedClient.Account;
