using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

// Without client: the library falls back to TwilioClient's process-wide client.
var message = await MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi");
return message.Sid;
