using Twilio.Clients;

// The library's own client would open connections past the host's egress.
var client = new TwilioRestClient("AC0123456789abcdef0123456789abcdef", "token");
return client.AccountSid;
