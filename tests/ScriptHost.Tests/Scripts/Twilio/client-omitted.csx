// A resource call without client: would use TwilioClient's process-wide client.
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

var message = await MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi");
return message.Sid;
