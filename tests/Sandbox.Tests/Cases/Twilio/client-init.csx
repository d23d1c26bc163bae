// Twilio's docs start with TwilioClient.Init: one account for the whole process, every function on the host.
Twilio.TwilioClient.Init("AC0123456789abcdef0123456789abcdef", "token");
return "initialised";
